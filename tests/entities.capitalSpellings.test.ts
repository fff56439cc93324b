// Another spelling of a capital (countryAliases.json `capitals`: "Kiev") names the same place as the
// data's spelling ("Kyiv") where something happens, and the same government where it acts; a
// spelling the data does not give stays what it was. Sentences of our own.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../src/extract/pipeline.js';
import { caseArticle } from './events.support.js';

const entities = (text: string) => extractArticle(caseArticle(text), '2021-01-04').entities.map((e) => e.id);

describe('entities: other spellings of a capital', () => {
  it('"in Kiev" is the place Kyiv, as "in Kyiv" is', () => {
    expect(entities('The two ministers met in Kiev on Monday.')).toContain('place:kyiv');
    expect(entities('The two ministers met in Kyiv on Monday.')).toContain('place:kyiv');
  });

  it('"Kiev said" is the government of Ukraine', () => {
    expect(entities('Kiev said the talks would resume.')).toContain('country:ukraine');
  });

  it('negative: a capital with no other spelling in the data is not joined to a look-alike', () => {
    expect(entities('The two ministers met in Kiew on Monday.')).not.toContain('place:kyiv');
  });
});
