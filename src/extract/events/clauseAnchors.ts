// The anchors a candidate's own clause gives it beyond date and place (attachTimesAndPlaces): an
// ordinal in a named series ("the second Trump-Kim summit", "their third meeting"), and a named
// pair told in past realis ("Biden met Putin", "Trump sent Kim a letter", "the EU imposed
// sanctions on Russia", "the talks between Kerry and Zarif ended"): two named parties (or both
// roles of a letter, sanction or visit) and a past, real, unnegated verb that makes the event
// itself happen (or calls off or puts off that very event), not one that talks about it ("discussed the summit").
// Example: "Pompeo discussed a summit with Kim" -> []; "Pompeo held talks with Kim" -> ['pair'].
import type { SentenceClauses } from '../clauses/clauseTypes.js';
import { clauseWords } from '../clauses/clauseWords.js';
import type { Anchor, Candidate } from './candidate.js';
import { GATHERINGS, INTO_GATHERING } from './kindSets.js';
import { siteOf, type Site } from './triggerSite.js';

/** Verbs whose object is an event that thereby takes place: "held talks", "sent a letter", "imposed sanctions". */
const REALIZE_OBJECT = new Set(
  ('hold have attend host impose slap levy announce unveil send write deliver hand receive sign conclude pay make begin start open resume wrap ' +
    'finish complete join lift ease extend tighten expand broaden renew approve adopt agree issue release publish read give carry conduct ' +
    'stage fire launch exchange swap maintain keep back convene call chair pass vote')
    .split(' '),
);
/** Verbs whose subject is an event that thereby takes place: "the summit took place", "talks ended". */
const REALIZE_SUBJECT = new Set('take be begin start end open close conclude collapse happen occur last produce yield fail break run go come wrap finish stall resume convene reach air broadcast publish carry extend drag continue'.split(' '));
/** Verbs that call off or put off a named event: "Trump called off his summit with Kim" is about that one summit. */
const STATUS_VERBS = new Set(['cancel', 'call off', 'scrap', 'scuttle', 'postpone', 'delay', 'put off', 'push back', 'reschedule', 'defer', 'suspend', 'abandon']);
/**
 * Verbs that govern another and leave it unreal: "agreed to meet", "planned to visit"; or only
 * hedged, told on someone's belief or word: "is believed to have met", "is said to have visited".
 */
const UNREAL_GOVERNORS = new Set(
  ('agree plan hope want wish decide promise refuse seek try intend expect offer propose threaten vow pledge prepare arrange aim need fail decline schedule consider ' +
    'believe think say report rumour rumor allege suppose claim suspect')
    .split(' '),
);
/** Verbs that put a party on a sanctions list or take it off, the list their prepositional argument: "added YMTC to the trade blacklist". */
const LISTING = new Set(['add', 'put', 'place', 'remove', 'delist', 'take']);
const HYPOTHETICAL = new Set(['if', 'unless', 'whether', 'lest']);
/** Verbs that hand a letter over as their "with" argument: "presented Qatar with a list of demands". */
const PRESENTING = new Set(['present', 'provide', 'furnish', 'serve']);
/** Prepositions that make a gathering the setting of what the clause tells: "in a call", "during talks", "at the summit". */
const SETTING = new Set(['in', 'during', 'at']);
const SETTING_KINDS = new Set(['SUMMIT', 'MEETING']);
const ROLE_PAIRS: Record<string, [string, string]> = { LETTER: ['sender', 'recipient'], SANCTION: ['imposer', 'target'], VISIT: ['visitor', 'host'] };
/** Events of one party (a statement, a test, a meeting someone convenes): the party is the pair. */
const ONE_PARTY = new Set(['STATEMENT', 'WEAPONS_TEST']);

/** The trigger heads its prepositional phrase: it ends it, and no "of" puts it under another noun ("the conclusion of the summit"). */
function heads(site: Site, trigger: { end: number }): boolean {
  const a = site.argument!;
  const words = site.sentence.tokens.slice(a.start, a.end).map((t) => t.text.toLowerCase());
  return site.sentence.tokens[a.end - 1]!.end === trigger.end && !words.includes('of');
}

