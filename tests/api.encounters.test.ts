// Encounters and the gaps between summits as an analyst asks them (issue 13): calls are no
// meetings unless asked for, a vaguer report of a dated encounter with the same person is not a
// second answer, and a person is found under another spelling of the name or beside a node of
// another kind that bears it. The graph is written here by hand (invented people and days), so
// every expected answer can be read off the events below.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { executeQuery } from '../src/api/executeQuery.js';
import type { Article, Entity, EventFact, TimeSpan } from '../src/model/index.js';
import type { GraphStore } from '../src/store/graphStore.js';
import { openMemoryStore } from '../src/store/memory/memoryStore.js';

const ARTICLE: Article = { id: 'article:e1', source: 'test', text: 'Invented.', publishedAt: null, dateSource: 'none' };
const SECOND: Article = { id: 'article:e2', source: 'test', text: 'Invented too.', publishedAt: null, dateSource: 'none' };
const evidence = { article: ARTICLE.id, sentence: 0, start: 0, end: 9, quote: 'Invented.' };

const person = (id: string, name: string): Entity => ({ id, kind: 'PERSON', name, aliases: [] });
const ENTITIES: Entity[] = [
  person('person:ana-holm', 'Ana Holm'),
  person('person:bo-lind', 'Bo Lind'),
  person('person:cy-park', 'Cy Park'),
  person('person:mohammed-rahim', 'Muhammad Rahim'),
  // The tagger's guess in some article: a node of another kind with Ana Holm's whole name.
  { id: 'organization:ana-holm', kind: 'ORGANIZATION', name: 'Ana Holm', aliases: [] },
];

const day = (iso: string): TimeSpan => ({ text: iso, earliest: iso, latest: iso, granularity: 'day', value: iso });
const month = (ym: string, last: string): TimeSpan => ({ text: ym, earliest: `${ym}-01`, latest: `${ym}-${last}`, granularity: 'month', value: ym });
const year = (y: string): TimeSpan => ({ text: y, earliest: `${y}-01-01`, latest: `${y}-12-31`, granularity: 'year', value: y });

function event(id: string, kind: EventFact['kind'], when: TimeSpan | null, status: EventFact['status'], people: string[], extra: Partial<EventFact> = {}): EventFact {
  return {
    id,
    kind,
    title: id,
    when,
    status,
    statusHistory: [{ status, evidence }],
    participants: people.map((entity) => ({ entity, role: 'participant', evidence: [evidence] })),
    place: null,
    ordinal: null,
    description: null,
    evidence: [evidence],
    sources: [ARTICLE.id],
    confidence: 0.5,
    extractor: 'test',
    ...extra,
  };
}

const ANA_BO = ['person:ana-holm', 'person:bo-lind'];
const ANA_CY = ['person:ana-holm', 'person:cy-park'];
const EVENTS: EventFact[] = [
  event('event:summit-1', 'SUMMIT', day('2020-03-10'), 'OCCURRED', ANA_BO),
  event('event:call', 'MEETING', day('2020-04-02'), 'OCCURRED', ANA_BO, { medium: 'PHONE' }),
  event('event:meet-cy', 'MEETING', day('2020-05-05'), 'OCCURRED', ANA_CY),
  // A plan for the month reported before the day it happened: a vaguer report of meet-cy.
  event('event:plan-cy', 'MEETING', month('2020-05', '31'), 'PLANNED', ANA_CY),
  event('event:virtual-summit', 'SUMMIT', day('2020-05-20'), 'OCCURRED', ANA_BO, { medium: 'VIDEO' }),
  event('event:summit-2', 'SUMMIT', day('2020-07-01'), 'OCCURRED', ANA_BO, { sources: [ARTICLE.id, SECOND.id] }),
  // The same day again, from one article only: a duplicate report of summit-2.
  event('event:same-day', 'MEETING', day('2020-07-01'), 'OCCURRED', ANA_BO),
  // No day at all, beside dated meetings of the same two.
  event('event:undated-bo', 'MEETING', null, 'OCCURRED', ANA_BO),
  // A year and nothing sharper with Cy in it: the only answer there is, kept.
  event('event:year-cy', 'MEETING', year('2019'), 'OCCURRED', ANA_CY),
  // A plan for a day cannot stand for the month's meeting that happened: both kept.
  event('event:month-cy', 'MEETING', month('2021-02', '28'), 'OCCURRED', ANA_CY),
  event('event:plan-day-cy', 'MEETING', day('2021-02-03'), 'PLANNED', ANA_CY),
  // Two days reported twice (the second from fewer articles): one encounter; two month-wide meetings: two.
  event('event:talks-a', 'TALKS', { ...day('2020-09-01'), latest: '2020-09-02' }, 'OCCURRED', ANA_CY, { sources: [ARTICLE.id, SECOND.id] }),
  event('event:talks-b', 'MEETING', { ...day('2020-09-01'), latest: '2020-09-02' }, 'OCCURRED', ANA_CY),
  event('event:oct-a', 'MEETING', month('2020-10', '31'), 'OCCURRED', ANA_CY),
  event('event:oct-b', 'MEETING', month('2020-10', '31'), 'OCCURRED', ANA_CY),
  { ...event('event:letter', 'LETTER', day('2020-06-01'), 'OCCURRED', []), participants: [{ entity: 'person:ana-holm', role: 'sender', evidence: [evidence] }, { entity: 'person:bo-lind', role: 'recipient', evidence: [evidence] }] },
  event('event:rahim', 'MEETING', day('2020-08-08'), 'OCCURRED', ['person:mohammed-rahim', 'person:cy-park']),
];

