// Time extractor, negative cases (tests/fixtures/time/negative.json): words that look like
// times and are not ("third summit", "May be there was", "March" as a verb, "Sunday" in a
// name), and durations that must not become dates counted from the reference.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractTimes } from '../src/extract/time/extractTimes.js';

interface NoneCase {
  name: string;
  sentence: string;
  reference: string | null;
}

interface OnlyCase extends NoneCase {
  only: { text: string; value: string; granularity: string }[];
}

const negative = JSON.parse(readFileSync(new URL('./fixtures/time/negative.json', import.meta.url), 'utf8')) as {
  none: NoneCase[];
  only: OnlyCase[];
};

const ctx = (reference: string | null, text: string) => Object.freeze({ articleId: 'article:test', text, reference });

describe('extractTimes: no time at all', () => {
  for (const c of negative.none) {
    it(c.name, () => {
      expect(extractTimes(c.sentence, ctx(c.reference, c.sentence))).toEqual([]);
    });
  }
});

describe('extractTimes: only these readings', () => {
  for (const c of negative.only) {
    it(c.name, () => {
      const mentions = extractTimes(c.sentence, ctx(c.reference, c.sentence));
      expect(mentions.map((m) => ({ text: m.text, value: m.span.value, granularity: m.span.granularity }))).toEqual(c.only);
      for (const m of mentions) {
        const start = c.sentence.indexOf(m.text);
        expect([m.start, m.end]).toEqual([start, start + m.text.length]);
        expect(m.span.earliest).toBeNull();
        expect(m.span.latest).toBeNull();
      }
    });
  }
});
