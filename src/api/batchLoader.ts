// A minimal per-request batching loader (the DataLoader idea): every load() made while one
// GraphQL level resolves is collected and fetched with one store call, and results are cached
// for the rest of the request. Missing ids resolve to null.
//
//   const entities = new BatchLoader((ids) => store.entitiesByIds(ids), (e) => e.id);
//   await Promise.all([entities.load('person:a'), entities.load('person:b')]); // one store call
export class BatchLoader<T> {
  private readonly cache = new Map<string, Promise<T | null>>();
  private pending: { id: string; resolve: (value: T | null) => void; reject: (error: unknown) => void }[] = [];

  constructor(
    private readonly fetch: (ids: string[]) => Promise<T[]>,
    private readonly idOf: (item: T) => string,
  ) {}

  load(id: string): Promise<T | null> {
    const cached = this.cache.get(id);
    if (cached) return cached;
    const promise = new Promise<T | null>((resolve, reject) => {
      if (this.pending.length === 0) scheduleAfterPromises(() => this.dispatch());
      this.pending.push({ id, resolve, reject });
    });
    this.cache.set(id, promise);
    return promise;
  }

  /** Primes the cache with records already at hand. */
  prime(items: T[]): void {
    for (const item of items) if (!this.cache.has(this.idOf(item))) this.cache.set(this.idOf(item), Promise.resolve(item));
  }

  private dispatch(): void {
    const batch = this.pending;
    this.pending = [];
    this.fetch(batch.map((p) => p.id)).then(
      (items) => {
        const byId = new Map(items.map((item) => [this.idOf(item), item]));
        for (const p of batch) p.resolve(byId.get(p.id) ?? null);
      },
      (error: unknown) => {
        for (const p of batch) {
          this.cache.delete(p.id);
          p.reject(error);
        }
      },
    );
  }
}

/** Runs fn once the promise jobs queued so far have run (as DataLoader does). */
function scheduleAfterPromises(fn: () => void): void {
  void Promise.resolve().then(() => process.nextTick(fn));
}
