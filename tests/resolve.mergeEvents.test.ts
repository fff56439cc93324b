// Merging reports into one event is a join: the result depends on the set of reports only, so the
// same reports in any order, in any grouping (merging merged sets' reports again), or with repeats
// give the same event, id included (ties broken by publication day, then report id).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractArticle } from '../src/extract/pipeline.js';
import { readSources } from '../src/read/readSources.js';
import { confidenceOf, mergeEvents } from '../src/resolve/mergeEvents.js';
import { mergedStatus } from '../src/resolve/mergedStatus.js';
import { publishedOf, type Report } from '../src/resolve/replayClusters.js';

let reports: Report[];

beforeAll(async () => {
  const files = readdirSync('examples/articles').filter((f) => /^00\d_/.test(f)).sort().map((f) => join('examples/articles', f));
  const { articles } = await readSources(files);
  reports = articles.flatMap((a) => extractArticle(a, a.publishedAt?.latest ?? '2019-06-26').events.map((fact) => ({ fact, published: a.publishedAt?.latest ?? '' })));
});

const merge = (rs: Report[]) => mergeEvents(rs.map((r) => r.fact), publishedOf(rs));

describe('mergeEvents', () => {
  it('is commutative, associative and idempotent: order, grouping and repeats do not change the event', () => {
    let s = 3;
    const random = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
    const summits = reports.filter((r) => r.fact.kind === 'SUMMIT');
    expect(summits.length).toBeGreaterThan(5);
    for (let round = 0; round < 50; round++) {
      const set = summits.filter(() => random() < 0.5);
      if (set.length < 2) continue;
      const once = merge(set);
      expect(merge([...set].reverse())).toEqual(once);
      expect(merge([...set, ...set.filter(() => random() < 0.5)].sort(() => random() - 0.5))).toEqual(once);
      const [a, b] = [set.filter((_, i) => i % 2 === 0), set.filter((_, i) => i % 2 === 1)];
      expect(merge([...b, ...a])).toEqual(merge([...a, ...b]));
    }
  });

  it('is a call when at least half of the reports tell one, VIDEO if any of them says video (issue 13)', () => {
    const base = reports.find((r) => r.fact.kind === 'MEETING' || r.fact.kind === 'SUMMIT')!.fact;
    const report = (n: number, medium?: 'PHONE' | 'VIDEO') => ({ ...base, id: `event:r${n}`, sources: [`article:r${n}`], ...(medium ? { medium } : {}) });
    const mediumOf = (...parts: ReturnType<typeof report>[]) => mergeEvents(parts, new Map()).medium;
    expect(mediumOf(report(1, 'PHONE'), report(2, 'PHONE'), report(3))).toBe('PHONE');
    expect(mediumOf(report(1, 'PHONE'), report(2))).toBe('PHONE');
    expect(mediumOf(report(1, 'PHONE'), report(2, 'VIDEO'), report(3))).toBe('VIDEO');
    // Negative: one report of a call among three that tell a meeting is outweighed; none tells one.
    expect(mediumOf(report(1, 'VIDEO'), report(2), report(3))).toBeUndefined();
    expect(mediumOf(report(1), report(2))).toBeUndefined();
    expect('medium' in mergeEvents([report(1), report(2)], new Map())).toBe(false);
  });

  it("folds a party's plain participation into the host or visitor role another report gives it, and keeps both of a pair of named roles", () => {
    const base = reports.find((r) => r.fact.kind === 'MEETING' || r.fact.kind === 'SUMMIT')!.fact;
    const ev = base.evidence;
    const report = (n: number, parts: [string, string][]) => ({ ...base, id: `event:h${n}`, sources: [`article:h${n}`], participants: parts.map(([entity, role]) => ({ entity, role, evidence: ev })) });
    const roles = (...parts: ReturnType<typeof report>[]) => mergeEvents(parts, new Map()).participants.map((p) => `${p.role}:${p.entity}`).sort();
    const plain = report(1, [['person:a', 'participant'], ['person:b', 'participant']]);
    const hosted = report(2, [['person:a', 'visitor'], ['person:b', 'host']]);
    expect(roles(plain, hosted)).toEqual(['host:person:b', 'visitor:person:a']);
    expect(roles(hosted, plain)).toEqual(roles(plain, hosted));
    // Negative: a party no report names in a role stays a participant; two named roles are both kept.
    expect(roles(plain, report(3, [['person:a', 'visitor'], ['person:c', 'participant']]))).toEqual(['participant:person:b', 'participant:person:c', 'visitor:person:a']);
    expect(roles(hosted, report(4, [['person:a', 'host']]))).toEqual(['host:person:a', 'host:person:b', 'visitor:person:a']);
  });

  it('takes the status of the latest report (not PLANNED once one says OCCURRED) and keeps every status in the history', () => {
    const withStatuses = reports.filter((r) => r.fact.kind === 'SUMMIT');
    const event = merge(withStatuses);
    const latest = [...withStatuses].sort((x, y) => x.published.localeCompare(y.published) || x.fact.id.localeCompare(y.fact.id)).pop()!;
    expect(event.status).toBe(mergedStatus(latest.fact.status, new Set(withStatuses.map((r) => r.fact.status)), latest.published !== ''));
    expect(new Set(event.statusHistory.map((h) => h.status))).toEqual(new Set(withStatuses.flatMap((r) => r.fact.statusHistory.map((h) => h.status))));
  });

  it('confidence grows with independent sources and falls with a vaguer date', () => {
    const span = (granularity: string) => ({ text: '', earliest: '2019-02-01', latest: '2019-02-28', granularity, value: '2019-02' }) as never;
    expect(confidenceOf(1, span('day'))).toBe(0.5);
    expect(confidenceOf(2, span('day'))).toBe(0.75);
    expect(confidenceOf(3, span('day'))).toBeGreaterThan(confidenceOf(2, span('day')));
    expect(confidenceOf(2, span('month'))).toBeLessThan(confidenceOf(2, span('day')));
    expect(confidenceOf(2, span('year'))).toBeLessThan(confidenceOf(2, span('month')));
    expect(confidenceOf(2, null)).toBeLessThan(confidenceOf(2, span('year')));
  });
});
