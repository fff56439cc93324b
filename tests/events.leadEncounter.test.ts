// The lead's news (issue 13): an encounter a dated page's lead tells as done without a day of its
// own is the news of the page: the publication day and the day before. Sentences of our own.
// Negatives: the same sentence past the lead, the pluperfect, the progressive, a plan, a clause that counts its
// encounters ("several times"), and a page whose date is unknown are left undated.
import { describe, expect, it } from 'vitest';
import type { EventFact } from '../src/model/index.js';
import { extractArticle } from '../src/extract/pipeline.js';
import { caseArticle } from './events.support.js';

const BRANDT = 'person:alan-brandt';
const MOSS = 'person:carla-moss';
const REF = '2019-02-27';
/** Twenty words and more of running prose that tell no encounter. */
const FILLER = 'The dispute over fishing rights in the northern waters has divided the two countries for most of the past decade, and it shows no sign of ending soon.';

function encounters(text: string, reference: string | null = REF): EventFact[] {
  return extractArticle(caseArticle(text), reference).events.filter((e) => ['MEETING', 'TALKS', 'SUMMIT', 'VISIT'].includes(e.kind));
}
const days = (e: EventFact | undefined) => (e?.when ? `${e.when.earliest}..${e.when.latest}` : null);

describe("events: the lead's news", () => {
  it("'A spoke to Foreign Minister B to ...' as the lead: the publication day and the day before", () => {
    const [e, ...rest] = encounters('Envoys talk\n\nAlan Brandt spoke to Foreign Minister Carla Moss to underscore the priority of easing the tensions along the border between their two countries.');
    expect(rest).toEqual([]);
    expect(e?.status).toBe('OCCURRED');
    expect(e?.participants.map((p) => p.entity).sort()).toEqual([BRANDT, MOSS]);
    expect(days(e)).toBe('2019-02-26..2019-02-27');
  });
  it("'A and B met in <city> in an attempt to ...' as the lead", () => {
    const [e] = encounters('Leaders meet\n\nAlan Brandt and Carla Moss met in Lisbon in an attempt to end the long dispute over fishing rights that has divided their two countries.');
    expect(days(e)).toBe('2019-02-26..2019-02-27');
  });
  it("'A has warned B in a phone call ...': the call the present perfect's clause is in", () => {
    const [e] = encounters('Warning\n\nAlan Brandt has warned Carla Moss in a phone call against any move that could deepen the dispute over fishing rights between the two countries.');
    expect(e?.participants.map((p) => p.entity).sort()).toEqual([BRANDT, MOSS]);
    expect(days(e)).toBe('2019-02-26..2019-02-27');
  });
  it('negative: the same report past the lead gets no day', () => {
    const [e] = encounters(`Fishing rights\n\n${FILLER}\n\n${FILLER}\n\nAlan Brandt and Carla Moss met in Lisbon in an attempt to end the long dispute over fishing rights that has divided their two countries.`);
    expect(e?.status).toBe('OCCURRED');
    expect(days(e)).toBeNull();
  });
  for (const text of [
    'Alan Brandt had met Carla Moss in Lisbon in an attempt to end the long dispute over fishing rights that has divided their two countries.',
    'Alan Brandt met Carla Moss several times in Lisbon in an attempt to end the long dispute over fishing rights that has divided their two countries.',
    // Told as going on: the talks began on a day the page does not say.
    'Officials of Alan Brandt and Carla Moss are holding talks in Lisbon in an attempt to end the long dispute over fishing rights between their two countries.',
  ]) {
    it(`negative: '${text.slice(0, 40)}...' as the lead gets no day`, () => {
      const [e] = encounters(`Fishing rights\n\n${text}`);
      expect(e?.status).toBe('OCCURRED');
      expect(days(e)).toBeNull();
    });
  }
  it('negative: a plan in the lead is no news of the day', () => {
    const [e] = encounters('Leaders to meet\n\nAlan Brandt will meet Carla Moss in Lisbon in an attempt to end the long dispute over fishing rights that has divided their two countries.');
    expect(e?.status).toBe('PLANNED');
    expect(days(e)).toBeNull();
  });
  it('negative: a page whose date is unknown stays undated', () => {
    const [e] = encounters('Leaders meet\n\nAlan Brandt and Carla Moss met in Lisbon in an attempt to end the long dispute over fishing rights that has divided their two countries.', null);
    expect(e).toBeDefined();
    expect(days(e)).toBeNull();
  });
});
