// The lead's news: an encounter a dated page's lead tells as done without a day of its own
// ("Pompeo spoke to Foreign Minister Qureshi ...", "Poroshenko, Putin, Merkel and Hollande met in
// Minsk", "Xi has warned Biden in a phone call ...", a caption "Tillerson walks with X during his
// trip to Qatar") is the news the page reports: it is dated as the news perfect is (newsPerfect.ts),
// to the publication day and the day before. The lead is the headline, page chrome and first
// paragraph of running prose (leadEnd). Only a main clause told as fact: in the simple past, the
// present perfect or the present of headlines and captions; not the progressive ("are holding talks": begun
// when the page does not say), nor the pluperfect ("had met": any
// time before), plans, negations, a governed verb ("agreed to meet"), a relative, complement or
// adverbial clause ("since their meeting"), nor a clause that counts or bounds its encounters ("met
// three times", "since 2015": newsPerfect's tellsExperience). A page whose date is unknown
// or wider than a few days dates nothing.
// On the real-news development corpus it fires on 6 pages of 5 stories, and the real day lies in
// the dates it gives on all 6 (5 against a key's day; the sixth, "the United States and Cuba have
// wrapped the first round of talks in Havana", against the key's round, whose parties are its
// negotiators, not the countries).
// Contract: mutates the when and anchors of undated OCCURRED encounters (gatherings and visits).
// Example: "Smith spoke to Foreign Minister Jones about the crisis ..." as the first paragraph of a
//   page of 2019-02-27 -> 2019-02-26..2019-02-27.
import type { SentenceClauses } from '../clauses/clauseTypes.js';
import type { ExtractContext } from '../context.js';
import { leadEnd } from '../leadEnd.js';
import type { Candidate } from './candidate.js';
import { GATHERINGS } from './kindSets.js';
import { newsPerfectDay, tellsExperience } from './newsPerfect.js';
import { siteOf } from './triggerSite.js';

/** Prepositions that make a gathering the clause's own act: "warned Biden in a phone call", "walks with X during his trip". */
const SETTING_OF_ACT = new Set(['in', 'during', 'over', 'by']);

export function datesLeadEncounters(ctx: ExtractContext, candidates: readonly Candidate[], doc: readonly SentenceClauses[]): void {
  if (!ctx.reference) return;
  const end = leadEnd(ctx.text, 1);
  for (const c of candidates) {
    if (c.when || c.status !== 'OCCURRED' || c.aside || c.landmark || c.count || !(GATHERINGS.has(c.kind) || c.kind === 'VISIT')) continue;
    const t = c.triggers[0]!;
    if (t.end > end) continue;
    const site = siteOf(doc, t);
    const v = site?.clause.verb;
    if (!site || !v || site.clause.kind !== 'main' || site.clause.quoted) continue;
    // The encounter the clause tells: its verb, subject or object, or "in a phone call", "during his trip"; not the
    // setting of another ("meet at the G20 summit") nor a topic ("an update on the talks").
    if (site.role === 'other' || (site.role === 'prep' && !SETTING_OF_ACT.has(site.argument?.prep ?? ''))) continue;
    // Told as going on ("officials are holding talks") is no day: the talks began at a time the page does not say.
    if (v.mood !== 'realis' || v.negated || v.governors.length > 0 || v.tense === 'future' || v.tense === 'none' || v.progressive || (v.tense === 'past' && v.perfect)) continue;
    if (tellsExperience(ctx, site)) continue;
    const when = newsPerfectDay(ctx, t.text);
    if (!when) continue;
    c.when = when;
    c.anchors.push('date');
  }
}
