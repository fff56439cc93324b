// A country's stand-in at a gathering: "X will represent Israel", "X represented Chile", told in the
// gathering's own sentence or the one right after it, makes X the party for that country. Contract:
// mutates the participants of gatherings whose parties are countries; a person is put in only for
// a country the gathering already has, so a sentence about another event adds no one; negated or
// modal uses ("will not represent", "could represent") are left alone.
// Example: "The signing ceremony between Norway and Chile will be held on March 3. Foreign Minister
//   Ivan Petrov will represent Norway." -> the ceremony's parties are Petrov and Chile.
import type { EntityMention, Span } from '../../model/index.js';
import type { Candidate } from './candidate.js';
import { GATHERINGS } from './kindSets.js';

/** The words between a person and the country they stand for. */
const REPRESENTS = /^,?\s+(?:(?:will|shall|is\s+to|is\s+set\s+to|was\s+to)\s+)?(?:also\s+)?represent(?:s|ed)?\s+(?:the\s+)?$/i;

export function representedBy(text: string, candidates: readonly Candidate[], entities: readonly EntityMention[], sentences: readonly Span[]): void {
  for (const c of candidates) {
    if (!GATHERINGS.has(c.kind) || !c.participants.some((p) => p.kind === 'COUNTRY')) continue;
    const last = Math.max(...c.sentences);
    const spans = [...new Set([...c.sentences, last + 1])].map((i) => sentences[i]).filter((s): s is Span => s !== undefined);
    for (const s of spans) {
      const inside = entities.filter((m) => m.start >= s.start && m.end <= s.end);
      for (const country of inside) {
        if (country.kind !== 'COUNTRY') continue;
        const at = c.participants.findIndex((p) => p.kind === 'COUNTRY' && p.entity === country.id);
        if (at < 0) continue;
        const person = [...inside].reverse().find((m) => m.kind === 'PERSON' && m.end <= country.start && REPRESENTS.test(text.slice(m.end, country.start)));
        if (!person || c.participants.some((p) => p.entity === person.id)) continue;
        c.participants[at] = { entity: person.id, kind: 'PERSON', role: c.participants[at]!.role, name: person.name };
      }
    }
  }
}
