// Reads and checks the gold files of a folder (tests/gold/*.json, format in tests/gold/README.md).
// A file that does not follow the format is a GoldFormatError naming the file and the field, so a
// typo in hand-written gold never turns silently into a lower score.
// Example: await readGold('tests/gold') -> [{ article: '000_3e0d8073a8e6fb41.txt', entities: [...], ... }, ...]
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ENTITY_KINDS, EVENT_KINDS, EVENT_STATUSES } from '../../src/model/index.js';
import type { GoldArticle } from './goldTypes.js';

export class GoldFormatError extends Error {
  override readonly name = 'GoldFormatError';
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const ID = /^(person|country|organization|place):[a-z0-9-]+$/;

type Json = Record<string, unknown>;

// A misspelt field ("mentions": true) would otherwise be dropped without a word and change the scores.
const EVENT_FIELDS = ['kind', 'participants', 'status', 'earliest', 'latest', 'place', 'count', 'note', 'mention', 'why'];

export async function readGold(dir: string): Promise<GoldArticle[]> {
  const names = (await readdir(dir)).filter((n) => n.endsWith('.json')).sort();
  const out: GoldArticle[] = [];
  for (const name of names) {
    const file = join(dir, name);
    let data: unknown;
    try {
      data = JSON.parse(await readFile(file, 'utf8'));
    } catch (err) {
      throw new GoldFormatError(`${file}: not JSON (${(err as Error).message})`);
    }
    out.push(checkGold(data, file));
  }
  return out;
}

export function checkGold(data: unknown, file: string): GoldArticle {
  const fail = (what: string): never => {
    throw new GoldFormatError(`${file}: ${what}`);
  };
  const obj = (v: unknown, where: string): Json => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : fail(`${where} must be an object`));
  const str = (v: unknown, where: string): string => (typeof v === 'string' && v !== '' ? v : fail(`${where} must be a non-empty string`));
  const day = (v: unknown, where: string): string => (typeof v === 'string' && DAY.test(v) ? v : fail(`${where} must be YYYY-MM-DD`));
  const dayOrNull = (v: unknown, where: string): string | null => (v === null ? null : day(v, where));
  const arr = (v: unknown, where: string): unknown[] => (Array.isArray(v) ? v : fail(`${where} must be an array`));
  const oneOf = <T extends string>(v: unknown, options: readonly T[], where: string): T =>
    options.includes(v as T) ? (v as T) : fail(`${where} must be one of ${options.join(', ')}, got ${JSON.stringify(v)}`);
  const offset = (v: unknown, where: string): number | undefined =>
    v === undefined ? undefined : Number.isInteger(v) && (v as number) >= 0 ? (v as number) : fail(`${where} must be an offset >= 0`);
  const id = (v: unknown, where: string): string => (typeof v === 'string' && ID.test(v) ? v : fail(`${where} must be an id like person:kim-jong-un, got ${JSON.stringify(v)}`));

  const g = obj(data, 'the file');
  const published = g.publishedAt === null ? null : obj(g.publishedAt, 'publishedAt');
  return {
    article: str(g.article, 'article'),
    publishedAt: published && { value: str(published.value, 'publishedAt.value'), earliest: day(published.earliest, 'publishedAt.earliest'), latest: day(published.latest, 'publishedAt.latest') },
    ...(g.trueDate !== undefined ? { trueDate: day(g.trueDate, 'trueDate') } : {}),
    ...(g.note !== undefined ? { note: str(g.note, 'note') } : {}),
    entities: arr(g.entities, 'entities').map((v, i) => {
      const e = obj(v, `entities[${i}]`);
      const start = offset(e.start, `entities[${i}].start`);
      const kind = oneOf(e.kind, ENTITY_KINDS, `entities[${i}].kind`);
      const entityId = id(e.id, `entities[${i}].id`);
      if (entityId.split(':')[0]!.toUpperCase() !== kind) fail(`entities[${i}]: id ${entityId} does not agree with kind ${kind}`);
      return { text: str(e.text, `entities[${i}].text`), ...(start !== undefined ? { start } : {}), kind, id: entityId };
    }),
    times: arr(g.times, 'times').map((v, i) => {
      const t = obj(v, `times[${i}]`);
      const start = offset(t.start, `times[${i}].start`);
      return {
        text: str(t.text, `times[${i}].text`),
        ...(start !== undefined ? { start } : {}),
        value: str(t.value, `times[${i}].value`),
        earliest: dayOrNull(t.earliest, `times[${i}].earliest`),
        latest: dayOrNull(t.latest, `times[${i}].latest`),
        granularity: str(t.granularity, `times[${i}].granularity`),
      };
    }),
    events: arr(g.events, 'events').map((v, i) => {
      const e = obj(v, `events[${i}]`);
      const unknown = Object.keys(e).filter((k) => !EVENT_FIELDS.includes(k));
      if (unknown.length > 0) fail(`events[${i}] has unknown field(s) ${unknown.join(', ')} (known: ${EVENT_FIELDS.join(', ')})`);
      const participants = arr(e.participants, `events[${i}].participants`).map((p, j) => id(p, `events[${i}].participants[${j}]`));
      if (participants.length === 0) fail(`events[${i}].participants must not be empty`);
      const count = e.count === undefined ? undefined : Number.isInteger(e.count) && (e.count as number) >= 1 ? (e.count as number) : fail(`events[${i}].count must be an integer >= 1`);
      return {
        kind: oneOf(e.kind, EVENT_KINDS, `events[${i}].kind`),
        participants,
        status: oneOf(e.status, EVENT_STATUSES, `events[${i}].status`),
        ...(e.earliest !== undefined ? { earliest: day(e.earliest, `events[${i}].earliest`) } : {}),
        ...(e.latest !== undefined ? { latest: day(e.latest, `events[${i}].latest`) } : {}),
        ...(e.place !== undefined ? { place: id(e.place, `events[${i}].place`) } : {}),
        ...(count !== undefined ? { count } : {}),
        ...(e.note !== undefined ? { note: str(e.note, `events[${i}].note`) } : {}),
        ...(e.mention !== undefined ? { mention: typeof e.mention === 'boolean' ? e.mention : fail(`events[${i}].mention must be true or false`) } : {}),
        ...(e.why !== undefined ? { why: str(e.why, `events[${i}].why`) } : {}),
      };
    }),
  };
}
