// Mutations of one store run one at a time in this process (each reads, computes a change and
// writes it; the audit ids must follow each other): the next starts when the previous has settled.
import type { GraphStore } from '../store/graphStore.js';

const tails = new WeakMap<GraphStore, Promise<unknown>>();

export function underEditLock<T>(store: GraphStore, edit: () => Promise<T>): Promise<T> {
  const run = (tails.get(store) ?? Promise.resolve()).then(edit);
  tails.set(store, run.catch(() => undefined));
  return run;
}
