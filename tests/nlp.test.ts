// The token layer and the sequence taggers (src/extract/nlp): tokenizer offsets and splits, tag
// encodings, the decoder's constraints, the model file format, and the three shipped models on
// sentences of our own.
import { describe, expect, it } from 'vitest';
import { analyseText } from '../src/extract/nlp/analyseText.js';
import { chunkFeatures } from '../src/extract/nlp/chunkFeatures.js';
import { decodeModel } from '../src/extract/nlp/decodeModel.js';
import { encodeModel } from '../src/extract/nlp/encodeModel.js';
import { loadModel } from '../src/extract/nlp/loadModel.js';
import { posFeatures } from '../src/extract/nlp/posFeatures.js';
import { SequenceModel } from '../src/extract/nlp/sequenceModel.js';
import { spanTags } from '../src/extract/nlp/spanTags.js';
import { tagNames } from '../src/extract/nlp/tagNames.js';
import { tagSpans } from '../src/extract/nlp/tagSpans.js';
import { tagSyntax } from '../src/extract/nlp/tagSyntax.js';
import { tokenize } from '../src/extract/nlp/tokenize.js';
import { transitionMask } from '../src/extract/nlp/transitionMask.js';
import { viterbi } from '../src/extract/nlp/viterbi.js';
import { wordSentences } from '../src/extract/nlp/wordSentences.js';
import { wordShape } from '../src/extract/nlp/wordShape.js';

const words = (text: string) => tokenize(text).map((t) => t.text);

describe('tokenize', () => {
  it('splits punctuation and clitics the Penn Treebank way, with offsets into the text', () => {
    const text = "Mr. O'Brien's U.S. trip cost $5.5 million, he said (twice).";
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.text)).toEqual(['Mr.', "O'Brien", "'s", 'U.S.', 'trip', 'cost', '$', '5.5', 'million', ',', 'he', 'said', '(', 'twice', ')', '.']);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it("keeps numbers, dates and hyphenated words whole; splits n't and a slash between words", () => {
    expect(words("The all-rounder didn't play on 1996-08-30; 1,000 fans came from WASHINGTON/PALM BEACH in 1996/97")).toEqual([
      'The', 'all-rounder', 'did', "n't", 'play', 'on', '1996-08-30', ';', '1,000', 'fans', 'came', 'from', 'WASHINGTON', '/', 'PALM', 'BEACH', 'in', '1996/97',
    ]);
  });

  it('a full stop ending a line leaves even an abbreviation; a numbered line keeps its number', () => {
    expect(words('He works for Lear Corp.\n1. Michelle Freeman')).toEqual(['He', 'works', 'for', 'Lear', 'Corp', '.', '1.', 'Michelle', 'Freeman']);
    expect(words('Lear Corp. said it won 3.')).toEqual(['Lear', 'Corp.', 'said', 'it', 'won', '3', '.']);
  });

  it('tokenizes only the span it is given', () => {
    const text = 'One. Two three.';
    expect(tokenize(text, 5, text.length).map((t) => [t.text, t.start])).toEqual([['Two', 5], ['three', 9], ['.', 14]]);
  });
});

