// Which tokens of a sentence stand inside quotation marks. Straight quotes toggle; curly and
// TeX-style ones open and close. A quote left open runs to the sentence's end (news quotes often
// close in the next paragraph).
// Example: quotedTokens(['He', 'said', '“', 'we', 'met', '”', '.']) -> [f, f, f, t, t, f, f]
export function quotedTokens(words: readonly string[]): boolean[] {
  const out: boolean[] = [];
  let open = false;
  for (const w of words) {
    if (w === '“' || w === '``' || (w === '"' && !open)) {
      out.push(false);
      open = true;
    } else if (w === '”' || w === "''" || (w === '"' && open)) {
      out.push(false);
      open = false;
    } else out.push(open);
  }
  return out;
}
