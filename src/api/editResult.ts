// What the EditResult type (mergeEntities, splitEntity) is resolved from.
import type { Entity, EventFact } from '../model/index.js';
import type { AuditEntry } from '../store/graphStore.js';

export interface EditResult {
  entities: Entity[];
  events: EventFact[];
  audit: AuditEntry;
}
