// The memory store's event indexes, so that events() never scans and copies
// every record: ids per participant, place and source, and every record in (when.earliest,
// id) order (undated last) with columns of its days (as numbers), kind and status beside it, so a
// scan of the whole order touches no record until those match. Records share the graph nodes'
// values, which the store never changes in place, so a query copies only its page. update() is called once a
// write is persisted, with the ids the change removed or upserted.
//
//   const index = EventIndex.of(graph);
//   index.update(next, removedOrUpserted, upserted);
//   index.query({ participants: ['person:kim-jong-un'], first: 10, offset: 0 })
import { EVENT_KINDS, EVENT_STATUSES, type EventFact } from '../../model/index.js';
import type { EventQuery, GraphStats, Page } from '../graphStore.js';
import type { StoreGraph } from './applyChange.js';
import { bitsOf } from './bitsOf.js';
import { dayNumber } from './dayNumber.js';
import { IdSets } from './idSets.js';
import { mergeInDateOrder } from './mergeInDateOrder.js';
import { compareEvents, compareEventsDesc, eventFilter } from './queryHelpers.js';

type Ids = Set<string>;

export class EventIndex {
  private readonly records = new Map<string, EventFact>();
  private readonly byParticipant = new IdSets();
  private readonly byPlace = new IdSets();
  private readonly bySource = new IdSets();
  /** Every record, ordered as compareEvents (dated first). */
  private order: EventFact[] = [];
  private dated = 0;
  /** Beside order: earliest and latest day as numbers (NaN: none), kind and status as bits. */
  private earliest = new Float64Array(0);
  private latest = new Float64Array(0);
  private kindBits = new Uint8Array(0);
  private statusBits = new Uint8Array(0);
  /** Every day of every record is a YYYY-MM-DD day, so the day columns order as the strings do. */
  private numericDays = true;

  static of(graph: StoreGraph): EventIndex {
    const index = new EventIndex();
    graph.forEachNode((_id, attributes) => {
      if (attributes.nodeType === 'event') index.add(attributes);
    });
    index.order = [...index.records.values()].sort(compareEvents);
    index.columns();
    return index;
  }

  /** Drops the entries of `touched` (removed or upserted ids), then indexes `upserted` as they stand in graph. */
  update(graph: StoreGraph, touched: Iterable<string>, upserted: Iterable<string>): void {
    const gone = new Set<EventFact>();
    for (const id of touched) {
      const record = this.records.get(id);
      if (!record) continue;
      this.remove(record);
      gone.add(record);
    }
    const added: EventFact[] = [];
    for (const id of new Set(upserted)) {
      if (!graph.hasNode(id)) continue;
      const attributes = graph.getNodeAttributes(id);
      if (attributes.nodeType === 'event') added.push(this.add(attributes));
    }
    if (gone.size === 0 && added.length === 0) return;
    const kept = gone.size === 0 ? this.order : this.order.filter((e) => !gone.has(e));
    this.order = mergeInDateOrder(kept, added.sort(compareEvents));
    this.columns();
  }

