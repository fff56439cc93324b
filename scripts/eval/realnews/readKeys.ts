// tests/realnews/keys/STORY.json -> StoryKey (format: tests/realnews/README.md). Every field is
// checked; a bad one is a RealnewsFormatError naming the file and the field's path
// ("keys/minsk.json: events[2].participants[0].role: ..."). Article ids must be manifest rows of
// the same story; question event ids must be events of the key.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { EVENT_KINDS, EVENT_STATUSES, type EventKind, type EventStatus } from '../../../src/model/index.js';
import { RealnewsFormatError } from './realnewsFormatError.js';
import { KEY_ROLES, type DayAnswer, type KeyEvent, type KeyParticipant, type KeyQuestion, type KeyRole, type ManifestRow, type StoryKey } from './realnewsTypes.js';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
type Json = Record<string, unknown>;

class Fields {
  constructor(
    private readonly file: string,
    private readonly at: string,
    private readonly value: Json,
  ) {}
  fail(field: string, why: string): never {
    throw new RealnewsFormatError(`${this.file}: ${this.at}${this.at && field ? '.' : ''}${field}: ${why}`);
  }
  string(field: string, optional = false): string | undefined {
    const v = this.value[field];
    if ((v === undefined || v === null) && optional) return undefined;
    if (typeof v !== 'string' || v.trim() === '') this.fail(field, 'expected a non-empty string');
    return v;
  }
  day(field: string, optional = false): string | undefined {
    const v = this.string(field, optional);
    if (v !== undefined && !ISO_DAY.test(v)) this.fail(field, `expected YYYY-MM-DD, got "${v}"`);
    return v;
  }
  strings(field: string): string[] {
    const v = this.value[field] ?? [];
    if (!Array.isArray(v) || v.some((s) => typeof s !== 'string' || s.trim() === '')) this.fail(field, 'expected an array of non-empty strings');
    return v as string[];
  }
  oneOf<T extends string>(field: string, allowed: readonly T[], optional = false): T | undefined {
    const v = this.string(field, optional);
    if (v !== undefined && !allowed.includes(v as T)) this.fail(field, `"${v}" is not one of ${allowed.join(', ')}`);
    return v as T | undefined;
  }
  objects(field: string): Fields[] {
    const v = this.value[field] ?? [];
    if (!Array.isArray(v)) this.fail(field, 'expected an array');
    return (v as unknown[]).map((item, i) => {
      if (typeof item !== 'object' || item === null || Array.isArray(item)) this.fail(`${field}[${i}]`, 'expected an object');
      return new Fields(this.file, `${this.at}${this.at ? '.' : ''}${field}[${i}]`, item as Json);
    });
  }
  raw(field: string): unknown {
    return this.value[field];
  }
}

function dayAnswers(f: Fields): DayAnswer[] {
  const v = f.raw('answer');
  if (!Array.isArray(v)) f.fail('answer', 'expected an array of days');
  return v.map((a, i) => {
    if (typeof a === 'string' && ISO_DAY.test(a)) return { earliest: a, latest: a };
    if (typeof a === 'object' && a !== null) {
      const { earliest, latest } = a as Json;
      if (typeof earliest === 'string' && ISO_DAY.test(earliest) && typeof latest === 'string' && ISO_DAY.test(latest) && earliest <= latest) return { earliest, latest };
    }
    return f.fail(`answer[${i}]`, 'expected YYYY-MM-DD or {earliest, latest} in order');
  });
}

function participant(f: Fields): KeyParticipant {
  return { name: f.string('name')!, aliases: f.strings('aliases'), role: f.oneOf<KeyRole>('role', KEY_ROLES)! };
}

function keyEvent(f: Fields, articles: Set<string>): KeyEvent {
  const participants = f.objects('participants').map(participant);
  if (participants.length === 0) f.fail('participants', 'an event needs at least one participant');
  const earliest = f.day('earliest')!;
  const latest = f.day('latest')!;
  if (latest < earliest) f.fail('latest', `${latest} is before earliest ${earliest}`);
  const listed = f.strings('articles');
  for (const a of listed) if (!articles.has(a)) f.fail('articles', `"${a}" is not an article of this story in the manifest`);
  const optional = f.raw('optional');
  if (optional !== undefined && typeof optional !== 'boolean') f.fail('optional', 'expected true or false');
  return {
    id: f.string('id')!,
    kind: f.oneOf<EventKind>('kind', EVENT_KINDS)!,
    title: f.string('title')!,
    participants,
    accept: f.strings('accept'),
    place: f.string('place', true) ?? null,
    earliest,
    latest,
    status: f.oneOf<EventStatus>('status', EVENT_STATUSES)!,
    optional: optional === true,
    mode: f.string('mode', true) ?? null,
    action: f.oneOf('action', ['impose', 'ease', 'lift', 'extend'], true) ?? null,
    articles: listed,
  };
}

