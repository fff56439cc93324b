// The day a side announced its own measure dates that measure when nothing in the measure's own
// clause does: "<side> announced on Thursday (that) it had imposed sanctions on ...", "<side> said
// Thursday it sanctioned 18 ...": the pronoun right after the day is the announcer, telling what it
// did itself. Only sanctions and letters told as done (not planned: "said Thursday it would impose"
// is a plan), only a day or a week (a month is too wide to be an announcement's), and only when the
// words from the day to the trigger hold no other clause (no comma, semicolon or dash).
// A sanction told in the present perfect or as under way, in a sentence that an attribution with its
// day closes ("X has imposed sanctions on Y, its minister said on Monday"), is dated by that day.
// A measure or letter told in an "as" clause right after a day shares that day: "The crisis escalated
// late Thursday, as Kuwait presented Qatar with a list of demands from Saudi Arabia".
// Sanctions kept in force are kept when decided: "<side> agreed on Thursday to link lifting the
// sanctions to the ceasefire" is dated that Thursday.
// A measure told in the present progressive in a clause of its own ("Canada is imposing sanctions on
// 17 Saudis", "the government says it is also halting arms exports") is news of the day the article
// is written: it takes the publication interval when that is at most a week wide (undated otherwise).
// Contract: mutates the candidates' when and anchors.
// Example: "France announced on Thursday it had imposed sanctions on 18 Chileans." (reference
//   2019-03-09) -> the sanction is dated 2019-03-07 and anchored by that date.
import type { TimeMention, TimeSpan } from '../../model/index.js';
import { CalendarDay } from '../../model/calendarDay.js';
import type { SentenceClauses } from '../clauses/clauseTypes.js';
import type { ExtractContext } from '../context.js';
import type { Candidate } from './candidate.js';
import { siteOf } from './triggerSite.js';

