// The clause layer (src/extract/clauses): per sentence, clauses with their verb group (lemma,
// tense, mood, negation, voice), subject, objects and prepositional arguments. Each expectation is
// the reading of the sentence a grammar gives, written by hand; negatives show what must not be read.
import { describe, expect, it } from 'vitest';
import { analyseClauses } from '../src/extract/clauses/analyseClauses.js';
import type { Argument, Chunk, SentenceClauses } from '../src/extract/clauses/clauseTypes.js';
import { splitReportingSubjects } from '../src/extract/clauses/splitReportingSubjects.js';

/** One line per clause: kind, marker, verb (lemma/tense/mood and flags), subject, objects, preps. */
function readClauses(sentence: string): string[] {
  const s: SentenceClauses = analyseClauses(sentence)[0]!;
  const words = (a: Argument | null) => (a ? s.tokens.slice(a.start, a.end).map((t) => t.text).join(' ') : '-');
  return s.clauses.map((c) => {
    const v = c.verb;
    const verb = v ? [v.lemma + (v.particle ? `+${v.particle}` : ''), v.tense, v.mood, v.passive ? 'passive' : '', v.negated ? 'negated' : '', ...v.governors.map((g) => `gov:${g}`)].filter(Boolean).join('/') : '-';
    return `${c.kind}${c.marker ? `(${c.marker})` : ''} ${verb} subj=${words(c.subject)} obj=${c.objects.map(words).join('|')} preps=${c.preps.map((p) => `${p.prep}:${words(p)}`).join('|')}`;
  });
}

