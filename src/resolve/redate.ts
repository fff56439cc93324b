// An undated article read again against the publication interval inferPublication gave it
// (dateArticles.ts): a report with only a lower bound is taken to be written within a year of the
// event it reports, a plan with only an upper bound within the year before the event it announces;
// named dates it narrates as past, read against the upper bound, raise the lower one; its times
// are then read against the interval (hullTimes). Null when the interval bounds nothing.
// One extraction an article: the named dates come from the time stage alone (all lowerBound reads),
// and that reading is the extraction's own at the upper bound, so re-dating a stored article costs
// one extraction, not three (issue 14).
//
//   redate(article004, { earliest: '2018-09-20', latest: '2019-01-31', ... }) -> extraction of 004 published 2018-09-20..2019-01-31 (dateSource 'inferred')
import type { Article, TimeSpan } from '../model/index.js';
import { CalendarDay } from '../model/calendarDay.js';
import { contextFor } from '../extract/context.js';
import { DEFAULT_PIPELINE, extractArticle, type ArticleExtraction, type Pipeline } from '../extract/pipeline.js';
import { span } from './dateArticles.js';
import { lowerBound } from './ownDays.js';
import { hullTimes } from '../extract/time/hullTimes.js';

/** Days a named date of a past event may lie after the day of writing, for time zones. */
const NAMED_SLACK = 1;

export function redate(raw: Article, inferred: TimeSpan, pipeline: Pipeline = DEFAULT_PIPELINE): ArticleExtraction | null {
  if (!inferred.earliest && !inferred.latest) return null;
  const upper = inferred.latest ?? CalendarDay.shift(inferred.earliest!, 365);
  // The times read against the upper bound: lowerBound's, and the extraction's own reading at that end.
  const late = pipeline.times(raw.text, contextFor(raw, upper));
  const atUpper: Pipeline['times'] = (text, ctx) => (text === raw.text && ctx.reference === upper ? late : pipeline.times(text, ctx));
  // A day of slack below a named date: the page that gives it (an embedded post, a caption) may count days in another time zone.
  const named = inferred.latest ? lowerBound(late, upper) : null;
  const lower = [inferred.earliest, named && CalendarDay.shift(named, -NAMED_SLACK)].filter((d): d is string => d !== null).sort().pop() ?? CalendarDay.shift(upper, -365);
  const publishedAt = lower === inferred.earliest && upper === inferred.latest ? inferred : span(`inferred from content: after ${lower}, before ${upper}`, lower, upper);
  const article: Article = { ...raw, publishedAt, dateSource: 'inferred' };
  const times = lower === upper ? atUpper : hullTimes(atUpper, lower);
  return extractArticle(article, upper, { ...pipeline, times });
}