/** ", German Foreign Minister Heiko Maas said on": the attribution that closes the sentence, its day last. */
const ATTRIBUTED = /^[^;:.]*,\s+(?:[\p{L}’'.-]+\s+){1,8}(?:said|announced|confirmed|told\s+(?:[\p{L}]+\s+){1,2})(?:\s+on)?\s+$/iu;
/** The measure's own clause in the present perfect or under way: "has imposed", "is banning", "have begun proceedings to ban". */
const RECENT = /^[^,;:]*\b(?:has|have|is|are)\s+(?:(?:also|now|just|formally|officially)\s+)?[\p{L}-]+(?:ed|ing|en|ought|ued|un)\b[^,;:]*$/iu;
/** "agreed on Thursday", "agreed for the first time yesterday": the decision's own day, a few words after its verb. */
const DECIDED = /\b(?:agreed|decided)\s+(?:(?:for\s+the\s+first\s+time|formally|finally|unanimously|also)\s+)?(?:on\s+)?$/i;
const ANNOUNCED = /\b(?:announced|said|confirmed|declared)\s+(?:on\s+)?$/i;
/** "it had imposed", "that it was sanctioning", "they have sent": the announcer's own act, told as done. */
const OWN_ACT = /^\s+(?:that\s+)?(?:it|they)\s+(?:(?:had|has|have|was|were|is|are)\s+)?(?:(?:also|now|formally|officially)\s+)?(?:[\p{L}-]+(?:ed|ing)\s+(?:[\p{L}\d’'“”"-]+\s+){0,8}?)?$/iu;

/** ", as Kuwait, acting as a mediator, presented Qatar with a list of": a clause of the same moment opened by "as" right after the day's comma, up to the trigger within one sentence. */
const AS_CLAUSE = /^,\s+as\s+(?!(?:part|well|a|an|the|such|of|expected|usual|result|long|soon|far|much|many|recently|early|late|planned|promised)\b)[^;:.—–]{1,140}$/i;
/** Verbs of imposing, lifting or easing a measure, as the gerund of a progressive ("is imposing", "are lifting"). */
const MEASURE_GERUND = String.raw`(?:impos|bann|barr|eas|lift|slapp|halt|freez|suspend|sanction|restrict|expell|tighten|expand|extend|withdraw|revok|blacklist|relax|loosen)ing`;
/** "Canada is imposing sanctions on", "Obama is easing restrictions on", "it is also halting arms exports": the progressive before the trigger (or the trigger its gerund). */
const UNDER_WAY = new RegExp(String.raw`\b(?:is|are)\s+(?:(?:also|now|further)\s+)?(${MEASURE_GERUND}\s+(?:[\p{L}\d’'-]+\s+){0,4}?)?$`, 'iu');
const GERUND_TRIGGER = new RegExp(String.raw`^${MEASURE_GERUND}\b`, 'iu');
/** Widest publication interval, in days, that dates a measure told as under way. */
const NEWS_DAYS = 7;

export function announcedDay(ctx: ExtractContext, candidates: Candidate[], times: readonly TimeMention[], doc: readonly SentenceClauses[] = []): void {
  const text = ctx.text;
  for (const c of candidates) {
    if (c.when || c.status !== 'OCCURRED' || (c.kind !== 'SANCTION' && c.kind !== 'LETTER')) continue;
    const t = c.triggers[0]!;
    const day = (x: TimeMention) => x.end <= t.start && t.start - x.end <= 120 && (x.span.granularity === 'day' || x.span.granularity === 'week');
    const lead = (x: TimeMention) => text.slice(Math.max(0, x.start - 30), x.start);
    // "EU leaders agreed on Thursday to link lifting sanctions to the ceasefire": keeping sanctions is done when decided.
    const decided = c.description === 'maintained' || c.description === 'imposed' ? times.find((x) => day(x) && DECIDED.test(lead(x)) && /^\s+to\s/i.test(text.slice(x.end, t.start))) : undefined;
    const tm = decided ?? times.find((x) => day(x) && ANNOUNCED.test(lead(x)));
    if (tm && !/[,;:—–]|\.\s/.test(text.slice(tm.end, t.start)) && (decided || OWN_ACT.test(text.slice(tm.end, t.start)))) {
      c.when = tm.span;
      c.anchors.push('date');
      continue;
    }
    // "The crisis escalated late Thursday, as Kuwait presented Qatar with a list of demands": an "as" clause told beside a day shares it.
    const beside = times.find((x) => day(x) && AS_CLAUSE.test(text.slice(x.end, t.start)));
    if (beside) {
      c.when = beside.span;
      c.anchors.push('date');
      continue;
    }
    // "Germany has begun proceedings to ban 18 Chileans from entering ..., its foreign minister said on Monday":
    // a measure told in the present perfect or as under way, the day it was told closing the sentence.
    const after = times.find((x) => x.start > t.end && x.start - t.end <= 240 && (x.span.granularity === 'day' || x.span.granularity === 'week') && ATTRIBUTED.test(text.slice(t.end, x.start)) && /^\W*$/.test(text.slice(x.end, x.end + 3)));
    const sentenceStart = Math.max(text.lastIndexOf('. ', t.start), text.lastIndexOf('\n', t.start)) + 1;
    if (after && c.kind === 'SANCTION' && RECENT.test(text.slice(sentenceStart, t.start))) {
      c.when = after.span;
      c.anchors.push('date');
      continue;
    }
    const news = c.kind === 'SANCTION' ? underWay(text, c, sentenceStart, doc, ctx.published ?? null) : null;
    if (news) {
      c.when = news;
      c.anchors.push('date');
    }
  }
}

/**
 * The publication interval for a measure told as under way: a present progressive in the trigger's own
 * clause, not a relative, adverbial or quoted one ("the officials we are sanctioning were ..."), nor
 * negated ("is not imposing"), nor a plan ("is considering imposing" has no "is" before its verb), nor a relative clause the clause
 * layer missed ("the officials Norway is sanctioning were involved": the object before the verb).
 */
function underWay(text: string, c: Candidate, sentenceStart: number, doc: readonly SentenceClauses[], published: TimeSpan | null): TimeSpan | null {
  if (!published?.earliest || !published.latest || CalendarDay.daysBetween(published.earliest, published.latest) >= NEWS_DAYS) return null;
  const t = c.triggers[0]!;
  const lead = text.slice(sentenceStart, t.start).split(/[;:]|,\s|\s[—–]\s/).pop()!;
  const m = UNDER_WAY.exec(lead);
  if (!m || (!m[1] && !GERUND_TRIGGER.test(t.text))) return null;
  // "The officials Norway is sanctioning were involved": a gerund whose object went before it, a finite verb after, is a relative clause.
  if (!m[1] && /^\s+(?:were|was|are|is|have|has|had|will|would)\b/i.test(text.slice(t.end, t.end + 8))) return null;
  const site = siteOf(doc, t);
  if (site && (site.clause.kind === 'relative' || site.clause.kind === 'adverbial' || site.clause.quoted || site.clause.verb?.negated)) return null;
  return { ...published, text: `${m[0].trim()}${m[1] ? '' : ` ${t.text}`}` };
}