describe('clauses', () => {
  it('a simple past clause: verb, subject, object, place and date arguments', () => {
    expect(readClauses('Biden met Putin in Geneva on June 16.')).toEqual(['main meet/past/realis subj=Biden obj=Putin preps=in:Geneva|on:June 16']);
  });

  it('reported speech: the complement has its own subject, tense and mood', () => {
    expect(readClauses('Trump said he would meet Kim.')).toEqual(['main say/past/realis subj=Trump obj= preps=', 'complement meet/future/conditional subj=he obj=Kim preps=']);
  });

  it('a relative clause shares the subject it describes, and the interrupted clause resumes after it', () => {
    const c = readClauses('Pompeo, who met Kim in Pyongyang, said the talks were productive.');
    expect(c[1]).toBe('relative(who) meet/past/realis subj=Pompeo obj=Kim preps=in:Pyongyang');
    expect(c.filter((l) => l.startsWith('main say/past'))).toHaveLength(2);
  });

  it('a verb coordinated inside a reported clause shares that clause\'s subject, not the reporter\'s', () => {
    const c = readClauses('The agency said that Macron and Scholz talked by phone on Friday, and agreed to meet in Rome on June 3.');
    expect(c[2]).toBe('complement(and) meet/past/realis/gov:agree subj=Macron and Scholz obj= preps=in:Rome|on:June 3');
    // negative: a verb of saying coordinated after the reported clause goes on with the reporter.
    const d = readClauses('The agency said that Macron arrived in Rome on Friday, and added that he would stay.');
    expect(d[2]).toBe('complement(and) add/past/realis subj=The agency obj= preps=');
    // negative: a pronoun subject before it most often is the reporter again; the reporter's name is kept.
    const e = readClauses('The ministry said it remains open to talks, and will seek a meeting with Rome.');
    expect(e[2]).toBe('complement(and) seek/future/realis subj=The ministry obj=a meeting preps=with:Rome');
  });

  it('a participle phrase set off after the subject describes it, and the clause resumes after its comma', () => {
    const c = readClauses('Macron, speaking in Paris on Monday, announced a summit with Merkel.');
    expect(c[1]).toBe('relative speak/none/participle subj=Macron obj= preps=in:Paris|on:Monday');
    expect(c.filter((l) => l.startsWith('main announce/past/realis subj=Macron obj=a summit preps=with:Merkel'))).toHaveLength(2);
    expect(readClauses('Macron, elected in 2017, hosted Merkel in Paris.')[0]).toBe('main host/past/realis subj=Macron obj=Merkel preps=in:Paris');
  });

  it('negative: a list of subjects, or a participle after the verb, is no interrupting phrase', () => {
    expect(readClauses('Macron, Merkel and Trudeau met in Paris on Monday.')).toEqual(['main meet/past/realis subj=Macron , Merkel and Trudeau obj= preps=in:Paris|on:Monday']);
    expect(readClauses('Macron met Merkel in Paris, saying the talks went well.')[1]).toBe('adverbial say/none/participle subj=Macron obj= preps=');
  });

  it('a governing verb leaves the infinitive unreal: "agreed to hold" has agree as governor', () => {
    expect(readClauses('The two leaders agreed to hold a summit.')).toEqual(['main hold/past/realis/gov:agree subj=The two leaders obj=a summit preps=']);
  });

  it('particles, negation and the passive with its agent', () => {
    expect(readClauses('Trump called off the summit.')).toEqual(['main call+off/past/realis subj=Trump obj=the summit preps=']);
    expect(readClauses('Trump did not meet Kim.')).toEqual(['main meet/past/realis/negated subj=Trump obj=Kim preps=']);
    expect(readClauses('The sanctions were imposed by the EU.')).toEqual(['main impose/past/realis/passive subj=The sanctions obj= preps=by:the EU']);
  });

  it('a fronted noun phrase of time belongs to the clause after it', () => {
    expect(readClauses('The day before, Pompeo met Kim.')).toEqual(['main meet/past/realis subj=Pompeo obj=Kim preps=']);
  });

  it('an -ing word after a subordinating word is the verb of its clause, with the subject of the clause it depends on', () => {
    expect(readClauses('Kim left after meeting Putin.')[1]).toBe('adverbial(after) meet/none/participle subj=Kim obj=Putin preps=');
    // The taggers read "maintaining" here as an adjective of "pressure".
    expect(readClauses('The U.S. will seek talks while maintaining pressure and sanctions on the North.')[1]).toBe(
      'adverbial(while) maintain/none/participle subj=The U.S. obj=pressure and sanctions preps=on:the North',
    );
  });

  it('negative: an -ing adjective after a subordinating word is no verb when a verb follows', () => {
    expect(readClauses('Talks resumed while ongoing talks continue.')[1]).toBe('adverbial(while) continue/present/realis subj=ongoing talks obj= preps=');
  });

  it("negative: a capitalised word after 'to' is a place, not a verb", () => {
    expect(readClauses("Kim's trip to Seoul was postponed.")).toEqual(["main postpone/past/realis/passive subj=Kim 's trip obj= preps=to:Seoul"]);
  });
  it('names joined by "and" (and a title\'s "of") after a subordinating word are the subject of the clause it opens', () => {
    expect(readClauses('Talks resumed after Secretary of State Antony Blinken and Russian Foreign Minister Sergey Lavrov met in Geneva.')[1]).toBe(
      'adverbial(after) meet/past/realis subj=Secretary of State Antony Blinken and Russian Foreign Minister Sergey Lavrov obj= preps=in:Geneva',
    );
  });

  it('negative: a common noun and a name joined by "and" after "after" are no one subject', () => {
    expect(readClauses('Kim left Hanoi after the summit and Trump said he was happy.').slice(0, 2)).toEqual([
      'main leave/past/realis subj=Kim obj=Hanoi preps=after:the summit',
      'main(and) say/past/realis subj=Trump obj= preps=',
    ]);
  });

  it('a list of parties with lower-case titles and "of" stays one prepositional phrase; the talks stay the subject of a past verb', () => {
    expect(readClauses('Long talks between Chilean foreign minister Ivan Petrov, Norwegian secretary of state Ana Holm and Lena Dahl extended into the night.')).toEqual([
      'main extend/past/realis subj=Long talks obj= preps=between:Chilean foreign minister Ivan Petrov , Norwegian secretary of state Ana Holm and Lena Dahl|into:the night',
    ]);
  });

  it('a noun\'s "of" phrase in a coordinated subject stays inside the subject', () => {
    expect(readClauses('Ivan Petrov and foreign ministers of four other states joined the talks.')).toEqual(['main join/past/realis subj=Ivan Petrov and foreign ministers of four other states obj=the talks preps=']);
  });

  it('a possessor opens its list item: "A and Norway\'s Prime Minister B" is one subject', () => {
    expect(readClauses('President Ivan Petrov and Norway’s Prime Minister Ana Holm attended the talks.')).toEqual(['main attend/past/realis subj=President Ivan Petrov and Norway ’s Prime Minister Ana Holm obj=the talks preps=']);
  });

  it('negative: a participle after a subject modified by a phrase that names no parties ("on Iran") stays a participle (a reduced relative)', () => {
    expect(readClauses('Sanctions on Iran imposed in 2012 by the council.')[0]).toBe('main impose/none/participle subj=Sanctions obj= preps=on:Iran|in:2012|by:the council');
  });
});

