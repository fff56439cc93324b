// A GraphStore that records every change written through it and can run a hook before each write
// (the fault test kills Neo4j there). Everything else goes straight to the wrapped store.
import type { GraphChange, GraphStore } from '../../src/store/graphStore.js';

export interface HookedStore {
  store: GraphStore;
  /** Copies of the changes passed to write(), in order (failed writes included). */
  changes: GraphChange[];
}

export function hookedStore(inner: GraphStore, beforeWrite?: (index: number, change: GraphChange) => void | Promise<void>): HookedStore {
  const changes: GraphChange[] = [];
  const store = new Proxy(inner, {
    get(target, property) {
      if (property === 'write') {
        return async (change: GraphChange): Promise<void> => {
          changes.push(structuredClone(change));
          await beforeWrite?.(changes.length - 1, change);
          return target.write(change);
        };
      }
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
  return { store, changes };
}
