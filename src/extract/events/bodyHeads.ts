// A body's own summit is chaired by the body's head: when the article names that head by the body's
// title ("European Council President Donald Tusk", "Jens Stoltenberg, secretary general of NATO"), the
// head takes part in the body's summit. A union's summits are those of its council of leaders, so the head
// of "the European Council" chairs a "European Union leaders summit". The title must name the body, so
// "Commission President Juncker" heads no "European Union" summit, nor "US President Obama" a G20 one.
// The head words are those of class "head" in offices.json bodyTitles, the list bodyOffice.ts reads titles by.
// A body written after the title in a case the tagger does not take for a name ("Donald Tusk, president of the
// European council,") is read by its words, compared without case.
// Contract: adds the heads to SUMMIT candidates that have an organisation party.
// Example: "EU leaders met at a European Union summit in Brussels on Thursday. European Council President
//   Donald Tusk said ..." -> the summit has European Union and Donald Tusk.
import type { EntityMention } from '../../model/index.js';
import { bodyOfficeWords } from '../entities/bodyOffice.js';
import type { Candidate } from './candidate.js';

let headWords: { before: RegExp; after: RegExp; written: RegExp } | undefined;

/** The head words of bodies (offices.json bodyTitles of class "head") between a body and a name, either way round. */
function headPatterns(): { before: RegExp; after: RegExp; written: RegExp } {
  if (!headWords) {
    const head = `(?:${bodyOfficeWords('head')})`;
    headWords = {
      // "European Council President |Donald Tusk": the head word between the body and the name.
      before: new RegExp(String.raw`^\s*(?:['’]s\s+)?${head}\s+$`, 'i'),
      // "Donald Tusk|, president of the |European Council": the head word between the name and the body.
      after: new RegExp(String.raw`^\s*,\s+(?:the\s+)?${head}\s+of\s+(?:the\s+)?$`, 'i'),
      // "Donald Tusk|, president of the European council,": a name of two to four words, closed by punctuation (capitalised: see
      // below); one word ("President of Switzerland", "head of U.S. affairs") is a country or a clipped name, not a body's.
      written: new RegExp(String.raw`^\s*,\s+(?:the\s+)?${head}\s+of\s+(?:the\s+)?([\p{L}-]+(?:\s+[\p{L}-]+){1,3}?)\s*[,;.)]`, 'iu'),
    };
  }
  return headWords;
}

/** Body names a head title may use for a party: the party itself and, for a union, its council. */
function titleBodies(name: string): string[] {
  const council = /\bUnion$/i.test(name) ? [name.replace(/\bUnion$/i, 'Council')] : [];
  return [name, ...council].map((n) => n.toLowerCase());
}

/** Heads the article names with their body: person entity -> the bodies' names (lower case) in their titles. */
export function bodyHeadsIn(text: string, entities: readonly EntityMention[]): Map<EntityMention, string[]> {
  const sorted = [...entities].sort((a, b) => a.start - b.start);
  const heads = new Map<EntityMention, string[]>();
  const { before: headBefore, after: headAfter, written } = headPatterns();
  const add = (person: EntityMention, ...names: string[]) => heads.set(person, [...(heads.get(person) ?? []), ...names.map((n) => n.toLowerCase())]);
  sorted.forEach((m, i) => {
    if (m.kind !== 'PERSON') return;
    const before = sorted[i - 1];
    if (before?.kind === 'ORGANIZATION' && headBefore.test(text.slice(before.end, m.start))) add(m, before.name, before.text);
    const after = sorted[i + 1];
    if (after?.kind === 'ORGANIZATION' && headAfter.test(text.slice(m.end, after.start))) add(m, after.name, after.text);
    else {
      // The case-blind pattern's name must still open with a capital: "president of the council" names no body.
      const body = written.exec(text.slice(m.end, m.end + 120))?.[1];
      if (body && /^\p{Lu}/u.test(body)) add(m, body);
    }
  });
  return heads;
}

export function bodyHeads(c: Candidate, heads: ReadonlyMap<EntityMention, string[]>): void {
  if (c.kind !== 'SUMMIT') return;
  for (const body of c.participants.filter((p) => p.kind === 'ORGANIZATION')) {
    const names = titleBodies(body.name);
    for (const [person, bodies] of heads) {
      if (!bodies.some((b) => names.includes(b)) || c.participants.some((p) => p.entity === person.id)) continue;
      c.participants.push({ entity: person.id, kind: 'PERSON', role: 'participant', name: person.name });
    }
  }
}
