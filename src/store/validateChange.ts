// Checks a GraphChange before anything is written, so write() can refuse it whole. Shared by both
// stores (memory and Neo4j), so they refuse exactly the same changes. Store-agnostic:
// the caller says what the store already holds through existing(id) (entity, event, article or
// undefined). Problems found: an unknown entity kind, event kind or status, an empty id, an event
// participant, place or holding end that is no entity, a source that is no article (in the change
// or the store), one id used for two kinds of node, removing an id that is not an event (or, with
// removeEntities, not an entity), an audit entry without actor, action or time, a resolve record
// or posting list without an id (or with keys that are not strings). Whether a removed
// entity is still referenced is checked by each store after applying the change.
//
//   validateChange({ ...emptyChange, events: [summitWithUnknownPerson] }, () => undefined)
//     -> ['event event:x: participant person:nobody is not a known entity']
import { ENTITY_KINDS, EVENT_KINDS, EVENT_STATUSES } from '../model/index.js';
import type { AuditEntry, GraphChange } from './graphStore.js';

const AUDIT_ACTIONS: readonly AuditEntry['action'][] = ['MERGE_ENTITIES', 'SPLIT_ENTITY', 'INGEST'];

/** The three kinds of node every store holds. */
export type NodeType = 'entity' | 'event' | 'article';

export function validateChange(change: GraphChange, existing: (id: string) => NodeType | undefined): string[] {
  const problems: string[] = [];
  const claimed = new Map<string, NodeType>();
  const claim = (id: unknown, type: NodeType, what: string): boolean => {
    if (typeof id !== 'string' || id.trim() === '') {
      problems.push(`${what} has no id`);
      return false;
    }
    const before = claimed.get(id) ?? existing(id);
    if (before !== undefined && before !== type) problems.push(`${what} ${id}: the id is already used by an ${before}`);
    claimed.set(id, type);
    return true;
  };

  for (const article of change.articles) {
    if (claim(article?.id, 'article', 'article') && typeof article.text !== 'string') problems.push(`article ${article.id}: text is not a string`);
  }
  for (const entity of change.entities) {
    if (!claim(entity?.id, 'entity', 'entity')) continue;
    if (!(ENTITY_KINDS as readonly string[]).includes(entity.kind)) problems.push(`entity ${entity.id}: unknown kind ${String(entity.kind)}`);
    if (typeof entity.name !== 'string' || !Array.isArray(entity.aliases)) problems.push(`entity ${entity.id}: name or aliases missing`);
  }
  for (const event of change.events) claim(event?.id, 'event', 'event');

  const isA = (id: unknown, type: NodeType): boolean => typeof id === 'string' && (claimed.get(id) ?? existing(id)) === type;

  for (const event of change.events) {
    if (typeof event?.id !== 'string') continue;
    const what = `event ${event.id}`;
    if (!(EVENT_KINDS as readonly string[]).includes(event.kind)) problems.push(`${what}: unknown kind ${String(event.kind)}`);
    if (!(EVENT_STATUSES as readonly string[]).includes(event.status)) problems.push(`${what}: unknown status ${String(event.status)}`);
    if (event.medium !== undefined && event.medium !== 'PHONE' && event.medium !== 'VIDEO') problems.push(`${what}: unknown medium ${String(event.medium)} (PHONE or VIDEO, or none for in person)`);
    if (!Array.isArray(event.participants) || !Array.isArray(event.sources) || !Array.isArray(event.evidence) || !Array.isArray(event.statusHistory)) {
      problems.push(`${what}: participants, sources, evidence or statusHistory is not a list`);
      continue;
    }
    for (const participant of event.participants) {
      if (!isA(participant?.entity, 'entity')) problems.push(`${what}: participant ${String(participant?.entity)} is not a known entity`);
    }
    if (event.place !== null && !isA(event.place, 'entity')) problems.push(`${what}: place ${String(event.place)} is not a known entity`);
    for (const source of event.sources) {
      if (!isA(source, 'article')) problems.push(`${what}: source ${String(source)} is not a known article`);
    }
  }
  for (const holding of change.holdings) {
    if (!isA(holding?.person, 'entity') || !isA(holding?.of, 'entity')) {
      problems.push(`holding ${String(holding?.title)}: ${String(holding?.person)} or ${String(holding?.of)} is not a known entity`);
    }
  }
  for (const id of change.removeEvents) {
    const type = existing(id);
    if (type !== undefined && type !== 'event') problems.push(`removeEvents: ${id} is an ${type}, not an event`);
  }
  for (const id of change.removeEntities ?? []) {
    const type = typeof id === 'string' ? (claimed.get(id) ?? existing(id)) : undefined;
    if (typeof id !== 'string' || (type !== undefined && type !== 'entity')) problems.push(`removeEntities: ${String(id)} is ${type ? `an ${type}` : 'no id'}, not an entity`);
  }
  for (const record of change.resolve?.records ?? []) {
    if (typeof record?.id !== 'string' || record.id === '') problems.push(`resolve record ${JSON.stringify(record?.id)}: needs an id`);
  }
  for (const posting of change.resolve?.postings ?? []) {
    if (typeof posting?.id !== 'string' || posting.id === '' || !Array.isArray(posting.keys) || posting.keys.some((k) => typeof k !== 'string')) {
      problems.push(`resolve postings of ${JSON.stringify(posting?.id)}: need an id and a list of string keys`);
    }
  }
  for (const entry of change.audit ?? []) {
    if (!AUDIT_ACTIONS.includes(entry?.action) || typeof entry.actor !== 'string' || typeof entry.at !== 'string' || typeof entry.detail !== 'string') {
      problems.push(`audit entry ${JSON.stringify(entry)}: needs at, actor and detail strings and an action among ${AUDIT_ACTIONS.join(', ')}`);
    }
  }
  return problems;
}
