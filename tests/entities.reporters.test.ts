// The story's reporters are no people of the news (issue 16): a person named as an outlet's
// correspondent or with a reporting phrase goes, unless the article also names that person as its
// news. Invented names and outlets; negatives beside each case.
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../src/extract/entities/extractEntities.js';

const people = (text: string) =>
  [...new Set(extractEntities({ articleId: 'a', text, reference: '2021-05-01' }).filter((m) => m.kind === 'PERSON').map((m) => m.id))].sort();

describe('reporters of the story', () => {
  it.each([
    ["Example's Europe correspondent Ana Holm said eight people were added to the list.", 'a newsroom title after the outlet'],
    ["Talks resumed. Example's Ana Holm is in Oslo to cover the talks. Ana, what did you see?", 'sent to cover it, then called by her first name'],
    ['Tehran is wary, writes the Example Herald’s Saeed Ana Holm from Geneva.', 'a reporting verb before the outlet'],
    ["Example's Ana Holm reports that the border is closed.", 'a reporting verb after the name'],
  ])('%s -> nobody (%s)', (text) => {
    expect(people(text)).toEqual([]);
  });

  it.each([
    ["The Example's columnist Ana Holm was killed in March. Holm had fled in 2017.", 'the story is about her'],
    ["Hamas's Ana Holm is in Cairo to negotiate a truce.", 'an official in a city, not sent to cover'],
    ["Gazprom's Ana Holm said profits rose.", "a company's officer speaking"],
    ['Example Daily reporter Ana Holm was arrested on Monday.', 'no possessive: the reporter is the news'],
  ])('%s -> Ana Holm stays (%s)', (text) => {
    expect(people(text)).toEqual(['person:ana-holm']);
  });
});
