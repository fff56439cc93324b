// Is the sentence around a time expression narrating the past or announcing the future?
// Written by hand (chrono has only a global forwardDate switch). The nearest cue before the
// expression in its sentence decides ("plan to hold a summit ..., the White House said
// Thursday": "said" is nearer than "plan to", so past); with no cue before it, the first cue
// after it ("On Thursday, Biegun will visit"); with none at all, past, the default of news.

export type Narration = 'past' | 'future';

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
  /\b(?:is|are|was|were|be|been)\s+(?:\w+ly\s+)?(?:due|set|scheduled|slated|expected|poised|likely|going|about|planning|hoping)?\s*to\s+[a-z]+/gi,
  /\b(?:plans?|planned|planning|expects?|expected|hopes?|hoping|intends?|intended|aims?|wants?|seeks?|agreed|agrees?|decided|vowed|pledged|promised|offered|threatened)\s+to\s+[a-z]+/gi,
  /\bcould\s+(?:take\s+place|happen|come|be\s+held|start|begin|resume)\b/gi,
  /\b(?:scheduled|slated|planned|upcoming|proposed|expected|next)\b/g,
  /\bset\s+for\b/gi,
  /\b(?:postponed|delayed|moved|rescheduled|pushed\s+back|put\s+off)\s+(?:\w+\s+)?(?:to|until|till)\b/gi,
  /\b(?:may|might)\b/g,
];

/** Past tense: common irregular verbs and lower-case "-ed" words (not "United", not "need"). */
const PAST_CUES: RegExp[] = [
  /\b(?:said|told|was|were|had|did|met|held|took|went|came|gave|made|broke|sent|wrote|fell|began|left|won|lost|got|saw|spoke|led|ran|rose|became|kept|brought|thought|felt|found|knew|paid|struck|stood|hit|quit|shut|cut|fought|flew|sold|bought|spent|drew|threw|wore|ate|sat|laid|meant|heard)\b/gi,
  /\b[a-z]{2,}(?<!e)ed\b/g,
];

const CUES: Cue[] = [
  ...FUTURE_CUES.map((pattern) => ({ pattern, narration: 'future' as const })),
  ...PAST_CUES.map((pattern) => ({ pattern, narration: 'past' as const })),
];

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

/** Cues in text[from, to), each with its offsets. */
function cuesIn(text: string, from: number, to: number): { start: number; end: number; narration: Narration }[] {
  const part = text.slice(from, to);
  const found: { start: number; end: number; narration: Narration }[] = [];
  for (const { pattern, narration } of CUES) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(part); m; m = pattern.exec(part)) {
      found.push({ start: from + m.index, end: from + m.index + m[0].length, narration });
    }
  }
  return found;
}

/** "their April 27 summit", "the planned June 12 meeting": a date naming a known event. */
const EVENT_NOUN_AFTER = /^\s+(?:[\p{L}-]+\s+)?(?:summit|meeting|talks|agreement|accord|declaration|deal|visit|trip|election|deadline|attack|launch|test|ceremony|parade|speech|statement|letter|vote|resolution)s?\b/iu;
const DETERMINER_BEFORE = /\b(?:the|their|its|his|her|our|this|that|last)\s+((?:[\p{L}-]+\s+){0,2})$/iu;
const FUTURE_ADJECTIVE = /\b(?:planned|upcoming|scheduled|proposed|expected|next|coming|possible|potential|prospective)\b/i;

export function narrationAt(text: string, start: number, end: number): Narration {
  // A date used as the name of an event takes its direction from the words of that phrase only:
  // the sentence around it may talk of something else ("would hold talks to carry out the
  // agreements of their April 27 summit" names a past summit).
  const det = DETERMINER_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
  if (det && EVENT_NOUN_AFTER.test(text.slice(end, end + 40))) return FUTURE_ADJECTIVE.test(det[1]!) ? 'future' : 'past';
  const before = cuesIn(text, sentenceStart(text, start), start);
  if (before.length > 0) {
    // The nearest cue wins; on a tie of ends, a future cue (it is the longer, more specific one).
    before.sort((a, b) => b.end - a.end || (a.narration === 'future' ? -1 : 1));
    return before[0]!.narration;
  }
  const after = cuesIn(text, end, sentenceEnd(text, end));
  after.sort((a, b) => a.start - b.start || (a.narration === 'future' ? -1 : 1));
  return after[0]?.narration ?? 'past';
}