  /** One page of the events matching the query, copied; the rest are only counted. */
  query(query: EventQuery): Page<EventFact> {
    const offset = Math.max(0, Math.floor(query.offset));
    const first = Math.max(0, Math.floor(query.first));
    const items: EventFact[] = [];
    let totalCount = 0;
    const take = (record: EventFact): void => {
      if (totalCount >= offset && totalCount < offset + first) items.push(structuredClone(record));
      totalCount++;
    };
    const test = eventFilter(query);
    const narrowest = this.narrowest(query);
    if (!narrowest && !query.kinds && !query.status && query.from === undefined && query.to === undefined) {
      // No filter: the page is a slice of the order (DESC: dated reversed, then undated reversed).
      const n = this.order.length;
      const at = (p: number): number => (query.order !== 'DESC' ? p : p < this.dated ? this.dated - 1 - p : n - 1 - (p - this.dated));
      for (let p = offset; p < Math.min(n, offset + first); p++) items.push(structuredClone(this.order[at(p)] as EventFact));
      return { items, totalCount: n, offset, hasNextPage: offset + items.length < n };
    }
    if (narrowest && narrowest.size * 8 < this.order.length) {
      // A small candidate set is filtered and sorted.
      const matches: EventFact[] = [];
      for (const id of narrowest) {
        const record = this.records.get(id) as EventFact;
        if (test(record)) matches.push(record);
      }
      for (const record of matches.sort(query.order === 'DESC' ? compareEventsDesc : compareEvents)) take(record);
    } else {
      // Otherwise the ordered records are read off, the columns ruling most of them out. With no
      // participant, place or source filter (and days that are numbers, and a window that is not
      // empty) the columns decide alone, and only the records of the page are read.
      const columnTest = this.columnTest(query);
      const [lo, hi] = this.range(query);
      const windowed = query.from !== undefined || query.to !== undefined;
      if (windowed && query.from !== undefined && query.to !== undefined && query.from > query.to) return { items, totalCount: 0, offset, hasNextPage: false };
      const exact = !narrowest && (!windowed || this.numericDays);
      const visit = (i: number): void => {
        if (!columnTest(i)) return;
        if (exact) {
          if (totalCount >= offset && totalCount < offset + first) items.push(structuredClone(this.order[i] as EventFact));
          totalCount++;
          return;
        }
        const record = this.order[i] as EventFact;
        if ((!narrowest || narrowest.has(record.id)) && test(record)) take(record);
      };
      if (query.order === 'DESC') {
        for (let i = Math.min(hi, this.dated) - 1; i >= lo; i--) visit(i);
        for (let i = hi - 1; i >= Math.max(lo, this.dated); i--) visit(i);
      } else {
        for (let i = lo; i < hi; i++) visit(i);
      }
    }
    return { items, totalCount, offset, hasNextPage: offset + items.length < totalCount };
  }

  /** Events by kind and status, and the date range of dated events (GraphStore.stats), from the columns. */
  tally(): Pick<GraphStats, 'eventsByKind' | 'eventsByStatus' | 'earliest' | 'latest'> {
    const eventsByKind = Object.fromEntries(EVENT_KINDS.map((k) => [k, 0])) as GraphStats['eventsByKind'];
    const eventsByStatus = Object.fromEntries(EVENT_STATUSES.map((k) => [k, 0])) as GraphStats['eventsByStatus'];
    // Each record has one kind bit and one status bit: the bit's position is the index in the list.
    const kinds = new Uint32Array(8);
    const statuses = new Uint32Array(8);
    for (let i = 0; i < this.order.length; i++) {
      const k = 31 - Math.clz32(this.kindBits[i] as number);
      const s = 31 - Math.clz32(this.statusBits[i] as number);
      kinds[k] = (kinds[k] as number) + 1;
      statuses[s] = (statuses[s] as number) + 1;
    }
    EVENT_KINDS.forEach((k, i) => (eventsByKind[k] = kinds[i] as number));
    EVENT_STATUSES.forEach((k, i) => (eventsByStatus[k] = statuses[i] as number));
    let latest: string | null = null;
    if (this.numericDays) {
      // The largest latest-day column value names the record that holds the day.
      let at = -1;
      for (let i = 0; i < this.dated; i++) if (!Number.isNaN(this.latest[i]) && (at < 0 || (this.latest[i] as number) > (this.latest[at] as number))) at = i;
      latest = at < 0 ? null : ((this.order[at] as EventFact).when?.latest ?? null);
    } else {
      for (let i = 0; i < this.dated; i++) {
        const day = (this.order[i] as EventFact).when?.latest ?? null;
        if (day !== null && (latest === null || day > latest)) latest = day;
      }
    }
    return { eventsByKind, eventsByStatus, earliest: this.order[0]?.when?.earliest ?? null, latest };
  }

  /** The smallest set of ids that holds every match, from the indexed filters given (undefined: none given). */
  private narrowest(query: EventQuery): Ids | undefined {
    const sets: Ids[] = [];
    if (query.participants) sets.push(this.byParticipant.union(query.participants));
    if (query.place !== undefined) sets.push(this.byPlace.get(query.place) ?? new Set());
    if (query.source !== undefined) sets.push(this.bySource.get(query.source) ?? new Set());
    return sets.sort((a, b) => a.size - b.size)[0];
  }

