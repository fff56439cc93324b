// Times read against an uncertain publication date: each expression is read against both ends
// of the interval; where the readings differ, the span widens to cover both, so a date is never
// more precise than the text and the inferred date allow ("on Sunday" in an article of
// October 2018 - February 2019 is any Sunday in that stretch, not one picked at random). Used by
// resolve for inferred intervals (redate.ts) and by extractArticle for a page that states its date
// coarser than a day (a date line "2019-03").
import type { TimeMention } from '../../model/index.js';
import type { ExtractContext } from '../context.js';
import type { Pipeline } from '../pipeline.js';

export function hullTimes(times: Pipeline['times'], earliest: string): Pipeline['times'] {
  return (text: string, ctx: ExtractContext): TimeMention[] => {
    const late = times(text, ctx);
    const early = times(text, { ...ctx, reference: earliest });
    return late.map((t) => {
      const e = early.find((x) => x.start === t.start && x.end === t.end);
      if (!e || e.span.value === t.span.value || !t.span.earliest || !e.span.earliest) return t;
      const lo = e.span.earliest < t.span.earliest ? e.span.earliest : t.span.earliest;
      const hi = e.span.latest! > t.span.latest! ? e.span.latest! : t.span.latest!;
      const common = commonValue(e.span.value, t.span.value);
      return { ...t, span: { ...t.span, earliest: lo, latest: hi, value: common, granularity: common.length === 7 ? 'month' : common.length === 4 ? 'year' : 'reference' }, by: `${t.by}+resolve/hullTimes` };
    });
  };
}

function commonValue(a: string, b: string): string {
  if (a.slice(0, 7) === b.slice(0, 7) && /^\d{4}-\d{2}/.test(a)) return a.slice(0, 7);
  if (a.slice(0, 4) === b.slice(0, 4) && /^\d{4}/.test(a)) return a.slice(0, 4);
  return 'XXXX';
}
