// The perfect of hot news, shared by recentlyEnded ("the summit has ended") and recentlyMet ("Obama
// has met with Castro"): a present perfect told plainly (not progressive, passive, negated, modal or
// governed by another verb) reports what is new as of the day of writing, so its event is dated to
// the publication day and the day before; with an inferred publication interval of under a week,
// the day before its first day to its last; a wider one tells no day.
// clausePerfectDay reads it off a trigger's clause and leaves the experiential perfect alone ("has met
// him three times", "has written to her since 2015": tellsExperience), for recentlyMet and recentlyActed;
// leadEncounter applies the same test to the simple past of a lead.
// Example: newsPerfectDay(contextOf('2018-09-20'), 'has ended') -> 2018-09-19..2018-09-20.
import { CalendarDay } from '../../model/calendarDay.js';
import type { TimeSpan } from '../../model/index.js';
import type { VerbGroup } from '../clauses/clauseTypes.js';
import type { Site } from './triggerSite.js';
import type { ExtractContext } from '../context.js';

/** A publication interval this wide or wider tells no day of news. */
const NEWS_DAYS = 7;

export function isNewsPerfect(v: VerbGroup): boolean {
  return v.tense === 'present' && v.perfect && !v.progressive && !v.passive && !v.negated && v.mood === 'realis' && v.governors.length === 0;
}

/** The days a news perfect told by `text` dates its event to, or null when the article's date tells no day. */
export function newsPerfectDay(ctx: ExtractContext, text: string): TimeSpan | null {
  if (!ctx.reference) return null;
  const p = ctx.published;
  const [first, last] = p?.earliest && p.latest ? [p.earliest, p.latest] : [ctx.reference, ctx.reference];
  if (CalendarDay.daysBetween(first, last) >= NEWS_DAYS) return null;
  return { text, earliest: CalendarDay.shift(first, -1), latest: last, granularity: 'day', value: last, type: 'DATE' };
}

/** Words of the experiential perfect: a count, a bound or a frequency that makes the event any day of a span ("has met Y three times", "has written to him since 2015"). */
const EXPERIENTIAL = /\b(?:times|twice|once|before|ever|never|already|since|so\s+far|yet|often|repeatedly|previously|frequently|occasions|regularly|years?|months|weeks|decades|several|many|numerous)\b/iu;

/** The days the clause of `site` dates its event to when its verb is a news perfect and the clause tells no experiential perfect; else null. */
export function clausePerfectDay(ctx: ExtractContext, site: Site): TimeSpan | null {
  const v = site.clause.verb;
  if (!v || !isNewsPerfect(v) || tellsExperience(ctx, site)) return null;
  const tokens = site.sentence.tokens;
  return newsPerfectDay(ctx, ctx.text.slice(tokens[v.start]!.start, tokens[v.end - 1]!.end));
}

/** Whether the clause of `site` counts, bounds or repeats its event (EXPERIENTIAL): then it tells no day of news. */
export function tellsExperience(ctx: ExtractContext, site: Site): boolean {
  const tokens = site.sentence.tokens;
  return EXPERIENTIAL.test(ctx.text.slice(tokens[site.clause.start]!.start, tokens[site.clause.end - 1]!.end));
}
