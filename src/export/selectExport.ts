// Which records an export holds, read only through GraphStore methods (so both stores give the
// same selection). Without a filter: every entity, event, article and holding. With a window:
// the events overlapping it. With entities: the entities within `hops` event-hops of them
// (entity -> event -> entity is one hop; an entity takes part in an event through an edge of
// edgesOf(), as a non-PLACE participant or as its place) and the events that connect them, in
// the window when one is given. Then the selected events' participants and places, their
// supporting articles, and the holdings whose two ends are both selected.
//
//   await selectExport(store, { entity: ['person:kim-jong-un'], hops: 1 })
//     -> Kim's events, everyone and every place in them, the articles reporting them
import type { Article, Entity, EntityKind, EventFact, Holding } from '../model/index.js';
import type { GraphStore } from '../store/graphStore.js';
import { allPages } from '../store/allPages.js';
import type { ResolvedExportFilter } from './resolveExportFilter.js';

export interface ExportSelection {
  entities: Entity[];
  events: EventFact[];
  articles: Article[];
  holdings: Holding[];
}

/** Parallel store reads at a time (holdings are read per entity). */
const CONCURRENCY = 16;

export async function selectExport(store: GraphStore, filter: ResolvedExportFilter): Promise<ExportSelection> {
  if (!filter.entity && filter.from === undefined && filter.to === undefined) return everything(store);
  const window = { ...(filter.from !== undefined ? { from: filter.from } : {}), ...(filter.to !== undefined ? { to: filter.to } : {}) };
  const known = new Map<string, Entity>();
  const kindOf = (id: string): EntityKind | undefined => known.get(id)?.kind;
  const learn = async (ids: Iterable<string>): Promise<void> => {
    const missing = [...new Set(ids)].filter((id) => !known.has(id));
    for (const entity of await store.entitiesByIds(missing)) known.set(entity.id, entity);
  };

  const events = new Map<string, EventFact>();
  const selected = new Set<string>(filter.entity ?? []);
  if (filter.entity) {
    let frontier = [...filter.entity];
    for (let hop = 0; hop < (filter.hops ?? 1) && frontier.length > 0; hop++) {
      const inFrontier = new Set(frontier);
      const candidates = await eventsTouching(store, frontier, window);
      await learn(candidates.flatMap((e) => e.participants.map((p) => p.entity)));
      const next: string[] = [];
      for (const event of candidates) {
        if (events.has(event.id)) continue;
        const linked = linkedEntities(event, kindOf);
        if (!linked.some((id) => inFrontier.has(id))) continue;
        events.set(event.id, event);
        for (const id of linked) {
          if (!selected.has(id)) next.push(id);
          selected.add(id);
        }
      }
      frontier = next;
    }
  } else {
    for (const event of await allPages((page) => store.events({ ...page, ...window }))) events.set(event.id, event);
    await learn([...events.values()].flatMap((e) => e.participants.map((p) => p.entity)));
    for (const event of events.values()) for (const id of linkedEntities(event, kindOf)) selected.add(id);
  }

  await learn(selected);
  const entities = [...selected].map((id) => known.get(id)).filter((e): e is Entity => e !== undefined);
  const articles = await store.articlesByIds([...new Set([...events.values()].flatMap((e) => e.sources))]);
  const holdings = (await holdingsOf(store, entities)).filter((h) => selected.has(h.of));
  return { entities, events: [...events.values()], articles, holdings };
}

async function everything(store: GraphStore): Promise<ExportSelection> {
  const entities = await allPages((page) => store.entities(page));
  const events = await allPages((page) => store.events(page));
  const articles = await allPages((page) => store.articles(page));
  return { entities, events, articles, holdings: await holdingsOf(store, entities) };
}

/** The entities an event links to by an edge of edgesOf(): non-PLACE participants and its place. */
function linkedEntities(event: EventFact, kindOf: (id: string) => EntityKind | undefined): string[] {
  const ids = event.participants.filter((p) => kindOf(p.entity) !== 'PLACE').map((p) => p.entity);
  if (event.place !== null) ids.push(event.place);
  return [...new Set(ids)];
}

/** Events in the window where one of the entities is a participant or the place. */
async function eventsTouching(store: GraphStore, ids: string[], window: { from?: string; to?: string }): Promise<EventFact[]> {
  const found = new Map<string, EventFact>();
  for (const event of await allPages((page) => store.events({ ...page, ...window, participants: ids }))) found.set(event.id, event);
  for (const batch of chunks(ids, CONCURRENCY)) {
    const lists = await Promise.all(batch.map((place) => allPages((page) => store.events({ ...page, ...window, place }))));
    for (const event of lists.flat()) found.set(event.id, event);
  }
  return [...found.values()];
}

async function holdingsOf(store: GraphStore, entities: Entity[]): Promise<Holding[]> {
  const holdings: Holding[] = [];
  for (const batch of chunks(entities, CONCURRENCY)) {
    for (const list of await Promise.all(batch.map((e) => store.holdings(e.id)))) holdings.push(...list);
  }
  return holdings;
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
