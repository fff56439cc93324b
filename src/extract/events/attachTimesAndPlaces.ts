// Times and places of a sentence go to the event candidate whose trigger lies nearest, unless the
// words between say they belong elsewhere (a speech verb, a "that" clause, another clause, a
// calling-off, people placed by it: "officials in Seoul"). An anaphoric time ("the following day",
// "the day before", "that week", "the same day") is counted from the date of the event just
// mentioned, not from the last time expression (which may be the day something was said, or an
// earlier event named in passing). Contract: mutates the candidates' when, place, status and
// calledOffIn.
import { FINE_GRANULARITIES, type Mentions, type Span, type TimeMention, type TimeSpan } from '../../model/index.js';
import type { ExtractContext } from '../context.js';
import type { SentenceClauses } from '../clauses/clauseTypes.js';
import { shiftSpan } from '../time/shiftSpan.js';
import type { Candidate } from './candidate.js';
import { inScope } from './clauseScope.js';
import { siteOf } from './triggerSite.js';

const MAX_ATTACH = 70;
/** "Moon said Sunday": the day a speaker spoke, not the day of what he reports. */
const SPEECH_BEFORE = /\b(?:said|says|told\s+(?:[\p{L}]+\s+){0,2}|announced|added|tweeted|wrote|reported)\s+(?:on\s+)?$/iu;
/** A place past one of these words sits in another clause: "their summit ... only after he had returned to Seoul". */
const OTHER_CLAUSE = /\b(?:after|before|since|until|when|while|because|whereas)\b/i;
/** People placed by a place: "officials in Seoul", "analysts based in Washington". */
const PEOPLE_IN = /\b(?:officials?|diplomats?|analysts?|experts?|observers?|residents?|people|citizens|reporters?|journalists?|correspondents?|sources?|lawmakers?|activists?|scholars?|investors?|traders?|protesters?|officers?)\s+(?:(?:based|stationed)\s+)?in\s+(?:the\s+)?$/i;
/** Calling off or putting off: told on a day and at a place that are not the event's. */
const CALLED_OFF = /\b(?:call(?:ed|s|ing)?\s+off|cancel(?:l?ed|s|ling)?|scrap(?:ped|s)?|postpone[ds]?|postponing|delay(?:ed|s)?|put\s+off|pushed\s+back)\b/i;
/** A finite "that" clause: "Kim told Xi during talks in Beijing this week that Pyongyang will ... his second summit". */
/** "the 2020 election", "the 2020 U.S. presidential election", "Russia's 2014 annexation": a bare year between a determiner or possessor and the words of a noun group. */
const QUALIFYING_YEAR = /(?:\b(?:the|its|their|his|her|this|that)|['’]s)\s+\d{4}\s+\p{L}/u;
const THAT_CLAUSE = /\bthat\s+(?:[\p{L}-]+\s+){0,3}(?:will|would|could|should|can|may|might|had|has|have|was|were|is|are|did|does)\b/iu;
/** "WASHINGTON (Reuters) — ...", "Geneva, Switzerland - ...": a dateline says where the report was filed, not where the event is. */
const DATELINE_AFTER = /^(?:,\s*[\p{L}.]+(?:\s+[\p{L}.]+){0,2})?\s*(?:\([^)]{1,40}\)\s*)?[—–-]\s/u;
/** Between a qualifying place and the settlement it qualifies: " city of ", " port town of ". */
const SETTLEMENT_GAP = /^\s+(?:[\p{Ll}-]+\s+)?(?:city|town|port|resort|village|island|oasis)\s+of\s+(?:the\s+)?$/u;
/** "an EU summit on Brexit", "talks over Kashmir": a place right after the trigger and one of these words is the topic, not the venue. */
const TOPIC_GAP = /^\s+(?:on|over|about|regarding|concerning)\s+(?:the\s+)?$/i;
const BOUNDARY_BEFORE = /\b(?:since|until|till|by|before|after|from)\s+(?:the\s+)?(?:end\s+of\s+)?(?:this\s+)?$/i;

/** An anaphoric time counted from the event just mentioned: of the last sentence before it that
 *  tells a dated event (other than the one it dates), the first such event, its main clause's
 *  ("met in Hanoi on Feb. 27, eight months after their June 12 summit. The same day, ..." -> Feb. 27). */
function fromEventJustMentioned(tm: TimeMention, c: Candidate, candidates: Candidate[]): TimeSpan | null {
  if (tm.anchor !== 'event' || !tm.anaphor) return null;
  const told = candidates.filter((o) => o !== c && o.when && o.triggers[0]!.start < tm.start);
  const sentence = Math.max(...told.map((o) => o.sentences[0]!));
  const event = told.filter((o) => o.sentences[0] === sentence).sort((a, b) => a.triggers[0]!.start - b.triggers[0]!.start)[0];
  return event?.when ? shiftSpan(event.when, tm.anaphor, tm.text) : null;
}

/**
 * "would restore Gulf unity", "the Ukraine crisis": a place right before a common noun of its own noun chunk
 * qualifies that noun, unless the noun is an event's trigger ("the Hanoi summit", "the Geneva talks").
 */
const TIME_NOUN = /^(?:today|tonight|yesterday|tomorrow|morning|afternoon|evening|night|week|weekend|month|year|time)$/i;

function qualifiesNoun(doc: readonly SentenceClauses[], place: Span, candidates: readonly Candidate[]): boolean {
  const sentence = doc.find((d) => d.start <= place.start && place.end <= d.end);
  if (!sentence) return false;
  const last = sentence.tokens.findIndex((t) => t.start < place.end && place.end <= t.end);
  const next = sentence.tokens[last + 1];
  if (last < 0 || !next || !/^NNS?$/.test(sentence.pos[last + 1] ?? '') || TIME_NOUN.test(next.text)) return false;
  if (!sentence.chunks.some((ch) => ch.type === 'NP' && ch.start <= last && last + 1 < ch.end)) return false;
  return !candidates.some((c) => c.triggers.some((t) => t.start <= next.start && next.start < t.end));
}

/** The place or time stands before the head noun of its clause's subject, a subject the trigger is not in. */
function modifiesSubject(doc: readonly SentenceClauses[], trigger: Span, place: Pick<Span, 'start' | 'end'>): boolean {
  const site = siteOf(doc, trigger);
  const subject = site?.clause.subject;
  if (!site || !subject || site.role === 'subject' || site.clause.subjectShared) return false;
  const { tokens, chunks } = site.sentence;
  const at = tokens.findIndex((t) => t.start <= place.start && place.start < t.end);
  const last = tokens.findIndex((t) => t.start < place.end && place.end <= t.end);
  const chunk = chunks.find((ch) => ch.type === 'NP' && ch.start <= at && last < ch.end);
  return at >= subject.start && last < subject.end && chunk !== undefined && last < chunk.end - 1;
}

/**
 * How far a time or place lies from the trigger's clause verb: told before the verb when the trigger is
 * its object or prepositional argument ("The administration on Thursday added 21 Chinese firms to the
 * trade blacklist" dates the listing by its verb, however long the object); told after the verb when
 * the trigger heads its subject ("Talks between Zarif, Kerry and Ashton ran into the night on Friday",
 * however long the list of parties), at the half weight of words after a trigger. Infinity otherwise.
 */
function fromVerb(doc: readonly SentenceClauses[], trigger: Span, start: number, end: number, time = false): number {
  const site = siteOf(doc, trigger);
  const verb = site?.clause.verb;
  if (!site || !verb) return Infinity;
  if (site.role === 'subject') {
    const after = site.sentence.tokens[verb.end - 1]!.end;
    return start >= after && start < site.sentence.tokens[site.clause.end - 1]!.end ? (start - after) / 2 : Infinity;
  }
  if (site.role !== 'object' && site.role !== 'prep') return Infinity;
  // "On Thursday, Merkel and Hollande paid a visit": a time fronted before the subject is as near as the subject, however long
  // (not a place: "Following his setback in Hanoi, Kim traveled ..." places the setback).
  const subject = time && site.clause.subject ? site.sentence.tokens[site.clause.subject.start]!.start : Infinity;
  const at = end <= subject ? subject : site.sentence.tokens[verb.start]!.start;
  return end <= at ? at - end : Infinity;
}

/**
 * "the talks next week (Jan. 21-22)", "on Monday, Nov. 24": a time set right beside the one that
 * dated the candidate, with only a comma or brackets between, that lies within it and is narrower,
 * says which days of it; one further off, or one that falls outside it, is another time.
 */
function refines(text: string, c: Candidate, tm: TimeMention, first: TimeMention | undefined): boolean {
  const span = tm.range ?? tm.span;
  if (!first || !c.when?.earliest || !c.when.latest || !span.earliest || !span.latest || tm.start < first.end) return false;
  if (!/^\s*(?:,\s*|\(\s*|[—–]\s*)$/.test(text.slice(first.end, tm.start))) return false;
  const narrower = Date.parse(span.latest) - Date.parse(span.earliest) < Date.parse(c.when.latest) - Date.parse(c.when.earliest);
  return narrower && span.earliest >= c.when.earliest && span.latest <= c.when.latest;
}

/** A trailing reporting clause: ", a joint statement (released by the ministry) said." closing the sentence. */
function reportsSentence(text: string, t: Span, sentence: Span): boolean {
  return /,\s+(?:a|an|the|their|its)\s+(?:[\p{L}-]+\s+){0,2}$/iu.test(text.slice(sentence.start, t.start)) && /^[^,;:.]{0,80}?\s(?:said|says|read|stated)\W*$/u.test(text.slice(t.end, sentence.end));
}

/** Each dated time and each place of a sentence goes to the candidate whose trigger is nearest. */
export function attachTimesAndPlaces(ctx: ExtractContext, candidates: Candidate[], mentions: Mentions, sentences: Span[], sentenceOf: (n: number) => number, doc: readonly SentenceClauses[]): void {
  const nearest = (start: number, end: number, si: number, other?: (c: Candidate) => boolean, time = false) => {
    let best: Candidate | undefined;
    let bestD = Infinity;
    for (const c of candidates) {
      if (other?.(c)) continue;
      // The gathering another event is held beside takes none of that event's time or place.
      if (c.sentences[0] !== si || c.aside) continue;
      // Only what the trigger's own clause says dates and places it.
      if (!inScope(doc, c.triggers[0]!, { start, end }, c.kind === 'VISIT')) continue;
      const t = c.triggers[0]!;
      // A gathering that times the clause's act ("ahead of the summit") takes only what its own phrase says: right after it, no comma between.
      if (c.landmark && (start < t.end || /[,;:—–]/.test(ctx.text.slice(t.end, start)))) continue;
      // "X held talks on Thursday, a joint statement released by Y said.": a statement that only reports the sentence is no home for its times and places.
      if (c.kind === 'STATEMENT' && end <= t.start && reportsSentence(ctx.text, t, sentences[si]!)) continue;
      // Words after a trigger say more about it than words before: "hold a summit ... the following day".
      const d = Math.min(end <= t.start ? t.start - end : start >= t.end ? (start - t.end) / 2 : 0, fromVerb(doc, t, start, end, time));
      // Beyond a clause's length a time or place describes something else in the sentence.
      if (d < bestD && d <= MAX_ATTACH) [best, bestD] = [c, d];
    }
    return best;
  };
  // The time mention that dated each candidate, so that a closer one set beside it may refine it.
  const dated = new Map<Candidate, TimeMention>();
  for (const tm of mentions.times) {
    if (candidates.length === 0) break;
    // Durations, sets and references ("now", "recently") date no event.
    if (!tm.span.earliest || !tm.span.latest || tm.span.granularity === 'duration' || tm.span.granularity === 'reference') continue;
    if (BOUNDARY_BEFORE.test(ctx.text.slice(Math.max(0, tm.start - 25), tm.start))) continue;
    if (SPEECH_BEFORE.test(ctx.text.slice(Math.max(0, tm.start - 30), tm.start))) continue;
    const c = nearest(tm.start, tm.end, sentenceOf(tm.start), undefined, true);
    // "Iceland's 2019-2021 chairmanship ... is ending at the ministerial meeting": a time qualifying the subject's noun dates that noun.
    if (c && modifiesSubject(doc, c.triggers[0]!, tm)) continue;
    // "sanctions retaliating against interference in the 2020 election": a year that qualifies a noun after the trigger dates that noun.
    if (c && tm.start > c.triggers[0]!.end && QUALIFYING_YEAR.test(ctx.text.slice(Math.max(0, tm.start - 12), tm.end + 2))) continue;
    if (c && tm.end <= c.triggers[0]!.start && THAT_CLAUSE.test(ctx.text.slice(tm.end, c.triggers[0]!.start))) continue;
    // "Trump on Thursday called off his planned summit": the day of a calling off is never the event's
    // (one calls off before the day). A month or wider ("in August, Trump called off Pompeo's trip")
    // holds a plan near at hand too, and dates the event when nothing else the article says does.
    if (c && tm.end <= c.triggers[0]!.start && CALLED_OFF.test(ctx.text.slice(tm.end, c.triggers[0]!.start))) {
      if (tm.span.granularity !== 'day' && tm.span.granularity !== 'week') c.calledOffIn ??= tm.span;
      continue;
    }
    // A plan is dated by a day still to come, not by the day it was announced; but a past date
    // that names the event itself ("their April 27 summit") says it took place.
    const past = ctx.reference !== null && tm.span.latest <= ctx.reference;
    if (c?.when && refines(ctx.text, c, tm, dated.get(c))) {
      c.when = tm.range ?? tm.span;
      dated.set(c, tm);
      continue;
    }
    if (!c || c.when) continue;
    dated.set(c, tm);
    if (c.status === 'PLANNED' && past && /^\s+(?:[\p{L}-]+\s+)?$/u.test(ctx.text.slice(tm.end, c.triggers[0]!.start))) [c.status, c.cued] = ['OCCURRED', true];
    // One end of a range ("from Sunday to Wednesday") dates the event by the whole range.
    if (!(c.status === 'PLANNED' && past)) {
      c.when = fromEventJustMentioned(tm, c, candidates) ?? tm.range ?? tm.span;
      // Dates of month precision or finer anchor an event; a year or a season does not.
      if (FINE_GRANULARITIES.has(c.when.granularity)) c.anchors.push('date');
    }
  }
  for (const e of mentions.entities) {
    if (e.kind !== 'PLACE' || !sentences.length) continue;
    const si = sentenceOf(e.start);
    if (si >= 0 && /^\W*$/.test(ctx.text.slice(sentences[si]!.start, e.start)) && DATELINE_AFTER.test(ctx.text.slice(e.end, e.end + 60))) continue;
    const c = nearest(e.start, e.end, si, (o) => e.end <= o.triggers[0]!.start && OTHER_CLAUSE.test(ctx.text.slice(e.end, o.triggers[0]!.start)));
    if (c && e.start >= c.triggers[0]!.end && OTHER_CLAUSE.test(ctx.text.slice(c.triggers[0]!.end, e.start))) continue;
    if (c && e.end <= c.triggers[0]!.start && THAT_CLAUSE.test(ctx.text.slice(e.end, c.triggers[0]!.start))) continue;
    // "the Red Sea city of Jeddah", "the Black Sea resort of Sochi": a place qualifying a settlement noun is not the venue; the settlement is.
    if (mentions.entities.some((p) => p.kind === 'PLACE' && p.start > e.end && p.start - e.end <= 40 && SETTLEMENT_GAP.test(ctx.text.slice(e.end, p.start)))) continue;
    // "In Washington, Trump called off the summit": where the calling off was told, not the venue.
    if (c && e.end <= c.triggers[0]!.start && CALLED_OFF.test(ctx.text.slice(e.end, c.triggers[0]!.start))) continue;
    // "Officials in Seoul hope for a meeting": where those people are, not where the meeting is.
    if (PEOPLE_IN.test(ctx.text.slice(Math.max(0, e.start - 40), e.start))) continue;
    // "Punjab government officials were present at the talks": a place qualifying a noun of the clause's subject says who, not where.
    if (c && modifiesSubject(doc, c.triggers[0]!, e)) continue;
    // "the denuclearization of the Korean Peninsula": a place that completes another noun is no venue ("the village of Panmunjom" is).
    const lead = ctx.text.slice(Math.max(0, e.start - 30), e.start);
    if (/\bof\s+(?:the\s+)?$/i.test(lead) && !/\b(?:village|city|town|port|island|capital|resort|province|region|outskirts|side|county|state|area)\s+of\s+(?:the\s+)?$/i.test(lead)) continue;
    // "an EU summit on Brexit": the matter the gathering is about; "would restore Gulf unity": a place qualifying another noun.
    if (c && e.start >= c.triggers[0]!.end && TOPIC_GAP.test(ctx.text.slice(c.triggers[0]!.end, e.start))) continue;
    if (c && qualifiesNoun(doc, e, candidates)) continue;
    if (c && !c.place && c.kind !== 'VISIT' && c.kind !== 'SANCTION') {
      c.place = e.id;
      c.anchors.push('place');
    }
  }
  // "Kim traveled to Russia in April for his first summit with Putin": a summit told as the purpose of a trip shares its date.
  for (const c of candidates) {
    if (c.when || c.status === 'PLANNED') continue;
    const trip = candidates.find((o) => o !== c && o.kind === 'VISIT' && o.when && o.status !== 'PLANNED' && o.sentences[0] === c.sentences[0] && o.participants.some((p) => c.participants.some((q) => q.entity === p.entity)));
    if (trip) c.when = trip.when;
  }
}
