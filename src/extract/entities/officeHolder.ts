// Who held an office of a country on a day: "the Russian President" in 2019 -> Vladimir Putin.
import { gazetteer, type Office } from './gazetteer.js';

/**
 * The holder of `officeClass` ("head-of-state", "leader", ...) of `country` (ISO alpha-2) on `day`.
 * Without a day, a holder among `named` (people the article names) is taken; otherwise null.
 */
export function officeHolder(country: string, officeClass: string, day: string | null, named: ReadonlySet<string>): Office | null {
  const g = gazetteer();
  const classes = officeClass === 'leader' ? g.leaderOffices : new Set([officeClass]);
  const held = g.offices.filter((o) => o.country === country && classes.has(o.office));
  if (day) {
    const on = held.filter((o) => (o.from === null || o.from <= day) && (o.to === null || day <= o.to));
    // For "leader", a country's own "leader" office outranks its head of state (North Korea's Supreme Leader).
    on.sort((a, b) => Number(b.office === officeClass) - Number(a.office === officeClass));
    return on[0] ?? null;
  }
  const mentioned = held.filter((o) => named.has(o.person));
  return mentioned.length === 1 ? mentioned[0]! : null;
}
