// A visit is a visitor and a host (DESIGN.md, Graph model): a trip that ends with no host, neither
// a person met nor the country of its destination, names no visit. Its place is a region ("arrived in
// Asia", "set to visit Europe"), the visitor's own country ("flew back to Washington") or a place no
// list puts in a country. Such a trip stays a mention (no anchors).
// Contract: mutates the candidates' anchors in place; runs once hosts are known (after hostOfPlace).
// Example: VISIT [Biden (visitor)] @place:asia of "Biden arrived in Asia" -> anchors [].
import type { Candidate } from './candidate.js';

export function hostlessTrips(candidates: Candidate[]): void {
  for (const c of candidates) if (c.kind === 'VISIT' && !c.participants.some((p) => p.role === 'host')) c.anchors = [];
}
