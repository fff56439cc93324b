// A trip told by a verb of motion toward a place in the progressive ("were flying to Oslo to attend
// the signing") is under way: its arrival, the visit, is still ahead of the clause's time, so it is
// PLANNED. Done motion ("flew to Oslo") and a progressive of being there ("is visiting Oslo") are
// not. Sentences of our own.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../src/extract/pipeline.js';
import { caseArticle } from './events.support.js';

const REF = '2021-01-04';
const visits = (text: string) => {
  const x = extractArticle(caseArticle(text), REF);
  return [...x.events, ...x.eventMentions].filter((e) => e.kind === 'VISIT').map((e) => e.status);
};

describe('events: motion under way', () => {
  it('a past progressive of flying to a place is a visit still ahead', () => {
    expect(visits('Trade envoy Ivan Petrov, joined by his deputy Ana Holm, was flying to Norway to attend the signing of the accord, an aide said.')).toEqual(['PLANNED']);
  });

  it('a present progressive of flying to a place is a visit still ahead', () => {
    expect(visits('Foreign Minister Ivan Petrov is now flying to Norway for talks on fishing rights.')).toEqual(['PLANNED']);
  });

  it('negative: the simple past of flying to a place is the trip done', () => {
    expect(visits('Foreign Minister Ivan Petrov flew to Norway on Monday for talks on fishing rights.')).toEqual(['OCCURRED']);
  });

  it('negative: a progressive of visiting is being there, not on the way', () => {
    expect(visits('Foreign Minister Ivan Petrov was visiting Norway when the accord was signed.')).toEqual(['OCCURRED']);
  });
});
