// The gold set itself (tests/gold): every file follows the format, names an article that the read
// stage reads, and every offset points at its text in today's cleaned text, so a change in the
// cleaning that moves offsets shows up here rather than as a silent drop in the eval scores; events
// marked as mentions say why.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { anchorGold } from '../scripts/eval/anchorGold.js';
import type { GoldArticle } from '../scripts/eval/goldTypes.js';
import { readGold } from '../scripts/eval/readGold.js';
import { readSources } from '../src/read/readSources.js';

const ARTICLES = 'examples/articles';
let gold: GoldArticle[];

beforeAll(async () => {
  gold = await readGold('tests/gold');
});

describe('gold set', () => {
  it('has the five samples and at least fifteen further articles', () => {
    expect(gold.filter((g) => /^00[0-4]_/.test(g.article))).toHaveLength(5);
    expect(gold.length).toBeGreaterThanOrEqual(20);
  });

  it('every gold file names an existing article, and its offsets point at its text', async () => {
    for (const g of gold) {
      expect(existsSync(join(ARTICLES, g.article)), g.article).toBe(true);
      const { articles } = await readSources([join(ARTICLES, g.article)]);
      const text = articles[0]!.text;
      expect(anchorGold(g, text).repairs, g.article).toEqual([]);
    }
  });

  it('undated articles say when they were really published; intervals are ordered', () => {
    for (const g of gold) {
      if (g.publishedAt) expect(g.publishedAt.earliest <= g.publishedAt.latest, g.article).toBe(true);
      for (const e of g.events) if (e.earliest && e.latest) expect(e.earliest <= e.latest, `${g.article} ${e.note}`).toBe(true);
      for (const t of g.times) if (t.earliest && t.latest) expect(t.earliest <= t.latest, `${g.article} ${t.text}`).toBe(true);
      if (g.trueDate && g.publishedAt) expect(g.publishedAt.earliest <= g.trueDate && g.trueDate <= g.publishedAt.latest, g.article).toBe(true);
    }
  });

  it('events the article only mentions are marked `mention: true`, each with its why, and a why goes with a mention only', () => {
    const events = gold.flatMap((g) => g.events.map((e) => ({ article: g.article, ...e })));
    expect(events.some((e) => e.mention === true)).toBe(true);
    for (const e of events) expect(e.mention === true, `${e.article} ${e.note}`).toBe(e.why !== undefined);
  });
});
