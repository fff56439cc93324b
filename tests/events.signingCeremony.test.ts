// Signing ceremonies as gatherings of the signatories (issue 13): the parties of "the signing
// ceremony of the accord between A and B" are A and B; a ceremony heading the subject of "will take
// place" is planned, though the parser takes the noun after "of" for the subject; "X will represent
// A" names A's party. Sentences of our own, with negative cases (another noun than a signing before
// the agreement, an indefinite pair, a representation denied or of another country).
import { describe, it } from 'vitest';
import { extractArticle } from '../src/extract/pipeline.js';
import { caseArticle, expectEvents, type EventCase } from './events.support.js';

const NORWAY = 'country:norway';
const CHILE = 'country:chile';
const PETROV = 'person:ivan-petrov';
const HOLM = 'person:ana-holm';

const cases: EventCase[] = [
  {
    name: "'the signing ceremony of the trade accord between A and B will take place on <day> in <city>': planned, the signatories, day and place",
    text: 'The signing ceremony of the trade accord between Norway and Chile will take place on March 3 in Oslo.',
    reference: '2021-02-20',
    expect: [{ kind: 'MEETING', status: 'PLANNED', when: '2021-03-03', participants: [NORWAY, CHILE], place: 'place:oslo' }],
  },
  {
    name: "'the signing ceremony of the Oslo Accords between A and B took place on <day>': told as done",
    text: 'The signing ceremony of the Oslo Accords between Norway and Chile took place on March 3.',
    reference: '2021-03-20',
    expect: [{ kind: 'MEETING', status: 'OCCURRED', when: '2021-03-03', participants: [NORWAY, CHILE] }],
  },
  {
    name: "'X will represent A, and Y will represent B' in the next sentence: the representatives are the parties",
    text: 'The signing ceremony between Norway and Chile will take place on March 3. Foreign Minister Ivan Petrov will represent Norway, and Ana Holm will represent Chile.',
    reference: '2021-02-20',
    expect: [{ kind: 'MEETING', status: 'PLANNED', when: '2021-03-03', participants: [PETROV, HOLM] }],
  },
  {
    name: 'negative: a representation denied names no party',
    text: 'The signing ceremony between Norway and Chile will take place on March 3. Ivan Petrov will not represent Norway.',
    reference: '2021-02-20',
    expect: [{ kind: 'MEETING', status: 'PLANNED', when: '2021-03-03', participants: [NORWAY, CHILE] }],
  },
  {
    name: 'negative: someone who represented another country stands for no party of the ceremony',
    text: 'The signing ceremony between Norway and Chile will take place on March 3. Ivan Petrov represented Peru at the games.',
    reference: '2021-02-20',
    expect: [{ kind: 'MEETING', status: 'PLANNED', when: '2021-03-03', participants: [NORWAY, CHILE] }],
  },
  {
    name: "negative: 'the anniversary of the peace treaty between A and B' is no gathering",
    text: 'The anniversary of the peace treaty between Norway and Chile falls on March 3.',
    reference: '2021-02-20',
    expect: [],
  },
  {
    name: "negative: 'the signing ceremony of the treaty between a rebel group and a state' names a kind, not parties",
    text: 'The signing ceremony of the peace treaty between a rebel group and a state will take place on March 3.',
    reference: '2021-02-20',
    expect: [],
  },
];

describe('events: signing ceremonies and their signatories', () => {
  for (const c of cases) it(c.name, () => expectEvents(c, extractArticle(caseArticle(c.text), c.reference)));
});
