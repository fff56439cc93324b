// Sets of ids by key (the event index's participant, place and source indexes): a key's set is
// dropped when its last id is, and a union of one present set is that set itself, not a copy.
//
//   const byPlace = new IdSets();
//   byPlace.add('place:singapore', 'event:1');
//   byPlace.union(['place:singapore', 'place:hanoi'])  // Set { 'event:1' }
export class IdSets {
  private readonly map = new Map<string, Set<string>>();

  get(key: string): Set<string> | undefined {
    return this.map.get(key);
  }

  add(key: string, id: string): void {
    let ids = this.map.get(key);
    if (!ids) this.map.set(key, (ids = new Set()));
    ids.add(id);
  }

  remove(key: string, id: string): void {
    const ids = this.map.get(key);
    if (!ids) return;
    ids.delete(id);
    if (ids.size === 0) this.map.delete(key);
  }

  /** The ids of any of the keys (the present set itself when only one key has one). */
  union(keys: readonly string[]): Set<string> {
    const present = keys.map((k) => this.map.get(k)).filter((s): s is Set<string> => s !== undefined);
    if (present.length === 1) return present[0] as Set<string>;
    const out = new Set<string>();
    for (const set of present) for (const id of set) out.add(id);
    return out;
  }
}
