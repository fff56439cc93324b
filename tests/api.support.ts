// Store wrappers for the API tests: one that counts calls, one that answers slowly, one that fails.
import type { GraphStore } from '../src/store/graphStore.js';

type Method = (...args: unknown[]) => unknown;

/** The store, with every method call recorded by name (in order). */
export function countingStore(inner: GraphStore): { store: GraphStore; calls: string[] } {
  const calls: string[] = [];
  return { store: wrap(inner, (name, call) => { calls.push(name); return call(); }), calls };
}

/** The store, with the named methods answering only after `ms` milliseconds. */
export function slowStore(inner: GraphStore, methods: string[], ms: number): GraphStore {
  return wrap(inner, async (name, call) => {
    if (methods.includes(name)) await new Promise((resolve) => setTimeout(resolve, ms));
    return call();
  });
}

/** The store, with the named methods rejecting with `error`. */
export function failingStore(inner: GraphStore, methods: string[], error: Error): GraphStore {
  return wrap(inner, (name, call) => (methods.includes(name) ? Promise.reject(error) : call()));
}

function wrap(inner: GraphStore, around: (name: string, call: () => unknown) => unknown): GraphStore {
  return new Proxy(inner, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property, target);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => around(String(property), () => (value as Method).apply(target, args));
    },
  });
}
