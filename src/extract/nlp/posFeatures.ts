// Feature function of the part-of-speech tagger (after Ratnaparkhi and Honnibal's averaged
// perceptron tagger): the word, its affixes and shape, and the words around it. The previous tag
// is the model's transition weight. In three groups, as nerFeatures: the word's own features (the
// same wherever it stands, summed once by the tagger), its window (the words around it, as data:
// windowFeatures) and the rest of its context; `all` is all of them, as strings.
// Example: posFeatures.all(s, 1) for "the dogs barked" -> ['b', 'w=dogs', 'l=dogs', ..., 's1=s', 's2=gs', ...]
import type { WordSentence } from './wordSentences.js';
import { featureStrings, type EmitFeature } from './featureStrings.js';
import { writeWindow, type Column, type WindowFeature } from './windowFeatures.js';
import { wordShape } from './wordShape.js';

const SUFFIX = ['', 's1=', 's2=', 's3=', 's4='];
const PREFIX = ['', 'p1=', 'p2=', 'p3='];

const LOWER: Column<WordSentence> = { value: (s, k) => s.lower[k]!, before: ['<s>', '<s>'], after: ['</s>', '</s>'] };
/** The last three letters of the lower-cased word (of the padding too: '</s>' -> '/s>'). */
const LAST3: Column<WordSentence> = { value: (s, k) => s.lower[k]!.slice(-3), before: ['<s>', '<s>'], after: ['/s>', '/s>'] };

const WINDOW: readonly WindowFeature<WordSentence>[] = [
  { template: 'l-1=', cells: [[LOWER, -1]] },
  { template: 'l-2=', cells: [[LOWER, -2]] },
  { template: 'l+1=', cells: [[LOWER, 1]] },
  { template: 'l+2=', cells: [[LOWER, 2]] },
  { template: 's3-1=', cells: [[LAST3, -1]] },
  { template: 's3+1=', cells: [[LAST3, 1]] },
  { template: 'l-1|l=', cells: [[LOWER, -1], [LOWER, 0]] },
  { template: 'l|l+1=', cells: [[LOWER, 0], [LOWER, 1]] },
];

export const posFeatures = {
  /** Features of the word alone. */
  word(w: string, emit: EmitFeature): void {
    const l = w.toLowerCase();
    emit('b', '');
    emit('w=', w);
    emit('l=', l);
    emit('sh=', wordShape(w));
    emit('ss=', wordShape(w, true));
    for (let k = 1; k <= 4 && k < l.length; k++) emit(SUFFIX[k]!, l.slice(-k));
    for (let k = 1; k <= 3 && k < l.length; k++) emit(PREFIX[k]!, l.slice(0, k));
  },

  /** The words around the token. */
  window: WINDOW,

  /** Features of the token's place in its sentence besides its window. */
  place(s: WordSentence, i: number, emit: EmitFeature): void {
    if (i === 0) {
      emit('first', '');
      emit('first|ss=', s.short[i]!);
    }
    if (s.caps) emit('caps', '');
  },

  all(s: WordSentence, i: number): string[] {
    return featureStrings((emit) => {
      posFeatures.word(s.words[i]!, emit);
      writeWindow(WINDOW, s, s.words.length, i, emit);
      posFeatures.place(s, i, emit);
    });
  },
};
