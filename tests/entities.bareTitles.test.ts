// A bare definite title ("the PM", "the president", "the Taoiseach") is the one person the page
// named earlier with that title or who held it on the page's day; nobody when two fit or when the
// title is generic. Invented names and sentences throughout; each positive has its negatives.
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../src/extract/entities/extractEntities.js';

const bare = (text: string, reference: string | null = '2016-05-01') =>
  extractEntities({ articleId: 'a', text, reference })
    .filter((m) => m.by === 'entities/bareTitles')
    .map((m) => {
      expect(text.slice(m.start, m.end)).toBe(m.text);
      return [m.text, m.id];
    });

describe('a bare title takes the person the page named with it', () => {
  it('reads "the PM", "the prime minister" and "the Taoiseach" as the one holder named before', () => {
    expect(bare('Prime Minister Ana Holmberg flew to Brussels. The PM had a long dinner with the commission.')).toEqual([['The PM', 'person:ana-holmberg']]);
    expect(bare('Prime Minister Ana Holmberg flew to Brussels. Later the prime minister said little.')).toEqual([['the prime minister', 'person:ana-holmberg']]);
    expect(bare('Taoiseach Piaras Donnellan spoke on Friday. Critics said the Taoiseach had misjudged it.')).toEqual([['the Taoiseach', 'person:piaras-donnellan']]);
  });

  it('reads "the president" as the one president the page named, by title or by the gazetteer on its day', () => {
    expect(bare('President Tomas Varga opened the session. Afterwards the president told reporters he was pleased.')).toEqual([['the president', 'person:tomas-varga']]);
    expect(bare('Barack Obama spoke in the garden. Then the president left for Ohio.', '2015-06-01')).toEqual([['the president', 'person:barack-obama']]);
  });

  it('reads nobody when two people fit, or when the only one is named after it', () => {
    expect(bare('President Tomas Varga met President Ilse Brandt. Afterwards the president told reporters he was pleased.')).toEqual([]);
    expect(bare('Barack Obama met Vladimir Putin. Then the president left.', '2015-06-01')).toEqual([]);
    expect(bare('The president spoke first. President Tomas Varga then left.')).toEqual([]);
    // Out of office on the page's day: Obama is no president in 2018.
    expect(bare('Barack Obama spoke in the garden. Then the president left for Ohio.', '2018-06-01')).toEqual([]);
  });

  it('leaves generic, plural, past, named and role uses alone', () => {
    const named = 'President Tomas Varga opened the session. ';
    for (const rest of [
      'A president must listen.',
      'Past presidents kept silent.',
      'The next president will decide.',
      'The former president stayed home.',
      'The president-elect spoke.',
      'The president of the bank resigned.',
      'The president Ilse Brandt arrived later.',
      'She once served as the president of a club.',
      'The vice president smiled.',
      'The president who signs it will regret it.',
      'The law limits the president’s powers abroad.',
    ]) {
      expect(bare(named + rest)).toEqual([]);
    }
  });

  it('reads nobody when the page sets the holder against a counterpart of the same office of their country', () => {
    const text = 'Finnish Prime Minister Ana Holmberg spoke to reporters. The prime minister and his Finnish counterpart met at noon.';
    expect(bare(text)).toEqual([]);
    expect(bare(text.replace('Finnish counterpart', 'Swedish counterpart'))).toEqual([['The prime minister', 'person:ana-holmberg']]);
  });

  it('reads "PM" only as written: "the pm" and a time of day are no title', () => {
    expect(bare('Prime Minister Ana Holmberg flew to Brussels at 5 PM. The pm agenda was long.')).toEqual([]);
  });

  it('reads no common noun for a head: "the leader", "the chairman", "the envoy"', () => {
    expect(bare('Leader Tomas Varga spoke. Envoy Ilse Brandt listened. Then the leader left and the envoy stayed.')).toEqual([]);
  });

  it('needs a title word: a prime minister is no "president", a chancellor no "prime minister"', () => {
    expect(bare('Chancellor Greta Lindqvist arrived. The prime minister was late.')).toEqual([]);
  });
});
