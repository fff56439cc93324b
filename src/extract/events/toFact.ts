// A merged candidate as the EventFact the rest of the pipeline stores (evidence sentences, a stable
// id per article and position, a title), or, when the text does not anchor it, as an EventMention.
import { createHash } from 'node:crypto';
import type { EventFact, EventMention, Evidence, Span } from '../../model/index.js';
import type { ExtractContext } from '../context.js';
import { callMedium } from './callMedium.js';
import type { Candidate } from './candidate.js';
import { eventTitle } from './eventTitle.js';

const EXTRACTOR_VERSION = 'newsgraph-rules@1';

export function toFact(ctx: ExtractContext, c: Candidate, i: number, sentences: Span[]): EventFact {
  const evidence = [...new Set(c.sentences)].sort((a, b) => a - b).map((si) => {
    const s = sentences[si]!;
    return { article: ctx.articleId, sentence: si, start: s.start, end: s.end, quote: s.text };
  });
  const id = 'event:' + createHash('sha256').update(`${ctx.articleId}#${i}#${c.kind}`).digest('hex').slice(0, 16);
  const participants = c.participants.map((p) => ({ entity: p.entity, role: p.role, evidence }));
  return {
    id,
    kind: c.kind,
    title: eventTitle(c.kind, c.participants.map((p) => p.name), c.ordinal, c.count),
    when: c.when,
    status: c.status,
    statusHistory: [{ status: c.status, evidence: evidence[0]! }],
    participants,
    place: c.place,
    ordinal: c.ordinal,
    ...(c.count ? { count: c.count } : {}),
    ...(c.call ? { medium: c.triggers.some((t) => callMedium(ctx.text, t) === 'VIDEO') ? 'VIDEO' : 'PHONE' } : {}),
    description: c.description,
    ...(c.measure ? { measure: c.measure } : {}),
    evidence,
    sources: [ctx.articleId],
    confidence: 0.5,
    extractor: `${EXTRACTOR_VERSION}:${c.by}`,
  };
}

/** A candidate the text does not anchor, kept as a mention of an event with its trigger and sentence. */
export function toMention(ctx: ExtractContext, c: Candidate, sentences: Span[]): EventMention {
  const t = c.triggers[0]!;
  const si = c.sentences[0]!;
  const s = sentences[si]!;
  return eventMention(c, { start: t.start, end: t.end, text: t.text }, { article: ctx.articleId, sentence: si, start: s.start, end: s.end, quote: s.text });
}

/** What a mention keeps of an event description (a candidate, a stored report): kind, status, parties by entity and role, place and date; with its trigger and sentence, linked to no event. */
export function eventMention(about: Pick<EventMention, 'kind' | 'status' | 'place' | 'when'> & { participants: readonly { entity: string; role: string }[] }, trigger: EventMention['trigger'], evidence: Evidence): EventMention {
  return {
    kind: about.kind,
    status: about.status,
    participants: about.participants.map((p) => ({ entity: p.entity, role: p.role })),
    place: about.place,
    when: about.when,
    trigger,
    evidence,
    event: null,
  };
}
