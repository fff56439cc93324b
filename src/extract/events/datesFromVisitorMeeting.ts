// A visit with no day of its own takes the day of the meeting a relative clause about it or its
// visitor tells: "a visit to Seoul by Biegun, who met South Korean officials on Thursday", "Kushner
// visited Qatar, where he met its ruler on Wednesday": the visitor met them there, during the visit.
// Only a meeting the visitor takes part in ("who" right after the visitor's name and its apposition
// is the visitor), told as having happened as the visit was.
// Example: the first sentence above -> VISIT (Biegun, Seoul) dated that Thursday.
import type { SentenceClauses } from '../clauses/clauseTypes.js';
import type { Candidate } from './candidate.js';
import { GATHERINGS } from './kindSets.js';
import { siteOf } from './triggerSite.js';

const ABOUT = new Set(['who', 'where']);

export function datesFromVisitorMeeting(candidates: Candidate[], doc: readonly SentenceClauses[]): void {
  for (const c of candidates) {
    const visitor = c.kind === 'VISIT' && !c.when ? c.participants.find((p) => p.role === 'visitor') : undefined;
    const site = visitor ? siteOf(doc, c.triggers[0]!) : null;
    if (!visitor || !site) continue;
    const meeting = candidates.find((m) => {
      if (!GATHERINGS.has(m.kind) || !m.when || m.status !== c.status) return false;
      const at = siteOf(doc, m.triggers[0]!);
      if (at === null || at.sentence !== site.sentence || at.clause.kind !== 'relative' || !ABOUT.has(at.clause.marker ?? '') || at.clause.parent !== site.clauseIndex) return false;
      return m.participants.some((p) => p.entity === visitor.entity) || (at.clause.marker === 'who' && afterName(site.sentence, at.clause.start, visitor.name));
    });
    if (meeting) c.when = meeting.when;
  }
}

/** "Biegun, the U.S. special representative, who ...": the relative clause at `start` follows the name (and one apposition). */
function afterName(sentence: SentenceClauses, start: number, name: string): boolean {
  const words = sentence.tokens.map((t) => t.text);
  const last = name.split(/\s+/).pop()!;
  const k = start - 1;
  if (words[k] !== ',') return false;
  if (words[k - 1] === last) return true;
  for (let j = k - 1; j >= Math.max(0, k - 14); j--) if (words[j] === ',') return words[j - 1] === last;
  return false;
}
