// A country's stand-in at a gathering. "X will represent Israel", "X represented Chile", told in the
// gathering's own sentence or the one right after it, makes X the party for that country. The head
// of a country's delegation ("the Cuban delegation, headed by X", "X will head the Cuban delegation",
// "the head of the U.S. delegation, X") takes part in the gathering told nearest before it (in its
// sentence or up to two before), beside the country, when that gathering has the country among its
// parties; so a head told in a later round's sentence ("will head the Cuban delegation at the next
// round") goes to that round, not to the talks told before it.
// Contract: mutates the participants of gatherings; a person is put in only for a country the
// gathering already has, so a sentence about another event adds no one; negated or modal uses
// ("will not represent", "could represent") are left alone; a delegation told in the future ("will
// head") heads no gathering told as done, nor one told in the past a planned one.
// Example: "The signing ceremony between Norway and Chile will be held on March 3. Foreign Minister
//   Ivan Petrov will represent Norway." -> the ceremony's parties are Petrov and Chile.
// Example: "Norway and Chile held talks in Oslo on Monday. The Chilean delegation was led by Ana
//   Holm." -> the talks' parties are Norway, Chile and Ana Holm.
import type { EntityMention, Span } from '../../model/index.js';
import type { Candidate } from './candidate.js';
import { GATHERINGS } from './kindSets.js';

/** The words between a person and the country they stand for. */
const REPRESENTS = /^,?\s+(?:(?:will|shall|is\s+to|is\s+set\s+to|was\s+to)\s+)?(?:also\s+)?represent(?:s|ed)?\s+(?:the\s+)?$/i;

/** A person, then an apposition maybe, then heading a country's delegation: "X, director of ..., will head the". */
const HEADS = /^(?:,[^,;:]{1,120},)?\s+(?:who\s+)?(?:((?:will|shall|would|is\s+to|was\s+to|is\s+set\s+to|to)\s+)?(?:also\s+)?(?:head|lead)s?|headed|led|heads|leads)\s+(?:the\s+)?$/i;
/** "X, (the) head of the" before a country's delegation. */
const HEAD_OF_AFTER_NAME = /^,\s+(?:the\s+)?(?:head|chief|leader)\s+of\s+(?:the\s+)?$/i;
/** After the country: "('s) delegation", "delegates". */
const DELEGATION = /^(?:['’]s)?\s+(?:delegation|delegates)\b/i;
/** A country's delegation, then its head by name (title words may come between): "delegation was led by National Security Adviser ". */
const LED_BY = /^(?:['’]s)?\s+delegation,?\s+(?:(?:was|is|were|will\s+be|would\s+be|is\s+to\s+be)\s+)?(?:headed|led)\s+by\s+(?:(?:[\p{Lu}][\p{L}.’'-]*|of|for)\s+){0,6}$/u;
/** "the head of the U.S. delegation, Assistant Secretary of State X": "head of" before the country, the name after the comma. */
const HEAD_OF_BEFORE = /\b(?:head|chief|leader)\s+of\s+(?:the\s+)?$/i;
const NAMED_AFTER = /^(?:['’]s)?\s+delegation,\s+(?:(?:[\p{Lu}][\p{L}.’'-]*|of|for|the)\s+){0,8}$/u;
/** "Donald Trump's adviser X": a name in the possessive is not the one named. */
const POSSESSIVE = /^['’]s\b/;

interface Head {
  person: EntityMention;
  country: EntityMention;
  sentence: number;
  /** null: told in the present or a participle, fits any status. */
  future: boolean | null;
}

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
  delegationHeads(text, candidates, entities, sentences);
}

/** Every "head of a country's delegation" the text tells, with the person and the country. */
function headsOfDelegations(text: string, entities: readonly EntityMention[], sentences: readonly Span[]): Head[] {
  const heads: Head[] = [];
  sentences.forEach((s, si) => {
    const inside = entities.filter((m) => m.start >= s.start && m.end <= s.end).sort((a, b) => a.start - b.start);
    for (const country of inside) {
      if (country.kind !== 'COUNTRY') continue;
      const after = text.slice(country.end, s.end);
      const before = text.slice(s.start, country.start);
      const people = inside.filter((m) => m.kind === 'PERSON');
      // "X will head the Cuban delegation", "X, head of the Cuban delegation": the person nearest before.
      const prior = people.filter((m) => m.end <= country.start).at(-1);
      if (prior && DELEGATION.test(after)) {
        const gap = text.slice(prior.end, country.start);
        const verb = HEADS.exec(gap);
        if (verb) heads.push({ person: prior, country, sentence: si, future: verb[1] !== undefined ? true : /\b(?:headed|led)\s/i.test(gap) ? false : null });
        else if (HEAD_OF_AFTER_NAME.test(gap)) heads.push({ person: prior, country, sentence: si, future: null });
      }
      // "the Pakistani delegation was led by X", "the head of the U.S. delegation, X": the person nearest after.
      const next = people.find((m) => m.start >= country.end);
      if (!next || POSSESSIVE.test(text.slice(next.end))) continue;
      const gap = text.slice(country.end, next.start);
      const led = LED_BY.exec(gap);
      if (led) heads.push({ person: next, country, sentence: si, future: /\b(?:will|would|is\s+to)\b/i.test(led[0]) ? true : /\b(?:was|were)\b/i.test(led[0]) ? false : null });
      else if (HEAD_OF_BEFORE.test(before) && NAMED_AFTER.test(gap)) heads.push({ person: next, country, sentence: si, future: null });
    }
  });
  return heads;
}

/** Whether a delegation told in this tense can be at a gathering of this status. */
function tenseFits(head: Head, c: Candidate): boolean {
  if (head.future === null) return true;
  return head.future ? c.status !== 'OCCURRED' : c.status === 'OCCURRED';
}

function delegationHeads(text: string, candidates: readonly Candidate[], entities: readonly EntityMention[], sentences: readonly Span[]): void {
  for (const head of headsOfDelegations(text, entities, sentences)) {
    // The gathering told nearest before the head's sentence (or in it), two sentences back at most.
    const nearest = (c: Candidate) => Math.max(...c.sentences.filter((i) => i <= head.sentence));
    const near = candidates.filter((c) => GATHERINGS.has(c.kind) && c.sentences.some((i) => i <= head.sentence && i >= head.sentence - 2));
    const c = near.sort((a, b) => nearest(b) - nearest(a))[0];
    if (!c || !tenseFits(head, c) || !c.participants.some((p) => p.kind === 'COUNTRY' && p.entity === head.country.id)) continue;
    if (c.participants.some((p) => p.entity === head.person.id)) continue;
    c.participants.push({ entity: head.person.id, kind: 'PERSON', role: 'participant', name: head.person.name });
  }
}
