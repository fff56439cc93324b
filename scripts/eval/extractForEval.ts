// Runs the product's extraction over the gold articles the way `newsgraph ingest` does: read
// (readSources), extract each article (extractArticle), then resolve the whole batch against a
// fresh, empty memory store (resolveBatch), so undated articles get the publication interval the
// product infers and are extracted again against it. Nothing is written to the store; the store
// and its temporary folder are removed afterwards. Returns, per article file name, the cleaned
// text and the predictions flattened to the scorer's shapes.
// Example: await extractForEval('examples/articles', ['000_….txt']) -> { byFile: Map { '000_….txt' => {...} }, skipped: [] }
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Article, EventKind, EventStatus, Skipped } from '../../src/model/index.js';
import { extractArticle, type ArticleExtraction } from '../../src/extract/pipeline.js';
import { readSources } from '../../src/read/readSources.js';
import { resolveBatch } from '../../src/resolve/resolveBatch.js';
import { openMemoryStore } from '../../src/store/memory/memoryStore.js';
import type { PredictedArticle } from './goldTypes.js';
import type { EventLike } from './scoreEvents.js';

export interface EvalInput {
  text: string;
  predicted: PredictedArticle;
}

export function predictedOf(x: ArticleExtraction): PredictedArticle {
  const a = x.article;
  return {
    source: a.source,
    publishedAt: a.publishedAt ? { value: a.publishedAt.value, earliest: a.publishedAt.earliest, latest: a.publishedAt.latest } : null,
    dateSource: a.dateSource,
    entities: x.mentions.entities.map((m) => ({ text: m.text, start: m.start, end: m.end, kind: m.kind, id: m.id, by: m.by })),
    times: x.mentions.times.map((t) => ({
      text: t.text,
      start: t.start,
      end: t.end,
      value: t.span.value,
      earliest: t.span.earliest,
      latest: t.span.latest,
      granularity: t.span.granularity,
      by: t.by,
    })),
    events: x.events.map((e) => ({ ...eventFields(e), title: e.title, extractor: e.extractor })),
    eventMentions: eventMentionsOf(x).map((m) => ({ ...eventFields(m), trigger: { start: m.trigger.start, end: m.trigger.end, text: m.trigger.text } })),
  };
}

/** What events and event mentions share, flattened: participants as a set of entity ids, the interval's days. */
function eventFields(e: Omit<ExtractedEventMention, 'trigger'>): EventLike {
  return {
    kind: e.kind,
    participants: [...new Set(e.participants.map((p) => p.entity))],
    status: e.status,
    earliest: e.when?.earliest ?? null,
    latest: e.when?.latest ?? null,
    place: e.place,
  };
}

/** The shape of ArticleExtraction.eventMentions that the scorer reads (issue 13). */
interface ExtractedEventMention {
  kind: EventKind;
  status: EventStatus;
  participants: { entity: string; role: string }[];
  place: string | null;
  when: { earliest: string | null; latest: string | null } | null;
  trigger: { start: number; end: number; text: string };
}

// Read optionally: an extraction without event mentions (before issue 13) has none to score.
function eventMentionsOf(x: ArticleExtraction): ExtractedEventMention[] {
  return (x as { eventMentions?: ExtractedEventMention[] }).eventMentions ?? [];
}

function failed(article: Article, error: string): PredictedArticle {
  return { source: article.source, publishedAt: null, dateSource: article.dateSource, entities: [], times: [], events: [], eventMentions: [], error };
}

export async function extractForEval(articlesDir: string, files: readonly string[]): Promise<{ byFile: Map<string, EvalInput>; skipped: Skipped[] }> {
  const { articles, skipped } = await readSources(files.map((f) => join(articlesDir, f)));
  // As ingest does: dated articles first, so undated ones can be dated against them in the same batch.
  const ordered = [...articles].sort((a, b) => Number(!a.publishedAt) - Number(!b.publishedAt) || a.id.localeCompare(b.id));
  const byFile = new Map<string, EvalInput>();
  const extracted: ArticleExtraction[] = [];
  for (const article of ordered) {
    try {
      extracted.push(extractArticle(article));
    } catch (err) {
      byFile.set(basename(article.source), { text: article.text, predicted: failed(article, `extraction failed: ${(err as Error).message}`) });
    }
  }
  const dir = await mkdtemp(join(tmpdir(), 'newsgraph-eval-'));
  const store = await openMemoryStore(dir);
  try {
    const { extractions } = await resolveBatch(extracted, store);
    for (const x of extractions) byFile.set(basename(x.article.source), { text: x.article.text, predicted: predictedOf(x) });
  } finally {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  }
  return { byFile, skipped };
}
