// Whether a meeting or talks candidate is between the leaders of different countries (gazetteer offices).
import { gazetteer } from '../entities/gazetteer.js';
import type { Candidate } from './candidate.js';

/** Talks or a meeting of the leaders of two countries is a summit, whatever word the text used; a call is not. */
export function isSummitOfLeaders(c: Candidate, reference: string | null): boolean {
  if ((c.kind !== 'MEETING' && c.kind !== 'TALKS') || c.call) return false;
  const g = gazetteer();
  const day = c.when?.latest ?? reference;
  const people = c.participants.filter((p) => p.kind === 'PERSON');
  if (people.length < 2 || people.length !== c.participants.length) return false;
  const countries = people.map((p) => {
    const held = g.offices.filter((o) => o.person === p.entity && g.leaderOffices.has(o.office) && (!day || ((o.from === null || o.from <= day) && (o.to === null || day <= o.to))));
    return held[0]?.country ?? null;
  });
  return countries.every((x) => x !== null) && new Set(countries).size === countries.length;
}
