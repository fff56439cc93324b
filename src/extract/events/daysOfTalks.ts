// A round of talks told with its length: "wrapped up seven days of talks in Vienna on Monday" is the
// seven days that end on that Monday; "began three days of talks on Monday" the three days from it.
// The verb of the trigger's clause says which end the day is; any other verb ("held five days of
// talks on Monday") or a day the count does not govern leaves the date as it was.
// Contract: mutates the when of gathering candidates dated to one day.
// Example: "Chile and Peru ended five days of talks in Lima on Friday" (Friday 2014-11-21) -> 2014-11-17..2014-11-21.
import type { SentenceClauses } from '../clauses/clauseTypes.js';
import { CalendarDay } from '../../model/calendarDay.js';
import { calendarWords } from '../time/calendarWords.js';
import type { Candidate } from './candidate.js';
import { GATHERINGS } from './kindSets.js';
import { siteOf } from './triggerSite.js';

/** "seven days of intensive nuclear talks", "12 straight days of negotiations": a count of days right before the trigger. */
const DAYS_OF = new RegExp(`\\b(${calendarWords.countPattern})\\s+(?:(?:full|more|long|straight|consecutive|further)\\s+)?days\\s+of\\s+(?:[\\p{L}-]+\\s+){0,3}$`, 'iu');
/** "after five days of negotiations": a count of days of gathering that a round's end follows. */
const AFTER_DAYS = new RegExp(`\\bafter\\s+(${calendarWords.countPattern})\\s+(?:(?:full|long|straight|consecutive)\\s+)?days\\s+of\\s+(?:[\\p{L}-]+\\s+){0,2}(?:talks|negotiations|meetings|discussions)\\b`, 'iu');
/** Verbs whose day is the last of the round ("wrapped up", "concluded") or its first ("began", "opened"). */
const ENDING = new Set(['end', 'conclude', 'wrap', 'finish', 'close', 'complete']);
const STARTING = new Set(['begin', 'start', 'open', 'launch', 'kick']);
/** Longest round read this way: a count beyond a month is no round's length. */
const MAX_DAYS = 31;

export function daysOfTalks(text: string, candidates: readonly Candidate[], doc: readonly SentenceClauses[]): void {
  for (const c of candidates) {
    const when = c.when;
    if (!GATHERINGS.has(c.kind) || !when?.earliest || when.earliest !== when.latest || when.granularity !== 'day') continue;
    const t = c.triggers[0]!;
    const site = siteOf(doc, t);
    const verb = site?.clause.verb;
    if (!site || !verb || verb.negated) continue;
    // "the talks ended on Friday after five days of negotiations": the round's subject ends it, the count comes after.
    const clauseText = text.slice(site.sentence.tokens[site.clause.start]!.start, site.sentence.tokens[site.clause.end - 1]!.end);
    const days = site.role === 'subject' ? (ENDING.has(verb.lemma) ? AFTER_DAYS.exec(clauseText) : null) : DAYS_OF.exec(text.slice(site.sentence.start, t.start));
    const n = days ? calendarWords.count(days[1]!) : null;
    if (!days || !n || n < 2 || n > MAX_DAYS) continue;
    const ends = ENDING.has(verb.lemma);
    if (!ends && !STARTING.has(verb.lemma)) continue;
    const [earliest, latest] = ends ? [CalendarDay.shift(when.earliest, 1 - n), when.earliest] : [when.earliest, CalendarDay.shift(when.earliest, n - 1)];
    c.when = { text: `${days[0].trim()} ${t.text}, ${when.text}`, earliest, latest, granularity: 'day', value: earliest, type: 'DATE' };
  }
}
