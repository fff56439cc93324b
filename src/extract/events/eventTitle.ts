// A readable event title: "Second summit: Donald Trump – Kim Jong Un"; an event the text counts
// ("met three times") says so: "Summit (3 times): Moon Jae-in – Kim Jong Un".
import type { EventKind } from '../../model/index.js';
import { ordinals } from './ordinals.js';

const KIND_WORDS: Record<EventKind, string> = {
  SUMMIT: 'summit', MEETING: 'meeting', TALKS: 'talks', LETTER: 'letter', SANCTION: 'sanctions', VISIT: 'visit', WEAPONS_TEST: 'weapons test', STATEMENT: 'statement',
};

export function eventTitle(kind: EventKind, names: string[], ordinal: number | null, count: number | null = null): string {
  const word = KIND_WORDS[kind];
  const nth = ordinal ? ordinals.word(ordinal) : null;
  const head = (nth ? `${nth} ${word}` : word[0]!.toUpperCase() + word.slice(1)) + (count && count > 1 ? ` (${count} times)` : '');
  const who = [...new Set(names)].join(' – ');
  return who ? `${head}: ${who}` : head;
}
