// Event assembly on sentences of our own: kind, status, participants and roles, place, date.
import { describe, expect, it } from 'vitest';
import type { Article } from '../src/model/index.js';
import { extractArticle } from '../src/extract/pipeline.js';
import fixtures from './fixtures/events/cases.json' with { type: 'json' };

/** What a case expects of each event, in order; absent keys are not checked. */
interface Want {
  kind: string;
  status: string;
  ordinal?: number | null;
  count?: number | null;
  place?: string | null;
  when?: string | null;
  participants?: string[];
  roles?: Record<string, string>;
}
const cases = fixtures as { name: string; text: string; reference: string; expect: Want[] }[];

const article = (text: string): Article => ({ id: 'article:test', source: 'test', text, publishedAt: null, dateSource: 'given' });

describe('events', () => {
  for (const c of cases) {
    it(c.name, () => {
      const { events } = extractArticle(article(c.text), c.reference);
      expect(events).toHaveLength(c.expect.length);
      for (const [i, want] of c.expect.entries()) {
        const e = events[i]!;
        expect(e.kind).toBe(want.kind);
        expect(e.status).toBe(want.status);
        if ('ordinal' in want) expect(e.ordinal).toBe(want.ordinal);
        if ('count' in want) expect(e.count ?? null).toBe(want.count);
        if ('place' in want) expect(e.place).toBe(want.place);
        if ('when' in want) expect(e.when?.value).toBe(want.when);
        if ('participants' in want) expect(e.participants.map((p) => p.entity).sort()).toEqual([...want.participants!].sort());
        if ('roles' in want) for (const [role, id] of Object.entries(want.roles!)) expect(e.participants.find((p) => p.role === role)?.entity, role).toBe(id);
        for (const v of e.evidence) expect(c.text.slice(v.start, v.end)).toBe(v.quote);
        expect(e.extractor).toMatch(/events\/triggers:/);
      }
    });
  }
});
