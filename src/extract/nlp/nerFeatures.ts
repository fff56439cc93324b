// Feature function of the named-entity tagger: the strings that describe token i of a sentence
// (the model learns one weight per feature and tag). Word and lower-cased word, shape and short
// shape, prefixes and suffixes, the words and shapes two to each side, position in the sentence,
// headline case, datelines, gazetteer marks of the token and its neighbours, how the document
// writes the word elsewhere and the words around its other occurrences. Previous tags are the
// model's transition weights (Viterbi). The features come in groups so the tagger can sum the
// shared ones once: the word's own (the same wherever it stands), the aggregate over the document
// (the same for each occurrence), and the token's context: its window (the words and shapes
// around it, as data: windowFeatures) and its place, each written as template and value
// (featureStrings); `all` is all of them, as strings.
// Example: nerFeatures.all(s, 1) for "Peter Blackburn said" -> ['b', 'w=Blackburn', 'l=blackburn',
//   'sh=Xxxxx', 'ss=Xx', 'p1=b', 's1=n', ..., 'l-1=peter', 'ss-1=Xx', ...]
import type { FeatureSentence } from './featureSentences.js';
import { featureStrings, type EmitFeature } from './featureStrings.js';
import { cellValue, writeWindow, type Column, type WindowFeature } from './windowFeatures.js';
import { wordShape } from './wordShape.js';

const AFFIX = [1, 2, 3, 4].map((k) => [`p${k}=`, `s${k}=`] as const);
const column = (of: (s: FeatureSentence) => readonly string[]): Column<FeatureSentence> => ({ value: (s, k) => of(s)[k]!, before: ['<s>', '<s2>'], after: ['</s>', '</s2>'] });
const LOWER = column((s) => s.lower);
const SHORT = column((s) => s.short);
const SHAPE = column((s) => s.shape);

const WINDOW: readonly WindowFeature<FeatureSentence>[] = [
  ...[-2, -1, 1, 2].flatMap((d) => [
    { template: `l${d}=`, cells: [[LOWER, d]] as const },
    { template: `ss${d}=`, cells: [[SHORT, d]] as const },
  ]),
  { template: 'sh-1=', cells: [[SHAPE, -1]] },
  { template: 'sh+1=', cells: [[SHAPE, 1]] },
  { template: 'l-1|l=', cells: [[LOWER, -1], [LOWER, 0]] },
  { template: 'l|l+1=', cells: [[LOWER, 0], [LOWER, 1]] },
  { template: 'ss-1|ss|ss+1=', cells: [[SHORT, -1], [SHORT, 0], [SHORT, 1]] },
];
const DOC_CASE = { first: 'dc|first=', caps: 'dc|caps=', mid: 'dc|mid=' };

export const nerFeatures = {
  /** Features of the word alone. */
  word(w: string, emit: EmitFeature): void {
    const l = w.toLowerCase();
    emit('b', '');
    emit('w=', w);
    emit('l=', l);
    emit('sh=', wordShape(w));
    emit('ss=', wordShape(w, true));
    for (let k = 1; k <= 4 && k <= l.length; k++) {
      emit(AFFIX[k - 1]![0], l.slice(0, k));
      emit(AFFIX[k - 1]![1], l.slice(-k));
    }
  },

  /** The words and shapes around the token. */
  window: WINDOW,

  /** Features of the token's place in its sentence and document besides its window. */
  place(s: FeatureSentence, i: number, emit: EmitFeature): void {
    const n = s.words.length;
    const l = s.lower[i]!;
    if (i === 0) emit('first', '');
    if (i === n - 1) emit('last', '');
    if (s.caps) {
      emit('caps', '');
      emit('caps|l=', l);
      emit('caps|l-1=', cellValue(LOWER, s, n, i - 1));
      emit('caps|l+1=', cellValue(LOWER, s, n, i + 1));
    }
    if (s.dateline[i]) emit('dateline', '');
    for (const m of s.marks[i]!) emit('g=', m);
    if (i > 0) for (const m of s.marks[i - 1]!) emit('g-1=', m);
    if (i < n - 1) for (const m of s.marks[i + 1]!) emit('g+1=', m);
    const dc = s.docCase[i]!;
    if (dc) {
      emit('dc=', dc);
      emit(DOC_CASE[i === 0 ? 'first' : s.caps ? 'caps' : 'mid'], dc);
    }
  },

  /** The words around the word's occurrences in the document (the same for each occurrence). */
  aggregate(s: FeatureSentence, i: number, emit: EmitFeature): void {
    for (const c of s.docContext[i]!) emit('agg', c);
  },

  all(s: FeatureSentence, i: number): string[] {
    return featureStrings((emit) => {
      nerFeatures.word(s.words[i]!, emit);
      writeWindow(WINDOW, s, s.words.length, i, emit);
      nerFeatures.place(s, i, emit);
      nerFeatures.aggregate(s, i, emit);
    });
  },
};
