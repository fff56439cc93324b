// One log line per feed poll (then one indented line per skipped item), for `watch` and
// `serve --watch`: time, poll number, feed, what came back, what was stored, how long it took.
// Example: pollLine(2, report, new Date('2026-05-01T10:15:00Z'))
//   -> ['2026-05-01T10:15:00.000Z poll 2 https://x.org/feed.xml: 200, 12 items, 2 new: 2 ingested, 0 already in the store, 0 skipped (0.8 s)']
import type { PollReport } from './pollFeed.js';

export function pollLine(poll: number, report: PollReport, at: Date): string[] {
  const head = `${at.toISOString()} poll ${poll} ${report.feed}:`;
  const took = `(${(report.ms / 1000).toFixed(1)} s)`;
  if (report.outcome === 'notModified') return [`${head} 304 not modified ${took}`];
  if (report.outcome === 'failed') return [`${head} failed: ${report.reason ?? 'unknown reason'} ${took}`];
  const fresh = report.items - report.known;
  const stored = `${fresh} new: ${report.ingested} ingested, ${report.unchanged} already in the store, ${report.skipped.length} skipped`;
  const stopped = report.stopped ? '; stopped before all were stored, the rest comes next time' : '';
  return [
    `${head} ${report.status ?? 200}, ${report.items} item${report.items === 1 ? '' : 's'}, ${stored}${stopped} ${took}`,
    ...report.skipped.map((s) => `  skipped ${s.reason.startsWith(`${s.source}: `) ? s.reason : `${s.source}: ${s.reason}`}`),
  ];
}
