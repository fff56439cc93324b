// Maps character offsets of a cleaned text back onto the file it was read from, the way
// ../shared/eval/te3-score.py does (cleaning drops a trailing newline, a line of page chrome, or
// rewrites a dateline). Greedy: equal characters map one to one; at a difference, the next 16
// characters of the cleaned text are looked for further on in the file and the walk resumes
// there; what cannot be found stays unmapped.
// Example: alignOffsets('Hello.', 'Hello.\n')(0, 5) -> [0, 5]

export type OffsetMap = (start: number, end: number) => [number, number] | null;

const PROBE = 16;

export function alignOffsets(cleaned: string, file: string): OffsetMap {
  if (cleaned === file || file.startsWith(cleaned)) return (s, e) => [s, e];
  const map = new Int32Array(cleaned.length).fill(-1);
  let j = 0;
  for (let i = 0; i < cleaned.length; i++) {
    if (j < file.length && cleaned[i] === file[j]) {
      map[i] = j++;
      continue;
    }
    const at = file.indexOf(cleaned.slice(i, i + PROBE), j);
    if (at >= 0) {
      map[i] = at;
      j = at + 1;
    }
  }
  return (s, e) => {
    const a = map[s];
    const b = map[e - 1];
    return a !== undefined && b !== undefined && a >= 0 && b >= a ? [a, b + 1] : null;
  };
}
