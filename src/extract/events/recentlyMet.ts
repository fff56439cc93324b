// The news perfect of meeting: "Obama has briefly met with Castro", "A and B have held talks in X"
// told in a main clause of a dated article is the news of the day of writing (the perfect of hot
// news, as recentlyEnded reads "the summit has ended"); it is dated to the publication day and the
// day before (an inferred interval of under a week: the day before its first day to its last),
// unless its own clause gave it a date already. The experiential perfect is left alone:
// a clause that counts or bounds the meetings ("has met Y three times", "has never met", "has met
// him before", "since 2015", "already", "ever", "so far", "for years") tells no day, nor do plans,
// negations, passives, subordinate clauses or a verb governed by another ("has agreed to meet").
// Contract: mutates the when and anchors of undated OCCURRED gatherings whose trigger is the verb
// of a main clause or the object of "hold"/"have".
// Example: "Smith has met with Jones in Oslo." in an article of 2015-04-11 -> 2015-04-10..2015-04-11.
import { CalendarDay } from '../../model/calendarDay.js';
import type { SentenceClauses } from '../clauses/clauseTypes.js';
import type { ExtractContext } from '../context.js';
import type { Candidate } from './candidate.js';
import { GATHERINGS } from './kindSets.js';
import { siteOf } from './triggerSite.js';

/** Verbs that are the meeting ("has met") or hold it as their object ("have held talks", "has had a meeting"). */
const MEETING_VERB = new Set(['meet']);
const HOLDING = new Set(['hold', 'have']);
/** A publication interval this wide or wider tells no day of news. */
const NEWS_DAYS = 7;
/** Words of the experiential perfect: a count, a bound or a frequency that makes the meeting any day of a span. */
const EXPERIENTIAL = /\b(?:times|twice|once|before|ever|never|already|since|so\s+far|yet|often|repeatedly|previously|frequently|occasions|regularly|years?|months|weeks|decades|several|many|numerous)\b/iu;

export function datesRecentlyMet(ctx: ExtractContext, candidates: readonly Candidate[], doc: readonly SentenceClauses[]): void {
  if (!ctx.reference) return;
  for (const c of candidates) {
    if (c.when || !GATHERINGS.has(c.kind) || c.status !== 'OCCURRED' || c.aside) continue;
    const site = siteOf(doc, c.triggers[0]!);
    const v = site?.clause.verb;
    if (!site || !v || site.clause.kind !== 'main') continue;
    const holds = (site.role === 'verb' && MEETING_VERB.has(v.lemma)) || (site.role === 'object' && HOLDING.has(v.lemma));
    if (!holds || v.tense !== 'present' || !v.perfect || v.progressive || v.passive || v.negated || v.mood !== 'realis' || v.governors.length > 0) continue;
    const tokens = site.sentence.tokens;
    const clauseText = ctx.text.slice(tokens[site.clause.start]!.start, tokens[site.clause.end - 1]!.end);
    if (EXPERIENTIAL.test(clauseText)) continue;
    const text = ctx.text.slice(tokens[v.start]!.start, tokens[v.end - 1]!.end);
    // An inferred publication interval of a few days: the day before its first to its last.
    const p = ctx.published;
    const [first, last] = p?.earliest && p.latest ? [p.earliest, p.latest] : [ctx.reference, ctx.reference];
    if (CalendarDay.daysBetween(first, last) >= NEWS_DAYS) continue;
    c.when = { text, earliest: CalendarDay.shift(first, -1), latest: last, granularity: 'day', value: last, type: 'DATE' };
    c.anchors.push('date');
  }
}
