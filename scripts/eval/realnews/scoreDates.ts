// Publication dates: for every article whose real day is known (the key's date, else the day the
// page states), whether the graph dates it within two days of it (its whole interval inside the
// real day +/- 2) and whether its interval excludes the real day (the worst error: a confident
// wrong date). Articles that state a date and those that do not are told apart.
// Example: real 2015-02-12, graph 2015-02-12..2015-02-12 -> within; graph 2015-02-01..2015-02-10 -> excludes.
import { CalendarDay } from '../../../src/model/calendarDay.js';
import type { ManifestRow, StoryKey, ViewArticle } from './realnewsTypes.js';

export const DATE_SLACK_DAYS = 2;

export interface DateScore {
  article: string;
  story: string;
  truth: string;
  /** The page states its date (manifest stated_date). */
  stated: boolean;
  earliest: string | null;
  latest: string | null;
  dateSource: string;
  within: boolean;
  excludes: boolean;
}

export function scoreDates(rows: readonly ManifestRow[], keys: readonly StoryKey[], articles: readonly ViewArticle[]): DateScore[] {
  const byManifest = new Map(articles.map((a) => [a.manifestId, a]));
  const out: DateScore[] = [];
  for (const row of rows) {
    const truth = keys.find((k) => k.story === row.story)?.articleDates.get(row.id) ?? row.statedDate;
    const a = byManifest.get(row.id);
    if (!truth || !a) continue;
    const from = CalendarDay.shift(truth, -DATE_SLACK_DAYS);
    const to = CalendarDay.shift(truth, DATE_SLACK_DAYS);
    const latest = a.latest;
    out.push({
      article: row.id,
      story: row.story,
      truth,
      stated: row.statedDate !== null,
      earliest: a.earliest,
      latest,
      dateSource: a.dateSource,
      within: a.earliest !== null && latest !== null && a.earliest >= from && latest <= to,
      excludes: a.earliest !== null && (truth < a.earliest || (latest !== null && truth > latest)),
    });
  }
  return out;
}
