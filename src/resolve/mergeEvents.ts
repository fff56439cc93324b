// One event from several reports of it: all sources, evidence and participants; the tightest
// date any source supports; the status of the latest report (but one reported to have taken
// place is not planned again, nor one called off when no report is dated: mergedStatus), with every status kept in the history; a country named where other reports name its leader folds into the leader; a
// confidence that rises with independent sources (1 - 0.5^sources) and falls with vagueness (a
// date coarser than a month, or none: confidenceOf); a call (medium PHONE or VIDEO) when at least
// half of the reports tell it as one, VIDEO if any of those says video. A function of the set of
// reports (ties broken by publication day, then id), so merging is a join: the same reports in
// any order, any grouping, any number of times, give the same event.
//
//   mergeEvents([hanoiFrom000, hanoiFrom001], new Map([['article:000', '2019-03-29'], ['article:001', '2019-06-26']]))
import type { EventFact, Evidence } from '../model/index.js';
import { tighter } from '../extract/events/tighter.js';
import { homeCountry } from '../extract/entities/gazetteer.js';
import { eventId } from './eventId.js';
import { compareReports } from './reportOrder.js';
import { mergedStatus } from './mergedStatus.js';

/** `published`: the publication day (its latest day) of each source article; '' when unknown. */
export function mergeEvents(parts: readonly EventFact[], published: ReadonlyMap<string, string>): EventFact {
  const sorted = [...parts].sort((a, b) => publishedOf(a, published).localeCompare(publishedOf(b, published)) || a.id.localeCompare(b.id));
  const latest = sorted[sorted.length - 1]!;
  const evidence = byPlace(uniqueBy(sorted.flatMap((p) => p.evidence), (e) => `${e.article}#${e.sentence}`));
  const participants = new Map<string, EventFact['participants'][number]>();
  for (const p of sorted.flatMap((e) => e.participants)) {
    const key = `${p.role}:${p.entity}`;
    const had = participants.get(key);
    participants.set(key, { ...p, evidence: byPlace(uniqueBy([...(had?.evidence ?? []), ...p.evidence], (e) => `${e.article}#${e.sentence}`)) });
  }
  // One report's plain participant is another's host or visitor ("A met B" and "A (L) meets B in B's capital"): one party, in the named role.
  for (const [key, p] of [...participants]) {
    const named = p.role === 'participant' ? [...participants.values()].find((q) => q.entity === p.entity && q.role !== 'participant') : undefined;
    if (!named) continue;
    named.evidence = byPlace(uniqueBy([...named.evidence, ...p.evidence], (e) => `${e.article}#${e.sentence}`));
    participants.delete(key);
  }
  const sources = [...new Set(sorted.flatMap((p) => p.sources))].sort();
  const kind = sorted.some((p) => p.kind === 'SUMMIT') ? 'SUMMIT' : latest.kind;
  const count = Math.max(0, ...sorted.map((p) => p.count ?? 0));
  // A country some reports named where others named its leader in the same role is one party, the leader.
  const led = new Set([...participants.values()].flatMap((p) => {
    const home = p.entity.startsWith('person:') ? homeCountry(p.entity)?.id : undefined;
    return home ? [`${p.role}:${home}`] : [];
  }));
  const when = sorted.reduce<EventFact['when']>((w, p) => tighter(w, p.when), null);
  const people = [...participants.values()].filter((p) => !led.has(`${p.role}:${p.entity}`)).sort((a, b) => a.role.localeCompare(b.role) || a.entity.localeCompare(b.entity));
  return {
    id: eventId(kind, [...parts].sort(compareReports)[0]!.id),
    kind,
    title: titleOf(sorted, led) ?? latest.title,
    when,
    status: mergedStatus(latest.status, new Set(sorted.map((p) => p.status)), publishedOf(latest, published) !== ''),
    statusHistory: uniqueBy(sorted.flatMap((p) => p.statusHistory), (h) => `${h.status}:${h.evidence.article}:${h.evidence.sentence}`),
    participants: people,
    place: sorted.find((p) => p.place)?.place ?? null,
    ordinal: sorted.find((p) => p.ordinal !== null)?.ordinal ?? null,
    ...(count > 1 ? { count } : {}),
    ...mediumOf(sorted),
    description: [...new Set(sorted.map((p) => p.description).filter((d): d is string => !!d))].join('; ') || null,
    ...(sorted.find((p) => p.measure) ? { measure: sorted.find((p) => p.measure)!.measure } : {}),
    evidence,
    sources,
    confidence: confidenceOf(sources.length, when),
    extractor: latest.extractor,
  };
}

/** A call when at least half of the reports tell one (a report that does not say how they met does not outweigh one that does alone). */
function mediumOf(reports: readonly EventFact[]): Pick<EventFact, 'medium'> {
  const calls = reports.filter((r) => r.medium !== undefined);
  if (calls.length === 0 || calls.length * 2 < reports.length) return {};
  return { medium: calls.some((r) => r.medium === 'VIDEO') ? 'VIDEO' : 'PHONE' };
}

/** How sure the graph is of an event: each independent source halves the doubt; a vague date (a season, a year, none) leaves more. */
const VAGUENESS: Readonly<Record<string, number>> = { day: 1, week: 0.95, 'early-month': 0.95, 'mid-month': 0.95, 'late-month': 0.95, month: 0.9 };

export function confidenceOf(sources: number, when: EventFact['when']): number {
  const sharpness = when ? (VAGUENESS[when.granularity] ?? 0.75) : 0.6;
  return Math.round((1 - 0.5 ** sources) * sharpness * 1000) / 1000;
}

/** The title of a report that names the people rather than their countries, numbered if one is. */
function titleOf(sorted: EventFact[], led: Set<string>): string | undefined {
  const byPeople = sorted.filter((p) => !p.participants.some((q) => led.has(`${q.role}:${q.entity}`)));
  const pool = byPeople.length > 0 ? byPeople : sorted;
  return (pool.find((p) => p.ordinal !== null) ?? pool[pool.length - 1])?.title;
}

function byPlace(evidence: Evidence[]): Evidence[] {
  return evidence.sort((a, b) => a.article.localeCompare(b.article) || a.sentence - b.sentence);
}

function publishedOf(e: EventFact, published: ReadonlyMap<string, string>): string {
  return e.sources.map((s) => published.get(s) ?? '').sort().pop() ?? '';
}

function uniqueBy<T>(xs: T[], key: (x: T) => string): T[] {
  const seen = new Set<string>();
  return xs.filter((x) => !seen.has(key(x)) && seen.add(key(x)));
}
