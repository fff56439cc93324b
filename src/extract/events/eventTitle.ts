// A readable event title: "Second summit: Donald Trump – Kim Jong Un".
import type { EventKind } from '../../model/index.js';

const ORDINAL_WORDS = ['', 'First', 'Second', 'Third', 'Fourth', 'Fifth', 'Sixth'];
const KIND_WORDS: Record<EventKind, string> = {
  SUMMIT: 'summit', MEETING: 'meeting', TALKS: 'talks', LETTER: 'letter', SANCTION: 'sanctions', VISIT: 'visit', WEAPONS_TEST: 'weapons test', STATEMENT: 'statement',
};

export function eventTitle(kind: EventKind, names: string[], ordinal: number | null): string {
  const word = KIND_WORDS[kind];
  const head = ordinal && ORDINAL_WORDS[ordinal] ? `${ORDINAL_WORDS[ordinal]} ${word}` : word[0]!.toUpperCase() + word.slice(1);
  const who = [...new Set(names)].join(' – ');
  return who ? `${head}: ${who}` : head;
}
