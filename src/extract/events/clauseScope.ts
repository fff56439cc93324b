// Which words of a sentence speak about an event a trigger names: its own clause (with the part
// after an interruption and a fronted phrase it takes: "On Saturday, ... Trump wrote"), the
// clause that governs a "while"/"as"/"when" clause it sits in and such clauses that depend on its
// own (they tell one time), a trip's purpose clause ("flew to Tokyo to attend a forum on Friday"), and a relative
// clause about the trigger's own noun phrase ("his meeting with Kim, which he expected to take
// place in early June"). Times and places outside that scope belong to other events.
// Example: inScope(doc, trigger "summit", span "Saturday") in "On Saturday, while attending the
//   G20 summit in Osaka, Trump wrote ..." -> true; in "Pompeo met Moon on Saturday to make sure
//   Moon's summit with Kim goes ahead" -> false.
import type { Span } from '../../model/index.js';
import type { SentenceClauses } from '../clauses/clauseTypes.js';
import { siteOf, type Site } from './triggerSite.js';

const SIMULTANEOUS = new Set(['while', 'as', 'when', 'whilst']);
/** "hours after", "shortly before": within the day of the clause they lead. */
const NEAR = new Set(['hours', 'minutes', 'moments', 'shortly', 'soon', 'just', 'immediately', 'right']);
/** Relative pronouns that can stand for an event (not "who", "whom"). */
const OF_THINGS = new Set(['which', 'that', 'where', 'when']);

function scopeOf(site: Site, trip = false): Set<number> {
  const { sentence, clauseIndex, clause } = site;
  const scope = new Set([clauseIndex]);
  // "Putin is to fly to Beijing to attend a forum on Friday": what a trip is for happens during it, on its days.
  if (trip) sentence.clauses.forEach((p, k) => p.kind === 'purpose' && p.parent === clauseIndex && scope.add(k));
  if (clause.kind === 'adverbial' && SIMULTANEOUS.has(clause.marker ?? '') && clause.parent !== null) scope.add(clause.parent);
  // "As he left Qatar on Thursday, Tillerson shook hands with ...": a simultaneous clause tells the time of the one it depends on;
  // so does one only "hours after" or "shortly before" it.
  sentence.clauses.forEach((a, k) => {
    if (a.kind !== 'adverbial' || a.parent !== clauseIndex) return;
    const lead = sentence.tokens[a.start - 1]?.text.toLowerCase() ?? '';
    if (SIMULTANEOUS.has(a.marker ?? '') || ((a.marker === 'after' || a.marker === 'before') && NEAR.has(lead))) scope.add(k);
  });
  // A relative clause right after the trigger's noun phrase (and its prepositional phrases) is about it;
  // so is a participle clause ("in the letter, dated May 24, 2018").
  const nounEnd = site.argument?.end ?? site.token + 1;
  sentence.clauses.forEach((r, k) => {
    const about = (r.kind === 'relative' && OF_THINGS.has(r.marker ?? '')) || (r.kind === 'adverbial' && r.marker === null && r.verb?.mood === 'participle' && site.role !== 'verb');
    if (!about || r.parent !== clauseIndex || r.start < nounEnd) return;
    const between = sentence.tokens.slice(nounEnd, r.start).map((t) => t.text);
    const onlyModifiers = sentence.clauses[clauseIndex]!.preps.some((p) => p.start >= nounEnd && p.end + 1 >= r.start) || between.every((w) => w === ',');
    if (onlyModifiers && r.start - nounEnd <= 12) scope.add(k);
  });
  return scope;
}

/** The clauses (indexes in the trigger's sentence) whose words speak about the trigger's event. */
export function clausesAbout(doc: readonly SentenceClauses[], trigger: Pick<Span, 'start' | 'end'>): { sentence: SentenceClauses; clauses: Set<number> } | null {
  const site = siteOf(doc, trigger);
  return site ? { sentence: site.sentence, clauses: scopeOf(site) } : null;
}

/** Whether a span speaks about the trigger's event; with `trip`, a trip's purpose clause does too. */
export function inScope(doc: readonly SentenceClauses[], trigger: Pick<Span, 'start' | 'end'>, span: Pick<Span, 'start' | 'end'>, trip = false): boolean {
  const site = siteOf(doc, trigger);
  const other = siteOf(doc, span);
  if (!site || !other || site.sentence !== other.sentence) return false;
  return scopeOf(site, trip).has(other.clauseIndex);
}
