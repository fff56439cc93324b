// The ordinal words events are numbered with ("second summit", "3rd visit"), both ways: the
// pattern and value assemble reads, the word eventTitle writes. One table for both.
const WORDS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'] as const;
const SUFFIXES = ['st', 'nd', 'rd', 'th', 'th', 'th', 'th', 'th', 'th', 'th'] as const;
const VALUES = new Map<string, number>(WORDS.flatMap((w, i) => [[w, i + 1], [`${i + 1}${SUFFIXES[i]}`, i + 1]] as [string, number][]));

export const ordinals = {
  /** Any ordinal word or numeral: "second", "2nd". */
  pattern: [...VALUES.keys()].sort((a, b) => b.length - a.length).join('|'),
  /** "second" -> 2, "3rd" -> 3; null for anything else. */
  value(word: string): number | null {
    return VALUES.get(word.toLowerCase()) ?? null;
  },
  /** 2 -> "Second"; null beyond the table. */
  word(n: number): string | null {
    const w = WORDS[n - 1];
    return w ? w[0]!.toUpperCase() + w.slice(1) : null;
  },
};
