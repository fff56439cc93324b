// What the trigger's clause adds to a sanctions candidate: every party of a coordinated subject
// imposes ("Saudi Arabia, the UAE, Bahrain and Egypt imposed a blockade": four imposers). What
// was done with them (imposed, lifted) is sanctionMove's.
// Example: after sanctionRoles gave Egypt -> Qatar, the subject "Saudi Arabia, the UAE, Bahrain and
//   Egypt" adds Saudi Arabia, the United Arab Emirates and Bahrain as imposers.
import type { EntityMention } from '../../model/index.js';
import type { SentenceClauses } from '../clauses/clauseTypes.js';
import type { Candidate } from './candidate.js';
import { siteOf } from './triggerSite.js';

export function sanctionClause(c: Candidate, doc: readonly SentenceClauses[], entities: readonly EntityMention[]): void {
  const site = siteOf(doc, c.triggers[0]!);
  if (!site) return;
  const { sentence, clause } = site;
  const imposers = c.participants.filter((p) => p.role === 'imposer');
  const subject = clause.subject;
  if (subject && imposers.length === 1) {
    const from = sentence.tokens[subject.start]!.start;
    const to = sentence.tokens[subject.end - 1]!.end;
    const inSubject = entities.filter((m) => m.start >= from && m.end <= to && (m.kind === 'COUNTRY' || m.kind === 'ORGANIZATION'));
    if (inSubject.some((m) => m.id === imposers[0]!.entity)) {
      for (const m of inSubject) if (!c.participants.some((p) => p.entity === m.id)) c.participants.push({ entity: m.id, kind: m.kind, role: 'imposer', name: m.name });
    }
  }
}
