// The keys resolve finds candidate events by, derived from sameEvent (sameEvent.ts) and
// compatible (extract/events/compatible.ts) so that no match is ever missed: two reports can only be
// one event when they agree on something positive (the ordinal, the place, a date of month
// precision or finer, or for letters, sanctions and visits the parties in their roles) and, when
// both name parties, share one of the countries the parties stand for (principals). So a report
// asks for `anchor|principal` keys, and a cluster of reports is filed under every anchor any of its
// members has crossed with every principal of the whole cluster: whatever state the cluster was in
// when the report was weighed against it, the report's keys meet the cluster's.
//
// Anchors: `MEET|place|place:hanoi` (SUMMIT and MEETING share the group MEET: compatible lets them
// be one event when their ordinals agree), `MEET|ord|2`, `MEET|month|2019-02` (every month a date
// of month precision or finer covers), `LETTER|role|sender:person:kim-jong-un` (not crossed with
// principals: roles must agree whole). Principal suffixes: a principal id, `*` (a cluster's key for
// reports naming no party), `-` (a report's key for clusters whose first report named no party).
//
//   reportKeys(hanoiReport) -> ['MEET|place|place:hanoi|country:north-korea', 'MEET|place|place:hanoi|country:united-states', 'MEET|place|place:hanoi|-', ...]
import type { EventFact, EventKind } from '../model/index.js';
import { principals } from '../extract/events/compatible.js';

const FINE = new Set(['day', 'week', 'early-month', 'mid-month', 'late-month', 'month']);
const ROLED = new Set<EventKind>(['LETTER', 'SANCTION', 'VISIT']);
/** A fine date wider than this many months (none should be) is filed as open. */
const MAX_MONTHS = 3;

type Anchor = { key: string; crossed: boolean; dating: boolean };

function group(kind: EventKind): string {
  return kind === 'SUMMIT' || kind === 'MEETING' ? 'MEET' : kind;
}

/** What a report can agree with another on, each anchor once. */
function anchors(e: EventFact): Anchor[] {
  const g = group(e.kind);
  const out: Anchor[] = [];
  if (e.place) out.push({ key: `${g}|place|${e.place}`, crossed: true, dating: true });
  if (e.ordinal !== null) out.push({ key: `${g}|ord|${e.ordinal}`, crossed: true, dating: true });
  if (e.when && FINE.has(e.when.granularity)) {
    const months = e.when.earliest && e.when.latest ? monthsBetween(e.when.earliest, e.when.latest) : null;
    for (const m of months ?? ['open']) out.push({ key: `${g}|month|${m}`, crossed: true, dating: false });
  }
  if (ROLED.has(e.kind)) {
    if (e.participants.length === 0) out.push({ key: `${e.kind}|role|none`, crossed: false, dating: false });
    for (const p of e.participants) out.push({ key: `${e.kind}|role|${p.role}:${p.entity}`, crossed: false, dating: false });
  }
  return out;
}

/** The months a fine date covers, or null when it is too wide to file by month. */
function monthsBetween(earliest: string, latest: string): string[] | null {
  const out: string[] = [];
  let y = Number(earliest.slice(0, 4));
  let m = Number(earliest.slice(5, 7));
  const end = latest.slice(0, 7);
  for (;;) {
    const month = `${y}-${String(m).padStart(2, '0')}`;
    if (month > end) return out;
    out.push(month);
    if (out.length > MAX_MONTHS) return null;
    if (++m > 12) [y, m] = [y + 1, 1];
  }
}

/**
 * The keys a report looks clusters up by. `dating` keeps the anchors dateArticles' own test of
 * sameness reads (place and ordinal). A fine date also asks for `month|open` clusters, an open
 * one for every month (`month|any`).
 */
export function reportKeys(e: EventFact, options: { dating?: boolean } = {}): string[] {
  const mine = [...principals(e.participants)];
  const keys = new Set<string>();
  for (const a of anchors(e)) {
    if (options.dating && !a.dating) continue;
    const bases = a.key.endsWith('|month|open') ? [a.key, a.key.replace(/open$/, 'any')] : a.key.includes('|month|') ? [a.key, a.key.replace(/\d{4}-\d{2}$/, 'open')] : [a.key];
    for (const base of bases) {
      if (!a.crossed) keys.add(base);
      else if (mine.length === 0) keys.add(`${base}|*`);
      else for (const p of [...mine, '-']) keys.add(`${base}|${p}`);
    }
  }
  return [...keys].sort();
}

/**
 * The keys a cluster is filed under: every anchor of any member, crossed with every principal of
 * the cluster, `*`, and `-` when its first member (in clustering order) names no party; a cluster
 * with a fine date of some month is also filed under `month|any`.
 */
export function clusterKeys(members: readonly EventFact[], first: EventFact): string[] {
  const all = [...principals(members.flatMap((m) => m.participants))];
  const suffixes = [...all, '*', ...(principals(first.participants).size === 0 ? ['-'] : [])];
  const keys = new Set<string>();
  for (const m of members) {
    for (const a of anchors(m)) {
      const bases = /\|month\|\d/.test(a.key) ? [a.key, a.key.replace(/\d{4}-\d{2}$/, 'any')] : [a.key];
      for (const base of bases) {
        if (!a.crossed) keys.add(base);
        else for (const s of suffixes) keys.add(`${base}|${s}`);
      }
    }
  }
  return [...keys].sort();
}
