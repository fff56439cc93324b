// Words that look like events but are not, and attributes an event must not take from words
// around it that belong to something else (the day a speaker spoke, a place in another clause).
import { describe, expect, it } from 'vitest';
import type { Article } from '../src/model/index.js';
import { extractArticle } from '../src/extract/pipeline.js';
import cases from './fixtures/events/negative.json' with { type: 'json' };
import attributeFixtures from './fixtures/events/negativeAttributes.json' with { type: 'json' };

interface Want {
  kind: string;
  status: string;
  when?: string | null;
  place?: string | null;
  count?: number | null;
  participants?: string[];
}
const attributes = attributeFixtures as { name: string; text: string; reference: string; expect: Want[] }[];

const article = (text: string): Article => ({ id: 'article:neg', source: 'test', text, publishedAt: null, dateSource: 'given' });

describe('events: what must not be found', () => {
  for (const c of cases) {
    it(c.name, () => {
      const { events } = extractArticle(article(c.text), c.reference);
      expect(events).toEqual([]);
    });
  }
});

describe('events: what must not be read into an event (null: nothing)', () => {
  for (const c of attributes) {
    it(c.name, () => {
      const { events } = extractArticle(article(c.text), c.reference);
      expect(events).toHaveLength(c.expect.length);
      for (const [i, want] of c.expect.entries()) {
        const e = events[i]!;
        expect(e.kind).toBe(want.kind);
        expect(e.status).toBe(want.status);
        if ('when' in want) expect(e.when?.value ?? null).toBe(want.when);
        if ('place' in want) expect(e.place).toBe(want.place);
        if ('count' in want) expect(e.count ?? null).toBe(want.count);
        if ('participants' in want) expect(e.participants.map((p) => p.entity).sort()).toEqual([...want.participants!].sort());
      }
    });
  }
});
