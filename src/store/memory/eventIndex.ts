// The memory store's event indexes, so that events() and candidateEvents() never scan and copy
// every record: ids per participant, place, source and kind, and every id in (when.earliest, id)
// order (undated last). Records are the graph's own node attributes, never changed in place (a
// write replaces them), so the index holds them by reference and a query copies only its page.
// update() is called once a write is persisted, with the ids the change removed or upserted.
//
//   const index = EventIndex.of(graph);
//   index.update(next, removedOrUpserted, upserted);
//   index.query({ participants: ['person:kim-jong-un'], first: 10, offset: 0 })
import type { EventFact, EventKind } from '../../model/index.js';
import type { EventQuery, Page } from '../graphStore.js';
import type { StoreGraph } from './applyChange.js';
import { recordOf } from './nodeAttributes.js';
import { compareEvents, compareEventsDesc, eventFilter, pageOf } from './queryHelpers.js';

type Ids = Set<string>;

export class EventIndex {
  private readonly records = new Map<string, EventFact>();
  /** Every event id, ordered as compareEvents. */
  private sorted: string[] = [];
  private readonly byParticipant = new Map<string, Ids>();
  private readonly byPlace = new Map<string, Ids>();
  private readonly bySource = new Map<string, Ids>();
  private readonly byKind = new Map<string, Ids>();

  static of(graph: StoreGraph): EventIndex {
    const index = new EventIndex();
    const ids: string[] = [];
    graph.forEachNode((id, attributes) => {
      if (attributes.nodeType !== 'event') return;
      index.add(attributes);
      ids.push(id);
    });
    index.sorted = index.sortIds(ids);
    return index;
  }

  /** Drops the entries of `touched` (removed or upserted ids), then indexes `upserted` as they stand in graph. */
  update(graph: StoreGraph, touched: Iterable<string>, upserted: Iterable<string>): void {
    const gone = new Set<string>();
    for (const id of touched) {
      const record = this.records.get(id);
      if (!record) continue;
      this.remove(record);
      gone.add(id);
    }
    const added: string[] = [];
    for (const id of new Set(upserted)) {
      if (!graph.hasNode(id)) continue;
      const attributes = graph.getNodeAttributes(id);
      if (attributes.nodeType !== 'event') continue;
      this.add(attributes);
      added.push(id);
    }
    if (gone.size === 0 && added.length === 0) return;
    const kept = gone.size === 0 ? this.sorted : this.sorted.filter((id) => !gone.has(id));
    this.sorted = this.merge(kept, this.sortIds(added));
  }

  get size(): number {
    return this.records.size;
  }

  /** One page of the events matching the query, copied; the rest are only counted. */
  query(query: EventQuery): Page<EventFact> {
    const matches = this.matching(query);
    const page = pageOf(matches, query);
    return { ...page, items: page.items.map((e) => structuredClone(e)) };
  }

  /** Events of those kinds with a participant or the place among entityIds, ordered as events(); copies. */
  candidates(kinds: EventKind[], entityIds: string[]): EventFact[] {
    const wanted = new Set(entityIds);
    const kindSet = new Set<string>(kinds);
    const ids = new Set<string>();
    for (const id of wanted) {
      for (const event of this.byParticipant.get(id) ?? []) ids.add(event);
      for (const event of this.byPlace.get(id) ?? []) ids.add(event);
    }
    return this.recordsOf(ids)
      .filter((e) => kindSet.has(e.kind))
      .sort(compareEvents)
      .map((e) => structuredClone(e));
  }

  /** The record of an event (the index's own: do not change it). */
  record(id: string): EventFact | undefined {
    return this.records.get(id);
  }

  /** The events an entity takes part in as participant or place (any kind of participant). */
  eventsOf(entity: string): string[] {
    return [...new Set([...(this.byParticipant.get(entity) ?? []), ...(this.byPlace.get(entity) ?? [])])];
  }

