// What mergeEvents makes of a cluster's reports, for the fields sameEvent reads (kind, status,
// date, participants, place, ordinal, count), kept up one report at a time: the clustering weighs a
// report against the merged view of every earlier member of a cluster, so it needs the views of
// all prefixes of a cluster, and this gives each in the time of one report, not of the whole prefix.
// The same results as mergeEvents, which stays the rule (tests/resolve.mergedView.test.ts holds
// them to each other): reports ordered by publication day, then id; the latest gives the status
// (mergedStatus: not PLANNED once one says OCCURRED, nor when undated once one says CANCELLED) and the kind unless one says SUMMIT; the narrowest full date wins (the first on a tie), else
// the last partial one; the first place, ordinal and description (a sanction's action); the highest count; every participant, a country
// folded into its leader named in the same role; the sentences of the evidence.
//
//   const view = new MergedView(); view.add(report, '2019-03-29'); sameEvent(view.event(), other)
import type { EventFact, EventStatus, Evidence, TimeSpan } from '../model/index.js';
import { homeCountry } from '../extract/entities/gazetteer.js';
import { mergedStatus } from './mergedStatus.js';

const byLocale = new Intl.Collator().compare;

type Keyed<T> = { key: [string, string]; value: T };

function earlier(a: [string, string], b: [string, string]): boolean {
  return (byLocale(a[0], b[0]) || byLocale(a[1], b[1])) < 0;
}

export class MergedView {
  private latest: Keyed<EventFact> | null = null;
  private summit = false;
  private readonly statuses = new Set<EventStatus>();
  private full: (Keyed<TimeSpan> & { width: number }) | null = null;
  private partial: Keyed<TimeSpan> | null = null;
  private place: Keyed<string> | null = null;
  private ordinal: Keyed<number> | null = null;
  /** The first report's description: a sanction's action ("imposed", "lifted"), which compatible weighs. */
  private description: Keyed<string> | null = null;
  private measure: Keyed<string> | null = null;
  private count = 0;
  private readonly participants = new Map<string, { entity: string; role: string }>();
  /** Evidence by sentence (article#sentence), the first kept: sameEvent asks whether two reports share a sentence. */
  private readonly sentences = new Map<string, Evidence>();
  private cached: EventFact | null = null;

  /** A copy to go on adding to. */
  copy(): MergedView {
    const out = new MergedView();
    Object.assign(out, { latest: this.latest, summit: this.summit, full: this.full, partial: this.partial, place: this.place, ordinal: this.ordinal, description: this.description, measure: this.measure, count: this.count });
    for (const [k, p] of this.participants) out.participants.set(k, p);
    for (const [k, e] of this.sentences) out.sentences.set(k, e);
    for (const s of this.statuses) out.statuses.add(s);
    return out;
  }

  add(fact: EventFact, published: string): this {
    this.cached = null;
    const key: [string, string] = [published, fact.id];
    if (!this.latest || earlier(this.latest.key, key)) this.latest = { key, value: fact };
    if (fact.kind === 'SUMMIT') this.summit = true;
    this.statuses.add(fact.status);
    const w = fact.when;
    if (w?.earliest && w.latest) {
      const width = Date.parse(w.latest) - Date.parse(w.earliest);
      if (!this.full || width < this.full.width || (width === this.full.width && earlier(key, this.full.key))) this.full = { key, value: w, width };
    } else if (w?.earliest && (!this.partial || earlier(this.partial.key, key))) {
      this.partial = { key, value: w };
    }
    if (fact.place && (!this.place || earlier(key, this.place.key))) this.place = { key, value: fact.place };
    if (fact.ordinal !== null && (!this.ordinal || earlier(key, this.ordinal.key))) this.ordinal = { key, value: fact.ordinal };
    if (fact.description && (!this.description || earlier(key, this.description.key))) this.description = { key, value: fact.description };
    if (fact.measure && (!this.measure || earlier(key, this.measure.key))) this.measure = { key, value: fact.measure };
    this.count = Math.max(this.count, fact.count ?? 0);
    for (const p of fact.participants) this.participants.set(`${p.role}:${p.entity}`, { entity: p.entity, role: p.role });
    for (const e of fact.evidence) if (!this.sentences.has(`${e.article}#${e.sentence}`)) this.sentences.set(`${e.article}#${e.sentence}`, e);
    return this;
  }

  /** The merged view as an event (fields sameEvent does not read are left empty). */
  event(): EventFact {
    if (this.cached) return this.cached;
    const latest = this.latest?.value;
    if (!latest) throw new Error('MergedView: no report added');
    // As mergeEvents: a plain participant another report names as host or visitor is that one party; then a country
    // named where its leader is, in the same role, folds into the leader.
    const named = new Set([...this.participants.values()].filter((p) => p.role !== 'participant').map((p) => p.entity));
    const parties = [...this.participants.entries()].filter(([, p]) => p.role !== 'participant' || !named.has(p.entity));
    const led = new Set<string>();
    for (const [, p] of parties) {
      const home = p.entity.startsWith('person:') ? homeCountry(p.entity)?.id : undefined;
      if (home) led.add(`${p.role}:${home}`);
    }
    const people = parties
      .filter(([key]) => !led.has(key))
      .map(([, p]) => ({ ...p, evidence: [] }))
      .sort((a, b) => byLocale(a.role, b.role) || byLocale(a.entity, b.entity));
    this.cached = {
      id: '',
      kind: this.summit ? 'SUMMIT' : latest.kind,
      title: '',
      when: this.full?.value ?? this.partial?.value ?? null,
      status: mergedStatus(latest.status, this.statuses, this.latest?.key[0] !== ''),
      statusHistory: [],
      participants: people,
      place: this.place?.value ?? null,
      ordinal: this.ordinal?.value ?? null,
      ...(this.count > 1 ? { count: this.count } : {}),
      description: this.description?.value ?? null,
      ...(this.measure ? { measure: this.measure.value } : {}),
      evidence: [...this.sentences.values()],
      sources: [],
      confidence: 0,
      extractor: '',
    };
    return this.cached;
  }
}
