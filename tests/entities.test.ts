import { describe, expect, it } from 'vitest';
import { extractEntities } from '../src/extract/entities/extractEntities.js';
import cases from './fixtures/entities/cases.json' with { type: 'json' };

describe('entities', () => {
  for (const c of cases) {
    it(c.name, () => {
      const found = extractEntities({ articleId: 'a', text: c.text, reference: c.reference });
      for (const want of c.expect) {
        const m = found.find((f) => f.text === want.text);
        expect(m, `${want.text} in ${JSON.stringify(found.map((f) => f.text))}`).toBeDefined();
        expect(c.text.slice(m!.start, m!.end)).toBe(want.text);
        expect(m!.kind).toBe(want.kind);
        expect(m!.id).toBe(want.id);
        if ('title' in want) expect(m!.title).toBe(want.title);
        expect(m!.by).toMatch(/^entities\//);
      }
    });
  }

  it('records which extractor or refiner made each mention', () => {
    const found = extractEntities({ articleId: 'a', text: 'The Chinese President met Kim in Beijing.', reference: '2019-06-20' });
    expect(found.find((m) => m.id === 'person:xi-jinping')?.by).toBe('entities/resolveTitles');
    expect(found.find((m) => m.text === 'Kim')?.by).toBe('entities/gazetteer');
    expect(found.find((m) => m.text === 'Beijing')?.by).toBe('entities/capitalsAsPlaces');
  });

  it('names only the tagger knows are by entities/tagger, their surnames linked by entities/linkPartialNames', () => {
    const text = 'Anna Kowalczyk, a spokeswoman for the European Commission, spoke in Brussels. Kowalczyk said talks would resume.';
    const found = extractEntities({ articleId: 'a', text, reference: '2019-06-20' });
    expect(found.map((m) => [m.text, m.kind, m.id, m.by])).toEqual([
      ['Anna Kowalczyk', 'PERSON', 'person:anna-kowalczyk', 'entities/tagger'],
      ['European Commission', 'ORGANIZATION', 'organization:european-commission', 'entities/tagger'],
      ['Brussels', 'PLACE', 'place:brussels', 'entities/capitalsAsPlaces'],
      ['Kowalczyk', 'PERSON', 'person:anna-kowalczyk', 'entities/linkPartialNames'],
    ]);
    for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('a surname shared by several people names the one the article names in full', () => {
    const found = extractEntities({ articleId: 'a', text: 'Kim Yo Jong, the leader\'s sister, arrived on Friday. Kim smiled.', reference: '2018-02-09' });
    expect(found.filter((m) => m.text === 'Kim').map((m) => m.id)).toEqual(['person:kim-yo-jong']);
  });
});
