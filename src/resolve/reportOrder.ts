// The order in which event reports are clustered (replayClusters.ts): richest first (dated,
// placed, numbered), then by id. A date that pins the event down (pinned, linkable.ts: month
// precision or finer, at most a month wide) outranks place and ordinal together, so every loose
// report comes after every pinned one (linking weighs a loose report against every pinned event). A report's place in it depends on the report alone, so every
// article's reports fall into one global order whatever order the articles arrive in.
//
//   [undatedReport, datedPlacedReport].sort(compareReports) -> [datedPlacedReport, undatedReport]
import type { EventFact } from '../model/index.js';
import { pinned } from './linkable.js';

/** The comparison the clustering always used for ids (String.prototype.localeCompare's), cached. */
const byLocale = new Intl.Collator().compare;
/** More than a loose report can have: a coarse date (1), a place (2), an ordinal (2), participants (0.3). */
const PINNED = 6;
const PRECISE = new Set(['day', 'week', 'early-month', 'mid-month', 'late-month']);

/** How much a report pins its event down: date precision, place, ordinal, a little for participants. */
export function richness(e: EventFact): number {
  const when = !e.when?.earliest ? 0 : !pinned(e.when) ? 1 : PRECISE.has(e.when.granularity) ? PINNED + 1 : PINNED;
  return when + (e.place ? 2 : 0) + (e.ordinal !== null ? 2 : 0) + Math.min(e.participants.length, 3) * 0.1;
}

const rich = new WeakMap<EventFact, number>();

export function compareReports(a: EventFact, b: EventFact): number {
  return richnessOf(b) - richnessOf(a) || byLocale(a.id, b.id);
}

/** richness, once per report (reports are compared many times while clustering, and never changed). */
function richnessOf(e: EventFact): number {
  let r = rich.get(e);
  if (r === undefined) rich.set(e, (r = richness(e)));
  return r;
}
