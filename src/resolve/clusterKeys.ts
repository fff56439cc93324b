// The keys resolve finds candidate events by, derived from sameEvent (sameEvent.ts) and
// compatible (extract/events/compatible.ts) so that no match is ever missed: two reports can only
// be one event when they agree on something positive (the ordinal, the place, a date of month
// precision or finer, or for letters, sanctions and visits the parties in their roles) and, when
// both name parties, the countries the parties stand for (principals) of one are among those of
// the other. A report asks for `anchor|principals` keys; a cluster of reports is filed under every anchor any member has, crossed with what its principals
// were at any point (each member joined the merged view of those before it), so that whatever state
// the cluster was in when a report was weighed against it, their keys meet.
//
// Anchors: `MEET|place|place:hanoi` (SUMMIT and MEETING share the group MEET: compatible lets them
// be one event when their ordinals agree), `MEET|ord|2`, `MEET|month|2019-02` (every month a date
// of month precision or finer covers; `open` and `any`, not crossed, pair fine dates without bounds
// with the rest), `LETTER|role|sender:person:kim-jong-un` (not crossed: roles must agree whole),
// `MEET|link` (events only, never dating: a loose report asks it, a cluster with a pinned member is
// filed under it, crossed, so that linking (linkable.ts) finds every pinned event of nesting parties),
// `VM|article:x#3` (not crossed: the sentences telling a visit or a meeting, for a visit and a meeting told together),
// `SUMMIT|gather|place:panama-city|country:cuba` (not crossed: a summit at a place, by each principal; a cluster
// holding a summit is filed under every place of its members by every principal of theirs, for sameEvent's multilateral summits).
// Principal parts, for a report naming principals P and a cluster whose principals were S1 ⊆ ... ⊆ S:
//   `=T`   a report: every non-empty T ⊆ P; a cluster: each Si   (the cluster's ⊆ the report's)
//   `>U`   a report: P itself, or its two smallest; a cluster: every U ⊆ S of one or two (the report's ⊆ the cluster's)
//   `*`    a report naming none (or more than six); every cluster     `-`   every report naming some; a cluster whose first named none
//
//   reportKeys(hanoiReport) -> ['MEET|place|place:hanoi|-', 'MEET|place|place:hanoi|=country:north-korea', ...]
import { FINE_GRANULARITIES, type EventFact, type EventKind } from '../model/index.js';
import { principals } from '../extract/events/compatible.js';
import { compareReports } from './reportOrder.js';
import { linkFamily, loose, pinned } from './linkable.js';

const ROLED = new Set<EventKind>(['LETTER', 'SANCTION', 'VISIT']);
/** A fine date wider than this many months (none should be) is filed as open. */
const MAX_MONTHS = 3;
/** A report naming more principals than this asks as one naming none (2^n subsets otherwise). */
const MAX_SUBSETS_OF = 6;

/**
 * datingOnly: asked and filed only for dating (the parties of a report told by a relative day, relativeDays.ts);
 * linkOnly: asked by a loose report and filed by a pinned event, for the events only (linkable.ts), never for dating.
 */
type Anchor = { key: string; crossed: boolean; dating: boolean; datingOnly?: boolean; linkOnly?: boolean };

function group(kind: EventKind): string {
  return kind === 'SUMMIT' || kind === 'MEETING' ? 'MEET' : kind;
}

/** What a report can agree with another on, each anchor once. */
function anchors(e: EventFact, side: 'report' | 'cluster'): Anchor[] {
  const g = group(e.kind);
  const out: Anchor[] = [];
  // A report may be dated by any event of its parties that has a day; a cluster is filed so once it has one.
  if (side === 'report' || (e.when?.earliest && e.when.earliest === e.when.latest)) out.push({ key: `${g}|day`, crossed: true, dating: true, datingOnly: true });
  if (e.place) out.push({ key: `${g}|place|${e.place}`, crossed: true, dating: true });
  if (e.ordinal !== null) out.push({ key: `${g}|ord|${e.ordinal}`, crossed: true, dating: true });
  if (e.when && FINE_GRANULARITIES.has(e.when.granularity)) {
    const months = e.when.earliest && e.when.latest ? monthsBetween(e.when.earliest, e.when.latest) : null;
    for (const m of months ?? ['open']) out.push({ key: `${g}|month|${m}`, crossed: true, dating: false });
  }
  if (side === 'report' ? loose(e) : pinned(e.when)) out.push({ key: `${linkFamily(e.kind)}|link`, crossed: true, dating: false, linkOnly: true });
  // A visit and a meeting told with it (sameEvent's visitIsMeeting): filed under their sentences.
  if (e.kind === 'VISIT' || e.kind === 'MEETING') for (const ev of e.evidence) out.push({ key: `VM|${ev.article}#${ev.sentence}`, crossed: false, dating: false });
  if (side === 'report' && e.kind === 'SUMMIT' && e.place) for (const p of principals(e.participants)) out.push({ key: gatherKey(e.place, p), crossed: false, dating: false });
  if (ROLED.has(e.kind)) {
    if (e.participants.length === 0) out.push({ key: `${e.kind}|role|none`, crossed: false, dating: false });
    for (const p of e.participants) out.push({ key: `${e.kind}|role|${p.role}:${p.entity}`, crossed: false, dating: false });
  }
  return out;
}