describe('word shapes and tag encodings', () => {
  it('shapes keep case, digits and punctuation, runs cut at four (or one)', () => {
    expect([wordShape('Blackburn'), wordShape('1996-08-22'), wordShape('U.S.'), wordShape('EU'), wordShape('Blackburn', true)]).toEqual(['Xxxxx', 'dddd-dd-dd', 'X.X.', 'XX', 'Xx']);
  });

  it('IOB1 spans (B- only between two names of one type) come back the same from BILOU and BIO', () => {
    const iob1 = ['I-PER', 'I-PER', 'B-PER', 'O', 'I-LOC', 'I-ORG', 'I-ORG'];
    const spans = tagSpans(iob1);
    expect(spans).toEqual([
      { start: 0, end: 2, type: 'PER' },
      { start: 2, end: 3, type: 'PER' },
      { start: 4, end: 5, type: 'LOC' },
      { start: 5, end: 7, type: 'ORG' },
    ]);
    expect(spanTags(spans, 7, 'BILOU')).toEqual(['B-PER', 'L-PER', 'U-PER', 'O', 'U-LOC', 'B-ORG', 'L-ORG']);
    expect(tagSpans(spanTags(spans, 7, 'BILOU'))).toEqual(spans);
    expect(tagSpans(spanTags(spans, 7, 'BIO'))).toEqual(spans);
  });

  it('Viterbi never opens a BILOU name in the middle or leaves one open, however the scores lean', () => {
    const tags = ['O', 'B-PER', 'I-PER', 'L-PER', 'U-PER'];
    const mask = transitionMask(tags);
    // Each token alone prefers I-PER, which may neither start a sentence nor end one.
    const scores = Float64Array.from([0, 0, 5, 0, 1, 0, 0, 5, 0, 1]);
    const path = [...viterbi(scores, new Float32Array(30), mask, 2, 5)].map((j) => tags[j]);
    expect(path).toEqual(['U-PER', 'U-PER']);
  });

  it('the pruned Viterbi finds the path a full search finds, ties included, with and without a span mask', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const bilou = ['O', 'B-PER', 'I-PER', 'L-PER', 'U-PER', 'B-LOC', 'I-LOC', 'L-LOC', 'U-LOC'];
    const free = Array.from({ length: 45 }, (_, k) => `T${k}`);
    for (const tags of [bilou, free]) {
      const T = tags.length;
      const mask = transitionMask(tags);
      for (let trial = 0; trial < 100; trial++) {
        // Half the trials draw from {0, 1, 2}: many ties between paths.
        const draw = trial % 2 ? () => Math.floor(random() * 3) : () => random() * 10 - 5;
        const n = 1 + (trial % 12);
        const scores = Float64Array.from({ length: n * T }, draw);
        const transitions = Float32Array.from({ length: (T + 1) * T }, draw);
        expect([...viterbi(scores, transitions, mask, n, T)]).toEqual(fullViterbi(scores, transitions, mask.allowed, mask.final, n, T));
      }
    }
    // A tie the ordered search meets late: tag 1 is the better predecessor of tag 0 but tag 0 ties it.
    const tie = { scores: Float64Array.from([1, 2, -10, 10, 0, 0]), transitions: Float32Array.from([1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]) };
    const mask = transitionMask(['A', 'B', 'C']);
    expect([...viterbi(tie.scores, tie.transitions, mask, 2, 3)]).toEqual([0, 0]);
    expect(fullViterbi(tie.scores, tie.transitions, mask.allowed, mask.final, 2, 3)).toEqual([0, 0]);
  });
});

/** Viterbi trying every predecessor of every tag, ties to the lowest index: the reference for the pruned one. */
function fullViterbi(scores: Float64Array, transitions: Float32Array, allowed: Uint8Array, final: Uint8Array, n: number, T: number): number[] {
  const best = Array.from({ length: n }, () => new Array<number>(T).fill(-Infinity));
  const back = Array.from({ length: n }, () => new Array<number>(T).fill(0));
  for (let j = 0; j < T; j++) if (allowed[T * T + j]) best[0]![j] = scores[j]! + transitions[T * T + j]!;
  for (let t = 1; t < n; t++) {
    for (let j = 0; j < T; j++) {
      let top = -Infinity;
      for (let i = 0; i < T; i++) {
        const v = best[t - 1]![i]! + transitions[i * T + j]!;
        if (allowed[i * T + j] && v > top) [top, back[t]![j]] = [v, i];
      }
      best[t]![j] = top + scores[t * T + j]!;
    }
  }
  const path = [0];
  for (let j = 0, top = -Infinity; j < T; j++) if (final[j] && best[n - 1]![j]! > top) [top, path[0]] = [best[n - 1]![j]!, j];
  for (let t = n - 1; t > 0; t--) path.unshift(back[t]![path[0]!]!);
  return path;
}

