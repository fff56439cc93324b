// Of two dated spans, the narrower one (an undated one never wins).
import type { TimeSpan } from '../../model/index.js';

export function tighter(a: TimeSpan | null, b: TimeSpan | null): TimeSpan | null {
  if (!a?.earliest || !a.latest) return b?.earliest ? b : a;
  if (!b?.earliest || !b.latest) return a;
  const width = (t: TimeSpan) => Date.parse(t.latest!) - Date.parse(t.earliest!);
  return width(b) < width(a) ? b : a;
}
