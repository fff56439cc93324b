// A visit is a visitor and a host (DESIGN.md, Graph model): a trip that ends with no host, neither
// a person met nor the country of its destination, names no visit when its place is a region in no
// one country ("arrived in Asia", "set to visit Europe", regions.json) or lies in the visitor's own
// country ("arrived in Washington" of a US official: a return). Such a trip stays a mention (no
// anchors). A place of no known country ("visited Zarqaween") keeps its visit: the lists may lack it.
// Contract: mutates the candidates' anchors in place; runs once hosts are known (after hostOfPlace).
// Example: VISIT [Biden (visitor)] @place:asia of "Biden arrived in Asia" -> anchors [].
import type { EntityMention } from '../../model/index.js';
import { gazetteer, readGazetteerJson } from '../entities/gazetteer.js';
import { aliasKey } from '../entities/slug.js';
import type { Candidate } from './candidate.js';
import { homeOf, venueCountry } from './hostAtHome.js';

let regions: Set<string> | undefined;
const regionKey = (name: string) => aliasKey(name.replace(/^the\s+/i, ''));

export function hostlessTrips(text: string, candidates: Candidate[], mentions: readonly EntityMention[]): void {
  regions ??= new Set(readGazetteerJson<{ regions: string[] }>('regions.json').regions.map(regionKey));
  const g = gazetteer();
  for (const c of candidates) {
    if (c.kind !== 'VISIT' || !c.place || c.participants.some((p) => p.role === 'host')) continue;
    const place = c.place;
    const region = mentions.some((m) => m.id === place && regions!.has(regionKey(m.text)));
    const venue = region ? null : venueCountry(place, mentions, text);
    const home = venue !== null && c.participants.some((p) => p.role === 'visitor' && (p.kind === 'PERSON' ? homeOf(p.entity, mentions, text) : g.byId.get(p.entity)?.country) === venue);
    if (region || home) c.anchors = [];
  }
}
