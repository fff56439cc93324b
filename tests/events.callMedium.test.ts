// A call's medium (issue 13): VIDEO when the trigger or the words around it say video or virtual,
// PHONE otherwise; and a meeting told as a call carries it to its event, while one in person has none.
// Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { callMedium } from '../src/extract/events/callMedium.js';
import { extractArticle } from '../src/extract/pipeline.js';
import type { Article } from '../src/model/index.js';

const at = (text: string, word: string) => {
  const start = text.indexOf(word);
  return { start, end: start + word.length, text: word };
};

describe('callMedium', () => {
  it.each([
    ['The two ministers held a video call on Friday.', 'video call'],
    ['The presidents met in a virtual summit on Monday.', 'summit'],
    ['She talked with her counterpart by video link for an hour.', 'talked'],
    ['The leaders spoke over a videoconference on Tuesday.', 'spoke'],
  ])('VIDEO: %s', (text, word) => {
    expect(callMedium(text, at(text, word))).toBe('VIDEO');
  });

  it.each([
    ['The two ministers held a phone call on Friday.', 'phone call'],
    ['The prime minister spoke with the king by telephone.', 'spoke'],
    ['A telephone conversation followed the video release of the report.', 'telephone conversation'],
    ['They talked on the phone before the video was shown.', 'talked'],
  ])('PHONE (no video said of the call itself): %s', (text, word) => {
    expect(callMedium(text, at(text, word))).toBe('PHONE');
  });
});

describe('the medium of extracted meetings', () => {
  const article = (text: string): Article => ({ id: 'article:t', source: 'test', text, publishedAt: { text: '2031-05-09', earliest: '2031-05-09', latest: '2031-05-09', granularity: 'day', value: '2031-05-09' }, dateSource: 'header' });
  const media = (text: string) => extractArticle(article(text), '2031-05-09').events.filter((e) => e.kind === 'MEETING' || e.kind === 'SUMMIT').map((e) => e.medium ?? 'IN_PERSON');

  it('marks a phone call and a video call', () => {
    expect(media('President Ana Holm held a phone call with Prime Minister Bo Lind on May 6.')).toEqual(['PHONE']);
    expect(media('President Ana Holm held a video call with Prime Minister Bo Lind on May 6.')).toEqual(['VIDEO']);
  });

  it('negative: a meeting in person has no medium of its own', () => {
    expect(media('President Ana Holm met Prime Minister Bo Lind in Oslo on May 6.')).toEqual(['IN_PERSON']);
  });
});
