// Words that look like events but are not.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../src/extract/pipeline.js';
import cases from './fixtures/events/negative.json' with { type: 'json' };

describe('events: what must not be found', () => {
  for (const c of cases) {
    it(c.name, () => {
      const { events } = extractArticle({ id: 'article:neg', source: 'test', text: c.text, publishedAt: null, dateSource: 'given' }, c.reference);
      expect(events).toEqual([]);
    });
  }
});
