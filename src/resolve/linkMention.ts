// Which event an unanchored event mention refers to (issue 13: "a mention without anchors is linked
// to the event it refers to: the article's salient event of that kind and those parties, or a
// stored event it is compatible with; otherwise it stays an unlinked mention"). The link is
// computed when it is read (api/mentionEvent.ts), not stored: an event's id is that of its first
// report (eventId.ts), so it changes when a richer report arrives or a cluster splits, and a stored
// link would go stale in every stored article that holds the mention, articles a later batch never
// rewrites. Read from the graph as it stands, the link is never stale and is the same whatever order
// the articles came in (the graph is). The rule, first match wins:
//   1. the article's own events (those it is a source of) of the mention's kind family (summit,
//      meeting and talks are one) that nothing in it contradicts (compatible) and whose parties
//      nest with its own (any, when it names none): the one theLinked picks (the only one, else the
//      only one at its place, else of its kind); if there are some but none is picked, no link
//      (the mention could be either);
//   2. else the events it is linkable to (linkable.ts: pinned to a date its article allows, parties
//      nesting): the one theLinked picks; else no link.
//
//   linkMention(aheadOfTheSummit /* SUMMIT, Kim and Trump */, [hanoi], [], '2019-03-01') -> hanoi.id
import type { EventFact, EventMention } from '../model/index.js';
import { linkable, linkAgrees, partiesNest, theLinked } from './linkable.js';

/** The id of the event `m` refers to, or null. `own`: its article's events; `others`: candidates from the rest of the graph; `published`: its article's publication day ('' unknown). */
export function linkMention(m: EventMention, own: readonly EventFact[], others: readonly EventFact[], published: string): string | null {
  const fact = asFact(m);
  const mine = own.filter((e) => linkAgrees(e, fact) && (m.participants.length === 0 || partiesNest(e.participants, fact.participants)));
  if (mine.length > 0) return theLinked(mine, m)?.id ?? null;
  const ids = new Set(own.map((e) => e.id));
  const linked = new Map(others.filter((e) => !ids.has(e.id) && linkable(e, { fact, published })).map((e) => [e.id, e]));
  return theLinked([...linked.values()], m)?.id ?? null;
}

/** The mention as a report (what linkable reads: kind, status, date, parties, place). */
function asFact(m: EventMention): EventFact {
  return {
    id: '',
    kind: m.kind,
    title: '',
    when: m.when,
    status: m.status,
    statusHistory: [],
    participants: m.participants.map((p) => ({ ...p, evidence: [] })),
    place: m.place,
    ordinal: null,
    description: null,
    evidence: [],
    sources: [m.evidence.article],
    confidence: 0,
    extractor: '',
  };
}