describe('captions', () => {
  it("a caption's present-tense verb after a name, read by the taggers as a plural noun, is the clause's verb", () => {
    expect(readClauses('Chancellor Angela Merkel participates in a panel with President Emmanuel Macron in Paris, May 3, 2019.')[0]).toBe(
      'main participate/present/realis subj=Chancellor Angela Merkel obj= preps=in:a panel|with:President Emmanuel Macron|in:Paris',
    );
    expect(readClauses('Prime Minister Boris Johnson walks with President Joe Biden in Cornwall, June 10, 2021.')[0]).toBe(
      'main walk/present/realis subj=Prime Minister Boris Johnson obj= preps=with:President Joe Biden|in:Cornwall',
    );
  });

  it('negative: a plural noun of people after a name is no verb', () => {
    expect(readClauses('Labour supporters in Leeds, May 3, 2019.')[0]).toMatch(/^main - /);
  });
});

describe('splitReportingSubjects', () => {
  const show = (words: string[], chunks: Chunk[]) => splitReportingSubjects(words, chunks).map((c) => `${c.type}[${words.slice(c.start, c.end).join(' ')}]`);

  it('a noun group run on past a comma into the subject of a verb of speech ends at the comma', () => {
    const words = ['in', 'a', 'call', 'with', 'Rutte', 'and', 'Omar', 'al-Bashir', ',', 'senior', 'officials', 'said'];
    const chunks: Chunk[] = [
      { type: 'PP', start: 0, end: 1 },
      { type: 'NP', start: 1, end: 3 },
      { type: 'PP', start: 3, end: 4 },
      { type: 'NP', start: 4, end: 11 },
      { type: 'VP', start: 11, end: 12 },
    ];
    expect(show(words, chunks)).toEqual(['PP[in]', 'NP[a call]', 'PP[with]', 'NP[Rutte and Omar al-Bashir]', 'NP[senior officials]', 'VP[said]']);
  });

  it('negative: a list closed by "and" after its last comma stays one subject; a verb not of speech splits nothing', () => {
    const list = ['Merkel', ',', 'Hollande', 'and', 'Putin', 'said'];
    expect(show(list, [{ type: 'NP', start: 0, end: 5 }, { type: 'VP', start: 5, end: 6 }])).toEqual(['NP[Merkel , Hollande and Putin]', 'VP[said]']);
    const met = ['Rutte', ',', 'the', 'officials', 'met'];
    expect(show(met, [{ type: 'NP', start: 0, end: 4 }, { type: 'VP', start: 4, end: 5 }])).toEqual(['NP[Rutte , the officials]', 'VP[met]']);
  });
});
