// The incremental clustering (replayClusters) against the greedy it replaces: the reports of the
// 27 example articles, added in random batches (and some removed again), must always end in the
// partition the greedy makes of the reports present, and a replay must read only part of the store.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFact } from '../src/model/index.js';
import { extractArticle } from '../src/extract/pipeline.js';
import { readSources } from '../src/read/readSources.js';
import { replayClusters, type Report } from '../src/resolve/replayClusters.js';
import { greedyPartition, StoredClustering } from './support/clusteringOracle.js';

let reports: Report[];

beforeAll(async () => {
  const files = readdirSync('examples/articles').sort().map((f) => join('examples/articles', f));
  const { articles } = await readSources(files);
  // Undated articles are read against a fixed day, as if dated: the clustering does not care how.
  reports = articles.flatMap((a) => extractArticle(a, a.publishedAt?.latest ?? '2019-01-01').events.map((fact) => ({ fact, published: a.publishedAt?.latest ?? '' })));
});

/** The same report about other people in other places: every entity id and the report id suffixed by ~k. */
function elsewhere(fact: EventFact, k: number): EventFact {
  const other = (id: string) => `${id}~${k}`;
  return {
    ...fact,
    id: other(fact.id),
    place: fact.place === null ? null : other(fact.place),
    participants: fact.participants.map((p) => ({ ...p, entity: other(p.entity) })),
  };
}

function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

async function replay(stored: StoredClustering, added: Report[], removed: string[]): Promise<void> {
  stored.apply(await replayClusters(stored, added, removed), removed);
}

describe('replayClusters', () => {
  it('has reports with shared places, ordinals and dates to cluster (the test data is not trivial)', () => {
    // The example articles' events (their passing mentions are no events since issue 13).
    expect(reports.length).toBeGreaterThan(120);
    const partition = greedyPartition(reports);
    expect(partition.some((c) => c.length >= 5)).toBe(true);
    expect(partition.length).toBeLessThan(reports.length * 0.8);
  });

  it('all at once gives the greedy partition', async () => {
    const stored = new StoredClustering();
    await replay(stored, reports, []);
    expect(stored.partition()).toEqual(greedyPartition(reports));
  });

  for (const seed of [1, 2, 3, 4, 5, 6]) {
    it(`in random batches (seed ${seed}) gives the greedy partition after every batch`, async () => {
      const random = seeded(seed);
      const order = [...reports].sort(() => random() - 0.5);
      const stored = new StoredClustering();
      const present: Report[] = [];
      for (let i = 0; i < order.length; ) {
        const size = 1 + Math.floor(random() * 20);
        const batch = order.slice(i, i + size);
        i += size;
        await replay(stored, batch, []);
        present.push(...batch);
        expect(stored.partition()).toEqual(greedyPartition(present));
      }
    });
  }

  it('adding one more report reads a small part of the stored clustering when the store holds other stories too', async () => {
    // Five copies of the corpus about other people and places (ids suffixed): one story among five.
    const copies = [1, 2, 3, 4].flatMap((k) => reports.map((r) => ({ ...r, fact: elsewhere(r.fact, k) })));
    const last = reports[reports.length - 1]!;
    const stored = new StoredClustering();
    await replay(stored, [...copies, ...reports.slice(0, -1)], []);
    const storedValues = copies.length + reports.length - 1 + stored.clusters.size;
    stored.reads = 0;
    await replay(stored, [last], []);
    expect(stored.reads).toBeLessThan(storedValues / 4);
    expect(stored.partition()).toEqual(greedyPartition([...copies, ...reports]));
  });

  it('removing reports gives the greedy partition of those left', async () => {
    const random = seeded(7);
    const stored = new StoredClustering();
    await replay(stored, reports, []);
    let present = [...reports];
    for (let round = 0; round < 8; round++) {
      const removed = present.filter(() => random() < 0.08).map((r) => r.fact.id);
      present = present.filter((r) => !removed.includes(r.fact.id));
      await replay(stored, [], removed);
      expect(stored.partition()).toEqual(greedyPartition(present));
    }
  });
  it('summits of many at one place, whose reports list different attendees, cluster as the greedy does in any order', async () => {
    // Made-up reports: a summit listing four principals, two naming one of them and another each, a pair
    // at another place, and two summits of two principals each at that place (two pull-asides).
    const at = (id: string, who: string[], place: string, earliest: string, latest = earliest): Report => ({
      fact: { id, kind: 'SUMMIT', title: id, when: { text: id, earliest, latest, granularity: 'day', value: earliest }, status: 'OCCURRED', statusHistory: [], participants: who.map((entity) => ({ entity, role: 'participant', evidence: [] })), place, ordinal: null, description: null, evidence: [{ article: `article:${id}`, sentence: 0, start: 0, end: 1, quote: '.' }], sources: [`article:${id}`], confidence: 0.5, extractor: 'test' },
      published: latest,
    });
    const many = [
      at('m1', ['country:brazil', 'country:canada', 'country:chile', 'country:peru'], 'place:lima-x', '2031-04-10', '2031-04-11'),
      at('m2', ['country:cuba', 'country:peru'], 'place:lima-x', '2031-04-11'),
      at('m3', ['country:chile', 'country:mexico'], 'place:lima-x', '2031-04-11'),
      at('m4', ['country:cuba', 'country:peru'], 'place:quito-x', '2031-04-11'),
      at('m5', ['country:ghana', 'country:kenya'], 'place:lima-x', '2031-04-11'),
    ];
    const all = [...reports, ...many];
    const joined = greedyPartition(all).find((c) => c.includes('m1'))!;
    expect(joined).toEqual(expect.arrayContaining(['m1', 'm2', 'm3']));
    expect(joined).not.toContain('m4');
    expect(joined).not.toContain('m5');
    for (const seed of [11, 12, 13]) {
      const random = seeded(seed);
      const order = [...all].sort(() => random() - 0.5);
      const stored = new StoredClustering();
      for (let i = 0; i < order.length; i += 9) await replay(stored, order.slice(i, i + 9), []);
      expect(stored.partition()).toEqual(greedyPartition(all));
    }
  });
});