function question(f: Fields, events: Set<string>): KeyQuestion {
  const base = { id: f.string('id')!, ask: f.string('ask')! };
  const type = f.oneOf('type', ['encounters', 'meetings', 'sanctions', 'letters', 'status'] as const)!;
  const eventRef = (field: string) => {
    const id = f.string(field, true);
    if (id !== undefined && !events.has(id)) f.fail(field, `"${id}" is not an event id of this key`);
    return id;
  };
  switch (type) {
    case 'encounters': {
      const answer = f.strings('answer');
      const q: KeyQuestion = { ...base, type, person: f.string('person')!, answer };
      for (const k of ['from', 'to'] as const) {
        const d = f.day(k, true);
        if (d !== undefined) q[k] = d;
      }
      for (const k of ['after', 'before'] as const) {
        const id = eventRef(k);
        if (id !== undefined) q[k] = id;
      }
      return q;
    }
    case 'meetings':
      return { ...base, type, person: f.string('person')!, with: f.string('with')!, answer: dayAnswers(f) };
    case 'sanctions': {
      const action = f.oneOf('action', ['impose', 'ease', 'lift', 'extend'], true);
      return { ...base, type, imposer: f.string('imposer')!, target: f.string('target')!, ...(action ? { action } : {}), answer: dayAnswers(f) };
    }
    case 'letters':
      return { ...base, type, sender: f.string('sender')!, recipient: f.string('recipient')!, answer: dayAnswers(f) };
    case 'status':
      return { ...base, type, event: eventRef('event') ?? f.fail('event', 'expected an event id'), answer: f.oneOf<EventStatus>('answer', EVENT_STATUSES)! };
  }
}

export function parseKey(json: unknown, file: string, manifest: readonly ManifestRow[]): StoryKey {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new RealnewsFormatError(`${file}: expected a JSON object`);
  const f = new Fields(file, '', json as Json);
  const story = f.string('story')!;
  const expected = path.basename(file, '.json');
  if (story !== expected) f.fail('story', `"${story}" differs from the file name "${expected}"`);
  const rows = new Set(manifest.filter((r) => r.story === story).map((r) => r.id));
  if (rows.size === 0) f.fail('story', `no manifest row has story "${story}"`);
  const dates = f.raw('articles');
  if (typeof dates !== 'object' || dates === null || Array.isArray(dates)) f.fail('articles', 'expected an object of article id -> {date, basis}');
  const articleDates = new Map<string, string | null>();
  for (const [id, entry] of Object.entries(dates as Json)) {
    if (!rows.has(id)) f.fail(`articles.${id}`, 'not an article of this story in the manifest');
    const date = (entry as Json | null)?.['date'];
    if (date !== null && !(typeof date === 'string' && ISO_DAY.test(date))) f.fail(`articles.${id}.date`, 'expected YYYY-MM-DD or null');
    articleDates.set(id, date as string | null);
  }
  for (const id of rows) if (!articleDates.has(id)) f.fail('articles', `manifest article "${id}" has no entry`);
  const events = f.objects('events').map((e) => keyEvent(e, rows));
  const ids = new Set<string>();
  for (const [i, e] of events.entries()) {
    if (ids.has(e.id)) f.fail(`events[${i}].id`, `"${e.id}" is used twice`);
    ids.add(e.id);
  }
  const questions = f.objects('questions').map((q) => question(q, ids));
  return { story, title: f.string('title')!, articleDates, events, questions };
}

export async function readKeys(dir: string, manifest: readonly ManifestRow[]): Promise<StoryKey[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.json')).sort();
  const keys: StoryKey[] = [];
  for (const name of files) {
    const file = path.join(dir, name);
    let json: unknown;
    try {
      json = JSON.parse(await readFile(file, 'utf8'));
    } catch (error) {
      throw new RealnewsFormatError(`${file}: not valid JSON (${(error as Error).message})`);
    }
    keys.push(parseKey(json, file, manifest));
  }
  return keys;
}
