// The JSON contract of `newsgraph extract`: offsets index into article.text. `mentions` are the
// event mentions the text does not anchor (not events: DESIGN.md, Mentions and events).
import type { ArticleExtraction } from './extract/pipeline.js';
import { timexType } from './model/index.js';

export function extractionJson(x: ArticleExtraction) {
  const a = x.article;
  return {
    article: { title: a.title ?? null, text: a.text, publishedAt: a.publishedAt ? { value: a.publishedAt.value, earliest: a.publishedAt.earliest, latest: a.publishedAt.latest } : null, dateSource: a.dateSource },
    entities: x.mentions.entities.map((m) => ({ text: m.text, start: m.start, end: m.end, kind: m.kind, id: m.id, ...(m.title ? { title: m.title } : {}), by: m.by })),
    times: x.mentions.times.map((t) => ({ text: t.text, start: t.start, end: t.end, value: t.span.value, type: t.span.type, earliest: t.span.earliest, latest: t.span.latest, granularity: t.span.granularity, by: t.by })),
    events: x.events.map((e) => ({
      id: e.id,
      kind: e.kind,
      status: e.status,
      title: e.title,
      when: e.when ? { text: e.when.text, value: e.when.value, type: timexType(e.when), earliest: e.when.earliest, latest: e.when.latest } : null,
      participants: e.participants.map((p) => ({ id: p.entity, role: p.role })),
      place: e.place,
      ordinal: e.ordinal,
      description: e.description,
      evidence: e.evidence.map((v) => ({ start: v.start, end: v.end, quote: v.quote })),
    })),
    mentions: x.eventMentions.map((m) => ({
      kind: m.kind,
      status: m.status,
      trigger: m.trigger,
      participants: m.participants.map((p) => ({ id: p.entity, role: p.role })),
      place: m.place,
      sentence: m.evidence.quote,
    })),
  };
}
