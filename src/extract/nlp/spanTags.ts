// Tags that encode labelled spans over n tokens, in BILOU (the entity tagger: the last and the only
// token of a name are told apart, which helps a greedy or Viterbi tagger) or BIO (the chunker).
// Example: spanTags([{ start: 0, end: 2, type: 'PER' }], 3, 'BILOU') -> ['B-PER', 'L-PER', 'O']
import type { TagSpan } from './tagSpans.js';

export function spanTags(spans: readonly TagSpan[], n: number, scheme: 'BILOU' | 'BIO'): string[] {
  const tags = new Array<string>(n).fill('O');
  for (const s of spans) {
    for (let i = s.start; i < s.end; i++) tags[i] = `I-${s.type}`;
    tags[s.start] = `B-${s.type}`;
    if (scheme === 'BILOU') {
      if (s.end - s.start === 1) tags[s.start] = `U-${s.type}`;
      else tags[s.end - 1] = `L-${s.type}`;
    }
  }
  return tags;
}