  private matching(query: EventQuery): EventFact[] {
    const test = eventFilter(query);
    const desc = query.order === 'DESC';
    const narrowest = this.narrowest(query);
    // A small candidate set is filtered and sorted; a large one is read off the sorted list.
    if (narrowest && narrowest.size * 8 < this.records.size) {
      return this.recordsOf(narrowest).filter(test).sort(desc ? compareEventsDesc : compareEvents);
    }
    const out: EventFact[] = [];
    for (const id of desc ? this.descending() : this.sorted) {
      if (narrowest && !narrowest.has(id)) continue;
      const record = this.records.get(id) as EventFact;
      if (test(record)) out.push(record);
    }
    return out;
  }

  /** The smallest set of ids that holds every match, from the indexed filters given (undefined: none given). */
  private narrowest(query: EventQuery): Ids | undefined {
    const sets: Ids[] = [];
    if (query.participants) sets.push(union(query.participants.map((p) => this.byParticipant.get(p))));
    if (query.place !== undefined) sets.push(this.byPlace.get(query.place) ?? new Set());
    if (query.source !== undefined) sets.push(this.bySource.get(query.source) ?? new Set());
    if (query.kinds) sets.push(union(query.kinds.map((k) => this.byKind.get(k))));
    return sets.sort((a, b) => a.size - b.size)[0];
  }

  /** Dated events by (earliest desc, id desc), then undated by id desc. */
  private *descending(): Generator<string> {
    let firstUndated = this.sorted.length;
    while (firstUndated > 0 && this.records.get(this.sorted[firstUndated - 1] as string)?.when?.earliest == null) firstUndated--;
    for (let i = firstUndated - 1; i >= 0; i--) yield this.sorted[i] as string;
    for (let i = this.sorted.length - 1; i >= firstUndated; i--) yield this.sorted[i] as string;
  }

  private recordsOf(ids: Iterable<string>): EventFact[] {
    const out: EventFact[] = [];
    for (const id of ids) {
      const record = this.records.get(id);
      if (record) out.push(record);
    }
    return out;
  }

  private sortIds(ids: string[]): string[] {
    return this.recordsOf(ids)
      .sort(compareEvents)
      .map((e) => e.id);
  }

  private merge(a: string[], b: string[]): string[] {
    if (b.length === 0) return a;
    const out: string[] = [];
    let i = 0;
    let j = 0;
    while (i < a.length || j < b.length) {
      const x = a[i];
      const y = b[j];
      if (y === undefined || (x !== undefined && compareEvents(this.records.get(x) as EventFact, this.records.get(y) as EventFact) <= 0)) {
        out.push(x as string);
        i++;
      } else {
        out.push(y);
        j++;
      }
    }
    return out;
  }

  private add(attributes: ReturnType<StoreGraph['getNodeAttributes']>): void {
    // recordOf copies: the index's record is its own, whatever later happens to the node.
    const record = recordOf<EventFact>(attributes);
    this.records.set(record.id, record);
    for (const p of record.participants) addTo(this.byParticipant, p.entity, record.id);
    if (record.place !== null) addTo(this.byPlace, record.place, record.id);
    for (const s of record.sources) addTo(this.bySource, s, record.id);
    addTo(this.byKind, record.kind, record.id);
  }

  private remove(record: EventFact): void {
    this.records.delete(record.id);
    for (const p of record.participants) removeFrom(this.byParticipant, p.entity, record.id);
    if (record.place !== null) removeFrom(this.byPlace, record.place, record.id);
    for (const s of record.sources) removeFrom(this.bySource, s, record.id);
    removeFrom(this.byKind, record.kind, record.id);
  }
}

function addTo(map: Map<string, Ids>, key: string, id: string): void {
  let ids = map.get(key);
  if (!ids) map.set(key, (ids = new Set()));
  ids.add(id);
}

function removeFrom(map: Map<string, Ids>, key: string, id: string): void {
  const ids = map.get(key);
  if (!ids) return;
  ids.delete(id);
  if (ids.size === 0) map.delete(key);
}

function union(sets: (Ids | undefined)[]): Ids {
  const present = sets.filter((s): s is Ids => s !== undefined);
  if (present.length === 1) return present[0] as Ids;
  const out = new Set<string>();
  for (const set of present) for (const id of set) out.add(id);
  return out;
}
