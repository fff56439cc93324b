// Event coreference across articles. Each report joins the cluster whose merged event it can be
// one event with (sameEvent against the cluster's merged view, so a cluster's date, place and
// ordinal constrain every later member: no chaining of "Hanoi" to "February" to "April 27").
// Reports are taken richest first (dated, placed, numbered), then by id, so the result does not
// depend on the order articles arrived in; each cluster merges into one event.
import type { Article, EventFact } from '../model/index.js';
import { mergeEvents } from './mergeEvents.js';
import { sameEvent } from './sameEvent.js';

const PRECISE = new Set(['day', 'week', 'early-month', 'mid-month', 'late-month']);

function richness(e: EventFact): number {
  const when = !e.when?.earliest ? 0 : PRECISE.has(e.when.granularity) ? 3 : e.when.granularity === 'month' ? 2 : 1;
  return when + (e.place ? 2 : 0) + (e.ordinal !== null ? 2 : 0) + Math.min(e.participants.length, 3) * 0.1;
}

export function clusterEvents(events: EventFact[], articles: Map<string, Article>): EventFact[] {
  const sorted = [...events].sort((a, b) => richness(b) - richness(a) || a.id.localeCompare(b.id));
  const clusters: { members: EventFact[]; merged: EventFact }[] = [];
  for (const e of sorted) {
    const home = clusters.find((c) => sameEvent(c.merged, e));
    if (!home) {
      clusters.push({ members: [e], merged: mergeEvents([e], articles) });
      continue;
    }
    home.members.push(e);
    home.merged = mergeEvents(home.members, articles);
  }
  return clusters.map((c) => c.merged);
}
