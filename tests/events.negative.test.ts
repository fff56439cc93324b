// Words that look like events but are not, and attributes an event must not take from words
// around it that belong to something else (the day a speaker spoke, a place in another clause).
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../src/extract/pipeline.js';
import { extractTriggers } from '../src/extract/events/triggers.js';
import { caseArticle, expectEvents, type EventCase } from './events.support.js';
import cases from './fixtures/events/negative.json' with { type: 'json' };
import attributeFixtures from './fixtures/events/negativeAttributes.json' with { type: 'json' };

const attributes = attributeFixtures as EventCase[];

describe('events: what must not be found', () => {
  for (const c of cases) {
    it(c.name, () => {
      expect(extractArticle(caseArticle(c.text), c.reference).events).toEqual([]);
    });
  }
});

describe('events: what must not be read into an event (null: nothing)', () => {
  for (const c of attributes) {
    it(c.name, () => {
      expectEvents(c, extractArticle(caseArticle(c.text), c.reference));
    });
  }
});

describe('events: meals that name no meeting', () => {
  // A meal is a meeting when it is one of state ("a working dinner"); "had dinner with" alone is left to other words of the text.
  const meals = (text: string) => extractTriggers({ articleId: 'article:test', text, reference: '2019-08-29' }, [{ start: 0, end: text.length, text }]).filter((t) => t.kind === 'MEETING').map((t) => t.text);
  it('a dinner with family, spouses or a named person, a dinner skipped', () => {
    expect(meals('Emmanuel Macron had dinner with his family on Friday.')).toEqual([]);
    expect(meals('The two presidents were to attend a dinner with their spouses later Friday.')).toEqual([]);
    expect(meals('Merkel had lunch with Macron in Paris.')).toEqual([]);
    expect(meals('Merkel skipped dinner to prepare for the vote.')).toEqual([]);
  });
  it('a working, state or official meal is a meeting trigger', () => {
    expect(meals('Merkel and Macron held a working dinner in Paris.')).toEqual(['working dinner']);
    expect(meals('Obama attended a state dinner at the palace.')).toEqual(['state dinner']);
    expect(meals('Official lunches were held on Monday.')).toEqual(['Official lunches']);
  });
});
