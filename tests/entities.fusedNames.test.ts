// People the tagger fuses with an office or misses as a common word (issue 13): "President of the
// European Council Donald Tusk" (one organisation to the tagger) is Donald Tusk; "Minister of
// External Affairs Ana Holm" is Ana Holm; "Mr Tusk", "Mrs May" are people; the surname of a person
// named in full before a verb or a possessive ("Cotton said", "Cotton’s letter") is that person;
// "Prime Minister Holm" keeps its one name; "Indian" names India, not the British Indian Ocean
// Territory. Sentences of our own, each with the case that must not match.
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../src/extract/entities/extractEntities.js';

const people = (text: string) =>
  extractEntities({ articleId: 'a', text, reference: '2019-10-20' })
    .filter((m) => m.kind === 'PERSON')
    .map((m) => [text.slice(m.start, m.end), m.id]);
const kinds = (text: string) => extractEntities({ articleId: 'a', text, reference: '2019-10-20' }).map((m) => [text.slice(m.start, m.end), m.kind, m.id]);

describe('entities: names fused with offices, surnames that are words', () => {
  it("'the President of the European Council Donald Tusk' beside 'Mr Tusk': the person, not an organisation", () => {
    const text = 'Boris Johnson sent three letters to the President of the European Council Donald Tusk on Saturday. Mr Tusk replied on Sunday.';
    expect(people(text)).toEqual([
      ['Boris Johnson', 'person:boris-johnson'],
      ['Donald Tusk', 'person:donald-tusk'],
      ['Tusk', 'person:donald-tusk'],
    ]);
    expect(kinds(text).filter(([, kind]) => kind === 'ORGANIZATION').map(([t]) => t)).not.toContain('European Council Donald Tusk');
  });

  it("'Minister of External Affairs Ana Holm': a title and 'of' before the span attest the name after the body's", () => {
    const text = 'Ivan Petrov spoke with the Minister of External Affairs Ana Holm on Tuesday.';
    expect(people(text)).toContainEqual(['Ana Holm', 'person:ana-holm']);
  });

  it("'the University of Texas', 'the Minister of the Interior': a body's name with no person after it stays", () => {
    expect(people('She studied at the University of Texas and met the Minister of the Interior.')).toEqual([]);
  });

  it("'Mrs May', 'Mr Tusk': a capitalised word after an honorific is a person, even a month or a common word", () => {
    const text = 'Theresa May and Donald Tusk met on Monday. Later Mrs May thanked Mr Tusk in Brussels.';
    expect(people(text).slice(2)).toEqual([
      ['May', 'person:theresa-may'],
      ['Tusk', 'person:donald-tusk'],
    ]);
  });

  it("'in May', 'an elephant's Tusk': without an honorific the same words are no people", () => {
    expect(people('In May the Tusk of an elephant was sold in Brussels.')).toEqual([]);
  });

  it("'Tom Cotton ... Cotton said ... Cotton’s letter': the surname before a verb or a possessive is the person", () => {
    const text = 'Senator Tom Cotton wrote the letter. Cotton said he stood by it. Others would not sign Cotton’s letter.';
    expect(people(text).filter(([t]) => t === 'Cotton')).toEqual([
      ['Cotton', 'person:tom-cotton'],
      ['Cotton', 'person:tom-cotton'],
    ]);
  });

  it("'Cotton prices fell': the same word before a noun is no person, even beside Tom Cotton", () => {
    const text = 'Senator Tom Cotton spoke. Cotton prices fell on Monday.';
    expect(people(text)).toEqual([['Tom Cotton', 'person:tom-cotton']]);
  });

  it("'Prime Minister Holm': a head of government's surname after the title is kept, with no fuller name", () => {
    expect(people('The deal was struck by Prime Minister Holm on Monday.')).toEqual([['Holm', 'person:holm']]);
  });

  it("'Treasury Secretary Peter': a lone name after another title is still a fragment", () => {
    expect(people('The deal was struck by Treasury Secretary Peter on Monday.')).toEqual([]);
  });

  it("'Indian officials': the demonym names India, the sovereign state sharing it with a territory", () => {
    expect(kinds('Indian officials met on Monday.')).toContainEqual(['Indian', 'COUNTRY', 'country:india']);
  });
});
