// The day a report was told dates the encounter it reports when the encounter's own clause gives
// none. Two shapes of reporting, read from the clause layer:
// - an "after"/"following" adjunct of a verb of saying that a day dates: "Tillerson said Tuesday
//   after meeting with Qatar's emir", "the White House announced on Monday following a meeting
//   between the presidents" (the adjunct a participle clause or a prepositional phrase);
// - an attribution with its day closing a sentence whose main clause tells the encounter in the
//   simple past or the present perfect: "Trump sealed the agreement in a phone call with Netanyahu,
//   senior US officials said on Friday."
// What is reported took place on the day of telling or before it; told as news, it is dated to that
// day and the day before. Left alone: plans and conditionals ("said Tuesday it would meet"), the
// pluperfect ("had met": any time before), negations, an encounter in a relative or complement
// clause of its own, a day still to come, and any page whose date is unknown (the day then does not
// resolve and nothing is dated).
// On the real-news development corpus it fires on 2 pages of 2 stories (one of each shape), and the
// key's day lies in the dates it gives on both.
// Contract: mutates the when and anchors of undated OCCURRED encounters (gatherings and visits).
// Example: "Smith met Jones in Oslo, officials said on Friday." in an article of 2015-04-11 (a
//   Saturday) -> 2015-04-09..2015-04-10.
import { CalendarDay } from '../../model/calendarDay.js';
import type { TimeMention, TimeSpan } from '../../model/index.js';
import type { Clause, SentenceClauses } from '../clauses/clauseTypes.js';
import type { ExtractContext } from '../context.js';
import type { Candidate } from './candidate.js';
import { GATHERINGS } from './kindSets.js';
import { siteOf, type Site } from './triggerSite.js';

/** Verbs of telling whose day is the day of a report. */
const SAYING = new Set(['say', 'tell', 'announce', 'confirm', 'add', 'state', 'report', 'tweet', 'write', 'note', 'declare']);
/** Words that put the adjunct's event before the act of saying. */
const AFTER = new Set(['after', 'following']);

const said = (c: Clause | undefined): c is Clause => !!c?.verb && SAYING.has(c.verb.lemma) && c.verb.tense === 'past' && c.verb.mood === 'realis' && !c.verb.negated;

/** The index of the reporting clause whose adjunct the trigger is, or null. */
function adjunctOfSaying(site: Site): number | null {
  const { clause, sentence } = site;
  // "said Tuesday following a meeting between ...": the trigger in the saying clause's own "after" phrase.
  if (site.role === 'prep' && AFTER.has(site.argument?.prep ?? '') && said(clause)) return site.clauseIndex;
  // "said Tuesday after meeting with ...": a participle clause opened by "after" that depends on the saying.
  if (clause.kind !== 'adverbial' || !AFTER.has(clause.marker ?? '') || clause.parent === null) return null;
  if (clause.verb && clause.verb.mood !== 'participle') return null;
  return said(sentence.clauses[clause.parent]) ? clause.parent : null;
}

/** The index of a closing attribution (", officials said on Friday.") to the trigger's main clause, or null. */
function closingAttribution(site: Site): number | null {
  const { clause, sentence } = site;
  const v = clause.verb;
  if (clause.kind !== 'main' || !v || v.mood !== 'realis' || v.negated || v.passive || v.progressive || v.governors.length > 0) return null;
  // The simple past or the news perfect; not the pluperfect ("had met": any time before) nor the plain present.
  if (!(v.tense === 'past' && !v.perfect) && !(v.tense === 'present' && v.perfect)) return null;
  const last = sentence.clauses.length - 1;
  const r = sentence.clauses[last];
  if (!r || last === site.clauseIndex || r.kind !== 'main' || r.completes !== null || !said(r) || !r.subject || r.subjectShared) return null;
  if (r.start <= site.token || sentence.tokens[r.start - 1]?.text !== ',') return null;
  // Nothing told after the attribution but its day.
  return r.end >= sentence.tokens.length - 1 ? last : null;
}

/** A day of the reporting clause, told by now, as the report's day and the day before. */
function dayOf(ctx: ExtractContext, sentence: SentenceClauses, clauseIndex: number, times: readonly TimeMention[]): TimeSpan | null {
  const inClause = (tm: TimeMention) => {
    const i = sentence.tokens.findIndex((t) => t.start <= tm.start && tm.start < t.end);
    const own = i < 0 ? -1 : sentence.clauseOf[i]!;
    return i >= 0 && (own === clauseIndex || sentence.clauses[own]?.completes === clauseIndex);
  };
  const tm = times.find((x) => x.start >= sentence.start && x.end <= sentence.end && inClause(x));
  const day = tm?.span;
  if (!tm || !day || day.granularity !== 'day' || !day.earliest || day.earliest !== day.latest) return null;
  if (!ctx.reference || day.latest > ctx.reference) return null;
  return { text: tm.text, earliest: CalendarDay.shift(day.earliest, -1), latest: day.latest, granularity: 'day', value: day.latest, type: 'DATE' };
}

export function datesFromReportedDay(ctx: ExtractContext, candidates: readonly Candidate[], times: readonly TimeMention[], doc: readonly SentenceClauses[]): void {
  for (const c of candidates) {
    if (c.when || c.status !== 'OCCURRED' || c.aside || c.landmark || !(GATHERINGS.has(c.kind) || c.kind === 'VISIT')) continue;
    const site = siteOf(doc, c.triggers[0]!);
    if (!site || site.clause.quoted) continue;
    const reporting = adjunctOfSaying(site) ?? closingAttribution(site);
    const when = reporting === null ? null : dayOf(ctx, site.sentence, reporting, times);
    if (!when) continue;
    c.when = when;
    c.anchors.push('date');
  }
}
