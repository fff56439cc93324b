// The news perfect: a gathering that is the subject of "has ended", "have concluded", "has wrapped
// up" in a dated article ended just before the article was written (the perfect of hot news,
// which reports what is new as of the day of writing: newsPerfect.ts). It is dated to the
// publication day and the day before, unless its own clause gave it a date already. Contract: mutates the candidates'
// when and anchors; leaves plans, negations and other tenses alone ("the talks had ended in
// 2015" is a pluperfect with no tie to the day of writing; "the summit ended" may be any day).
// Example: "The informal summit of EU leaders has ended with ..." in an article of 2018-09-20
//   -> when 2018-09-19..2018-09-20.
import type { SentenceClauses } from '../clauses/clauseTypes.js';
import type { ExtractContext } from '../context.js';
import type { Candidate } from './candidate.js';
import { GATHERINGS } from './kindSets.js';
import { isNewsPerfect, newsPerfectDay } from './newsPerfect.js';
import { siteOf } from './triggerSite.js';

/** Verbs whose subject, a gathering, has thereby come to its end, with the particle some need: "the summit has ended", "talks have wrapped up", "the meeting has broken up". */
const ENDING: ReadonlyMap<string, string | null> = new Map([['end', null], ['conclude', null], ['close', null], ['finish', null], ['wrap', 'up'], ['break', 'up']]);

export function datesRecentlyEnded(ctx: ExtractContext, candidates: readonly Candidate[], doc: readonly SentenceClauses[]): void {
  if (!ctx.reference) return;
  for (const c of candidates) {
    if (c.when || !GATHERINGS.has(c.kind) || c.status !== 'OCCURRED' || c.aside) continue;
    const site = siteOf(doc, c.triggers[0]!);
    const v = site?.clause.verb;
    if (!site || !v || site.clause.subjectShared || site.role !== 'subject') continue;
    if (!ENDING.has(v.lemma) || (ENDING.get(v.lemma) !== null && v.particle !== ENDING.get(v.lemma)) || !isNewsPerfect(v)) continue;
    const when = newsPerfectDay(ctx, ctx.text.slice(site.sentence.tokens[v.start]!.start, site.sentence.tokens[v.end - 1]!.end));
    if (!when) continue;
    c.when = when;
    c.anchors.push('date');
  }
}
