// Re-dating costs one extraction (issue 14): a stored undated article that a new batch dates anew,
// by the same story or from what it reports, is extracted once in that batch, against its new
// date, whatever else the batch does; an article whose date does not change is not extracted.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newsArticles } from '../scripts/bench/newsArticles.js';
import { extractArticles } from '../src/extract/extractArticles.js';
import { DEFAULT_PIPELINE, type Pipeline } from '../src/extract/pipeline.js';
import { readSources } from '../src/read/readSources.js';
import { PROBE_DAY } from '../src/resolve/probeReading.js';
import { resolveBatch } from '../src/resolve/resolveBatch.js';
import { openMemoryStore } from '../src/store/memory/memoryStore.js';

/**
 * The default pipeline, counting its runs per article (the entity stage runs once an extraction);
 * the relative-day rule's probe reading (against PROBE_DAY, at most once an article) apart.
 */
function counting(): { pipeline: Pipeline; runs: Map<string, number>; probes: Map<string, number> } {
  const runs = new Map<string, number>();
  const probes = new Map<string, number>();
  const pipeline: Pipeline = {
    ...DEFAULT_PIPELINE,
    entities: (ctx) => {
      const counts = ctx.reference === PROBE_DAY ? probes : runs;
      counts.set(ctx.articleId, (counts.get(ctx.articleId) ?? 0) + 1);
      return DEFAULT_PIPELINE.entities(ctx);
    },
  };
  return { pipeline, runs, probes };
}

describe('resolve: re-dating a stored article', () => {
  it('extracts each stored article a new batch dates anew once, by the same story and from content alike', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ng-redate-'));
    const stories = newsArticles({ count: 120 }).map((a) => {
      writeFileSync(join(dir, a.name), a.text);
      return { file: join(dir, a.name), undated: !/^date |\nUpdated: /.test(a.text) };
    });
    const store = await openMemoryStore(join(dir, 'store'));
    const batch = async (files: string[]) => {
      const { articles } = await readSources(files);
      const { extracted } = extractArticles(articles);
      const { pipeline, runs, probes } = counting();
      const { change, stats } = await resolveBatch(extracted, store, pipeline);
      await store.write(change);
      return { ids: new Set(extracted.map((x) => x.article.id)), change, stats, runs, probes };
    };
    // The undated stories first: nothing dates them yet.
    const first = await batch(stories.filter((s) => s.undated).map((s) => s.file));
    expect(first.change.articles.filter((a) => a.dateSource === 'inferred')).toEqual([]);
    // Then the dated ones, which date most of them.
    const second = await batch(stories.filter((s) => !s.undated).map((s) => s.file));
    const redated = second.change.articles.filter((a) => !second.ids.has(a.id));
    expect(second.stats.byStory).toBeGreaterThan(0);
    expect(second.stats.byContent).toBeGreaterThan(0);
    expect(redated.length).toBe(second.stats.redated);
    for (const a of redated) {
      expect(a.dateSource).toBe('inferred');
      expect(second.runs.get(a.id)).toBe(1);
      expect(second.probes.get(a.id) ?? 0).toBeLessThanOrEqual(1);
    }
    // Stored articles the batch did not date anew were not extracted at all.
    const untouched = [...first.ids].filter((id) => !redated.some((a) => a.id === id));
    for (const id of untouched) expect(second.runs.get(id)).toBeUndefined();
    await store.close();
  }, 60_000);
});
