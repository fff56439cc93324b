// A meeting with a counterpart the text does not name: "Kerry met with his counterpart last night in
// Panama", "Sullivan went to Geneva to meet with his Russian counterpart". The one named side is the
// trigger's clause subject; a nationality before "counterpart" names the other side's state. A
// counterpart named right after ("his Cuban counterpart Raul Castro", "his counterpart, Wang Yi")
// is left to the participant rules.
// Contract: pure; null when the trigger is not followed by such a counterpart or has no named side.
// Example: "Ana Holm met with her Peruvian counterpart in Lima" -> [Ana Holm, Peru].
import type { EntityMention, Span } from '../../model/index.js';
import { gazetteer } from '../entities/gazetteer.js';
import { aliasKey } from '../entities/slug.js';
import { isSpeaker } from './speakers.js';
import type { Site } from './triggerSite.js';

/** "(with) his (Russian) counterpart", not followed by the counterpart's name. */
const COUNTERPART = /^\s+(?:with\s+)?(?:his|her|their)\s+(?:(\p{Lu}[\p{L}-]*)\s+)?counterparts?\b(?!\s*,?\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]+(?:\s|[.,;]|$))/u;

export function unnamedCounterpart(text: string, t: Span, sentence: Span, entities: readonly EntityMention[], site: Site | null): EntityMention[] | null {
  const m = COUNTERPART.exec(text.slice(t.end, sentence.end));
  if (!m || !site) return null;
  // The named side: a person in the clause's subject (or the subject it shares), else the nearest person before the trigger.
  const subject = site.clause.subject;
  const tokens = site.sentence.tokens;
  const inSubject = subject ? entities.filter((e) => e.kind === 'PERSON' && e.start >= tokens[subject.start]!.start && e.end <= tokens[subject.end - 1]!.end) : [];
  const before = entities.filter((e) => e.kind === 'PERSON' && e.start >= sentence.start && e.end <= t.start && !isSpeaker(text, e));
  const side = inSubject[inSubject.length - 1] ?? before[before.length - 1];
  if (!side) return null;
  const g = gazetteer();
  const code = m[1] ? g.demonyms.get(aliasKey(m[1])) : undefined;
  const country = code ? g.countryByCode.get(code) : undefined;
  const at = t.end + m.index + m[0].indexOf(m[1] ?? 'counterpart');
  const state: EntityMention[] = country ? [{ start: at, end: at + m[1]!.length, text: m[1]!, kind: 'COUNTRY', id: country.id, name: country.name, by: 'events/unnamedCounterpart' }] : [];
  return [side, ...state];
}
