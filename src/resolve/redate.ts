// An undated article read again against the publication interval inferPublication gives it
// (dateArticles.ts): a report with only a lower bound is taken to be written within a year of the
// event it reports, a plan with only an upper bound within the year before the event it announces;
// named dates it narrates as past, read against the upper bound, raise the lower one; its times
// are then read against the interval (hullTimes). The article itself is returned when nothing dates it.
//
//   redate(rawExtractionOf004, datedArticles, datedEvents) -> extraction of 004 published 2018-09-20..2019-01-31 (dateSource 'inferred')
import type { Article, EventFact } from '../model/index.js';
import { CalendarDay } from '../model/calendarDay.js';
import { DEFAULT_PIPELINE, extractArticle, type ArticleExtraction, type Pipeline } from '../extract/pipeline.js';
import { inferPublication, lowerBound, span } from './dateArticles.js';
import { hullTimes } from './hullTimes.js';

export function redate(x: ArticleExtraction, dated: Article[], datedEvents: EventFact[], pipeline: Pipeline = DEFAULT_PIPELINE): ArticleExtraction {
  const inferred = inferPublication(x, dated, datedEvents, pipeline);
  if (!inferred || (!inferred.earliest && !inferred.latest)) return x;
  const upper = inferred.latest ?? CalendarDay.shift(inferred.earliest!, 365);
  const named = inferred.latest ? lowerBound(extractArticle(x.article, upper, pipeline), upper) : null;
  const lower = [inferred.earliest, named].filter((d): d is string => d !== null).sort().pop() ?? CalendarDay.shift(upper, -365);
  const publishedAt = lower === inferred.earliest && upper === inferred.latest ? inferred : span(`inferred from content: after ${lower}, before ${upper}`, lower, upper);
  const article: Article = { ...x.article, publishedAt, dateSource: 'inferred' };
  const times = lower === upper ? pipeline.times : hullTimes(pipeline.times, lower);
  return extractArticle(article, upper, { ...pipeline, times });
}
