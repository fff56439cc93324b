// Dating, first step, for one batch: articles dated by their own text are tier 1; an undated
// article that shares quotes with tier-1 articles (two, or one long one: sameStory) tells the same story and is dated
// by them (tier 2; inferPublication's first rule). Tier-1 partners are found through the quote
// postings (Q:), for the batch's undated articles and for stored undated ones that share quotes
// with the batch's dated articles (whose same-story dates the new partners may widen). Each
// decision goes into `states`; stored articles whose date does not change are left out.
//
//   await dateByStory(batch, store, book, states);  // states: 003 -> tier 2, "same story as 001, 002"
import type { Article } from '../model/index.js';
import { DEFAULT_PIPELINE, extractArticle, type ArticleExtraction, type Pipeline } from '../extract/pipeline.js';
import type { GraphStore } from '../store/graphStore.js';
import { rawArticle, recordedExtraction, sameSpan, type ArticleState } from './articleState.js';
import { inferPublication } from './dateArticles.js';
import { redate } from './redate.js';
import { articleRecordId, quoteHashes, type ArticleRecord, type BookCache } from './resolveBook.js';
import { SAME_STORY_QUOTES } from './sharedQuotes.js';

export async function dateByStory(batch: readonly ArticleExtraction[], store: GraphStore, book: BookCache, states: Map<string, ArticleState>, pipeline: Pipeline = DEFAULT_PIPELINE): Promise<void> {
  const quotes = new Map(batch.map((x) => [x.article.id, quoteHashes(x.article.text)]));
  const newDated = batch.filter((x) => x.article.publishedAt?.earliest);
  for (const x of newDated) states.set(x.article.id, { x, tier: 1, raw: { publishedAt: x.article.publishedAt, dateSource: x.article.dateSource }, inferred: null, stored: null });

  // Stored articles sharing a quote with the batch, and those among them undated that share two with a new dated one.
  await book.fetch([...new Set([...quotes.values()].flat())].map((q) => `Q:${q}`));
  const sharing = new Set([...quotes.values()].flat().flatMap((q) => book.postings(`Q:${q}`) ?? []).filter((id) => !quotes.has(id)));
  await book.fetch([], [...sharing].map(articleRecordId));
  const revisit = [...sharing].filter((id) => {
    const record = book.record<ArticleRecord>(articleRecordId(id));
    return record && record.tier !== 1 && newDated.some((x) => shared(record.quotes, quotes.get(x.article.id) ?? []) >= SAME_STORY_QUOTES);
  });
  const undated: { id: string; quotes: string[]; record: ArticleRecord | null; x?: ArticleExtraction }[] = [
    ...batch.filter((x) => !x.article.publishedAt?.earliest).map((x) => ({ id: x.article.id, quotes: quotes.get(x.article.id) ?? [], record: null, x })),
    ...revisit.map((id) => ({ id, quotes: book.record<ArticleRecord>(articleRecordId(id))!.quotes, record: book.record<ArticleRecord>(articleRecordId(id))! })),
  ];

  // Their tier-1 candidates: a quote in common (SAME_STORY_QUOTES); inferPublication keeps those of the same story (sameStory).
  await book.fetch(undated.flatMap((u) => u.quotes.map((q) => `Q:${q}`)));
  const candidates = new Set(undated.flatMap((u) => u.quotes.flatMap((q) => book.postings(`Q:${q}`) ?? [])));
  await book.fetch([], [...candidates].filter((id) => !quotes.has(id)).map(articleRecordId));
  const partnersOf = (u: (typeof undated)[number]): string[] => {
    const count = new Map<string, number>();
    for (const q of u.quotes) for (const id of book.postings(`Q:${q}`) ?? []) count.set(id, (count.get(id) ?? 0) + 1);
    for (const x of newDated) count.set(x.article.id, shared(u.quotes, quotes.get(x.article.id) ?? []));
    return [...count].filter(([id, n]) => n >= SAME_STORY_QUOTES && id !== u.id && (quotes.has(id) ? states.get(id)?.tier === 1 : book.record<ArticleRecord>(articleRecordId(id))?.tier === 1)).map(([id]) => id).sort();
  };
  const partnered = undated.map((u) => ({ ...u, partners: partnersOf(u) })).filter((u) => u.partners.length > 0);
  const storedIds = [...new Set(partnered.flatMap((u) => [...u.partners.filter((id) => !quotes.has(id)), ...(u.record ? [u.id] : [])]))];
  const storedArticles = new Map((await store.articlesByIds(storedIds)).map((a) => [a.id, a]));
  const articleOf = (id: string): Article | undefined => states.get(id)?.x.article ?? storedArticles.get(id);

  for (const u of partnered) {
    const partners = u.partners.map(articleOf).filter((a): a is Article => a !== undefined);
    // The same story reads only the article's text: a stored one is extracted again, once (redate), only when its date changes.
    const article = u.x?.article ?? rawArticle(storedArticles.get(u.id)!, u.record!.raw);
    const inferred = inferPublication(u.x ?? recordedExtraction(article), partners, []);
    if (!inferred) continue;
    if (u.record?.tier === 2 && sameSpan(inferred, u.record.inferred)) continue;
    const x = redate(article, inferred, pipeline) ?? u.x ?? extractArticle(article, undefined, pipeline);
    states.set(u.id, { x, tier: 2, raw: { publishedAt: article.publishedAt, dateSource: article.dateSource }, inferred, stored: u.record });
  }
}

function shared(a: readonly string[], b: readonly string[]): number {
  const set = new Set(b);
  return a.filter((q) => set.has(q)).length;
}
