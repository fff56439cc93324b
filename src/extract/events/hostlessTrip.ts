// A visit is a visitor and a host (DESIGN.md, Graph model): a trip that ends with no host, neither
// a person met nor the country of its destination, names no visit when its place is a region in no
// one country ("arrived in Asia", "set to visit Europe", regions.json) or lies in the visitor's own
// country ("arrived in Washington" of a US official: a return). Such a trip is no event nor a
// mention of one. A place of no known country ("visited Zarqaween") keeps its visit: the lists may lack it.
// Contract: a predicate over one candidate, read once hosts are known (after hostOfPlace).
// Example: VISIT [Biden (visitor)] @place:asia of "Biden arrived in Asia" -> true.
import type { EntityMention } from '../../model/index.js';
import { gazetteer, readGazetteerJson } from '../entities/gazetteer.js';
import { aliasKey } from '../entities/slug.js';
import type { Candidate } from './candidate.js';
import { homeOf, venueCountry } from './hostAtHome.js';

let regions: Set<string> | undefined;
const regionKey = (name: string) => aliasKey(name.replace(/^the\s+/i, ''));

export function hostlessTrip(text: string, c: Candidate, mentions: readonly EntityMention[]): boolean {
  if (c.kind !== 'VISIT' || !c.place || c.participants.some((p) => p.role === 'host')) return false;
  regions ??= new Set(readGazetteerJson<{ regions: string[] }>('regions.json').regions.map(regionKey));
  const place = c.place;
  if (mentions.some((m) => m.id === place && regions!.has(regionKey(m.text)))) return true;
  const venue = venueCountry(place, mentions, text);
  const g = gazetteer();
  return venue !== null && c.participants.some((p) => p.role === 'visitor' && (p.kind === 'PERSON' ? homeOf(p.entity, mentions, text) : g.byId.get(p.entity)?.country) === venue);
}
