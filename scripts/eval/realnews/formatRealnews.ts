// The eval:realnews report: one table of events per story and overall, one of publication dates
// and questions, then the worst misses with the quotes behind them (a few of each; all with --verbose).
// Example: formatReport(report, { verbose: false }) -> the text the command prints.
import { prf, type Counts } from '../prf.js';
import type { QuestionResult } from './answerQuestion.js';
import type { EventMatch } from './matchEvents.js';
import type { DateScore } from './scoreDates.js';
import { totalCounts, type StoryScore } from './scoreStory.js';
import type { ViewEvent } from './realnewsTypes.js';

export interface RealnewsReport {
  stories: StoryScore[];
  articles: Map<string, { stated: number; unstated: number }>;
  dates: DateScore[];
  /** Dates scored with the stated date hidden (--hide-dates); null when not asked. */
  hiddenDates: DateScore[] | null;
  questions: Map<string, QuestionResult[]>;
}

const f1 = (c: Counts) => prf(c).f1.toFixed(2);
const pct = (n: number, of: number) => (of === 0 ? '-' : `${n}/${of}`);
const days = (e: { earliest: string | null; latest: string | null }) => (e.earliest === null ? 'undated' : e.earliest === e.latest ? e.earliest : `${e.earliest}..${e.latest ?? '?'}`);
const quote = (q: string) => (q ? `"${q.length > 200 ? `${q.slice(0, 197)}...` : q}"` : '(no quote)');
const who = (e: ViewEvent) => e.participants.map((p) => `${p.entity.name}${p.role === 'participant' ? '' : ` (${p.role})`}`).join(', ') || 'nobody';
const graphEvent = (e: ViewEvent) => `${e.kind} ${e.status} ${days(e)} [${who(e)}] ${quote(e.quote)}`;

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows.map((r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ')).join('\n');
}

function eventRow(name: string, s: Pick<StoryScore, 'keyed' | 'day' | 'loose' | 'found' | 'missed' | 'duplicates' | 'spurious' | 'roles' | 'status' | 'lettersSanctions'>): string[] {
  return [
    name,
    String(s.keyed),
    f1(s.day),
    f1(s.loose),
    `${s.found.rightDay.length}/${s.found.loose.length}/${s.found.wrongDay.length}/${s.missed.length}`,
    String(s.duplicates.length),
    `${s.spurious.dated.length}/${s.spurious.undated.length}/${s.spurious.inEncounters.length}`,
    pct(s.roles.right, s.roles.of),
    pct(s.status.right, s.status.of),
    f1(s.lettersSanctions),
  ];
}

function overall(stories: StoryScore[]): Parameters<typeof eventRow>[1] {
  const flat = <T>(pick: (s: StoryScore) => T[]) => stories.flatMap(pick);
  return {
    keyed: stories.reduce((n, s) => n + s.keyed, 0),
    day: totalCounts(stories, (s) => s.day),
    loose: totalCounts(stories, (s) => s.loose),
    found: { rightDay: flat((s) => s.found.rightDay), loose: flat((s) => s.found.loose), wrongDay: flat((s) => s.found.wrongDay) },
    missed: flat((s) => s.missed),
    duplicates: flat((s) => s.duplicates),
    spurious: { dated: flat((s) => s.spurious.dated), undated: flat((s) => s.spurious.undated), inEncounters: flat((s) => s.spurious.inEncounters) },
    roles: { right: stories.reduce((n, s) => n + s.roles.right, 0), of: stories.reduce((n, s) => n + s.roles.of, 0), wrong: flat((s) => s.roles.wrong) },
    status: { right: stories.reduce((n, s) => n + s.status.right, 0), of: stories.reduce((n, s) => n + s.status.of, 0), wrong: flat((s) => s.status.wrong) },
    lettersSanctions: totalCounts(stories, (s) => s.lettersSanctions),
  };
}

function dateCells(scores: DateScore[]): string[] {
  const stated = scores.filter((d) => d.stated);
  const unstated = scores.filter((d) => !d.stated);
  return [
    pct(stated.filter((d) => d.within).length, stated.length),
    pct(unstated.filter((d) => d.within).length, unstated.length),
    String(scores.filter((d) => d.excludes).length),
  ];
}

function datesRow(name: string, report: RealnewsReport, story: string | null, questions: QuestionResult[]): string[] {
  const mine = (d: DateScore) => story === null || d.story === story;
  const a = story === null ? [...report.articles.values()].reduce((x, y) => ({ stated: x.stated + y.stated, unstated: x.unstated + y.unstated }), { stated: 0, unstated: 0 }) : report.articles.get(story)!;
  const hidden = report.hiddenDates?.filter(mine);
  return [
    name,
    `${a.stated}/${a.unstated}`,
    ...dateCells(report.dates.filter(mine)),
    ...(hidden ? [pct(hidden.filter((d) => d.within).length, hidden.length), String(hidden.filter((d) => d.excludes).length)] : []),
    pct(questions.filter((q) => q.exact).length, questions.length),
  ];
}

function section<T>(title: string, items: T[], show: (t: T) => string, verbose: boolean, limit = 6): string[] {
  if (items.length === 0) return [];
  const shown = verbose ? items : items.slice(0, limit);
  return [`\n${title} (${items.length}${shown.length < items.length ? `, first ${shown.length}; --verbose for all` : ''}):`, ...shown.map((t) => `  - ${show(t)}`)];
}

const keyLine = (m: EventMatch) => `${m.key.id} (${m.key.earliest === m.key.latest ? m.key.earliest : `${m.key.earliest}..${m.key.latest}`})`;

export function formatReport(report: RealnewsReport, options: { verbose: boolean }): string {
  const all = overall(report.stories);
  const out: string[] = [];
  out.push('Events (day F1: found with the right day, one day of slack; loose F1: found at all)');
  out.push(
    table([
      ['story', 'keyed', 'day F1', 'loose F1', 'day/loose/wrong/missed', 'dup', 'spurious dated/undated/in-encounters', 'roles right', 'status right', 'letters+sanctions F1'],
      ...report.stories.map((s) => eventRow(s.story, s)),
      eventRow('overall', all),
    ]),
  );
  out.push(`statements (not keyed): ${report.stories.reduce((n, s) => n + s.statements, 0)}; duplicates: ${all.duplicates.length} of ${all.keyed} keyed events`);
  out.push('\nPublication dates (within 2 days of the real day; "excluding": intervals that leave the real day out) and questions');
  const allQuestions = [...report.questions.values()].flat();
  out.push(
    table([
      ['story', 'articles stated/unstated', 'stated within', 'unstated within', 'excluding', ...(report.hiddenDates ? ['hidden within', 'hidden excluding'] : []), 'questions exact'],
      ...report.stories.map((s) => datesRow(s.story, report, s.story, report.questions.get(s.story) ?? [])),
      datesRow('overall', report, null, allQuestions),
    ]),
  );
  const v = options.verbose;
  const stories = report.stories;
  out.push(...section('Spurious events an analyst meets among encounters', all.spurious.inEncounters, graphEvent, v));
  out.push(...section('Missed key events', all.missed, (k) => `${k.id}: ${k.kind} ${k.earliest}${k.latest !== k.earliest ? `..${k.latest}` : ''} (${k.title}; reported by ${k.articles.join(', ') || 'none'})`, v));
  out.push(...section('Wrong day', all.found.wrongDay, (m) => `${keyLine(m)} given ${days(m.event)}: ${quote(m.event.quote)}`, v));
  out.push(...section('Found only loosely', all.found.loose, (m) => `${keyLine(m)} given ${days(m.event)}: ${quote(m.event.quote)}`, v));
  out.push(...section('Wrong participants or roles', all.roles.wrong, ({ match, check }) => `${keyLine(match)}: ${[...check.missing.map((n) => `missing ${n}`), ...check.wrongRole, ...check.extra.map((n) => `extra ${n}`)].join('; ')} ${quote(match.event.quote)}`, v));
  out.push(...section('Wrong status', all.status.wrong, (m) => `${keyLine(m)}: ${m.event.status}, not ${m.key.status} ${quote(m.event.quote)}`, v));
  out.push(...section('Duplicates', all.duplicates, (m) => `${keyLine(m)} again as ${graphEvent(m.event)}`, v));
  out.push(...section('Spurious dated events', all.spurious.dated, graphEvent, v));
  out.push(...section('Spurious undated events', all.spurious.undated, graphEvent, v));
  const badDates = [...report.dates, ...(report.hiddenDates ?? [])].filter((d) => !d.within);
  out.push(...section('Publication dates off', badDates, (d) => `${d.article}: real ${d.truth}, given ${days(d)} (${d.dateSource}${d.excludes ? ', excludes the real day' : ''})`, v));
  const failed = stories.flatMap((s) => (report.questions.get(s.story) ?? []).filter((q) => !q.exact));
  out.push(...section('Questions not answered exactly', failed, (q) => `${q.question.id}: ${q.question.ask} -> ${q.why}`, v, 12));
  return out.join('\n');
}
