// The news perfect of an act on paper: "May has written to Tusk", "Johnson has sent a letter to
// Tusk", "Canada has imposed sanctions on 17 Saudis", "the US has lifted sanctions on Iran" told
// in a dated article is the news of the day of writing (the perfect of hot news, newsPerfect.ts,
// as recentlyMet reads "has met"). The letter or the measure is dated to the publication day and
// the day before, unless its own clause gave it a date already. The trigger is the verb itself
// ("has written to") or the object of a verb of the act ("sent a letter", "imposed sanctions",
// "lifted sanctions", "put X on its blacklist": the object or a preposition's). Any clause counts
// ("a letter she has written to Tusk") but one of purpose or condition ("once it has lifted them"). The experiential perfect is left
// alone, as in recentlyMet: a count, a bound or a frequency ("has written to him three times",
// "has imposed sanctions since 2014", "has never lifted"); plans, negations, passives and a verb
// governed by another ("has threatened to impose", "has agreed to lift") tell no day either.
// Contract: mutates the when and anchors of undated OCCURRED letters and sanctions.
// Example: "Smith has sent a letter to Jones." in an article of 2019-03-20 -> 2019-03-19..2019-03-20.
import type { SentenceClauses } from '../clauses/clauseTypes.js';
import type { ExtractContext } from '../context.js';
import type { Candidate } from './candidate.js';
import { clausePerfectDay } from './newsPerfect.js';
import { siteOf, type Site } from './triggerSite.js';

/** Verbs whose object (or prepositional argument) is the letter or the measure, by the event's kind. */
const ACTS: Record<string, Set<string>> = {
  LETTER: new Set(['send', 'write', 'deliver', 'hand', 'address', 'submit', 'pen', 'dispatch']),
  SANCTION: new Set(['impose', 'slap', 'announce', 'adopt', 'approve', 'levy', 'lift', 'ease', 'remove', 'rescind', 'relax', 'loosen', 'put', 'place', 'add', 'tighten', 'expand', 'extend', 'widen']),
};
/** The letter told by the verb itself: "has written to Tusk". */
const SELF = new Set(['write']);

/** The act is the trigger's own verb: "has written to Tusk", or a measure's verb phrase ("have restored full ties with Qatar", restrictiveMeasures). */
function actIsVerb(c: Candidate, site: Site): boolean {
  if (site.role !== 'verb') return false;
  if (c.kind === 'LETTER') return SELF.has(site.clause.verb!.lemma);
  return c.kind === 'SANCTION' && site.sentence.tokens[site.clause.verb!.head]!.start === c.triggers[0]!.start;
}
/** Markers of a clause that tells a condition or a time to come, not news: "once it has lifted", "if he has written". */
const CONDITION = /^(?:if|unless|once|when|whenever|whether)$/i;

export function datesRecentlyActed(ctx: ExtractContext, candidates: readonly Candidate[], doc: readonly SentenceClauses[]): void {
  if (!ctx.reference) return;
  for (const c of candidates) {
    const acts = ACTS[c.kind];
    if (c.when || !acts || c.status !== 'OCCURRED') continue;
    const site = siteOf(doc, c.triggers[0]!);
    const v = site?.clause.verb;
    if (!site || !v || site.clause.quoted || site.clause.kind === 'purpose' || CONDITION.test(site.clause.marker ?? '')) continue;
    const holds = actIsVerb(c, site) || ((site.role === 'object' || site.role === 'prep') && acts.has(v.lemma));
    const when = holds ? clausePerfectDay(ctx, site) : null;
    if (!when) continue;
    c.when = when;
    c.anchors.push('date');
  }
}
