// The day a report was told dates the encounter it reports (issue 13): "A said Tuesday after
// meeting B", "A met B in X, officials said on Friday" in a dated article: that day or the day
// before. Sentences of our own. Negatives: plans ("said he would meet", "will meet"), the
// pluperfect ("had met": any time before), "before meeting", a meeting told as history ("met B
// in 2013"), a clause with its own day, an attribution that does not close the
// sentence, and an article whose date is unknown are left as they were.
import { describe, expect, it } from 'vitest';
import type { EventFact } from '../src/model/index.js';
import { extractArticle } from '../src/extract/pipeline.js';
import { caseArticle } from './events.support.js';

const BRANDT = 'person:alan-brandt';
const MOSS = 'person:carla-moss';
/** A Saturday: "Friday" is 2015-04-10, "Tuesday" 2015-04-07. */
const REF = '2015-04-11';

function encounters(text: string, reference: string | null = REF): EventFact[] {
  return extractArticle(caseArticle(text), reference).events.filter((e) => ['MEETING', 'TALKS', 'SUMMIT', 'VISIT'].includes(e.kind));
}
const days = (e: EventFact | undefined) => (e?.when ? `${e.when.earliest}..${e.when.latest}` : null);

describe('events: the day of a report dates the encounter it reports', () => {
  it("'A said Tuesday after meeting with B': that Tuesday or the day before", () => {
    const [e, ...rest] = encounters('"We made real progress," Alan Brandt said Tuesday after meeting with Carla Moss.');
    expect(rest).toEqual([]);
    expect(e?.status).toBe('OCCURRED');
    expect(e?.participants.map((p) => p.entity).sort()).toEqual([BRANDT, MOSS]);
    expect(days(e)).toBe('2015-04-06..2015-04-07');
  });
  it("'A met B in X, officials said on Friday': a closing attribution with its day", () => {
    const [e] = encounters('Alan Brandt met Carla Moss in Lisbon, senior officials said on Friday.');
    expect(e?.participants.map((p) => p.entity).sort()).toEqual([BRANDT, MOSS]);
    expect(days(e)).toBe('2015-04-09..2015-04-10');
  });
  it("'A sealed the deal in a phone call with B, the ministry said Friday': the call", () => {
    const [e] = encounters('Alan Brandt sealed the deal in a phone call with Carla Moss, the ministry said Friday.');
    expect(e?.participants.map((p) => p.entity).sort()).toEqual([BRANDT, MOSS]);
    expect(days(e)).toBe('2015-04-09..2015-04-10');
  });
  it("'A has met B, officials said on Friday': the news perfect takes the attribution's day", () => {
    expect(days(encounters('Alan Brandt has met Carla Moss in Lisbon, officials said on Friday.')[0])).toBe('2015-04-09..2015-04-10');
  });
  it("negative: 'said Tuesday he would meet B', 'will meet B, officials said on Friday': plans get no day of the telling", () => {
    const [would, ...rest] = encounters('Alan Brandt said Tuesday he would meet Carla Moss in Lisbon.');
    expect(rest).toEqual([]);
    expect(would?.status).toBe('PLANNED');
    expect(days(would)).toBeNull();
    const [will] = encounters('Alan Brandt will meet Carla Moss in Lisbon, officials said on Friday.');
    expect(will?.status).toBe('PLANNED');
    expect(days(will)).toBeNull();
  });
  it("negative: 'had met B' (the pluperfect) and 'said Tuesday before meeting B' get no day", () => {
    for (const text of ['Alan Brandt had met Carla Moss in Lisbon, officials said on Friday.', '"We are hopeful," Alan Brandt said Tuesday before meeting Carla Moss in Lisbon.']) {
      const [e, ...rest] = encounters(text);
      expect(rest).toEqual([]);
      expect(e?.status).toBe('OCCURRED');
      expect(days(e)).toBeNull();
    }
  });
  it("negative: a meeting told as history ('met B in 2013') keeps its own year", () => {
    expect(days(encounters('Alan Brandt met Carla Moss in Lisbon in 2013, officials said on Friday.')[0])).toBe('2013-01-01..2013-12-31');
  });
  it("negative: the clause's own day wins ('met B on Wednesday, officials said on Friday')", () => {
    expect(days(encounters('Alan Brandt met Carla Moss in Lisbon on Wednesday, officials said on Friday.')[0])).toBe('2015-04-08..2015-04-08');
  });
  it('negative: an attribution that does not close the sentence dates nothing', () => {
    const [e] = encounters('Alan Brandt met Carla Moss in Lisbon, officials said on Friday, and the two agreed on a plan.');
    expect(e?.status).toBe('OCCURRED');
    expect(days(e)).toBeNull();
  });
  it('negative: a page whose date is unknown stays undated', () => {
    const [e] = encounters('Alan Brandt met Carla Moss in Lisbon, senior officials said on Friday.', null);
    expect(e).toBeDefined();
    expect(days(e)).toBeNull();
  });
});