describe('model files', () => {
  it('an encoded model decodes to the same tags, features and (quantised) weights', () => {
    const weights = {
      tags: ['O', 'U-PER'],
      features: new Map([['w=Ivan', 0], ['b', 1]]),
      rowStart: Uint32Array.from([0, 2, 3]),
      cols: Uint8Array.from([0, 1, 0]),
      vals: Float32Array.from([-1.5, 2.25, 0.5]),
      transitions: new Float32Array(6),
      meta: { task: 'test' },
    };
    const back = decodeModel(encodeModel(weights), 'test model');
    expect(back.tags).toEqual(weights.tags);
    expect([...back.features]).toEqual([...weights.features]);
    expect([...back.cols]).toEqual([...weights.cols]);
    for (const [i, v] of weights.vals.entries()) expect(back.vals[i]).toBeCloseTo(v, 3);
    expect(new SequenceModel(back).tag([['w=Ivan', 'b'], ['w=said', 'b']])).toEqual(['U-PER', 'O']);
  });

  it('a file that is not a model is an error naming it', () => {
    expect(() => decodeModel(Buffer.from('not a model'), 'data/models/bad.bin')).toThrow(/data\/models\/bad\.bin: not a newsgraph tagger model/);
  });
});

describe('chunkFeatures.tagWindow', () => {
  it('keys a token by its five tags: the same tags around, the same key; the sentence edges count', () => {
    // Tags as indexes: DT NN VBD DT NN; tokens 1 and 4 have different windows (4 is near the end).
    const ids = [3, 7, 12, 3, 7];
    const keys = ids.map((_, i) => chunkFeatures.tagWindow(ids, i));
    expect(new Set(keys).size).toBe(5);
    expect(chunkFeatures.tagWindow([9, 3, 7, 12, 3, 7, 12, 9], 3)).toBe(chunkFeatures.tagWindow([1, 3, 7, 12, 3, 7, 12, 1], 3));
    expect(chunkFeatures.tagWindow([3, 7], 0)).toBe(((((62 * 64 + 62) * 64 + 3) * 64 + 7) * 64 + 63));
    for (const k of keys) expect(Number.isSafeInteger(k) && k < 2 ** 30).toBe(true);
  });
});

describe('the shipped models', () => {
  it('the entity model finds people, organisations and places in a sentence of our own', () => {
    const text = 'Anna Kowalczyk, a spokeswoman for the European Commission, said in Brussels on Thursday that the talks would resume.';
    const names = tagNames(text, analyseText(text)).map((n) => [n.text, n.type]);
    expect(names).toEqual([
      ['Anna Kowalczyk', 'PER'],
      ['European Commission', 'ORG'],
      ['Brussels', 'LOC'],
    ]);
  });

  it('features looked up by template and value score as the same features written as strings', () => {
    const f = wordSentences([{ words: words('The talks in Hanoi collapsed after Kim Jong Un left early.'), opensLine: true }])[0]!;
    const pos = loadModel('pos');
    const strings = f.words.map((_, i) => posFeatures.all(f, i));
    const byTemplate = pos.tagSentence(f.words.length, { features: posFeatures.window, sentence: f }, (i, emit) => {
      posFeatures.word(f.words[i]!, emit);
      posFeatures.place(f, i, emit);
    });
    expect(byTemplate).toEqual(pos.tag(strings));
    expect(byTemplate.slice(0, 4)).toEqual(['DT', 'NNS', 'IN', 'NNP']);
    expect(strings[1]).toContain('l-1|l=the|talks');
  });

  it('the part-of-speech and chunk models tag a sentence of our own', () => {
    const [s] = tagSyntax(analyseText('The talks collapsed in Hanoi.'));
    expect(s!.pos).toEqual(['DT', 'NNS', 'VBD', 'IN', 'NNP', '.']);
    expect(s!.chunks).toEqual([
      { start: 0, end: 2, type: 'NP' },
      { start: 2, end: 3, type: 'VP' },
      { start: 3, end: 4, type: 'PP' },
      { start: 4, end: 5, type: 'NP' },
    ]);
  });

  it('each model records what it was trained on', () => {
    for (const name of ['ner', 'pos', 'chunk'] as const) expect(loadModel(name).weights.meta).toMatchObject({ task: name, train: 'eng.train', dev: 'eng.testa' });
  });
});
