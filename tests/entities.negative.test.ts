import { describe, expect, it } from 'vitest';
import { extractEntities } from '../src/extract/entities/extractEntities.js';
import cases from './fixtures/entities/negative.json' with { type: 'json' };

describe('entities: what must not be found', () => {
  for (const c of cases) {
    it(c.name, () => {
      const found = extractEntities({ articleId: 'a', text: c.text, reference: c.reference });
      if ('noPeople' in c) expect(found.filter((m) => m.kind === 'PERSON')).toEqual([]);
      else if ('noCountries' in c) expect(found.filter((m) => m.kind === 'COUNTRY')).toEqual([]);
      else expect(found).toEqual([]);
    });
  }

  it('an empty text gives no mentions, never a throw', () => {
    expect(extractEntities({ articleId: 'a', text: '', reference: null })).toEqual([]);
  });
});