function namedPair(c: Candidate): boolean {
  if (ONE_PARTY.has(c.kind) || c.solo) return c.participants.length >= 1;
  const pair = ROLE_PAIRS[c.kind];
  if (pair) return pair.every((role) => c.participants.some((p) => p.role === role)) || (c.kind === 'VISIT' && c.participants.some((p) => p.role === 'visitor') && c.place !== null);
  return new Set(c.participants.filter((p) => p.kind === 'PERSON' || p.kind === 'COUNTRY' || p.kind === 'ORGANIZATION').map((p) => p.entity)).size >= 2;
}

export function clauseAnchors(c: Candidate, doc: readonly SentenceClauses[]): Anchor[] {
  const out: Anchor[] = [];
  // The gathering another event is held beside is told in passing: a mention.
  if (c.aside) return out;
  if (c.ordinal !== null && c.participants.length >= 2) out.push('ordinal');
  const site = siteOf(doc, c.triggers[0]!);
  const verb = site?.clause.verb;
  if (!site || !verb || !namedPair(c)) return out;
  // Past, a present perfect, or under way ("are holding talks"); never negated, never governed by a plan.
  const pastRealis = (v: typeof verb) =>
    v.mood === 'realis' && !v.negated && (v.tense === 'past' || (v.tense === 'present' && (v.perfect || v.progressive))) && !v.governors.some((g) => UNREAL_GOVERNORS.has(g));
  // "if Washington keeps up sanctions": a condition is not a report.
  if (site.clause.kind === 'adverbial' && HYPOTHETICAL.has(site.clause.marker ?? '')) return out;
  // "after meeting Kono and Kang, Pompeo spoke ...": a participle clause is as real as the clause it depends on.
  const parent = site.clause.parent !== null ? site.sentence.clauses[site.clause.parent]!.verb : null;
  const realis = verb.mood === 'participle' && site.clause.kind === 'adverbial' && !verb.negated ? parent !== null && pastRealis(parent) : pastRealis(verb);
  const lemma = verb.particle ? `${verb.lemma} ${verb.particle}` : verb.lemma;
  // "X said in a statement": the saying is the statement.
  const spoken = c.kind === 'STATEMENT' && site.role === 'prep' && (site.argument?.prep === 'in' || site.argument?.prep === 'through') && clauseWords.speech.has(verb.lemma);
  const realizing = (l: string) => REALIZE_OBJECT.has(l) || STATUS_VERBS.has(l);
  const listed = c.kind === 'SANCTION' && site.role === 'prep' && LISTING.has(verb.lemma) && ['to', 'on', 'onto', 'from', 'off'].includes(site.argument?.prep ?? '');
  // "Trump sealed the agreement in a phone call with Netanyahu": a gathering in or during which a real act was done took place.
  // The gathering must head its phrase ("at the conclusion of the summit" is no setting) and be one meeting or call, not talks,
  // a process one is "in" ("was insistent during negotiations"); the clause must tell an act, not a state ("was").
  // "went into a meeting with Zarif": going into a gathering is taking part in it.
  const entered = GATHERINGS.has(c.kind) && site.role === 'prep' && site.argument?.prep === 'into' && INTO_GATHERING.has(verb.lemma) && heads(site, c.triggers[0]!);
  const setting = (SETTING_KINDS.has(c.kind) && site.role === 'prep' && SETTING.has(site.argument?.prep ?? '') && heads(site, c.triggers[0]!) && verb.lemma !== 'be') || entered;
  // "presented Qatar with a list of demands", "provided Kim with a letter": the note handed over as the verb's "with".
  const handed = c.kind === 'LETTER' && site.role === 'prep' && site.argument?.prep === 'with' && PRESENTING.has(verb.lemma);
  const makesIt =
    site.role === 'verb' || listed || spoken || setting || handed || (site.role === 'object' && (realizing(lemma) || realizing(verb.lemma))) || (site.role === 'subject' && ((REALIZE_SUBJECT.has(verb.lemma) && !verb.passive) || STATUS_VERBS.has(lemma)));
  if (realis && makesIt) out.push('pair');
  return out;
}
