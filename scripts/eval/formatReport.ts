// Text output of the evaluation: the table per category (gold, predicted, TP, FP, FN, P, R, F1),
// the publication-date, place and event-mention lines, and with verbose, per article its scores and
// every miss, false positive and wrong value, so engineers can see what to fix.
// Example: formatTable(summary) -> 'category   gold  pred  ...\nentities (kind + id + span)  980 ...'
import type { GoldEvent, GoldTime, PredictedEvent, PredictedMention, PredictedTime } from './goldTypes.js';
import { prf, type Counts } from './prf.js';
import type { ArticleResult } from './scoreArticle.js';
import { CATEGORY_LABELS, CATEGORY_NAMES, type Summary } from './summarise.js';

const f3 = (x: number) => x.toFixed(3);
const pad = (s: string | number, n: number) => String(s).padStart(n);

export function formatTable(summary: Summary): string {
  const width = Math.max(...Object.values(CATEGORY_LABELS).map((l) => l.length));
  const head = `${'category'.padEnd(width)}  ${pad('gold', 5)} ${pad('pred', 5)} ${pad('TP', 5)} ${pad('FP', 5)} ${pad('FN', 5)}  ${pad('P', 6)} ${pad('R', 6)} ${pad('F1', 6)}`;
  const lines = [head, '-'.repeat(head.length)];
  for (const name of CATEGORY_NAMES) {
    const c = summary.categories[name];
    if (name === 'overall') lines.push('-'.repeat(head.length));
    lines.push(`${CATEGORY_LABELS[name].padEnd(width)}  ${pad(c.gold, 5)} ${pad(c.predicted, 5)} ${pad(c.tp, 5)} ${pad(c.fp, 5)} ${pad(c.fn, 5)}  ${pad(f3(c.precision), 6)} ${pad(f3(c.recall), 6)} ${pad(f3(c.f1), 6)}`);
  }
  const p = summary.publication;
  lines.push('');
  lines.push(`publication dates within the gold interval: ${p.correct}/${p.total} (undated in the text, dated by the product: ${p.undatedCorrect}/${p.undatedTotal})`);
  lines.push(`event places right, among matched events whose gold names a place: ${summary.places.correct}/${summary.places.total}`);
  const m = summary.eventMentions;
  lines.push(`event mentions kept by the product: ${m.predicted} (${m.redundant} repeat a gold event, counted neither way); gold mentions made events: ${m.madeEvents}`);
  return lines.join('\n');
}

const span = (when: { earliest?: string | null; latest?: string | null }) => {
  const e = when.earliest ?? null;
  const l = when.latest ?? null;
  if (e === null && l === null) return 'undated';
  return e === l ? e! : `${e ?? '…'}..${l ?? '…'}`;
};
const goldEvent = (e: GoldEvent) => `${e.kind} ${e.status} [${e.participants.join(', ')}] ${span(e)}${e.place ? ` @${e.place}` : ''}${e.count ? ` x${e.count}` : ''}${e.mention ? ' (mention)' : ''}${e.note ? ` — ${e.note}` : ''}`;
const predMention = (m: PredictedMention) => `${m.kind} ${m.status} [${m.participants.join(', ')}] ${span(m)}${m.place ? ` @${m.place}` : ''} "${m.trigger.text}" @${m.trigger.start}`;
const predEvent = (e: PredictedEvent) => `${e.kind} ${e.status} [${e.participants.join(', ')}] ${span(e)}${e.place ? ` @${e.place}` : ''} "${e.title}" (${e.extractor})`;
const goldTime = (t: GoldTime) => `"${t.text}"${t.start !== undefined ? ` @${t.start}` : ''} ${t.value} ${span(t)} ${t.granularity}`;
const predTime = (t: PredictedTime) => `"${t.text}" @${t.start} ${t.value} ${span(t)} ${t.granularity} (${t.by})`;
const score = (c: Counts) => {
  const s = prf(c);
  return `P ${f3(s.precision)} R ${f3(s.recall)} F1 ${f3(s.f1)}`;
};

export function formatArticle(r: ArticleResult): string {
  const pub = r.publication;
  const lines = [
    `== ${r.article}`,
    `  published: gold ${pub.gold ? `${pub.gold.value} (${span(pub.gold)})` : 'none'}, predicted ${pub.predicted ? `${pub.predicted.value} (${span(pub.predicted)})` : 'none'} [${pub.dateSource}]${pub.correct ? '' : '  WRONG'}`,
    `  entities ${score(r.entities.linked)} | times ${score(r.times.values)} | events ${score(r.events.events.counts)}`,
    `  anchored events ${score(r.mentions.anchored.counts)} | mentions ${score(r.mentions.mentions.counts)}`,
  ];
  if (r.predicted.error) lines.push(`  ERROR ${r.predicted.error}`);
  for (const x of r.repairs) lines.push(`  gold offset repaired: ${x}`);
  const confused = new Set(r.entities.confusions.flatMap((c) => [c.gold, c.predicted] as object[]));
  for (const c of r.entities.confusions) lines.push(`  entity wrong: "${c.gold.text}" @${c.gold.start ?? '?'} gold ${c.gold.kind} ${c.gold.id}, predicted "${c.predicted.text}" ${c.predicted.kind} ${c.predicted.id} (${c.predicted.by})`);
  for (const m of r.entities.misses) if (!confused.has(m)) lines.push(`  entity miss: "${m.text}" @${m.start ?? '?'} ${m.kind} ${m.id}`);
  for (const p of r.entities.falsePositives) if (!confused.has(p)) lines.push(`  entity FP:   "${p.text}" @${p.start} ${p.kind} ${p.id} (${p.by})`);
  for (const x of r.times.wrongValue) lines.push(`  time wrong value: gold ${goldTime(x.gold)} | predicted ${predTime(x.predicted)}`);
  for (const x of r.times.wrongInterval) lines.push(`  time wrong interval: gold ${goldTime(x.gold)} | predicted ${predTime(x.predicted)}`);
  for (const m of r.times.misses) lines.push(`  time miss: ${goldTime(m)}`);
  for (const p of r.times.falsePositives) lines.push(`  time FP:   ${predTime(p)}`);
  const statusOf = new Map(r.events.wrongStatus.map((x) => [x.gold, x.predicted]));
  for (const m of r.events.events.misses) {
    const other = statusOf.get(m);
    lines.push(`  event miss: ${goldEvent(m)}${other ? `  [found with status ${other.status}]` : ''}`);
  }
  for (const p of r.events.events.falsePositives) lines.push(`  event FP:   ${predEvent(p)}`);
  for (const x of r.events.wrongDate) lines.push(`  event date outside gold: ${goldEvent(x.gold)} | predicted ${span(x.predicted)}`);
  const madeEvent = new Map(r.mentions.madeEvents.map((x) => [x.gold, x.predicted]));
  for (const g of r.mentions.mentions.misses) {
    const made = madeEvent.get(g);
    lines.push(`  mention miss: ${goldEvent(g)}${made ? `  [made an event: "${made.title}" (${made.extractor})]` : ''}`);
  }
  for (const p of r.mentions.mentions.falsePositives) lines.push(`  mention FP:   ${predMention(p)}`);
  return lines.join('\n');
}
