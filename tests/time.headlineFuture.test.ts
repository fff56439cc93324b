// Headlinese future (issue 13, future read as past): a headline's bare "to" ("X to attend Tuesday's
// summit") announces what is ahead, so its weekday is the coming one and its event a plan.
// Sentences of our own; negatives: a sentence (closing punctuation), a finite verb before "to", a
// question word, "to" as a preposition, and a phrase of cause after the infinitive.
import { describe, expect, it } from 'vitest';
import { headlineFuture } from '../src/extract/time/headlineFuture.js';
import { extractArticle } from '../src/extract/pipeline.js';
import { caseArticle, expectEvents, type EventCase } from './events.support.js';

const at = (text: string, word: string) => text.indexOf(word);

describe('headlineFuture', () => {
  it("'X to attend Tuesday's summit' (a headline): what follows the infinitive is ahead", () => {
    const text = 'Ivan Petrov to attend Tuesday’s summit in Geneva\nOfficials confirmed the plan on Monday.';
    expect(headlineFuture(text, at(text, 'Tuesday'))).toBe(at(text, ' Tuesday'));
    expect(headlineFuture(text, at(text, 'summit'))).not.toBeNull();
  });
  it("a label before the subject: 'Trade row: Holm to visit Oslo'", () => {
    const text = 'Trade row: Ana Holm to visit Oslo next week\n';
    expect(headlineFuture(text, at(text, 'next'))).not.toBeNull();
  });
  it('negative: a sentence with its closing period is no headline', () => {
    const text = 'Ivan Petrov flew to Geneva to attend Tuesday’s summit.';
    expect(headlineFuture(text, at(text, 'Tuesday'))).toBeNull();
  });
  it("negative: a finite verb before 'to' ('Petrov says Holm to visit Oslo' is reported, 'has to' no headline's bare infinitive)", () => {
    expect(headlineFuture('Petrov says Holm to visit Oslo on Friday\n', 30)).toBeNull();
    expect(headlineFuture('Officials agreed to hold talks on Friday\n', 30)).toBeNull();
  });
  it("negative: 'What to watch:', 'An Open Letter to the Leaders', a word before the infinitive", () => {
    expect(headlineFuture('What to watch: Petrov met Holm on Friday\n', 35)).toBeNull();
    expect(headlineFuture('An Open Letter to the Leaders of Ruritania\n', 30)).toBeNull();
    const text = 'Ruritania to expel diplomats in response to sanctions\n';
    expect(headlineFuture(text, at(text, 'diplomats'))).not.toBeNull();
    expect(headlineFuture(text, at(text, 'sanctions'))).toBeNull();
    expect(headlineFuture(text, at(text, 'Ruritania'))).toBeNull();
  });
});

const PETROV = 'person:ivan-petrov';
const HOLM = 'person:ana-holm';

const cases: EventCase[] = [
  {
    name: "headline 'X to attend Tuesday's meeting with Y': planned, the coming Tuesday",
    text: 'Ivan Petrov to attend Tuesday’s meeting with Ana Holm in Geneva\n\nThe two have not met since the spring.',
    reference: '2021-01-04',
    expect: [{ kind: 'MEETING', status: 'PLANNED', when: '2021-01-05', participants: [PETROV, HOLM] }],
  },
  {
    name: "negative: the same words in a told sentence ('attended ... on Tuesday'): occurred, the last Tuesday",
    text: 'Ivan Petrov attended Tuesday’s meeting with Ana Holm in Geneva.\n\nThe two had not met since the spring.',
    reference: '2021-01-07',
    expect: [{ kind: 'MEETING', status: 'OCCURRED', when: '2021-01-05', participants: [PETROV, HOLM] }],
  },
];

describe('events: headlines told in the future', () => {
  for (const c of cases) it(c.name, () => expectEvents(c, extractArticle(caseArticle(c.text), c.reference)));
});
