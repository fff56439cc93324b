// "another", "next" summit: numbered one past the last counted one that took place.
import type { Candidate } from './candidate.js';
import { compatible } from './compatible.js';

/** "another summit" after the article's "first summit" is the second one. */
export function inferFollowingOrdinals(candidates: Candidate[]): void {
  for (const c of candidates) {
    if (!c.following || c.ordinal !== null || (c.kind !== 'SUMMIT' && c.kind !== 'MEETING') || c.participants.length < 2) continue;
    const done = candidates.filter((o) => o !== c && o.ordinal !== null && o.status === 'OCCURRED' && (o.kind === 'SUMMIT' || o.kind === 'MEETING') && compatible({ ...o, ordinal: null, status: c.status }, { ...c, status: c.status }));
    if (done.length > 0) c.ordinal = Math.max(...done.map((o) => o.ordinal!)) + 1;
  }
}
