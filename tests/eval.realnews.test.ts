// The real-news scorer (scripts/eval/realnews/) on a small hand-made store and key
// (tests/fixtures/realnews/): each kind of error is counted as what it is. Every expected figure
// below was worked out by hand from the fixture, not read off the scorer.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphChange } from '../src/store/graphStore.js';
import { openMemoryStore, type MemoryStore } from '../src/store/memory/memoryStore.js';
import { answerQuestion } from '../scripts/eval/realnews/answerQuestion.js';
import { assignEvents, matchOf, placeNames } from '../scripts/eval/realnews/matchEvents.js';
import { graphView } from '../scripts/eval/realnews/graphView.js';
import { nameMatches } from '../scripts/eval/realnews/nameMatches.js';
import { parseKey, readKeys } from '../scripts/eval/realnews/readKeys.js';
import { parseManifest, readManifest } from '../scripts/eval/realnews/readManifest.js';
import type { ManifestRow, StoryKey, ViewArticle, ViewEvent } from '../scripts/eval/realnews/realnewsTypes.js';
import { scoreDates } from '../scripts/eval/realnews/scoreDates.js';
import { scoreStory, type StoryScore } from '../scripts/eval/realnews/scoreStory.js';

const FIXTURES = 'tests/fixtures/realnews';
let dir: string;
let store: MemoryStore;
let manifest: ManifestRow[];
let key: StoryKey;
let events: ViewEvent[];
let articles: ViewArticle[];
let score: StoryScore;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'newsgraph-realnews-'));
  store = await openMemoryStore(dir);
  await store.write(JSON.parse(await readFile(`${FIXTURES}/graph.json`, 'utf8')) as GraphChange);
  manifest = await readManifest(`${FIXTURES}/manifest.tsv`);
  [key] = (await readKeys(`${FIXTURES}/keys`, manifest)) as [StoryKey];
  ({ events, articles } = await graphView(store, ['demo-01', 'demo-02', 'demo-03']));
  score = scoreStory(key, events);
});
afterAll(async () => {
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

const ids = (list: { event: ViewEvent }[]) => list.map((m) => m.event.id);

describe('scoring events', () => {
  it('reads the graph through the API, sources mapped back to manifest ids', () => {
    expect(events.map((e) => e.id).sort()).toHaveLength(6);
    expect(articles.map((a) => a.manifestId).sort()).toEqual(['demo-01', 'demo-02', 'demo-03']);
  });

  it('counts a right day, a wrong day and a miss, and leaves the optional call out', () => {
    expect(score.keyed).toBe(4);
    expect(ids(score.found.rightDay).sort()).toEqual(['event:e1-summit-right-day', 'event:e3-letter-roles-reversed']);
    expect(ids(score.found.wrongDay)).toEqual(['event:e4-sanction-wrong-day']);
    expect(score.found.loose).toEqual([]);
    expect(score.missed.map((k) => k.id)).toEqual(['meeting-missed']);
    // 5 graph events of keyed kinds (the statement is not one): 2 right days among them.
    expect(score.day).toEqual({ tp: 2, fp: 3, fn: 2 });
    expect(score.loose).toEqual({ tp: 3, fp: 2, fn: 1 });
    expect(score.statements).toBe(1);
  });

  it('counts the undated second report of the summit as a duplicate, not as found or spurious', () => {
    expect(ids(score.duplicates)).toEqual(['event:e2-summit-duplicate']);
    expect(score.spurious.undated).toEqual([]);
  });

  it('counts a meeting the key does not have as spurious, and as one an analyst meets among encounters', () => {
    expect(score.spurious.dated.map((e) => e.id)).toEqual(['event:e5-meeting-spurious']);
    expect(score.spurious.inEncounters.map((e) => e.id)).toEqual(['event:e5-meeting-spurious']);
  });

  it('counts a letter with sender and recipient reversed as a wrong role, and right days and roles apart', () => {
    expect(score.roles.right).toBe(2);
    expect(score.roles.of).toBe(3);
    const [wrong] = score.roles.wrong;
    expect(wrong?.match.key.id).toBe('letter');
    expect(wrong?.check.wrongRole).toEqual(['Xavier Yates as sender (is recipient)', 'Yvonne Zell as recipient (is sender)']);
    // Neither the reversed letter nor the wrongly dated sanction counts for letters and sanctions.
    expect(score.lettersSanctions).toEqual({ tp: 0, fp: 2, fn: 2 });
    expect(score.status).toMatchObject({ right: 3, of: 3 });
    expect(score.places).toEqual({ right: 1, of: 1 });
  });
});

describe('matching graph events to key events', () => {
  const country = (name: string) => ({ id: `country:${name.toLowerCase()}`, kind: 'COUNTRY', name, aliases: [] });
  const key = (id: string, imposer: string, target: string) => ({
    id, kind: 'SANCTION' as const, title: id, accept: [], place: null, earliest: '2021-04-15', latest: '2021-04-16', status: 'OCCURRED' as const, optional: false, mode: null, action: 'impose', articles: [],
    participants: [{ name: imposer, aliases: [], role: 'imposer' as const }, { name: target, aliases: [], role: 'target' as const }],
  });
  const event = (id: string, imposer: string, target: string): ViewEvent => ({
    id, kind: 'SANCTION', title: id, earliest: '2021-04-15', latest: '2021-04-15', status: 'OCCURRED', place: null, sources: [], action: 'IMPOSED', quote: '',
    participants: [{ role: 'imposer', entity: country(imposer) }, { role: 'target', entity: country(target) }],
  });
  it('gives each of two packages of the same two sides, same days, the one in its roles (the ids would pick the other)', () => {
    const keys = [key('a-russia-on-us', 'Russia', 'United States'), key('b-us-on-russia', 'United States', 'Russia')];
    const { primary, duplicates } = assignEvents(keys, [event('e1', 'United States', 'Russia')]);
    expect(primary.get('b-us-on-russia')?.event.id).toBe('e1');
    expect(primary.has('a-russia-on-us')).toBe(false);
    expect(duplicates).toEqual([]);
  });
  it('an event that would be a second one for its best key is the find of another key it matches that has none', () => {
    // e1 and e2 both match both keys in full (same sides, days and roles); by rank and id both would go to a-first.
    const keys = [key('a-first', 'United States', 'Russia'), key('b-second', 'United States', 'Russia')];
    const { primary, duplicates } = assignEvents(keys, [event('e1', 'United States', 'Russia'), event('e2', 'United States', 'Russia')]);
    expect([primary.get('a-first')?.event.id, primary.get('b-second')?.event.id]).toEqual(['e1', 'e2']);
    expect(duplicates).toEqual([]);
  });
  it('negative: with every key found, an event left over is a duplicate of the key it matches best', () => {
    const { primary, duplicates } = assignEvents([key('a-first', 'United States', 'Russia')], [event('e1', 'United States', 'Russia'), event('e2', 'United States', 'Russia')]);
    expect(primary.get('a-first')?.event.id).toBe('e1');
    expect(duplicates.map((m) => [m.key.id, m.event.id])).toEqual([['a-first', 'e2']]);
  });
  it('negative: with one package keyed, reversed roles still match it (a wrong role, scored by the roles check)', () => {
    const { primary } = assignEvents([key('a-russia-on-us', 'Russia', 'United States')], [event('e1', 'United States', 'Russia')]);
    expect(primary.get('a-russia-on-us')?.event.id).toBe('e1');
  });
  it('on a tie a required key takes the event before an optional one (the optional id sorts first)', () => {
    const keys = [{ ...key('a-optional', 'United States', 'Russia'), optional: true }, key('b-required', 'United States', 'Russia')];
    const { primary, optional } = assignEvents(keys, [event('e1', 'United States', 'Russia')]);
    expect(primary.get('b-required')?.event.id).toBe('e1');
    expect(optional).toEqual([]);
  });
  it('negative: an optional key that matches better (its place) keeps the event', () => {
    const keys = [{ ...key('a-optional', 'United States', 'Russia'), optional: true, place: 'Geneva' }, key('b-required', 'United States', 'Russia')];
    const { primary, optional } = assignEvents(keys, [{ ...event('e1', 'United States', 'Russia'), place: country('Geneva') }]);
    expect(primary.has('b-required')).toBe(false);
    expect(optional.map((m) => m.event.id)).toEqual(['e1']);
  });
  it("matches a key's place with or without the detail it adds, never another place", () => {
    expect(placeNames('Reykjavik (Harpa Concert Hall)')).toEqual(['Reykjavik (Harpa Concert Hall)', 'Reykjavik']);
    expect(placeNames('Rimbo, Sweden')).toEqual(['Rimbo, Sweden', 'Rimbo']);
    const at = (place: string) => matchOf({ ...key('k', 'United States', 'Russia'), place }, { ...event('e1', 'United States', 'Russia'), place: country('Reykjavik') })?.placeRight;
    expect(at('Reykjavik (Harpa Concert Hall)')).toBe(true);
    expect(at('Geneva (Palais des Nations)')).toBe(false);
  });
  it('a lift key takes a LIFTED or EASED event and never an imposing of the same sides and days', () => {
    const lift = { ...key('c-us-lifts', 'United States', 'Russia'), action: 'lift' };
    const imposed = assignEvents([lift], [event('e1', 'United States', 'Russia')]);
    expect(imposed.primary.has('c-us-lifts')).toBe(false);
    expect(imposed.spurious.map((e) => e.id)).toEqual(['e1']);
    for (const action of ['LIFTED', 'EASED']) expect(assignEvents([lift], [{ ...event('e2', 'United States', 'Russia'), action }]).primary.get('c-us-lifts')?.event.id).toBe('e2');
    // An imposing key takes no lift, and an event that says no action is an imposing.
    expect(assignEvents([key('d-us-imposes', 'United States', 'Russia')], [{ ...event('e3', 'United States', 'Russia'), action: 'LIFTED' }]).primary.size).toBe(0);
    expect(assignEvents([key('d-us-imposes', 'United States', 'Russia')], [{ ...event('e4', 'United States', 'Russia'), action: null }]).primary.size).toBe(1);
  });
});

describe('scoring publication dates', () => {
  it('tells a date within two days, a vague one and one that excludes the real day apart', () => {
    const dates = scoreDates(manifest, [key], articles);
    expect(dates.map((d) => [d.article, d.stated, d.within, d.excludes])).toEqual([
      ['demo-01', true, true, false],
      ['demo-02', false, false, false],
      ['demo-03', true, false, true],
    ]);
  });
});

describe('answering key questions through the API', () => {
  const answer = async (id: string) => {
    const q = key.questions.find((x) => x.id === id)!;
    const primary = new Map([...score.found.rightDay, ...score.found.wrongDay].map((m) => [m.key.id, m]));
    return answerQuestion(store, q, primary);
  };

  it('answers a windowed encounters question exactly (the undated duplicate is outside any window)', async () => {
    expect(await answer('brandt-feb')).toMatchObject({ exact: true });
  });

  it('answers the meetings of the two exactly: the API leaves out the undated duplicate, a vaguer report of their dated summit (issue 13)', async () => {
    expect(await answer('brandt-cole')).toMatchObject({ exact: true, why: '' });
  });

  it('finds no letter from Yates to Zell, and an extra one from Zell to Yates', async () => {
    expect(await answer('yates-zell')).toMatchObject({ exact: false, why: 'no event on 2015-03-09' });
    expect((await answer('zell-yates')).why).toContain('event:e3-letter-roles-reversed');
  });

  it('bounds a window by the graph event matched to a key event, and looks names up by alias', async () => {
    expect(await answer('after-summit')).toMatchObject({ exact: true });
    expect(await answer('summit-status')).toMatchObject({ exact: true });
  });
});

describe('corpus files', () => {
  it('names the file and line of a bad manifest row', () => {
    expect(() => parseManifest('a-1\thttps://x.org/a\tdemo\t2015-2-1\n', 'm.tsv')).toThrow('m.tsv line 1: stated_date "2015-2-1" must be YYYY-MM-DD or empty');
    expect(() => parseManifest('a-1\thttps://x.org/a\tdemo\n a-1\thttps://x.org/b\tdemo\n', 'm.tsv')).toThrow('m.tsv line 2: id a-1 is already on line 1');
  });

  it('names the field of a bad key', () => {
    const good = JSON.parse(JSON.stringify({ story: 'demo', title: 't', articles: { 'demo-01': { date: null }, 'demo-02': { date: null }, 'demo-03': { date: null } }, events: [], questions: [] }));
    expect(parseKey(good, 'keys/demo.json', manifest).events).toEqual([]);
    const badRole = { ...good, events: [{ id: 'x', kind: 'LETTER', title: 't', participants: [{ name: 'A', role: 'writer' }], earliest: '2015-01-01', latest: '2015-01-01', status: 'OCCURRED' }] };
    expect(() => parseKey(badRole, 'keys/demo.json', manifest)).toThrow('keys/demo.json: events[0].participants[0].role: "writer" is not one of');
    expect(() => parseKey({ ...good, articles: {} }, 'keys/demo.json', manifest)).toThrow('manifest article "demo-01" has no entry');
    expect(() => parseKey({ ...good, story: 'other' }, 'keys/demo.json', manifest)).toThrow('differs from the file name');
  });

  it('the committed manifest and keys of the real-news corpus follow the format', async () => {
    const rows = await readManifest('tests/realnews/manifest.tsv');
    const keys = await readKeys('tests/realnews/keys', rows);
    expect(new Set(rows.map((r) => r.story))).toEqual(new Set(keys.map((k) => k.story)));
    expect(rows.length).toBeGreaterThanOrEqual(150);
  });

  // Two held-out sets (unseen/, unseen2/): each follows the format and shares no story, id or url
  // with the development corpus nor with the other held-out set.
  const HELD_OUT = [
    { dir: 'tests/realnews/unseen', story: 'japan-korea-2023' },
    { dir: 'tests/realnews/unseen2', story: 'belarus-2020-2021' },
  ];
  for (const set of HELD_OUT) {
    it(`the held-out set (${set.dir}/) follows the format and shares no story, id or url with the other sets`, async () => {
      const rows = await readManifest(`${set.dir}/manifest.tsv`);
      const keys = await readKeys(`${set.dir}/keys`, rows);
      expect(new Set(rows.map((r) => r.story))).toEqual(new Set(keys.map((k) => k.story)));
      expect(rows.length).toBeGreaterThanOrEqual(12);
      const others = [await readManifest('tests/realnews/manifest.tsv')];
      for (const other of HELD_OUT) if (other !== set) others.push(await readManifest(`${other.dir}/manifest.tsv`));
      for (const field of ['story', 'id', 'url'] as const) {
        const seen = new Set(others.flat().map((r) => r[field]));
        expect(rows.filter((r) => seen.has(r[field])).map((r) => r[field])).toEqual([]);
      }
      // Both kinds of page, as in the development corpus: some state their date, some do not.
      expect(rows.some((r) => r.statedDate === null) && rows.some((r) => r.statedDate !== null)).toBe(true);
    });

    it(`negative: a key of ${set.dir}/ is read against its own manifest, not the development one`, async () => {
      const dev = await readManifest('tests/realnews/manifest.tsv');
      await expect(readKeys(`${set.dir}/keys`, dev)).rejects.toThrow(`no manifest row has story "${set.story}"`);
    });
  }
});

describe('names', () => {
  it('matches accents, surnames and titled names, never a first name alone', () => {
    expect(nameMatches(['François Hollande'], { name: 'Francois Hollande', aliases: [] })).toBe(true);
    expect(nameMatches(['Petro Poroshenko'], { name: 'Poroshenko', aliases: [] })).toBe(true);
    expect(nameMatches(['Vladimir Putin'], { name: 'President Vladimir Putin', aliases: [] })).toBe(true);
    expect(nameMatches(['Vladimir Putin'], { name: 'Vladimir', aliases: [] })).toBe(false);
    expect(nameMatches(['Kim Yo Jong'], { name: 'Kim Jong Un', aliases: ['Kim'] })).toBe(false);
    expect(nameMatches(['United States'], { name: 'U.S.', aliases: ['United States', 'US'] })).toBe(true);
  });
});