  /** Positions of order that can match: a window needs a dated event, and bounds earliest by relation. */
  private range(query: EventQuery): [number, number] {
    const { from, to } = query;
    if (from === undefined && to === undefined) return [0, this.order.length];
    const relation = query.relation ?? 'OVERLAPS';
    const fromDay = from === undefined ? undefined : dayNumber(from);
    const toDay = to === undefined ? undefined : dayNumber(to);
    let lo = 0;
    let hi = this.dated;
    if (!this.numericDays) return [lo, hi];
    // OVERLAPS and DURING need earliest <= to, AFTER earliest > to, DURING earliest >= from.
    if (relation !== 'BEFORE' && toDay !== undefined && !Number.isNaN(toDay)) {
      const firstAfter = this.firstWhere((day) => day > toDay);
      if (relation === 'AFTER') lo = firstAfter;
      else hi = firstAfter;
    }
    if (relation === 'DURING' && fromDay !== undefined && !Number.isNaN(fromDay)) lo = this.firstWhere((day) => day >= fromDay);
    return [lo, Math.max(lo, hi)];
  }

  /** The first dated position whose earliest day passes `past` (monotone over the dated part). */
  private firstWhere(past: (day: number) => boolean): number {
    let lo = 0;
    let hi = this.dated;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (past(this.earliest[mid] as number)) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }

  /** A quick test on the columns: false only for positions the full test would refuse too. */
  private columnTest(query: EventQuery): (i: number) => boolean {
    const kinds = query.kinds ? bitsOf(query.kinds, EVENT_KINDS) : 0xff;
    const status = query.status ? bitsOf(query.status, EVENT_STATUSES) : 0xff;
    const { kindBits, statusBits, earliest, latest } = this;
    const windowed = query.from !== undefined || query.to !== undefined;
    const fromDay = query.from === undefined ? -Infinity : dayNumber(query.from);
    const toDay = query.to === undefined ? Infinity : dayNumber(query.to);
    const relation = query.relation ?? 'OVERLAPS';
    const days = windowed && this.numericDays && !Number.isNaN(fromDay) && !Number.isNaN(toDay);
    return (i) => {
      if (((kindBits[i] as number) & kinds) === 0 || ((statusBits[i] as number) & status) === 0) return false;
      if (!days) return true;
      const e = earliest[i] as number;
      const l = latest[i] as number;
      if (Number.isNaN(e)) return false;
      switch (relation) {
        case 'OVERLAPS':
          return e <= toDay && (Number.isNaN(l) || l >= fromDay);
        case 'DURING':
          return e >= fromDay && (toDay === Infinity || (e <= toDay && !Number.isNaN(l) && l <= toDay));
        case 'BEFORE':
          return !Number.isNaN(l) && l < fromDay;
        case 'AFTER':
          return e > toDay;
      }
    };
  }

  private columns(): void {
    const n = this.order.length;
    this.earliest = new Float64Array(n);
    this.latest = new Float64Array(n);
    this.kindBits = new Uint8Array(n);
    this.statusBits = new Uint8Array(n);
    this.numericDays = true;
    this.dated = 0;
    this.order.forEach((record, i) => {
      const earliest = record.when?.earliest ?? null;
      const latest = record.when?.latest ?? null;
      if (earliest !== null) this.dated = i + 1;
      this.earliest[i] = earliest === null ? NaN : dayNumber(earliest);
      this.latest[i] = latest === null ? NaN : dayNumber(latest);
      if ((earliest !== null && Number.isNaN(this.earliest[i])) || (latest !== null && Number.isNaN(this.latest[i]))) this.numericDays = false;
      this.kindBits[i] = bitsOf([record.kind], EVENT_KINDS);
      this.statusBits[i] = bitsOf([record.status], EVENT_STATUSES);
    });
  }

  private add(attributes: ReturnType<StoreGraph['getNodeAttributes']>): EventFact {
    // The node's own values, shared: the store never changes a node's values in place (upserts replace them).
    const { nodeType: _nodeType, label: _label, ...fields } = attributes;
    const record = fields as unknown as EventFact;
    this.records.set(record.id, record);
    for (const p of record.participants) this.byParticipant.add(p.entity, record.id);
    if (record.place !== null) this.byPlace.add(record.place, record.id);
    for (const s of record.sources) this.bySource.add(s, record.id);
    return record;
  }

  private remove(record: EventFact): void {
    this.records.delete(record.id);
    for (const p of record.participants) this.byParticipant.remove(p.entity, record.id);
    if (record.place !== null) this.byPlace.remove(record.place, record.id);
    for (const s of record.sources) this.bySource.remove(s, record.id);
  }
}
