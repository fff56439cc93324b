// The country a visit goes to hosts it (hostOfPlace), where the gazetteer or the page itself says
// which country the place is in (placeCountryOnPage: "Bali, Indonesia", "the Saudi city of Neom");
// and a long list of attendees' countries beside a named person is no party of a gathering
// (attendeeCountries). Sentences of our own; each rule with cases that must not fire: a visitor
// coming home, a place the page puts in no country (or in two), a pair of countries.
import { describe, expect, it } from 'vitest';
import type { EntityMention } from '../src/model/index.js';
import { extractArticle } from '../src/extract/pipeline.js';
import { attendeeCountries } from '../src/extract/events/attendeeCountries.js';
import { placeCountryOnPage } from '../src/extract/events/placeCountryOnPage.js';
import { caseArticle, expectEvents, type EventCase } from './events.support.js';

const TILLERSON = 'person:rex-tillerson';
const QATAR = 'country:qatar';
const XI = 'person:xi-jinping';

const cases: EventCase[] = [
  {
    name: "'A arrived in <capital>': the capital's country hosts the visit",
    text: 'U.S. Secretary of State Rex Tillerson arrived in Doha on Tuesday.',
    reference: '2017-07-12',
    expect: [{ kind: 'VISIT', status: 'OCCURRED', when: '2017-07-11', place: 'place:doha', participants: [TILLERSON, QATAR], roles: { visitor: TILLERSON, host: QATAR } }],
  },
  {
    name: "'a visit to <capital> by A': the capital's country hosts it",
    text: 'The two governments signed a memorandum on Tuesday during a visit to Doha by U.S. Secretary of State Rex Tillerson.',
    reference: '2017-07-12',
    expect: [{ kind: 'VISIT', status: 'OCCURRED', place: 'place:doha', participants: [TILLERSON, QATAR], roles: { visitor: TILLERSON, host: QATAR } }],
  },
  {
    name: "'arrived in <town>, <Country>': the country the page puts the town in hosts",
    text: 'Chinese President Xi Jinping arrived in Bali, Indonesia, on Sunday for the conference.',
    reference: '2022-11-15',
    expect: [{ kind: 'VISIT', status: 'OCCURRED', participants: [XI, 'country:indonesia'], roles: { visitor: XI, host: 'country:indonesia' } }],
  },
  {
    name: "'Icelandic <title> A meets B in Reykjavik': an adjective of nationality the country list lacks ('Icelandic') gives A's home, so A hosts",
    text: 'Icelandic Prime Minister Bjarni Benediktsson meets U.S. Secretary of State John Kerry in Reykjavik on Tuesday.',
    reference: '2017-05-10',
    expect: [{ kind: 'MEETING', status: 'OCCURRED', roles: { host: 'person:bjarni-benediktsson', visitor: 'person:john-kerry' } }],
  },
  {
    name: "negative: 'A arrived in <own capital>': a visitor coming home is hosted by no one, no visit (hostlessTrip)",
    text: 'Chinese President Xi Jinping arrived in Beijing on Sunday after the conference.',
    reference: '2022-11-15',
    expect: [],
  },
];

describe('events: the country a visit goes to hosts it', () => {
  for (const c of cases) {
    it(c.name, () => {
      expectEvents(c, extractArticle(caseArticle(c.text), c.reference));
    });
  }
});

/** Mentions of the words given, in order of the text, as the gazetteer would link them. */
function mentionsOf(text: string, items: [string, EntityMention['kind'], string][]): EntityMention[] {
  let from = 0;
  return items.map(([words, kind, id]) => {
    const start = text.indexOf(words, from);
    from = start + words.length;
    return { start, end: start + words.length, text: words, kind, id, name: words, by: 'test' };
  });
}

describe('placeCountryOnPage: the country the page puts a place in', () => {
  it("'<town>, <Country>' and 'the <demonym> city of <town>' name it", () => {
    const a = 'Talks were held in Ubud, Indonesia, on Monday.';
    expect(placeCountryOnPage(a, 'place:ubud', mentionsOf(a, [['Ubud', 'PLACE', 'place:ubud'], ['Indonesia', 'COUNTRY', 'country:indonesia']]))).toBe('ID');
    const b = 'He flew on to the Saudi resort city of Tabuk for the night.';
    expect(placeCountryOnPage(b, 'place:tabuk', mentionsOf(b, [['Tabuk', 'PLACE', 'place:tabuk']]))).toBe('SA');
  });
  it('negative: no country beside it, a country not after a comma, or two different countries', () => {
    const a = 'He flew on to the coastal city of Tabuk and then to Jordan.';
    expect(placeCountryOnPage(a, 'place:tabuk', mentionsOf(a, [['Tabuk', 'PLACE', 'place:tabuk'], ['Jordan', 'COUNTRY', 'country:jordan']]))).toBeNull();
    const b = 'He was in Tabuk, Jordan, on Monday and in Tabuk, Saudi Arabia, on Tuesday.';
    const ms = mentionsOf(b, [['Tabuk', 'PLACE', 'place:tabuk'], ['Jordan', 'COUNTRY', 'country:jordan'], ['Tabuk', 'PLACE', 'place:tabuk'], ['Saudi Arabia', 'COUNTRY', 'country:saudi-arabia']]);
    expect(placeCountryOnPage(b, 'place:tabuk', ms)).toBeNull();
  });
});

describe('attendeeCountries: a long list of countries beside a person is who else attended', () => {
  it('three or more coordinated countries are attendees', () => {
    const t = 'Obama joined heads of state from Brazil, Canada, Chile and Mexico at a business summit.';
    const ms = mentionsOf(t, [['Brazil', 'COUNTRY', 'country:brazil'], ['Canada', 'COUNTRY', 'country:canada'], ['Chile', 'COUNTRY', 'country:chile'], ['Mexico', 'COUNTRY', 'country:mexico']]);
    expect([...attendeeCountries(t, ms, t.length)].sort()).toEqual(['country:brazil', 'country:canada', 'country:chile', 'country:mexico']);
  });
  it('negative: a pair of countries, or countries written apart, are not a list of attendees', () => {
    const a = 'Obama met delegates from Brazil and Canada at a business summit.';
    expect(attendeeCountries(a, mentionsOf(a, [['Brazil', 'COUNTRY', 'country:brazil'], ['Canada', 'COUNTRY', 'country:canada']]), a.length).size).toBe(0);
    const b = 'Obama, who had praised Brazil, met Canada’s leader at the summit that Chile hosted.';
    expect(attendeeCountries(b, mentionsOf(b, [['Brazil', 'COUNTRY', 'country:brazil'], ['Canada', 'COUNTRY', 'country:canada'], ['Chile', 'COUNTRY', 'country:chile']]), b.length).size).toBe(0);
  });
});
