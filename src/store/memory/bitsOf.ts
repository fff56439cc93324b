// A set of values of a fixed list (at most 32) as bits: bit i stands for all[i]; values not in
// the list add no bit.
//
//   bitsOf(['SUMMIT', 'VISIT'], ['MEETING', 'SUMMIT', 'VISIT'])  // 0b110
export function bitsOf(values: readonly string[], all: readonly string[]): number {
  let bits = 0;
  for (const value of values) {
    const i = all.indexOf(value);
    if (i >= 0) bits |= 1 << i;
  }
  return bits;
}
