// How records sit on graphology nodes: the record's own fields plus `nodeType` (entity, event or
// article) and `label` (the graph-model node label: Person, Summit, Article...), so the snapshot
// reads well in other graph tools. Edges carry `type` (the EdgeType) plus their props.
import type { Article, Entity, EntityKind, EventFact, EventKind } from '../../model/index.js';
import type { NodeType } from '../validateChange.js';

export type { NodeType };

export type NodeAttributes =
  | ({ nodeType: 'entity'; label: string } & Entity)
  | ({ nodeType: 'event'; label: string } & EventFact)
  | ({ nodeType: 'article'; label: string } & Article);

export interface EdgeAttributes {
  type: string;
  [prop: string]: unknown;
}

const ENTITY_LABELS: Record<EntityKind, string> = { PERSON: 'Person', COUNTRY: 'Country', ORGANIZATION: 'Organization', PLACE: 'Place' };
const EVENT_LABELS: Record<EventKind, string> = {
  SUMMIT: 'Summit',
  MEETING: 'Meeting',
  TALKS: 'Talks',
  LETTER: 'Letter',
  SANCTION: 'Sanction',
  VISIT: 'Visit',
  WEAPONS_TEST: 'WeaponsTest',
  STATEMENT: 'Statement',
};

export function entityNode(entity: Entity): NodeAttributes {
  return { nodeType: 'entity', label: ENTITY_LABELS[entity.kind], ...structuredClone(entity) };
}

export function eventNode(event: EventFact): NodeAttributes {
  return { nodeType: 'event', label: EVENT_LABELS[event.kind], ...structuredClone(event) };
}

export function articleNode(article: Article): NodeAttributes {
  return { nodeType: 'article', label: 'Article', ...structuredClone(article) };
}

/** A copy of the record a node holds, without the node bookkeeping (callers may mutate it). */
export function recordOf<T extends Entity | EventFact | Article>(attributes: NodeAttributes): T {
  const { nodeType: _nodeType, label: _label, ...record } = attributes;
  return structuredClone(record) as unknown as T;
}
