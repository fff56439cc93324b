// The write discipline both stores share: writes run one at a time in call order (a failed one
// does not block the next), a change with missing lists is read as empty lists, and close()
// can wait for the writes under way.
import type { GraphChange } from './graphStore.js';

export interface SerialWriter {
  write(change: GraphChange): Promise<void>;
  /** Resolves when every write started so far has finished, failed ones included. */
  settled(): Promise<void>;
}

export function serialWriter(apply: (change: GraphChange) => Promise<void>): SerialWriter {
  let queue: Promise<void> = Promise.resolve();
  return {
    write(change) {
      const normalized: GraphChange = {
        articles: change.articles ?? [],
        entities: change.entities ?? [],
        holdings: change.holdings ?? [],
        events: change.events ?? [],
        removeEvents: change.removeEvents ?? [],
        removeEntities: change.removeEntities ?? [],
        audit: change.audit ?? [],
        resolve: { records: change.resolve?.records ?? [], postings: change.resolve?.postings ?? [] },
      };
      const run = queue.then(() => apply(normalized));
      queue = run.catch(() => undefined);
      return run;
    },
    settled: () => queue,
  };
}
