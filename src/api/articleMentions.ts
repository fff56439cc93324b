// Article.mentions: the event mentions its extraction kept (triggers its text does not anchor), then
// the reports resolve left as mentions (anchored, but loose and compatible with several dated events
// of the graph: replayClusters.ts, link), read from resolve's records, since which reports those are
// changes as other articles arrive and is never written into the article. Such a report has no
// trigger span of its own: its trigger is its sentence (start, end and text).
//
//   await articleMentions(ctx, article)  // [{ kind: 'SUMMIT', trigger: { text: 'summit', ... } }, { kind: 'MEETING', trigger: { text: '<its sentence>' } }]
import type { Article, EventFact, EventMention } from '../model/index.js';
import { isMention } from '../resolve/replayClusters.js';
import { articleRecordId, reportRecordId, type ArticleRecord, type ReportRecord } from '../resolve/resolveBook.js';
import { eventMention } from '../extract/events/toFact.js';
import type { ApiContext } from './apiContext.js';

export async function articleMentions(ctx: ApiContext, article: Article): Promise<EventMention[]> {
  const own = article.mentions ?? [];
  const meta = (await ctx.store.resolveRecords([articleRecordId(article.id)])).get(articleRecordId(article.id)) as ArticleRecord | undefined;
  if (!meta?.reports.length) return own;
  const records = await ctx.store.resolveRecords(meta.reports.map(reportRecordId));
  const left = meta.reports.map((id) => records.get(reportRecordId(id)) as ReportRecord | undefined).filter((r): r is ReportRecord => !!r && isMention(r.event));
  return [...own, ...left.map((r) => asMention(r.fact))].sort((a, b) => a.evidence.start - b.evidence.start || a.trigger.start - b.trigger.start);
}

function asMention(fact: EventFact): EventMention {
  const evidence = fact.evidence[0]!;
  return eventMention(fact, { start: evidence.start, end: evidence.end, text: evidence.quote }, evidence);
}