let dir: string;
let store: GraphStore;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'newsgraph-api-encounters-'));
  store = await openMemoryStore(dir);
  await store.write({ articles: [ARTICLE, SECOND], entities: ENTITIES, holdings: [], events: EVENTS, removeEvents: [] });
});
afterAll(async () => {
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

async function data<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const response = await executeQuery(store, query, variables);
  expect(response.errors).toBeUndefined();
  return response.data as T;
}

type Rows = { encounters: { person: { id: string }; event: { id: string } }[] };
const pairs = (r: Rows): string[] => r.encounters.map((e) => `${e.person.id} @ ${e.event.id}`).sort();
const ENCOUNTERS = 'query($p: String!, $m: [EventMedium!], $w: TimeWindow) { encounters(person: $p, media: $m, window: $w) { person { id } event { id } } }';

describe('encounters', () => {
  it('counts meetings in person only, each once: calls, vaguer reports and a second event on the same days left out, two in one month kept', async () => {
    expect(pairs(await data<Rows>(ENCOUNTERS, { p: 'person:ana-holm' }))).toEqual([
      'person:bo-lind @ event:summit-1',
      'person:bo-lind @ event:summit-2',
      'person:cy-park @ event:meet-cy',
      'person:cy-park @ event:month-cy',
      'person:cy-park @ event:oct-a',
      'person:cy-park @ event:oct-b',
      'person:cy-park @ event:plan-day-cy',
      'person:cy-park @ event:talks-a',
      'person:cy-park @ event:year-cy',
    ]);
  });

  it('counts the phone call and the virtual summit when PHONE and VIDEO are asked for', async () => {
    const all = pairs(await data<Rows>(ENCOUNTERS, { p: 'person:ana-holm', m: ['IN_PERSON', 'PHONE', 'VIDEO'] }));
    expect(all).toContain('person:bo-lind @ event:call');
    expect(all).toContain('person:bo-lind @ event:virtual-summit');
    expect(all).toHaveLength(11);
    expect(pairs(await data<Rows>(ENCOUNTERS, { p: 'person:ana-holm', m: ['PHONE'] }))).toEqual(['person:bo-lind @ event:call']);
  });

  it('leaves the month-wide plan out of a window that holds only it, since the day it happened lies inside it too', async () => {
    const may = { from: '2020-05', to: '2020-05' };
    expect(pairs(await data<Rows>(ENCOUNTERS, { p: 'person:ana-holm', w: may }))).toEqual(['person:cy-park @ event:meet-cy']);
    const possible = await data<Rows>('query($w: TimeWindow) { encounters(person: "person:ana-holm", window: $w, certainty: POSSIBLE) { person { id } event { id } } }', { w: { from: '2020-05-10', to: '2020-05-31' } });
    expect(pairs(possible)).toEqual([]);
  });

  it('answers the same through Person.encounters', async () => {
    const r = await data<{ entity: Rows }>('{ entity(name: "person:ana-holm") { ... on Person { encounters(media: [PHONE, VIDEO]) { person { id } event { id } } } } }');
    expect(pairs(r.entity)).toEqual(['person:bo-lind @ event:call', 'person:bo-lind @ event:virtual-summit']);
  });
});

describe('betweenSummits', () => {
  type Gaps = { betweenSummits: { after: { id: string }; before: { id: string } | null; encounters: { person: { id: string }; event: { id: string } }[] }[] };
  const gaps = (r: Gaps) => r.betweenSummits.map((g) => [g.after.id, g.before?.id ?? null, g.encounters.map((e) => e.event.id).sort()]);

  it('frames gaps with summits in person: a virtual summit frames none and a call is no encounter', async () => {
    const r = await data<Gaps>('{ betweenSummits(person: "Ana Holm", with: "Bo Lind") { after { id } before { id } encounters { person { id } event { id } } } }');
    expect(gaps(r)).toEqual([
      ['event:summit-1', 'event:summit-2', ['event:meet-cy']],
      ['event:summit-2', null, ['event:month-cy', 'event:oct-a', 'event:oct-b', 'event:plan-day-cy', 'event:talks-a']],
    ]);
  });

  it('frames them with the virtual summit too, and counts the call, when calls are asked for', async () => {
    const r = await data<Gaps>('{ betweenSummits(person: "Ana Holm", with: "Bo Lind", media: [IN_PERSON, PHONE, VIDEO]) { after { id } before { id } encounters { person { id } event { id } } } }');
    expect(gaps(r)).toEqual([
      ['event:summit-1', 'event:virtual-summit', ['event:call', 'event:meet-cy']],
      ['event:virtual-summit', 'event:summit-2', []],
      ['event:summit-2', null, ['event:month-cy', 'event:oct-a', 'event:oct-b', 'event:plan-day-cy', 'event:talks-a']],
    ]);
  });
});

describe('Event.medium', () => {
  it('is PHONE or VIDEO for a call, IN_PERSON for other meetings, null for a letter', async () => {
    type Events = { events: { edges: { node: { id: string; medium: string | null } }[] } };
    const r = await data<Events>('{ events(filter: { participants: ["person:bo-lind"] }, first: 50) { edges { node { id medium } } } }');
    const medium = new Map(r.events.edges.map((e) => [e.node.id, e.node.medium]));
    expect(medium.get('event:call')).toBe('PHONE');
    expect(medium.get('event:virtual-summit')).toBe('VIDEO');
    expect(medium.get('event:summit-1')).toBe('IN_PERSON');
    expect(medium.get('event:letter')).toBeNull();
  });
});

describe('finding the person asked about', () => {
  it('finds a person under another spelling of the name ("Mohammad" for "Muhammad")', async () => {
    for (const name of ['Mohammad Rahim', 'Mohammed Rahim', 'Muhammad Rahim']) {
      expect(await data('query($n: String!) { entity(name: $n) { id name } }', { n: name })).toEqual({ entity: { id: 'person:mohammed-rahim', name: 'Muhammad Rahim' } });
    }
    expect(pairs(await data<Rows>(ENCOUNTERS, { p: 'Mohammad Rahim' }))).toEqual(['person:cy-park @ event:rahim']);
  });

  it('finds no one under a name that only resembles one ("Mohammad Rahimi")', async () => {
    expect(await data('{ entity(name: "Mohammad Rahimi") { id } }')).toEqual({ entity: null });
    const r = await executeQuery(store, '{ encounters(person: "Mohammad Rahimi") { person { id } } }');
    expect(r.errors?.[0]?.extensions['code']).toBe('NOT_FOUND');
  });

  it('takes the person when a node of another kind bears the same name and a person is asked for', async () => {
    expect(pairs(await data<Rows>(ENCOUNTERS, { p: 'Ana Holm' }))).toHaveLength(9);
  });

  it('still refuses a name that only a node of another kind bears', async () => {
    const r = await executeQuery(store, '{ encounters(person: "organization:ana-holm") { person { id } } }');
    expect(r.errors?.[0]?.extensions['code']).toBe('BAD_USER_INPUT');
  });
});
