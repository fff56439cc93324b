// The country of a venue known only from a list of large cities (cityCountry): a visit there is
// hosted by that country (hostOfPlace), and a meeting of two people there is the visit of the one
// not at home (hostAtHome), a person's country also read from the word before their title ("Saudi
// King ..."). Sentences and names of our own; cases that must not fire: a person of unknown
// country, a town no list holds, a city in neither's country, two people of the venue's country, a
// city name that large cities of two countries share, and a first word several countries' names share.
import { describe, expect, it } from 'vitest';
import type { EntityMention } from '../src/model/index.js';
import { cityCountry } from '../src/extract/entities/cityCountry.js';
import { homeOf } from '../src/extract/events/hostAtHome.js';
import { extractArticle } from '../src/extract/pipeline.js';
import { caseArticle, expectEvents, type EventCase } from './events.support.js';

const NASSER = 'person:nasser-alkhalid';
const FAHD = 'person:fahd-bin-omar';
const SAUDI = 'country:saudi-arabia';

const cases: EventCase[] = [
  {
    name: "caption 'A (L) meets B at a palace in Jeddah': B at home hosts, A visits",
    text: 'Kuwaiti Emir Sheikh Nasser al-Khalid (L) meets Saudi King Fahd bin Omar at a palace in Jeddah on June 6, 2017.',
    reference: '2017-06-08',
    expect: [{ kind: 'MEETING', status: 'OCCURRED', when: '2017-06-06', place: 'place:jeddah', participants: [NASSER, FAHD], roles: { visitor: NASSER, host: FAHD } }],
  },
  {
    name: "'A arrived in Jeddah': a large city's country hosts the visit",
    text: 'Kuwaiti Emir Sheikh Nasser al-Khalid arrived in Jeddah on Tuesday.',
    reference: '2017-06-08',
    expect: [{ kind: 'VISIT', status: 'OCCURRED', when: '2017-06-06', participants: [NASSER, SAUDI], roles: { visitor: NASSER, host: SAUDI } }],
  },
  {
    name: "negative: 'A arrived in Alexandria': a name large cities of two countries share hosts nothing",
    text: 'Kuwaiti Emir Sheikh Nasser al-Khalid arrived in Alexandria on Tuesday.',
    reference: '2017-06-08',
    expect: [{ kind: 'VISIT', status: 'OCCURRED', participants: [NASSER], roles: { visitor: NASSER } }],
  },
  {
    name: 'negative: no country for either person: plain participants',
    text: 'Sheikh Nasser al-Khalid meets King Fahd bin Omar in the Red Sea city of Jeddah on June 6, 2017.',
    reference: '2017-06-08',
    expect: [{ kind: 'MEETING', status: 'OCCURRED', participants: [NASSER, FAHD], roles: { participant: NASSER } }],
  },
  {
    name: 'negative: a town no list holds is in no known country',
    text: 'Kuwaiti Emir Sheikh Nasser al-Khalid (L) meets Saudi King Fahd bin Omar in the desert town of Zarqaween on June 6, 2017.',
    reference: '2017-06-08',
    expect: [{ kind: 'MEETING', status: 'OCCURRED', participants: [NASSER, FAHD], roles: { participant: NASSER } }],
  },
  {
    name: "negative: a city in neither's country (Lausanne): nobody is at home",
    text: 'Kuwaiti Emir Sheikh Nasser al-Khalid (L) meets Saudi King Fahd bin Omar in Lausanne on June 6, 2017.',
    reference: '2017-06-08',
    expect: [{ kind: 'MEETING', status: 'OCCURRED', participants: [NASSER, FAHD], roles: { participant: NASSER } }],
  },
  {
    name: "negative: both of the venue's country: no one visits",
    text: 'Saudi King Fahd bin Omar (L) meets Saudi Crown Prince Salem bin Fahd in Jeddah on June 6, 2017.',
    reference: '2017-06-08',
    expect: [{ kind: 'MEETING', status: 'OCCURRED', participants: [FAHD, 'person:salem-bin-fahd'], roles: { participant: FAHD } }],
  },
];

describe('events: hosts of visits and meetings in a large city', () => {
  for (const c of cases) {
    it(c.name, () => {
      expectEvents(c, extractArticle(caseArticle(c.text), c.reference));
    });
  }
});

describe('cityCountry: the country of a large city by its name', () => {
  it('a city large cities of one country bear', () => {
    expect(cityCountry('Jeddah')).toBe('SA');
    expect(cityCountry('JEDDAH')).toBe('SA');
    expect(cityCountry('Salzburg')).toBe('AT');
  });
  it('negative: a name large cities of two countries share, a region, a place no list holds', () => {
    expect(cityCountry('Alexandria')).toBeNull();
    expect(cityCountry('Bali')).toBeNull();
    expect(cityCountry('Zarqaween')).toBeNull();
  });
});

describe("homeOf: a person's country from the word before their title", () => {
  const person = (text: string, name: string, title: string): EntityMention => {
    const start = text.indexOf(name);
    return { start, end: start + name.length, text: name, kind: 'PERSON', id: 'person:x', name, title, by: 'test' };
  };
  it("'Saudi King Fahd': the first word of Saudi Arabia's name", () => {
    const text = 'He met Saudi King Fahd bin Omar on Monday.';
    expect(homeOf('person:x', [person(text, 'Fahd bin Omar', 'King')], text)).toBe('SA');
  });
  it("negative: 'United' begins several countries' names; a word far before the title says nothing", () => {
    const text = 'He met United Minister Ana Holm on Monday. Saudi guests came later; Minister Ana Holm spoke.';
    expect(homeOf('person:x', [person(text, 'Ana Holm', 'Minister')], text)).toBeNull();
    const far = 'Saudi guests and the Minister, Ana Holm, spoke.';
    expect(homeOf('person:x', [person(far, 'Ana Holm', 'Minister')], far)).toBeNull();
  });
});
