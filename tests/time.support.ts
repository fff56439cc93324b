// The check shared by the per-category time tests (tests/time.<category>.negative.test.ts): each
// fixture (tests/fixtures/time/<category>.json) lists sentences in which nothing may be taken as a
// time ("none") and sentences with exactly the expected mentions ("cases": text, TIMEX3 value and
// type, in text order). Offsets are found in the sentence itself, never taken from the extractor.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractTimes } from '../src/extract/time/extractTimes.js';

interface NoneCase {
  name: string;
  sentence: string;
  reference: string | null;
}

interface Wanted {
  text: string;
  value: string;
  type: string;
  /** Which occurrence of the text in the sentence (0 = the first). */
  occurrence?: number;
}

interface MentionCase extends NoneCase {
  expected: Wanted[];
}

export interface CategoryFixture {
  none: NoneCase[];
  cases: MentionCase[];
}

function nthIndex(text: string, needle: string, n: number): number {
  let at = -1;
  for (let i = 0; i <= n; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`fixture: "${needle}" occurs fewer than ${n + 1} times in "${text}"`);
  }
  return at;
}

const ctx = (reference: string | null, text: string) => Object.freeze({ articleId: 'article:test', text, reference });

export function timeCategory(category: string): void {
  const fixture = JSON.parse(readFileSync(new URL(`./fixtures/time/${category}.json`, import.meta.url), 'utf8')) as CategoryFixture;
  describe(`${category}: what must not be taken as a time`, () => {
    for (const c of fixture.none) {
      it(c.name, () => {
        expect(extractTimes(c.sentence, ctx(c.reference, c.sentence)).map((m) => m.text)).toEqual([]);
      });
    }
  });
  describe(`${category}: exact spans, TIMEX3 values and types`, () => {
    for (const c of fixture.cases) {
      it(c.name, () => {
        const mentions = extractTimes(c.sentence, ctx(c.reference, c.sentence));
        expect(mentions.map((m) => ({ text: m.text, value: m.span.value, type: m.span.type }))).toEqual(c.expected.map(({ text, value, type }) => ({ text, value, type })));
        c.expected.forEach((e, i) => {
          const start = nthIndex(c.sentence, e.text, e.occurrence ?? 0);
          expect([mentions[i]!.start, mentions[i]!.end], e.text).toEqual([start, start + e.text.length]);
        });
      });
    }
  });
}
