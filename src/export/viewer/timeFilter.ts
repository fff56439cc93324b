// The time slider's model: the day range the export graph's events span and which event nodes a
// slider position hides. Slider positions are day offsets from the first day; an event is shown at
// day D when its interval has begun by then (earliest <= D), so playing the slider forward adds
// events in the order they happened. Undated events (no earliest) are shown or hidden as a whole.
// Pure (no DOM), so Node tests can run it.
//
//   timeFilter(graph) on events 2018-06-12 and 2019-02-01..2019-02-28 ->
//     { firstDay: '2018-06-12', lastDay: '2019-02-28', days: 262 }, hiddenAt(233, true) = the Hanoi event
import type { MultiDirectedGraph } from 'graphology';

export interface TimeFilter {
  /** Earliest day of any event, or null when no event is dated. */
  firstDay: string | null;
  /** Latest day of any event (its `latest`, else its `earliest`), or null. */
  lastDay: string | null;
  /** Number of days from firstDay to lastDay, inclusive (0 when nothing is dated). */
  days: number;
  /** The ISO day of a slider position (0 = firstDay). */
  dayAt(offset: number): string;
  /** Event node keys hidden at that slider position. */
  hiddenAt(offset: number, showUndated: boolean): Set<string>;
}

const DAY_MS = 86_400_000;

export function timeFilter(graph: MultiDirectedGraph): TimeFilter {
  const events: { key: string; earliest?: string }[] = [];
  let firstDay: string | null = null;
  let lastDay: string | null = null;
  graph.forEachNode((key, attrs) => {
    if (attrs.group !== 'event') return;
    const earliest = typeof attrs.earliest === 'string' ? attrs.earliest : undefined;
    const latest = earliest && typeof attrs.latest === 'string' ? attrs.latest : earliest;
    events.push(earliest ? { key, earliest } : { key });
    if (earliest && (firstDay === null || earliest < firstDay)) firstDay = earliest;
    if (latest && (lastDay === null || latest > lastDay)) lastDay = latest;
  });
  const start = firstDay === null ? 0 : toEpochDay(firstDay);
  const days = firstDay === null || lastDay === null ? 0 : toEpochDay(lastDay) - start + 1;
  const dayAt = (offset: number): string => new Date((start + offset) * DAY_MS).toISOString().slice(0, 10);
  return {
    firstDay,
    lastDay,
    days,
    dayAt,
    hiddenAt(offset, showUndated) {
      const day = dayAt(offset);
      return new Set(events.filter((e) => (e.earliest === undefined ? !showUndated : e.earliest > day)).map((e) => e.key));
    },
  };
}

function toEpochDay(iso: string): number {
  return Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
}
