// Clauses of one sentence from its tokens, part-of-speech tags and chunks: where each clause
// starts, what kind it is and which clause it depends on, its verb group, subject, objects and
// prepositional arguments. A shallow parse: a clause opens at a subordinating word ("that",
// "after", "because"), a relative pronoun ("who", "which"), an infinitive ("to meet"), a
// coordinated verb ("and signed"), a participle after a comma (", saying"), hard punctuation
// (";", ":", a dash), or before the subject of a second verb ("told reporters he would").
// Hand-written: no Node library parses clauses; CoNLL chunks plus these rules are what the event
// rules need (subject, objects, "with X", "on Tuesday" of the trigger's own clause).
// Example: "Biden met Putin in Geneva after Lavrov said he would come." ->
//   main "Biden met Putin in Geneva" (subject Biden, object Putin, in Geneva),
//   adverbial "after Lavrov said" (parent 0), complement "he would come" (parent 1).
import type { Token } from '../nlp/token.js';
import type { Argument, Chunk, Clause, ClauseKind } from './clauseTypes.js';
import { clauseWords as W } from './clauseWords.js';
import { quotedTokens } from './quotedTokens.js';
import { shareSubject } from './shareSubject.js';
import { verbGroup } from './verbGroup.js';

interface Opener {
  at: number;
  marker: string | null;
  how: 'subordinate' | 'relative' | 'infinitive' | 'coordinate' | 'participle' | 'resume' | 'reduced' | 'break' | 'zero';
}

const AUXILIARY_FORMS = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were', 'be', 'been', 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', "'s", "'ve", "'ll", "'d"]);

/**
 * Adjacent verb chunks are one group ("will be" "playing"); so is an auxiliary and its verb across
 * a short adverbial ("has on Sunday received"); a particle joins the verb before it ("called" "off").
 */
function verbGroupsOf(chunks: readonly Chunk[], words: readonly string[]): { start: number; end: number; particle: string | null; chunk: number }[] {
  const groups: { start: number; end: number; particle: string | null; chunk: number }[] = [];
  chunks.forEach((c, i) => {
    const last = groups[groups.length - 1];
    if (c.type === 'VP') {
      const onlyAuxiliaries = last !== undefined && words.slice(last.start, last.end).every((w) => AUXILIARY_FORMS.has(w) || w === 'not' || w === "n't");
      const between = last ? chunks.filter((x) => x.start >= last.end && x.end <= c.start) : [];
      const interrupted = onlyAuxiliaries && c.start - last!.end <= 4 && between.length > 0 && between.every((x) => x.type === 'PP' || x.type === 'NP' || x.type === 'ADVP');
      if (last && (last.end === c.start || interrupted) && !(words[c.start] === 'to' && c.end > c.start + 1)) last.end = c.end;
      else groups.push({ start: c.start, end: c.end, particle: null, chunk: i });
    } else if (c.type === 'PRT' && last && last.end === c.start) {
      last.particle = words.slice(c.start, c.end).join(' ');
      last.end = c.end;
    }
  });
  return groups;
}

