// Countries named as a summit's parties stand for their leaders on the summit's day (officeHolder).
import type { EntityMention } from '../../model/index.js';
import type { ExtractContext } from '../context.js';
import { gazetteer } from '../entities/gazetteer.js';
import { officeHolder } from '../entities/officeHolder.js';
import type { Candidate } from './candidate.js';

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
    return person ? { entity: person.id, kind: 'PERSON', role: p.role, name: person.name } : p;
  });
}