const gatherKey = (place: string, principal: string): string => `SUMMIT|gather|${place}|${principal}`;

/** A cluster holding a summit: every place of its members by every principal of theirs (its merged view's place and principals are among them). */
function gatherKeys(members: readonly EventFact[]): string[] {
  if (!members.some((m) => m.kind === 'SUMMIT')) return [];
  const places = new Set(members.flatMap((m) => (m.place ? [m.place] : [])));
  const all = principals(members.flatMap((m) => m.participants));
  return [...places].flatMap((place) => [...all].map((p) => gatherKey(place, p)));
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

const setKey = (ps: readonly string[]): string => [...ps].sort().join('+');

/** The principal parts a report asks with. */
function reportParts(e: EventFact): string[] {
  const mine = [...principals(e.participants)].sort();
  if (mine.length === 0) return ['*'];
  // More principals than MAX_SUBSETS_OF (2^n subsets): ask as a report naming none does, for every cluster.
  if (mine.length > MAX_SUBSETS_OF) return ['*'];
  return ['-', ...nonEmptySubsets(mine).map((t) => `=${setKey(t)}`), `>${setKey(mine.slice(0, 2))}`];
}

/** The principal parts a cluster is filed under. */
function clusterParts(members: readonly EventFact[]): string[] {
  members = [...members].sort(compareReports);
  const parts = new Set<string>(['*']);
  const seen = new Set<string>();
  members.forEach((m, i) => {
    for (const p of principals(m.participants)) seen.add(p);
    if (i === 0 && seen.size === 0) parts.add('-');
    if (seen.size > 0) parts.add(`=${setKey([...seen])}`);
  });
  const all = [...seen].sort();
  all.forEach((p, i) => {
    parts.add(`>${p}`);
    for (const q of all.slice(i + 1)) parts.add(`>${setKey([p, q])}`);
  });
  return [...parts];
}

function nonEmptySubsets(items: readonly string[]): string[][] {
  const out: string[][] = [];
  for (let mask = 1; mask < 1 << items.length; mask++) out.push(items.filter((_, i) => mask & (1 << i)));
  return out;
}

/**
 * The keys a report looks clusters up by (and is filed under, for the clusters that may take it).
 * `dating` keeps the anchors dateArticles' own test of sameness reads (place and ordinal) and adds
 * `group|day` crossed with the report's principals (the clusters of its parties with a day, which
 * relativeDays.ts may date it by; not asked for a report naming no principals). A fine
 * date without bounds (rare) matches any fine date: it asks for `month|any` (every cluster with a
 * fine date), and every fine date asks for `month|open` (the clusters holding one), neither crossed.
 */
export function reportKeys(e: EventFact, options: { dating?: boolean } = {}): string[] {
  const parts = reportParts(e);
  const keys = new Set<string>();
  for (const a of anchors(e, 'report')) {
    if (options.dating ? !a.dating : a.datingOnly) continue;
    if ((a.datingOnly || a.linkOnly) && parts[0] === '*') continue;
    if (a.key.endsWith('|month|open')) keys.add(a.key.replace(/open$/, 'any'));
    else if (a.key.includes('|month|')) keys.add(a.key.replace(/\d{4}-\d{2}$/, 'open'));
    if (!a.crossed || a.key.endsWith('|month|open')) keys.add(a.key);
    else for (const part of parts) keys.add(`${a.key}|${part}`);
  }
  return [...keys].sort();
}

/** The keys a cluster is filed under (members in any order); `dating` adds those only dating asks for (a dating cluster's). */
export function clusterKeys(members: readonly EventFact[], options: { dating?: boolean } = {}): string[] {
  const parts = clusterParts(members);
  const keys = new Set<string>();
  for (const m of members) {
    for (const a of anchors(m, 'cluster')) {
      if ((a.datingOnly && !options.dating) || (a.linkOnly && options.dating)) continue;
      if (/\|month\|\d/.test(a.key)) keys.add(a.key.replace(/\d{4}-\d{2}$/, 'any'));
      if (!a.crossed || a.key.endsWith('|month|open')) keys.add(a.key);
      else for (const part of parts) keys.add(`${a.key}|${part}`);
    }
  }
  if (!options.dating) for (const k of gatherKeys(members)) keys.add(k);
  return [...keys].sort();
}
