// What the trigger's clause adds to a sanctions candidate: every party of a coordinated subject
// imposes ("Saudi Arabia, the UAE, Bahrain and Egypt imposed a blockade": four imposers). What
// was done with them (imposed, lifted) is sanctionMove's. openTargets gives sanctions that name no
// target ("the United States expanded its sanctions", "sanctions on 17 individuals", "halted arms
// sales to the kingdom") the one target the article's other sanctions all name, and none when they name several.
// Example: after sanctionRoles gave Egypt -> Qatar, the subject "Saudi Arabia, the UAE, Bahrain and
//   Egypt" adds Saudi Arabia, the United Arab Emirates and Bahrain as imposers.
import type { EntityMention } from '../../model/index.js';
import type { SentenceClauses } from '../clauses/clauseTypes.js';
import type { Candidate } from './candidate.js';
import { namesStateByAnaphor, OWN_MEASURES } from './sanctionRoles.js';
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

/**
 * "Later, the United States expanded its sanctions" after sanctions on Russia: the article's one sanctions
 * target, for those that name none. A side's own measures grown ("expanded its sanctions") with no such
 * target say too little and are dropped (from the array, in place), as are measures against "the kingdom" with none.
 */
export function openTargets(candidates: Candidate[], text: string): void {
  const sanctions = candidates.filter((c) => c.kind === 'SANCTION');
  const targets = new Map<string, Candidate['participants'][number]>();
  for (const c of sanctions) for (const p of c.participants) if (p.role === 'target') targets.set(p.entity, p);
  const target = targets.size === 1 ? [...targets.values()][0]! : null;
  for (const c of sanctions) {
    if (c.participants.some((p) => p.role === 'target') || !c.participants.some((p) => p.role === 'imposer')) continue;
    if (target && !c.participants.some((p) => p.entity === target.entity)) c.participants.push({ ...target });
    else if (OWN_MEASURES.test(text.slice(Math.max(0, c.triggers[0]!.start - 60), c.triggers[0]!.start)) || namesStateByAnaphor(text.slice(c.triggers[0]!.end, c.triggers[0]!.end + 60))) candidates.splice(candidates.indexOf(c), 1);
  }
}
