// Countries named as a summit's parties stand for their leaders on the summit's day (officeHolder),
// or, for a country the gazetteer dates no leader of, for the one person the page names with that
// country's leading office ("German Chancellor Angela Merkel": head of government; titleOffice).
import type { EntityMention } from '../../model/index.js';
import type { ExtractContext } from '../context.js';
import { gazetteer } from '../entities/gazetteer.js';
import { officeHolder } from '../entities/officeHolder.js';
import { titleOffice } from '../entities/titleOffice.js';
import type { Candidate } from './candidate.js';

const LEADING = new Set(['leader', 'head-of-state', 'head-of-government']);

/** The one person the page titles with a leading office of `country`, or null (none, or several). */
function titledLeader(country: string, entities: readonly EntityMention[]): EntityMention | null {
  const ids = new Map<string, EntityMention>();
  for (const m of entities) {
    if (m.kind !== 'PERSON' || !m.title) continue;
    const o = titleOffice(m.title);
    if (o?.country === country && LEADING.has(o.office)) ids.set(m.id, m);
  }
  return ids.size === 1 ? [...ids.values()][0]! : null;
}

/** A summit "between the US and North Korea" is a summit of their leaders. */
export function leadersForCountries(c: Candidate, ctx: ExtractContext, entities: EntityMention[]): void {
  const g = gazetteer();
  const named = new Set(entities.filter((m) => m.kind === 'PERSON').map((m) => m.id));
  const day = c.when?.latest ?? ctx.reference;
  c.participants = c.participants.map((p) => {
    if (p.kind !== 'COUNTRY') return p;
    const code = g.byId.get(p.entity)?.country;
    const holder = code ? officeHolder(code, 'leader', day, named) : null;
    const person = holder ? g.byId.get(holder.person) : undefined;
    if (person) return { entity: person.id, kind: 'PERSON', role: p.role, name: person.name };
    const titled = code ? titledLeader(code, entities) : null;
    return titled ? { entity: titled.id, kind: 'PERSON', role: p.role, name: titled.name ?? titled.text } : p;
  });
}
