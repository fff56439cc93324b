// MergedView keeps up, one report at a time, what mergeEvents makes of a cluster's reports for the
// fields sameEvent reads: held here to mergeEvents (the rule) on reports of the example articles,
// in random groupings and orders, with reports from articles of different days.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFact } from '../src/model/index.js';
import { extractArticle } from '../src/extract/pipeline.js';
import { readSources } from '../src/read/readSources.js';
import { mergeEvents } from '../src/resolve/mergeEvents.js';
import { MergedView } from '../src/resolve/mergedView.js';
import { publishedOf, type Report } from '../src/resolve/replayClusters.js';

let reports: Report[];

beforeAll(async () => {
  const files = readdirSync('examples/articles').sort().map((f) => join('examples/articles', f));
  const { articles } = await readSources(files);
  reports = articles.flatMap((a) => extractArticle(a, a.publishedAt?.latest ?? '2019-01-01').events.map((fact) => ({ fact, published: a.publishedAt?.latest ?? '' })));
});

const read = (e: EventFact) => ({
  kind: e.kind,
  status: e.status,
  when: e.when,
  participants: e.participants.map((p) => `${p.role}:${p.entity}`),
  place: e.place,
  ordinal: e.ordinal,
  count: e.count,
});

describe('MergedView', () => {
  it('gives what mergeEvents gives for kind, status, date, participants, place, ordinal and count, whatever the order reports come in', () => {
    let s = 11;
    const random = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
    let checked = 0;
    for (let round = 0; round < 400; round++) {
      // Reports of one kind group (a cluster's members), some with, some without dates, places, ordinals.
      const kind = reports[Math.floor(random() * reports.length)]!.fact.kind;
      const pool = reports.filter((r) => r.fact.kind === kind || (['SUMMIT', 'MEETING'].includes(kind) && ['SUMMIT', 'MEETING'].includes(r.fact.kind)));
      const group = pool.filter(() => random() < 0.15).slice(0, 12);
      if (group.length === 0) continue;
      const view = new MergedView();
      for (const r of [...group].sort(() => random() - 0.5)) view.add(r.fact, r.published);
      expect(read(view.event())).toEqual(read(mergeEvents(group.map((r) => r.fact), publishedOf(group))));
      checked++;
    }
    expect(checked).toBeGreaterThan(300);
  });

  it('copies: adding to a copy leaves the original as it was', () => {
    const [a, b] = reports.filter((r) => r.fact.when?.earliest && r.fact.place);
    const view = new MergedView().add(a!.fact, a!.published);
    const before = read(view.event());
    view.copy().add(b!.fact, b!.published);
    expect(read(view.event())).toEqual(before);
  });
});
