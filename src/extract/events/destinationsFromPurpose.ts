// A trip with no destination of its own, made for a summit, goes to the country of the summit's other side.
import { homeCountry } from '../entities/gazetteer.js';
import type { Candidate } from './candidate.js';

/** "Kim traveled to the [stripped] in April for his first summit with Putin": a trip made for a summit goes to the other side's country. */
export function destinationsFromPurpose(candidates: Candidate[]): void {
  for (const c of candidates) {
    const visitor = c.kind === 'VISIT' && !c.place ? c.participants.find((p) => p.role === 'visitor') : undefined;
    if (!visitor) continue;
    const summit = candidates.find((o) => (o.kind === 'SUMMIT' || o.kind === 'MEETING') && o.sentences.includes(c.sentences[0]!) && o.participants.some((p) => p.entity === visitor.entity));
    const other = summit?.participants.find((p) => p.kind === 'PERSON' && p.entity !== visitor.entity);
    c.place = other ? (homeCountry(other.entity)?.id ?? null) : null;
  }
}
