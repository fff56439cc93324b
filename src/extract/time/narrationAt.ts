// Is the clause around a time expression narrating the past, announcing the future, or in the
// present? Written by hand (chrono has only a global forwardDate switch). In order:
//  - a date naming an event ("their April 27 summit") takes its direction from that phrase;
//  - a verb right beside the time decides ("said Friday", "left Tuesday", "on Tuesday said");
//  - else the nearest cue before it in its sentence ("plan to hold a summit ... on Thursday"),
//    else the first cue after it ("On Thursday, Biegun will visit");
//  - a verb of speech ("said", "told") is the time's cue only with no reported clause between
//    ("that", a quotation): "said the dividend is payable Dec. 15" takes the reported clause's
//    tense, anchored on the report's date; cues inside a quotation speak for times inside it only;
//  - with no cue, null: the caller picks its default (past for a weekday in news, the nearest
//    occurrence for a date or a month).

import { headlineFuture } from './headlineFuture.js';

export type Narration = 'past' | 'future' | 'present';

interface Cue {
  pattern: RegExp;
  narration: Narration;
}

/** Intent and schedule words that point forward ("is to visit", "plans to", "will", "would be
 *  held": the whole passive is one cue, so that "held" does not read as past). */
const FUTURE_CUES: RegExp[] = [
  /\b(?:will|shall|would|won['’]t|wouldn['’]t)(?:\s+(?:not\s+)?be\s+[a-z]+)?\b/gi,
  /['’]ll\b/gi,
  /\bgoing\s+to\b/gi,
  /\b(?:is|are|was|were|be|been)\s+(?:\w+ly\s+)?(?:due|set|scheduled|slated|expected|poised|likely|going|about|planning|hoping|supposed|required|meant|ready|able)?\s*to\s+[a-z]+/gi,
  /\b(?:plans?|planned|planning|expects?|expected|hopes?|hoping|intends?|intended|aims?|wants?|seeks?|agreed|agrees?|decided|vowed|pledged|promised|offered|threatened|set)\s+to\s+[a-z]+/gi,
  /\b(?:agreement|deal|offer|bid|proposal|decision|pledge|promise|commitment|intention|move)\s+to\s+[a-z]+/gi,
  /\bexpects?\s+(?:[\p{L}'’-]+\s+){1,3}to\s+[a-z]+/giu,
  /\b(?:must|should|(?:has|have|need|needs)\s+to)\b/gi,
  /\bto\s+be\s+[a-z]+(?:ed|en)\b/gi,
  /\b(?:asked|invited|subpoenaed|ordered|urged|summoned|called\s+on|required|instructed|directed|requested)\s+(?:[\p{L}\d'’.-]+\s+){0,4}?to\s+[a-z]+/giu,
  /\bcould\s+(?:take\s+place|happen|come|be\s+held|start|begin|resume)\b/gi,
  /\b(?:scheduled|slated|planned|upcoming|proposed|expected)\b|\bnext\b(?!\s+to\b)/g,
  /\bset\s+for\b/gi,
  /\b(?:postponed|delayed|moved|rescheduled|extended|pushed\s+back|put\s+off)\s+(?:\w+\s+)?(?:to|until|till)\b/gi,
  /\b(?:may|might)\b/g,
];

const IRREGULAR_PAST =
  'said|told|was|were|had|did|met|held|took|went|came|gave|made|broke|sent|wrote|fell|began|left|won|lost|got|saw|spoke|led|ran|rose|became|kept|brought|thought|felt|found|knew|paid|struck|stood|hit|quit|shut|cut|fought|flew|sold|bought|spent|drew|threw|wore|ate|sat|laid|meant|heard';

/** Past tense: common irregular verbs and lower-case "-ed" words (not "United", not "need"). */
const PAST_CUES: RegExp[] = [
  new RegExp(`\\b(?:${IRREGULAR_PAST})\\b`, 'gi'),
  // The perfect of a modal looks back ("may have been responsible", "would have met"): one cue,
  // longer than the modal's own future cue, so that it wins as the nearer one.
  /\b(?:may|might|could|must|should|would)\s+(?:not\s+)?have\s+(?:been|[a-z]+(?:ed|en))\b/gi,
  /\b[a-z]{2,}(?<!e)ed\b/g,
];

/** Present tense of "be": the nearest occurrence ("the dividend is payable Dec. 15"). The perfect
 *  ("has met") is past by its participle. */
const PRESENT_CUES: RegExp[] = [/\b(?:is|are|am|remains|remain)\b(?!\s+(?:due|set|scheduled|slated|expected|going|about|likely|poised|to)\b)/gi];

const CUES: Cue[] = [
  ...FUTURE_CUES.map((pattern) => ({ pattern, narration: 'future' as const })),
  ...PAST_CUES.map((pattern) => ({ pattern, narration: 'past' as const })),
  ...PRESENT_CUES.map((pattern) => ({ pattern, narration: 'present' as const })),
];

/** Verbs of speech and report: cues only right beside the time. */
const SPEECH = /^(?:said|says|told|tells|added|adds|noted|reported|announced|announces|stated|predicted|explained|declared|claimed|insisted|warned|confirmed|disclosed|revealed|indicated|estimated|argued|wrote|tweeted|asserted|acknowledged|charged|contended|recalled)$/i;
/** The word right before the time ("said Friday", "left on Tuesday", "met late Monday"). */
const WORD_BEFORE = /([\p{L}]+)\s+(?:(?:on|early|late|last)\s+)?$/u;
/** The word right after it ("Bush on Tuesday said"). */
const WORD_AFTER = /^\s+([\p{L}]+)/u;
/** "-eed" past tenses (the "-ed" rule leaves out "need", "speed"). */
const EED_PAST = 'agreed|disagreed|freed|decreed|guaranteed|refereed';
const PAST_WORD = new RegExp(`^(?:${IRREGULAR_PAST}|${EED_PAST}|[a-z]{2,}(?<!e)ed)$`, 'i');

/** Abbreviations whose period does not end a sentence. */
const ABBREVIATIONS = /(?:^|[\s(.])(?:[A-Z]|Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Lt|Col|Capt|St|Jr|Sr|No|vs|etc|Inc|Corp|Co|Ltd|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|[ap]\.m)$/;

function sentenceStart(text: string, at: number): number {
  const boundary = /[.!?]["”’')\]]*\s+|\n\s*\n|\n/g;
  let start = 0;
  for (let m = boundary.exec(text); m && m.index < at; m = boundary.exec(text)) {
    if (m.index + m[0].length > at) break;
    if (m[0][0] === '.' && ABBREVIATIONS.test(text.slice(Math.max(0, m.index - 6), m.index))) continue;
    start = m.index + m[0].length;
  }
  return start;
}

function sentenceEnd(text: string, from: number): number {
  const boundary = /[.!?]["”’')\]]*(?:\s+|$)|\n/g;
  boundary.lastIndex = from;
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    if (m[0][0] === '.' && ABBREVIATIONS.test(text.slice(Math.max(0, m.index - 6), m.index))) continue;
    return m.index;
  }
  return text.length;
}

interface Found {
  start: number;
  end: number;
  narration: Narration;
  speech: boolean;
}

/** Past forms of auxiliaries: finite whatever precedes them. */
const AUXILIARY_PAST = /^(?:was|were|had|did)$/i;
const NOT_FINITE_BEFORE = /\b(?:the|a|an|its|their|his|her|our|my|your|this|that|these|those|be|been|being|to|can|could|should|would|will|may|might|must|newly|fully|already|in|of|with|for|on|at|by|from|into|as)\s+$/i;

/** Cues in text[from, to), each with its offsets. */
function cuesIn(text: string, from: number, to: number): Found[] {
  const part = text.slice(from, to);
  const found: Found[] = [];
  for (const { pattern, narration } of CUES) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(part); m; m = pattern.exec(part)) {
      // "the planned talks", "preferred shares", "to be completed", "can be exercised": an "-ed" word
      // after a determiner, an auxiliary of the passive or a modal is no past verb.
      if (narration === 'past' && !AUXILIARY_PAST.test(m[0]) && NOT_FINITE_BEFORE.test(part.slice(Math.max(0, m.index - 12), m.index))) continue;
      found.push({ start: from + m.index, end: from + m.index + m[0].length, narration, speech: SPEECH.test(m[0]) });
    }
  }
  return found;
}

/** Quoted stretches of a sentence: cues inside a quotation speak for times inside it only. */
function quotedSpans(text: string, from: number, to: number): [number, number][] {
  const spans: [number, number][] = [];
  let open: number | null = null;
  for (let i = from; i < to; i++) {
    const c = text[i]!;
    if (c === '“' || (c === '"' && open === null)) open = i;
    else if ((c === '”' || c === '"') && open !== null) {
      spans.push([open, i]);
      open = null;
    }
  }
  if (open !== null) spans.push([open, to]);
  return spans;
}

/** Between two clauses: punctuation or a conjunction. */
const CLAUSE_BREAK = /[,;:]|\b(?:and|but|or|that|which|who|when|after|before|because|while|since|although)\b/i;

/** Cues rank on a tie: the future cue is the longer, more specific one; "is" the weakest. */
const RANK: Record<Narration, number> = { future: 0, past: 1, present: 2 };

/** "their April 27 summit", "the planned June 12 meeting": a date naming a known event. */
const EVENT_NOUN_AFTER = /^\s+(?:[\p{L}-]+\s+)?(?:summit|meeting|talks|agreement|accord|declaration|deal|visit|trip|election|attack|launch|test|ceremony|parade|speech|statement|letter|vote|resolution|blast|bombing|explosion|crash|shooting|slaying|killing|massacre|raid|invasion|uprising|coup|earthquake|ruling|decision|hearing|arrest|release)s?\b/iu;
/** "the Nov. 1 deadline", "payable Dec. 7", "which expire Nov. 21": a term, the nearest such day. */
const TERM_AFTER = /^\s+(?:[\p{L}-]+\s+)?(?:deadline|date|target)s?\b/iu;
const TERM_BEFORE = /\b(?:payable|effective|expires?|expired|expiring|due|record|matures?|maturing|by)\s+(?:(?:on|in|at|by)\s+)?$/i;
const DETERMINER_BEFORE = /\b(?:the|a|an|their|its|his|her|our|this|that|last)\s+((?:[\p{L}-]+\s+){0,2})$/iu;
const FUTURE_ADJECTIVE = /\b(?:planned|upcoming|scheduled|proposed|expected|next|coming|possible|potential|prospective)\b/i;

export function narrationAt(text: string, start: number, end: number): Narration | null {
  // A date used as the name of an event takes its direction from the words of that phrase only:
  // the sentence around it may talk of something else ("would hold talks to carry out the
  // agreements of their April 27 summit" names a past summit).
  const det = DETERMINER_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
  if (det && EVENT_NOUN_AFTER.test(text.slice(end, end + 40))) return FUTURE_ADJECTIVE.test(det[1]!) ? 'future' : 'past';
  // "since March": what began then lies in the past.
  if (/\bsince\s+(?:(?:early|late|mid)[\s-]+)?$/i.test(text.slice(Math.max(0, start - 20), start))) return 'past';
  const term = (det && TERM_AFTER.test(text.slice(end, end + 40))) || TERM_BEFORE.test(text.slice(Math.max(0, start - 20), start));
  // A past verb right beside the time ("said Friday", "left on Tuesday"), unless a passive or a
  // modal makes it no past ("will be held on Thursday").
  const lead = text.slice(Math.max(0, start - 40), start);
  const wordBefore = WORD_BEFORE.exec(lead);
  const finiteBefore = wordBefore && !NOT_FINITE_BEFORE.test(lead.slice(0, wordBefore.index));
  const wordAfter = WORD_AFTER.exec(text.slice(end, end + 30))?.[1];
  if ((finiteBefore && /^[a-z]/.test(wordBefore[1]!) && PAST_WORD.test(wordBefore[1]!)) || (wordAfter && /^[a-z]/.test(wordAfter) && PAST_WORD.test(wordAfter))) return 'past';
  // "Qatar's emir to attend Tuesday's summit": a headline's bare "to" is its future.
  if (headlineFuture(text, start) !== null) return 'future';
  const [from, to] = [sentenceStart(text, start), sentenceEnd(text, end)];
  const quotes = quotedSpans(text, from, to);
  const quoteOf = (at: number) => quotes.findIndex(([a, b]) => at > a && at < b);
  const ownQuote = quoteOf(start);
  // A verb of speech is the time's own verb only when no reported clause ("that", a quotation) lies between.
  const usable = (c: Found, between: string) => quoteOf(c.start) === ownQuote && (!c.speech || !/\bthat\b|["“”]/.test(between));
  // Within a clause a modal governs the finite verb: an "-ed" word after "will" is a participle or
  // an adjective ("will redeem Series H preferred shares on Oct. 31").
  const found = cuesIn(text, from, start);
  const governed = (c: Found) =>
    c.narration === 'past' && /ed$/.test(text.slice(c.start, c.end)) && found.some((f) => f.narration === 'future' && f.end <= c.start && !CLAUSE_BREAK.test(text.slice(f.end, c.start)));
  const before = found.filter((c) => !governed(c)).sort((a, b) => b.end - a.end || RANK[a.narration] - RANK[b.narration]);
  const cueBefore = before.find((c) => usable(c, text.slice(c.end, start)));
  const after = cuesIn(text, end, to).sort((a, b) => a.start - b.start || RANK[a.narration] - RANK[b.narration]);
  const cue = cueBefore?.narration ?? after.find((c) => usable(c, text.slice(end, c.start)))?.narration ?? null;
  // A term ("by August", "payable Dec. 15") is the nearest such day, unless its clause looks forward;
  // so is the end of a stretch ("has given them until 9 a.m. Tuesday") in a clause with no tense cue.
  const until = /\b(?:until|till)\s+$/i.test(text.slice(Math.max(0, start - 8), start));
  return (term && cue !== 'future') || (until && cue === null) ? 'present' : cue;
}

/** "said on Thursday", "Thursday, officials said": the day something was said, not a day of the story. */
narrationAt.isReportDate = (text: string, start: number, end: number): boolean => {
  const before = /([\p{L}]+)\s+(?:on\s+)?$/u.exec(text.slice(Math.max(0, start - 25), start))?.[1] ?? '';
  const after = /^,?\s+(?:[\p{Lu}][\p{L}.]*\s+){0,3}([\p{L}]+)/u.exec(text.slice(end, end + 40))?.[1] ?? '';
  return SPEECH.test(before) || (SPEECH.test(after) && /^[a-z]/.test(after));
};
