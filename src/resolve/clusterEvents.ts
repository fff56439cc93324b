// Event coreference across articles: single-link clusters of sameEvent, built in id order so
// the result does not depend on the order articles arrived in; each cluster merges into one event.
import type { Article, EventFact } from '../model/index.js';
import { mergeEvents } from './mergeEvents.js';
import { sameEvent } from './sameEvent.js';

export function clusterEvents(events: EventFact[], articles: Map<string, Article>): EventFact[] {
  const sorted = [...events].sort((a, b) => a.id.localeCompare(b.id));
  const parent = sorted.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + 1; j < sorted.length; j++) {
      if (find(i) !== find(j) && sameEvent(sorted[i]!, sorted[j]!)) parent[find(j)] = find(i);
    }
  }
  const groups = new Map<number, EventFact[]>();
  sorted.forEach((e, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), e]));
  return [...groups.values()].map((g) => mergeEvents(g, articles));
}
