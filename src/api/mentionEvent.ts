// EventMention.event: the event a mention refers to, linked when read (resolve/linkMention.ts says
// why it is not stored, and the rule). Reads its article's events (once per article and request),
// and the events of the mention's own parties of its kind family that its article's day allows (an
// OCCURRED mention: dated on or before it; once per request for the same parties, kinds and day),
// at most MAX_CANDIDATES of them: a party with more such
// events than that is too common to tell one by, and the mention stays unlinked.
//
//   await mentionEvent(ctx, aheadOfTheSummit)  // the Hanoi summit of its article, or null
import { EVENT_KINDS, type EventFact, type EventMention } from '../model/index.js';
import type { EventQuery } from '../store/graphStore.js';
import { linkFamily, partiesNest } from '../resolve/linkable.js';
import { linkMention } from '../resolve/linkMention.js';
import type { ApiContext } from './apiContext.js';

const PAGE = 100;
const MAX_CANDIDATES = 300;

export async function mentionEvent(ctx: ApiContext, m: EventMention): Promise<EventFact | null> {
  if (m.event) return ctx.events.load(m.event);
  const articleId = m.evidence.article;
  const [own, article] = await Promise.all([memo(ctx, `mentionEvent.own|${articleId}`, () => allEvents(ctx, { source: articleId })), ctx.articles.load(articleId)]);
  const published = article?.publishedAt?.latest ?? '';
  const kinds = EVENT_KINDS.filter((k) => linkFamily(k) === linkFamily(m.kind));
  const needOthers = m.participants.length > 0 && !own.some((e) => kinds.includes(e.kind) && partiesNest(e.participants, m.participants));
  const window = m.status === 'OCCURRED' && published ? { to: published } : {};
  const query = { participants: [...new Set(m.participants.map((p) => p.entity))].sort(), kinds, ...window };
  const others = needOthers ? await memo(ctx, `mentionEvent.others|${JSON.stringify(query)}`, () => allEvents(ctx, query)) : [];
  if (others.length > MAX_CANDIDATES) return null;
  const id = linkMention(m, own, others, published);
  return id === null ? null : ctx.events.load(id);
}

/** Every event of a query, up to one page past MAX_CANDIDATES (more: the caller gives up). */
async function allEvents(ctx: ApiContext, query: Omit<EventQuery, 'first' | 'offset'>): Promise<EventFact[]> {
  const out: EventFact[] = [];
  for (let offset = 0; out.length <= MAX_CANDIDATES; offset += PAGE) {
    const page = await ctx.store.events({ ...query, first: PAGE, offset });
    out.push(...page.items);
    if (!page.hasNextPage) break;
  }
  return out;
}

function memo<T>(ctx: ApiContext, key: string, make: () => Promise<T>): Promise<T> {
  let answer = ctx.memo.get(key) as Promise<T> | undefined;
  if (!answer) ctx.memo.set(key, (answer = make()));
  return answer;
}
