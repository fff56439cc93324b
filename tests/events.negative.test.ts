// Words that look like events but are not, and attributes an event must not take from words
// around it that belong to something else (the day a speaker spoke, a place in another clause).
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../src/extract/pipeline.js';
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
