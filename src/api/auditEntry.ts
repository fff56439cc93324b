// The audit entry a mutation writes with its change: the next id (audit:<n>, one more than the
// entries the store holds; mutations run under editLock.ts; the store numbers entries the same
// way), the time given (ApiContext.now: the server clock), the token label, and the arguments and
// what changed as JSON text.
import type { AuditEntry, GraphStore } from '../store/graphStore.js';

/** Who makes an edit, and when (ISO timestamp). */
export interface Editor {
  actor: string;
  at: string;
}

export async function auditEntry(store: GraphStore, editor: Editor, action: AuditEntry['action'], detail: Record<string, unknown>): Promise<AuditEntry> {
  const { totalCount } = await store.auditLog({ first: 0, offset: 0 });
  return { id: `audit:${totalCount + 1}`, at: editor.at, actor: editor.actor, action, detail: JSON.stringify(detail) };
}
