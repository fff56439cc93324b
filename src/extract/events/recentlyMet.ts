// The news perfect of meeting: "Obama has briefly met with Castro", "A and B have held talks in X"
// told in a main clause of a dated article is the news of the day of writing (the perfect of hot
// news, newsPerfect.ts, as recentlyEnded reads "the summit has ended"); it is dated to the
// publication day and the day before (an inferred interval of under a week: the day before its
// first day to its last), unless its own clause gave it a date already. The experiential perfect is left alone:
// a clause that counts or bounds the meetings ("has met Y three times", "has never met", "has met
// him before", "since 2015", "already", "ever", "so far", "for years") tells no day, nor do plans,
// negations, passives, subordinate clauses or a verb governed by another ("has agreed to meet").
// Contract: mutates the when and anchors of undated OCCURRED gatherings whose trigger is the verb
// of a main clause or the object of "hold"/"have".
// Example: "Smith has met with Jones in Oslo." in an article of 2015-04-11 -> 2015-04-10..2015-04-11.
import type { SentenceClauses } from '../clauses/clauseTypes.js';
import type { ExtractContext } from '../context.js';
import type { Candidate } from './candidate.js';
import { GATHERINGS } from './kindSets.js';
import { isNewsPerfect, newsPerfectDay } from './newsPerfect.js';
import { siteOf } from './triggerSite.js';

/** Verbs that are the meeting ("has met") or hold it as their object ("have held talks", "has had a meeting"). */
const MEETING_VERB = new Set(['meet']);
const HOLDING = new Set(['hold', 'have']);
/** Words of the experiential perfect: a count, a bound or a frequency that makes the meeting any day of a span. */
export const EXPERIENTIAL = /\b(?:times|twice|once|before|ever|never|already|since|so\s+far|yet|often|repeatedly|previously|frequently|occasions|regularly|years?|months|weeks|decades|several|many|numerous)\b/iu;

export function datesRecentlyMet(ctx: ExtractContext, candidates: readonly Candidate[], doc: readonly SentenceClauses[]): void {
  if (!ctx.reference) return;
  for (const c of candidates) {
    if (c.when || !GATHERINGS.has(c.kind) || c.status !== 'OCCURRED' || c.aside) continue;
    const site = siteOf(doc, c.triggers[0]!);
    const v = site?.clause.verb;
    if (!site || !v || site.clause.kind !== 'main') continue;
    const holds = (site.role === 'verb' && MEETING_VERB.has(v.lemma)) || (site.role === 'object' && HOLDING.has(v.lemma));
    if (!holds || !isNewsPerfect(v)) continue;
    const tokens = site.sentence.tokens;
    const clauseText = ctx.text.slice(tokens[site.clause.start]!.start, tokens[site.clause.end - 1]!.end);
    if (EXPERIENTIAL.test(clauseText)) continue;
    const when = newsPerfectDay(ctx, ctx.text.slice(tokens[v.start]!.start, tokens[v.end - 1]!.end));
    if (!when) continue;
    c.when = when;
    c.anchors.push('date');
  }
}
