// Turns the GraphQL window arguments into an Interval of days: from/to are full or partial ISO
// dates ("2019" = the whole year); afterEvent starts the day after that event's latest day,
// beforeEvent ends the day before its earliest day; all given bounds apply together.
//
//   await timeWindow(store, { afterEvent: 'event:singapore' })  -> { start: '2018-06-13', end: null }
import type { GraphStore } from '../store/graphStore.js';
import type { TimeWindow } from './generated/resolvers-types.js';
import { dayAfter, dayBefore, expandDate, intersect, UNBOUNDED, type Interval } from './interval.js';
import { badUserInput, notFound } from './userErrors.js';

export async function timeWindow(store: GraphStore, input: TimeWindow | null | undefined): Promise<Interval> {
  if (!input) return UNBOUNDED;
  let window = dateWindow(input.from, input.to);
  if (input.afterEvent) {
    const event = (await store.eventsByIds([input.afterEvent]))[0];
    if (!event) throw notFound(`No event with id "${input.afterEvent}"`);
    const last = event.when?.latest ?? event.when?.earliest ?? null;
    if (last === null) throw badUserInput(`Event "${input.afterEvent}" has no date to start a window after`);
    window = intersect(window, { start: dayAfter(last), end: null });
  }
  if (input.beforeEvent) {
    const event = (await store.eventsByIds([input.beforeEvent]))[0];
    if (!event) throw notFound(`No event with id "${input.beforeEvent}"`);
    const first = event.when?.earliest ?? null;
    if (first === null) throw badUserInput(`Event "${input.beforeEvent}" has no date to end a window before`);
    window = intersect(window, { start: null, end: dayBefore(first) });
  }
  return window;
}

/** The window of from/to arguments; BAD_USER_INPUT for a bad date or from after to. */
export function dateWindow(from: string | null | undefined, to: string | null | undefined): Interval {
  const start = from === null || from === undefined ? null : expandDate(from, 'start');
  const end = to === null || to === undefined ? null : expandDate(to, 'end');
  if (from !== null && from !== undefined && start === null) throw badUserInput(`from: "${from}" is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)`);
  if (to !== null && to !== undefined && end === null) throw badUserInput(`to: "${to}" is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)`);
  if (start !== null && end !== null && start > end) throw badUserInput(`from (${from}) is after to (${to})`);
  return { start, end };
}
