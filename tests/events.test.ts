// Event assembly on sentences of our own: kind, status, participants and roles, place, date.
import { describe, it } from 'vitest';
import { extractArticle } from '../src/extract/pipeline.js';
import { caseArticle, expectEvents, type EventCase } from './events.support.js';
import fixtures from './fixtures/events/cases.json' with { type: 'json' };

const cases = fixtures as EventCase[];

describe('events', () => {
  for (const c of cases) {
    it(c.name, () => {
      expectEvents(c, extractArticle(caseArticle(c.text), c.reference));
    });
  }
});