export function splitClauses(tokens: readonly Token[], pos: readonly string[], chunks: readonly Chunk[]): { clauses: Clause[]; clauseOf: number[] } {
  const words = tokens.map((t) => t.text.toLowerCase());
  const quoted = quotedTokens(tokens.map((t) => t.text));
  const groups = verbGroupsOf(chunks, words);
  const chunkAt = new Map(chunks.map((c) => [c.start, c]));
  const chunkOf = (i: number) => chunks.find((c) => c.start <= i && i < c.end);
  const groupBefore = (i: number) => {
    for (let k = groups.length - 1; k >= 0; k--) if (groups[k]!.end <= i) return groups[k];
    return undefined;
  };
  const finite = (g: { start: number; end: number }) => {
    for (let i = g.start; i < g.end; i++) if (/^(?:VBD|VBZ|VBP|MD)$/.test(pos[i]!)) return true;
    return false;
  };
  /** NP then a verb group, with nothing but adverbs between: a clause's subject and verb ("in August, Trump called"). */
  const npThenVerb = (i: number) => {
    let j = i;
    // Fronted adverbials first: "and in August, Trump called off ...".
    while (chunkAt.get(j)?.type === 'PP' && chunkAt.get(chunkAt.get(j)!.end)?.type === 'NP') {
      j = chunkAt.get(chunkAt.get(j)!.end)!.end;
      if (pos[j] === ',') j++;
    }
    if (chunkAt.get(j)?.type === 'ADVP') j = chunkAt.get(j)!.end;
    if (pos[j] === ',') j++;
    const np = j;
    while (j < tokens.length && chunkAt.get(j)?.type === 'NP') {
      j = chunkAt.get(j)!.end;
      // "Secretary of State Antony Blinken and Russian counterpart Sergey Lavrov held ...": "of" binds inside a name's
      // title, and "and" joins two names (proper nouns on both sides: "the summit and Trump said" joins no subject).
      const next = chunkAt.get(j + 1);
      if (next?.type === 'NP' && words[j] === 'of' && /^NNP/.test(pos[j - 1]!) && /^NNP/.test(pos[j + 1]!)) j++;
      else if (next?.type === 'NP' && words[j] === 'and' && pos[j] === 'CC' && /^NNP/.test(pos[j - 1]!) && /^NNP/.test(pos[next.end - 1]!)) j++;
    }
    while (j < tokens.length && (chunkAt.get(j)?.type === 'ADVP' || pos[j] === ',')) j = chunkAt.get(j)?.end ?? j + 1;
    return j > np && groups.some((g) => g.start === j && finite(g));
  };

  const openers: Opener[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const w = words[i]!;
    const c = chunkAt.get(i);
    const prevGroup = groupBefore(i);
    if (i === 0 && !W.adverbial.has(w)) continue;
    if (W.hardBreaks.has(w)) {
      if (i + 1 < tokens.length) openers.push({ at: i + 1, marker: null, how: 'break' });
      continue;
    }
    if (c?.type === 'SBAR' && (W.complement.has(w) || W.adverbial.has(w) || /^W/.test(pos[i]!))) {
      openers.push({ at: i, marker: w, how: W.adverbial.has(w) && !W.complement.has(w) ? 'subordinate' : /^W/.test(pos[i]!) ? 'relative' : 'subordinate' });
      continue;
    }
    // "after he met ...", "after meeting ..." open a clause; "the day before, ..." does not.
    if (c?.type === 'PP' && W.adverbial.has(w) && c.end === i + 1 && words[i + 1] !== ',' && (npThenVerb(c.end) || groups.some((g) => g.start === c.end && pos[g.start] === 'VBG'))) {
      openers.push({ at: i, marker: w, how: 'subordinate' });
      continue;
    }
    if (/^(?:WDT|WP|WP\$|WRB)$/.test(pos[i]!) && (pos[i - 1] === ',' || /^NN/.test(pos[i - 1]!) || chunkOf(i - 1)?.type === 'NP')) {
      openers.push({ at: i, marker: w, how: 'relative' });
      continue;
    }
    // "Trump, seeking re-election in November, sealed ...": a participle phrase set off after the sentence's first
    // noun phrase, before any verb, describes that noun as a relative clause would; the clause resumes past its comma.
    if (w === ',' && !prevGroup && chunkOf(i - 1)?.type === 'NP' && groups.some((x) => x.start === i + 1 && /^VB[GN]$/.test(pos[i + 1]!))) {
      const close = words.indexOf(',', i + 2);
      if (close > 0 && groups.some((x) => x.start === close + 1 && finite(x))) {
        openers.push({ at: i + 1, marker: null, how: 'relative' });
        continue;
      }
    }
    const g = groups.find((x) => x.start === i);
    // "to meet" opens an infinitive; "to Seoul" (a preposition tagged TO) does not.
    if (g && w === 'to' && prevGroup && pos.slice(g.start, g.end).some((p) => p === 'VB')) {
      openers.push({ at: i, marker: 'to', how: 'infinitive' });
      continue;
    }
    // "and signed ...", "and Kim said ...": a coordinated clause, once the clause so far has its verb ("where Kim and Trump signed" has not).
    const clauseSoFar = openers.length ? openers[openers.length - 1]!.at : 0;
    // "Japan, South Korea and the United States must ...": the last "and" of a list joins nouns, not clauses.
    const before = chunkOf(i - 1);
    const list = before?.type === 'NP' && words[before.start - 1] === ',' && chunkOf(before.start - 2)?.type === 'NP';
    if (W.coordinators.has(w) && pos[i] === 'CC' && !list && prevGroup && prevGroup.start >= clauseSoFar && (npThenVerb(i + 1) || groups.some((x) => x.start === i + 1 && finite(x)))) {
      openers.push({ at: i, marker: w, how: 'coordinate' });
      continue;
    }
    // "Trump, who met Kim in Singapore, said ...": past the comma that closes a relative clause the interrupted one resumes.
    const last = openers[openers.length - 1];
    if (w === ',' && last?.how === 'relative' && groups.some((x) => x.start === i + 1 && finite(x)) && groups.some((x) => x.start >= last.at && x.end <= i)) {
      openers.push({ at: i + 1, marker: null, how: 'resume' });
      continue;
    }
    if (w === ',' && prevGroup && groups.some((x) => x.start === i + 1 && /^VB[GN]$/.test(pos[i + 1]!))) {
      openers.push({ at: i + 1, marker: null, how: 'participle' });
    }
  }
  const verbLemmaOf = (g: { start: number; end: number }) => verbGroup(tokens, pos, g.start, g.end)?.lemma ?? '';
  // "In a report aired on state television, North Korea said ...": an -ed form after the noun of a
  // fronted prepositional phrase modifies that noun; the sentence's own verb comes later.
  const firstGroup = groups[0];
  if (firstGroup && chunkAt.get(0)?.type === 'PP' && /ed$/i.test(words[firstGroup.start]!) && firstGroup.end - firstGroup.start === 1 && chunkOf(firstGroup.start - 1)?.type === 'NP' && groups.length > 1) {
    openers.push({ at: firstGroup.start, marker: null, how: 'reduced' });
  }
  // A second verb with no opener before it: a new clause starts at its subject ("told reporters he would").
  for (let k = 1; k < groups.length; k++) {
    const g = groups[k]!;
    const prev = groups[k - 1]!;
    if (!finite(g) || openers.some((o) => o.at > prev.start && o.at <= g.start)) continue;
    let subject = g.start;
    for (let j = g.start - 1; j >= prev.end; j--) {
      const c = chunkOf(j);
      if (c?.type === 'NP' && c.end <= g.start) {
        subject = c.start;
        break;
      }
      if (c?.type !== 'ADVP') break;
    }
    // "North Korea 's foreign ministry issued": a subject opening with a possessive starts at its possessor.
    while (/^['’]s$/.test(words[subject] ?? '') && chunkOf(subject - 1)?.type === 'NP' && chunkOf(subject - 1)!.start >= prev.end) subject = chunkOf(subject - 1)!.start;
    // "... Moon's summit with Kim goes ahead": a subject may carry a prepositional phrase, but never
    // starts inside another's ("on Friday of ...").
    for (;;) {
      const pp = chunkOf(subject - 1);
      const np = pp?.type === 'PP' ? chunkOf(pp.start - 1) : undefined;
      if (!pp || pp.type !== 'PP' || np?.type !== 'NP' || np.start < prev.end || ['on', 'in', 'at'].includes(words[pp.start]!)) break;
      if (chunkOf(np.start - 1)?.type === 'PP') break;
      subject = np.start;
      while (/^['’]s$/.test(words[subject] ?? '') && chunkOf(subject - 1)?.type === 'NP' && chunkOf(subject - 1)!.start >= prev.end) subject = chunkOf(subject - 1)!.start;
    }
    // Two verbs need a boundary between them, unless the first reports what the second says
    // ("told reporters he would"); otherwise an -ed form after a noun modifies it ("a letter from Kim
    // addressed to Trump").
    // "... should China support Russia": a modal before its subject opens a condition.
    if (g.end - g.start === 1 && /^(?:should|had|were)$/.test(words[g.start]!) && chunkAt.get(g.start + 1)?.type === 'NP' && groups[k + 1]?.start === chunkAt.get(g.start + 1)!.end) {
      openers.push({ at: g.start, marker: 'if', how: 'subordinate' });
      continue;
    }
    const reports = W.speech.has(verbLemmaOf(prev));
    const edForm = /ed$/i.test(words[g.start]!) && g.end - g.start === 1;
    if (!reports && edForm) openers.push({ at: g.start, marker: null, how: 'reduced' });
    else if (subject < g.start) openers.push({ at: subject, marker: null, how: 'zero' });
  }
  openers.sort((a, b) => a.at - b.at);

  // Segments and their kinds.
  const bounds = [0, ...openers.map((o) => o.at).filter((at, i, all) => at > 0 && all.indexOf(at) === i), tokens.length];
  const clauses: Clause[] = [];
  const clauseOf: number[] = new Array(tokens.length).fill(0);
  for (let s = 0; s + 1 < bounds.length; s++) {
    const start = bounds[s]!;
    const end = bounds[s + 1]!;
    if (start >= end) continue;
    const opener = openers.find((o) => o.at === start) ?? null;
    const index = clauses.length;
    for (let i = start; i < end; i++) clauseOf[i] = index;
    const g = groups.find((x) => x.start >= start && x.start < end);
    const verb = g ? verbGroup(tokens, pos, g.start, Math.min(g.end, end), g.particle) : null;
    const prev = index > 0 ? clauses[index - 1]! : null;
    let kind: ClauseKind = 'main';
    let parent: number | null = null;
    const lastWithVerb = () => {
      for (let k = index - 1; k >= 0; k--) if (clauses[k]!.verb) return k;
      return null;
    };
    switch (opener?.how) {
      case 'subordinate': {
        const p = lastWithVerb();
        const speech = p !== null && W.speech.has(clauses[p]!.verb!.lemma);
        if (W.complement.has(opener.marker ?? '') && (speech || opener.marker === 'whether')) [kind, parent] = ['complement', p];
        else if (opener.marker === 'that' && /^(?:NN|PRP)/.test(pos[start - 1] ?? '')) [kind, parent] = ['relative', clauseOf[start - 1]!];
        else if (opener.marker === 'that') [kind, parent] = ['complement', p];
        else [kind, parent] = ['adverbial', p];
        break;
      }
      case 'relative':
        [kind, parent] = ['relative', clauseOf[start - 1]!];
        break;
      case 'infinitive': {
        const p = lastWithVerb();
        const governing = p !== null ? clauses[p]!.verb!.lemma : null;
        const noun = words[start - 1] ?? '';
        const complement = (governing !== null && W.control.has(governing) && clauses[p!]!.end === start) || W.controlNouns.has(noun);
        [kind, parent] = [complement ? 'complement' : 'purpose', p];
        break;
      }
      case 'coordinate':
        // ", and in August, Trump called off ...": with a comma and a subject of its own, a new main clause.
        [kind, parent] = prev && !(words[start - 1] === ',' && npThenVerb(start + 1)) ? [prev.kind, prev.parent] : ['main', null];
        break;
      case 'participle':
        [kind, parent] = ['adverbial', lastWithVerb()];
        break;
      case 'resume': {
        // The clause the relative one interrupted: its kind and parent.
        const relative = prev?.kind === 'relative' && prev.parent !== null ? clauses[prev.parent]! : null;
        [kind, parent] = relative ? [relative.kind, relative.parent] : ['main', null];
        break;
      }
      case 'reduced':
        [kind, parent] = ['relative', lastWithVerb()];
        break;
      case 'zero': {
        const p = lastWithVerb();
        [kind, parent] = p !== null && W.speech.has(clauses[p]!.verb!.lemma) ? ['complement', p] : ['main', null];
        break;
      }
      default:
        break;
    }
    clauses.push({
      kind,
      start,
      end,
      marker: opener?.marker ?? null,
      verb,
      subject: null,
      subjectShared: false,
      objects: [],
      preps: [],
      parent,
      quoted: quoted.slice(start, end).filter(Boolean).length * 2 > end - start,
      completes: null,
    });
  }
  // A sentence-initial adverbial ("After meeting Putin, Biden said ...") depends on the clause after it.
  clauses.forEach((c, i) => {
    if (c.kind === 'adverbial' && c.parent === null) c.parent = clauses.findIndex((d, j) => j > i && d.kind === 'main' && d.verb !== null);
    if (c.parent === -1) c.parent = null;
  });
  for (const c of clauses) fillArguments(c, chunks, words, pos);
  for (const c of clauses) shareSubject(c, clauses, chunks, words, pos);
  joinInterrupted(clauses);
  resumeComplements(clauses, clauseOf);
  attachFragments(clauses, words);
  return { clauses, clauseOf };
}

/**
 * A noun phrase as an argument: its chunk, extended over what binds inside a noun phrase: a
 * possessive ("Pompeo 's scheduled trip"), "of" ("Secretary of State", "the Group of 20 summit"),
 * "and" ("Kim and Trump"), and commas of a list that ends with "and" ("Merkel, Hollande and Putin").
 */
function nounPhraseFrom(chunks: readonly Chunk[], at: number, limit: number, words: readonly string[]): Argument | null {
  const first = chunks.find((c) => c.start === at && c.type === 'NP');
  if (!first || first.end > limit) return null;
  // "Iran 's foreign minister": a phrase that opens with a possessive marker starts at its possessor.
  const possessor = /^['’]s$/.test(words[at] ?? '') ? chunks.find((c) => c.end === at && c.type === 'NP') : undefined;
  const start = possessor ? possessor.start : at;
  let end = first.end;
  for (;;) {
    const joiner = words[end];
    const here = chunks.find((c) => c.start === end && c.type === 'NP');
    if (here && /^['’]s$/.test(joiner ?? '') && here.end <= limit) {
      end = here.end;
      continue;
    }
    const next = chunks.find((c) => c.start === end + 1 && c.type === 'NP');
    if (!next || next.end > limit) break;
    const of = joiner === 'of' && chunks.some((c) => c.start === end && c.type === 'PP');
    const item = itemEnd(chunks, next, limit, words);
    const listed = joiner === ',' && (words.slice(next.start, item).includes('and') || listGoesOn(chunks, item, limit, words));
    if (joiner === 'and' || of || listed) end = next.end;
    else break;
  }
  return { prep: null, start, end };
}

/** After a noun phrase, the list it belongs to goes on: ", Y", " and Y". */
function listGoesOn(chunks: readonly Chunk[], at: number, limit: number, words: readonly string[]): boolean {
  for (let end = at; end < limit; ) {
    const next = chunks.find((c) => c.start === end + 1 && c.type === 'NP');
    if (words[end] === 'and' && next) return true;
    if (words[end] !== ',' || !next) return false;
    const item = itemEnd(chunks, next, limit, words);
    if (words.slice(next.start, item).includes('and')) return true;
    end = item;
  }
  return false;
}

/** A list item's end: its noun phrase with the "of" phrases that bind inside it ("US secretary of state John Kerry"). */
function itemEnd(chunks: readonly Chunk[], np: Chunk, limit: number, words: readonly string[]): number {
  let end = np.end;
  for (;;) {
    const of = words[end] === 'of' && chunks.some((c) => c.start === end && c.type === 'PP');
    const next = of ? chunks.find((c) => c.start === end + 1 && c.type === 'NP') : undefined;
    if (!next || next.end > limit) return end;
    end = next.end;
  }
}

/** Prepositions that name an event's parties after its noun: "talks between X and Y", "a meeting with X". */
const PARTY_PREPS = new Set(['between', 'with', 'among']);

function fillArguments(c: Clause, chunks: readonly Chunk[], words: readonly string[], pos: readonly string[]): void {
  const inside = chunks.filter((ch) => ch.start >= c.start && ch.end <= c.end);
  const verbStart = c.verb?.start ?? c.end;
  const verbEnd = c.verb?.end ?? c.end;
  // Prepositional arguments anywhere in the clause; the word that opens the clause ("since") is none.
  for (const ch of inside) {
    if (ch.type !== 'PP' || (c.marker !== null && ch.start === c.start)) continue;
    // "Secretary of State", "the Group of 20": "of" after a noun binds inside its noun phrase.
    if (words[ch.start] === 'of' && chunks.some((x) => x.end === ch.start && x.type === 'NP')) continue;
    const np = nounPhraseFrom(chunks, ch.end, c.end, words);
    if (np) c.preps.push({ ...np, prep: words.slice(ch.start, ch.end).join(' ') });
  }
  const inPrep = (ch: Chunk) => c.preps.some((p) => p.start <= ch.start && ch.end <= p.end);
  // Subject: the last noun phrase before the verb that is no preposition's object nor a relative pronoun.
  const own = inside.filter((ch) => ch.type === 'NP' && ch.end <= verbStart && !inPrep(ch) && !/^W/.test(pos[ch.start]!));
  if (own.length > 0) {
    const last = own[own.length - 1]!;
    const phrase = nounPhraseFrom(chunks, firstOfCoordination(own, last, words, pos, chunks), verbStart, words);
    c.subject = phrase;
  }
  // "The Council unanimously imposed new sanctions": a lone past participle right after its own subject is a past tense the tagger missed.
  if (c.verb && c.verb.mood === 'participle' && c.subject && pos[c.verb.head] === 'VBN' && c.kind !== 'relative') {
    const between = inside.filter((ch) => ch.start >= c.subject!.end && ch.end <= c.verb!.start);
    const lone = [...Array(c.verb.end - c.verb.start).keys()].every((k) => c.verb!.start + k === c.verb!.head || !/^(?:VB|MD)/.test(pos[c.verb!.start + k]!));
    // "Talks between Zarif, Kerry and Ashton extended into ...": the subject's own phrase of parties ("between", "with",
    // "among") may stand between, when no other verb follows in the clause ("talks with Iran held in 2012 were" keep their participle).
    const parties = c.preps.filter((p) => PARTY_PREPS.has(p.prep ?? '') && p.start >= c.subject!.end && p.end <= c.verb!.start);
    const modifier = (ch: Chunk) => parties.some((p) => (p.start <= ch.start && ch.end <= p.end) || (ch.type === 'PP' && p.start === ch.end));
    const later = inside.some((ch) => ch.type === 'VP' && ch.start >= c.verb!.end);
    if (lone && between.every((ch) => ch.type === 'ADVP' || (!later && modifier(ch)))) c.verb = { ...c.verb, tense: 'past', mood: 'realis' };
  }
  // Objects: noun phrases right after the verb, before any preposition (two for "sent Kim a letter").
  let at = verbEnd;
  while (c.verb && c.objects.length < 2) {
    const np = nounPhraseFrom(chunks, at, c.end, words);
    if (!np) break;
    c.objects.push(np);
    at = np.end;
  }
}

/**
 * "Trump, who met Kim in Singapore, said ...": a relative clause interrupts its main clause. The
 * part before it (a subject, no verb) and the part after it (a verb, no subject) are one clause:
 * the first takes the second's verb and arguments, the second the first's subject.
 */
function joinInterrupted(clauses: Clause[]): void {
  clauses.forEach((c, i) => {
    if (c.verb !== null || c.subject === null) return;
    let j = i + 1;
    while (j < clauses.length && clauses[j]!.kind === 'relative' && clauses[j]!.parent === i) j++;
    const rest = clauses[j];
    if (j === i + 1 || !rest || rest.verb === null || (rest.subject !== null && !rest.subjectShared) || rest.marker !== null) return;
    rest.subject = c.subject;
    rest.subjectShared = true;
    rest.completes = i;
    c.verb = rest.verb;
    c.objects = rest.objects;
    c.preps = [...c.preps, ...rest.preps];
  });
}

/**
 * "Moon said Kim's trip to Seoul, which would be the first, could take place this year": after a
 * relative clause, a verb with no subject whose clause reports speech before it takes that
 * clause's last object as its subject, and depends on it as what was said.
 */
function resumeComplements(clauses: Clause[], clauseOf: number[]): void {
  clauses.forEach((rest, j) => {
    if (rest.subject !== null || rest.verb === null || rest.marker !== null || j < 2) return;
    const relative = clauses[j - 1]!;
    const said = relative.kind === 'relative' && relative.parent !== null ? clauses[relative.parent]! : null;
    if (!said?.verb || !W.speech.has(said.verb.lemma) || said.objects.length === 0) return;
    const subject = said.objects.pop()!;
    rest.subject = subject;
    rest.kind = 'complement';
    rest.parent = relative.parent;
    relative.subject = relative.subjectShared ? subject : relative.subject;
    // The relative clause is about the noun that is now this clause's subject.
    relative.parent = j;
    // Its prepositional phrases up to the relative clause go with it ("Kim's trip to Seoul").
    const modifiers = said.preps.filter((p) => p.start >= subject.end && p.end <= relative.start);
    said.preps = said.preps.filter((p) => !modifiers.includes(p));
    rest.preps.unshift(...modifiers);
    for (let i = subject.start; i < relative.start; i++) clauseOf[i] = j;
  });
}

/**
 * "On Saturday, while attending the summit, Trump wrote ...": a fronted phrase with no verb of its
 * own belongs to the next main clause, which takes its prepositional arguments.
 */
function attachFragments(clauses: Clause[], words: readonly string[]): void {
  clauses.forEach((c, i) => {
    if (c.verb !== null || c.completes !== null) return;
    const target = clauses.findIndex((d, j) => j > i && d.verb !== null && d.kind === 'main' && d.completes === null);
    if (target < 0) return;
    // A noun phrase and a comma before a clause with a subject of its own is fronted too ("The day before, Pompeo met ...").
    if (c.subject !== null && !(words[c.end - 1] === ',' && clauses[target]!.subject !== null && !clauses[target]!.subjectShared)) return;
    c.completes = target;
    clauses[target]!.preps.unshift(...c.preps);
  });
}

/**
 * "Merkel and Hollande were": a subject may be noun phrases joined by "and" (or a title's "of": "Secretary of State
 * Blinken"); "Kerry and foreign ministers of five other powers joined": a listed noun's "of" phrase is part of its item.
 */
function firstOfCoordination(nps: readonly Chunk[], last: Chunk, words: readonly string[], pos: readonly string[], chunks: readonly Chunk[]): number {
  let start = last.start;
  for (let k = nps.indexOf(last) - 1; k >= 0; k--) {
    const np = nps[k]!;
    // "Biden and China 's President Xi": a possessor is part of the item it opens.
    if (np.end === start && /^['’]s$/.test(words[start] ?? '')) {
      start = np.start;
      continue;
    }
    // A list item carries its own "of" phrase ("Kerry and ministers of five powers"); a lone head's is left as before.
    const item = k > 0 && nps[k - 1]!.end + 1 === np.start && (words[np.start - 1] === 'and' || words[np.start - 1] === ',');
    const title = words[np.end] === 'of' && ((/^NNP/.test(pos[np.end - 1]!) && /^NNP/.test(pos[start]!)) || (item && chunks.some((c) => c.start === np.end && c.end === start && c.type === 'PP')));
    if (np.end + 1 === start && (words[np.end] === 'and' || words[np.end] === ',' || title)) start = np.start;
    else break;
  }
  return start;
}
