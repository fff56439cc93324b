// Checks the gold offsets against the cleaned text the read stage produces today. A mention whose
// offset no longer points at its text (the cleaning changed) is moved to the nearest occurrence of
// that text, or loses its offset (and is then matched by text) when the text is gone; each repair
// is reported, so stale gold is visible rather than silently scored wrong.
// Example: anchorGold(gold, text) -> { gold (offsets repaired), repairs: ['"Kim" 120 -> 118', ...] }
import type { GoldArticle } from './goldTypes.js';

export function anchorGold(gold: GoldArticle, text: string): { gold: GoldArticle; repairs: string[] } {
  const repairs: string[] = [];
  const fix = <T extends { text: string; start?: number }>(m: T): T => {
    if (m.start === undefined || text.startsWith(m.text, m.start)) return m;
    let best = -1;
    for (let i = text.indexOf(m.text); i >= 0; i = text.indexOf(m.text, i + 1)) {
      if (best < 0 || Math.abs(i - m.start) < Math.abs(best - m.start)) best = i;
    }
    if (best < 0) {
      repairs.push(`"${m.text}" @${m.start}: text not found, matched by text only`);
      const { start: _start, ...rest } = m;
      return rest as T;
    }
    repairs.push(`"${m.text}" @${m.start} -> @${best}`);
    return { ...m, start: best };
  };
  return { gold: { ...gold, entities: gold.entities.map(fix), times: gold.times.map(fix) }, repairs };
}
