// Feature function of the part-of-speech tagger (after Ratnaparkhi and Honnibal's averaged
// perceptron tagger): the word, its affixes and shape, and the words around it. The previous tag
// is the model's transition weight. In two groups, as nerFeatures: the word's own features (the
// same wherever it stands, summed once by the tagger) and its context; `all` is both, as strings.
// Example: posFeatures.all(s, 1) for "the dogs barked" -> ['b', 'w=dogs', 'l=dogs', ..., 's1=s', 's2=gs', ...]
import type { WordSentence } from './wordSentences.js';
import { featureStrings, type EmitFeature } from './featureStrings.js';
import { wordShape } from './wordShape.js';

const SUFFIX = ['', 's1=', 's2=', 's3=', 's4='];
const PREFIX = ['', 'p1=', 'p2=', 'p3='];

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

  /** Features of the token's place in its sentence. */
  context(s: WordSentence, i: number, emit: EmitFeature): void {
    const n = s.words.length;
    const l = s.lower[i]!;
    const at = (k: number) => (k < 0 ? '<s>' : k >= n ? '</s>' : s.lower[k]!);
    emit('l-1=', at(i - 1));
    emit('l-2=', at(i - 2));
    emit('l+1=', at(i + 1));
    emit('l+2=', at(i + 2));
    emit('s3-1=', at(i - 1).slice(-3));
    emit('s3+1=', at(i + 1).slice(-3));
    emit('l-1|l=', at(i - 1), l);
    emit('l|l+1=', l, at(i + 1));
    if (i === 0) {
      emit('first', '');
      emit('first|ss=', s.short[i]!);
    }
    if (s.caps) emit('caps', '');
  },

  all(s: WordSentence, i: number): string[] {
    return featureStrings((emit) => {
      posFeatures.word(s.words[i]!, emit);
      posFeatures.context(s, i, emit);
    });
  },
};
