// Checks the gold offsets against the cleaned text the read stage produces today. A mention whose
// offset no longer points at its text (the cleaning changed) is moved to the nearest occurrence of
// that text, or loses its offset (and is then matched by text) when the text is gone; each repair
// is reported, so stale gold is visible rather than silently scored wrong.
// Example: anchorGold(gold, text) -> { gold (offsets repaired), repairs: ['"Kim" 120 -> 118', ...] }
import type { GoldArticle } from './goldTypes.js';

export function anchorGold(gold: GoldArticle, text: string): { gold: GoldArticle; repairs: string[] } {
  const repairs: string[] = [];
  // Cleaning removes whole lines, so the offsets after a removed line all move by the same amount:
  // the shift seen at the previous mention (in text order) is the best guess for the next one.
  let shift = 0;
  const fix = <T extends { text: string; start?: number }>(m: T): T => {
    if (m.start === undefined) return m;
    if (text.startsWith(m.text, m.start + shift)) {
      if (shift !== 0) repairs.push(`"${m.text}" @${m.start} -> @${m.start + shift}`);
      return shift === 0 ? m : { ...m, start: m.start + shift };
    }
    if (text.startsWith(m.text, m.start)) {
      shift = 0;
      return m;
    }
    const target = m.start + shift;
    let best = -1;
    for (let i = text.indexOf(m.text); i >= 0; i = text.indexOf(m.text, i + 1)) {
      if (best < 0 || Math.abs(i - target) < Math.abs(best - target)) best = i;
    }
    if (best < 0) {
      repairs.push(`"${m.text}" @${m.start}: text not found, matched by text only`);
      const { start: _start, ...rest } = m;
      return rest as T;
    }
    repairs.push(`"${m.text}" @${m.start} -> @${best}`);
    shift = best - m.start;
    return { ...m, start: best };
  };
  const inOrder = <T extends { start?: number }>(xs: T[]) => [...xs.keys()].sort((a, b) => (xs[a]!.start ?? 0) - (xs[b]!.start ?? 0));
  const fixAll = <T extends { text: string; start?: number }>(xs: T[]): T[] => {
    shift = 0;
    const out = [...xs];
    for (const i of inOrder(xs)) out[i] = fix(xs[i]!);
    return out;
  };
  return { gold: { ...gold, entities: fixAll(gold.entities), times: fixAll(gold.times) }, repairs };
}
