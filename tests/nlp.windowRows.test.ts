// Window features looked up by word id (src/extract/nlp/windowRows.ts) find the same model rows as
// the features written as strings (windowFeatures.writeWindow, what training stores), for the
// three shipped models' windows, past a block of tokens and past a fresh start of the vocabulary.
import { describe, expect, it } from 'vitest';
import { chunkFeatures } from '../src/extract/nlp/chunkFeatures.js';
import { featureSentences } from '../src/extract/nlp/featureSentences.js';
import { featureStrings } from '../src/extract/nlp/featureStrings.js';
import { loadModel } from '../src/extract/nlp/loadModel.js';
import { nerFeatures } from '../src/extract/nlp/nerFeatures.js';
import { posFeatures } from '../src/extract/nlp/posFeatures.js';
import { tokenize } from '../src/extract/nlp/tokenize.js';
import { writeWindow, type Column, type WindowFeature } from '../src/extract/nlp/windowFeatures.js';
import { WindowRows } from '../src/extract/nlp/windowRows.js';
import { wordSentences } from '../src/extract/nlp/wordSentences.js';

/** The rows the strings name, token-major as WindowRows gives them. */
function byStrings<S>(features: ReadonlyMap<string, number>, window: readonly WindowFeature<S>[], s: S, n: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(...featureStrings((emit) => writeWindow(window, s, n, i, emit)).map((f) => features.get(f) ?? -1));
  return out;
}

const words = tokenize('The talks in Hanoi collapsed after Kim Jong Un left early, a U.S. official said.').map((t) => t.text);

describe('WindowRows', () => {
  it('finds the rows of the strings for the entity, part-of-speech and chunk windows', () => {
    const ner = loadModel('ner').weights.features;
    const [f] = featureSentences([{ words, opensLine: true }]);
    const nerRows = new WindowRows(ner, nerFeatures.window);
    const expected = byStrings(ner, nerFeatures.window, f!, words.length);
    expect([...nerRows.rows(f!, words.length)]).toEqual(expected);
    // Most of the window's features are in the model, some are not (-1).
    expect(expected.filter((r) => r >= 0).length).toBeGreaterThan(expected.length / 2);
    expect(expected).toContain(-1);

    const pos = loadModel('pos').weights.features;
    const [w] = wordSentences([{ words, opensLine: true }]);
    expect([...new WindowRows(pos, posFeatures.window).rows(w!, words.length)]).toEqual(byStrings(pos, posFeatures.window, w!, words.length));

    const chunk = loadModel('chunk').weights.features;
    const tags = loadModel('pos').tagSentence(words.length, { features: posFeatures.window, sentence: w! }, (i, emit) => {
      posFeatures.word(words[i]!, emit);
      posFeatures.place(w!, i, emit);
    });
    const c = { s: w!, pos: tags };
    for (const part of ['words', 'all'] as const) {
      expect([...new WindowRows(chunk, chunkFeatures.part(part)).rows(c, words.length)]).toEqual(byStrings(chunk, chunkFeatures.part(part), c, words.length));
    }
  });

  it('a word met twice reads its row from the table, the same as the first time', () => {
    const ner = loadModel('ner').weights.features;
    const [f] = featureSentences([{ words, opensLine: true }]);
    const rows = new WindowRows(ner, nerFeatures.window);
    const first = [...rows.rows(f!, words.length)];
    expect([...rows.rows(f!, words.length)]).toEqual(first);
  });

  it('keeps finding the right rows in a sentence of more tokens than a block and more words than the vocabulary holds', () => {
    // 40,000 different words in one sentence, then in two more: ids start afresh several times.
    const many = Array.from({ length: 40_000 }, (_, k) => `w${k}`);
    const WORD: Column<readonly string[]> = { value: (s, k) => s[k]!, before: ['<s>', '<s2>'], after: ['</s>', '</s2>'] };
    const window: WindowFeature<readonly string[]>[] = [
      { template: 'b', cells: [] },
      { template: 'l-2=', cells: [[WORD, -2]] },
      { template: 'l+1=', cells: [[WORD, 1]] },
      { template: 'l-1|l=', cells: [[WORD, -1], [WORD, 0]] },
      { template: 'l-1|l|l+1=', cells: [[WORD, -1], [WORD, 0], [WORD, 1]] },
    ];
    const features = new Map<string, number>([['b', 0], ['l-2=<s2>', 1], ['l+1=</s>', 2]]);
    for (let k = 0; k < many.length; k += 7) features.set(`l-2=w${k}`, 10 + k);
    for (let k = 1; k < many.length; k += 5) features.set(`l-1|l=w${k - 1}|w${k}`, 100_000 + k);
    for (let k = 1; k + 1 < many.length; k += 3) features.set(`l-1|l|l+1=w${k - 1}|w${k}|w${k + 1}`, 200_000 + k);
    features.set('l+1=w2049', 3); // read across the first block's end
    const rows = new WindowRows(features, window);
    const expected = byStrings(features, window, many, many.length);
    expect(expected.filter((r) => r >= 0).length).toBeGreaterThan(20_000);
    for (let round = 0; round < 3; round++) expect([...rows.rows(many, many.length)]).toEqual(expected);
  });
});
