// The GraphStore contract suite: one set of expectations every store must meet, with the same
// answers (DESIGN.md, Stores). Data-driven: the changes and the event query cases are JSON
// fixtures in tests/fixtures/store/ (a hand-written slice of the 2018-2019 US-North Korea story);
// every expected value below was worked out by hand from those files (the interval relations,
// search ranks, stats, paths and audit cases from the event table in tests/fixtures/store/README.md).
//
//   storeContract('memory', () => openMemoryStore(freshTempDir()));
//
// open() must give an empty store each time; the suite closes every store it opens.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { Entity, EventFact } from '../src/model/index.js';
import type { AuditEntry, EventQuery, GraphChange, GraphStore, SearchHit } from '../src/store/graphStore.js';

interface EventQueryCase {
  name: string;
  query: EventQuery;
  ids: string[];
  totalCount: number;
  hasNextPage?: boolean;
}

function fixture<T>(name: string): T {
  return JSON.parse(readFileSync(new URL(`./fixtures/store/${name}`, import.meta.url), 'utf8')) as T;
}

export const korea = (): GraphChange => fixture<GraphChange>('korea.json');
export const update = (): GraphChange => fixture<GraphChange>('update.json');
const invalidChanges = (): { name: string; change: GraphChange }[] => fixture('invalid.json');
const eventQueries = (): EventQueryCase[] => fixture('eventQueries.json');

const A1 = 'article:a000000000000001';
const A2 = 'article:a000000000000002';
const A3 = 'article:a000000000000003';
const A4 = 'article:a000000000000004';
const A5 = 'article:a000000000000005';

/** Counts of korea.json, by hand: 15 events derive 68 edges, plus 5 HOLDS (see the fixture notes in tests/fixtures/store/README.md). */
const KOREA_COUNTS = { articles: 5, entities: 17, events: 15, edges: 73 };
/** After update.json: the undated Moon-Kim meeting (4 edges) is gone, the third summit gains a source (1 SUPPORTS). */
const UPDATED_COUNTS = { articles: 5, entities: 17, events: 14, edges: 70 };

const empty = (): GraphChange => ({ articles: [], entities: [], holdings: [], events: [], removeEvents: [] });

export function storeContract(name: string, open: () => Promise<GraphStore>): void {
  describe(`GraphStore contract: ${name}`, () => {
    const opened: GraphStore[] = [];
    const fresh = async (...changes: GraphChange[]): Promise<GraphStore> => {
      const store = await open();
      opened.push(store);
      for (const change of changes) await store.write(change);
      return store;
    };
    afterEach(async () => {
      await Promise.all(opened.splice(0).map((s) => s.close()));
    });

    it('starts empty', async () => {
      const store = await fresh();
      expect(await store.counts()).toEqual({ articles: 0, entities: 0, events: 0, edges: 0 });
      expect(await store.events({ first: 10, offset: 0 })).toEqual({ items: [], totalCount: 0, offset: 0, hasNextPage: false });
      expect(await store.entity('Kim')).toBeNull();
    });

    describe('write and read back', () => {
      it('counts articles, entities, events and derived edges', async () => {
        const store = await fresh(korea());
        expect(await store.counts()).toEqual(KOREA_COUNTS);
      });

      it('returns events, entities and articles as written, in the order asked, unknown ids left out', async () => {
        const change = korea();
        const store = await fresh(change);
        const eventIds = change.events.map((e) => e.id).reverse();
        expect(await store.eventsByIds([...eventIds, 'event:nope'])).toEqual([...change.events].reverse());
        expect(await store.entitiesByIds(['place:hanoi', 'nope', 'person:kim-jong-un'])).toEqual([
          { id: 'place:hanoi', kind: 'PLACE', name: 'Hanoi', aliases: [] },
          { id: 'person:kim-jong-un', kind: 'PERSON', name: 'Kim Jong Un', aliases: ['Kim', 'Kim Jong-un', 'Un', 'North Korean leader'] },
        ]);
        expect(await store.articlesByIds([A4, A1])).toEqual([change.articles[3], change.articles[0]]);
        expect(await store.eventsByIds(['person:kim-jong-un'])).toEqual([]);
      });

      it('keeps the event mentions an article\'s text does not anchor, with their evidence', async () => {
        const change = korea();
        const store = await fresh(change);
        const [a3] = await store.articlesByIds([change.articles[2]!.id]);
        expect(a3!.mentions).toHaveLength(1);
        expect(a3!.mentions![0]).toMatchObject({ kind: 'SUMMIT', status: 'PLANNED', trigger: { text: 'summit' }, event: null });
        expect(a3!.text.slice(a3!.mentions![0]!.trigger.start, a3!.mentions![0]!.trigger.end)).toBe('summit');
        expect((await store.articlesByIds([change.articles[0]!.id]))[0]!.mentions).toBeUndefined();
      });

      it('keeps an event\'s count ("met three times") and leaves it out of single events', async () => {
        const change = korea();
        const undated = change.events.find((e) => e.id === 'event:meeting-moon-kim-undated') as EventFact;
        const store = await fresh(change, { ...empty(), events: [{ ...undated, count: 3 }] });
        const [counted, single] = await store.eventsByIds(['event:meeting-moon-kim-undated', 'event:summit-hanoi']);
        expect(counted).toEqual({ ...undated, count: 3 });
        expect(single && 'count' in single).toBe(false);
      });

      it('keeps a call\'s medium (PHONE, VIDEO) and leaves it out of meetings in person (issue 13)', async () => {
        const change = korea();
        const undated = change.events.find((e) => e.id === 'event:meeting-moon-kim-undated') as EventFact;
        const store = await fresh(change, { ...empty(), events: [{ ...undated, medium: 'VIDEO' }] });
        const [call, inPerson] = await store.eventsByIds(['event:meeting-moon-kim-undated', 'event:summit-hanoi']);
        expect(call).toEqual({ ...undated, medium: 'VIDEO' });
        expect(inPerson && 'medium' in inPerson).toBe(false);
      });

      it('refuses an unknown medium whole, naming the event', async () => {
        const change = korea();
        const undated = change.events.find((e) => e.id === 'event:meeting-moon-kim-undated') as EventFact;
        const store = await fresh(change);
        await expect(store.write({ ...empty(), events: [{ ...undated, medium: 'CARRIER_PIGEON' as 'PHONE' }] })).rejects.toThrow(/event:meeting-moon-kim-undated: unknown medium CARRIER_PIGEON/);
        expect((await store.eventsByIds(['event:meeting-moon-kim-undated']))[0]).toEqual(undated);
      });

      it('hands out copies: changing a returned record does not change the store', async () => {
        const store = await fresh(korea());
        const [hanoi] = await store.eventsByIds(['event:summit-hanoi']);
        (hanoi as EventFact).participants.pop();
        (hanoi as EventFact).title = 'changed';
        const [again] = await store.eventsByIds(['event:summit-hanoi']);
        expect(again?.title).toBe('Trump-Kim summit in Hanoi');
        expect(again?.participants.map((p) => p.entity)).toEqual(['person:donald-trump', 'person:kim-jong-un']);
      });

      it('is idempotent: writing the same change again changes nothing', async () => {
        const store = await fresh(korea(), korea());
        expect(await store.counts()).toEqual(KOREA_COUNTS);
        expect((await store.events({ first: 100, offset: 0 })).items).toEqual(
          (await (await fresh(korea())).events({ first: 100, offset: 0 })).items,
        );
      });

      it('removes merged-away events with the edges they derived, and upserts changed ones', async () => {
        const store = await fresh(korea(), update());
        expect(await store.counts()).toEqual(UPDATED_COUNTS);
        expect(await store.eventsByIds(['event:meeting-moon-kim-undated'])).toEqual([]);
        const [third] = await store.eventsByIds(['event:summit-third']);
        expect(third?.sources).toEqual([A3, A5]);
        expect(third?.confidence).toBe(0.85);
        expect((await store.events({ first: 100, offset: 0, source: A5 })).items.map((e) => e.id)).toEqual(['event:meeting-panmunjom-2019', 'event:summit-third']);
        expect((await store.events({ first: 100, offset: 0, participants: ['person:moon-jae-in'] })).totalCount).toBe(4);
      });

      it('ignores removing an event it does not hold', async () => {
        const store = await fresh(korea(), { ...empty(), removeEvents: ['event:never-written'] });
        expect(await store.counts()).toEqual(KOREA_COUNTS);
      });

      it('applies removals before upserts, so an event both removed and written is kept as written', async () => {
        const change = korea();
        const hanoi = change.events.find((e) => e.id === 'event:summit-hanoi') as EventFact;
        const store = await fresh(change, { ...empty(), events: [{ ...hanoi, title: 'Hanoi summit' }], removeEvents: ['event:summit-hanoi'] });
        expect(await store.counts()).toEqual(KOREA_COUNTS);
        expect((await store.eventsByIds(['event:summit-hanoi']))[0]?.title).toBe('Hanoi summit');
      });

      it('re-derives an event\'s edges when it changes: a cancelled summit no longer links its people by MET', async () => {
        const change = korea();
        const third = change.events.find((e) => e.id === 'event:summit-third') as EventFact;
        const store = await fresh(change, { ...empty(), events: [{ ...third, status: 'CANCELLED' }] });
        // The third summit loses its one MET edge (Trump-Kim); its ATTENDED and SUPPORTS edges stay.
        expect(await store.counts()).toEqual({ ...KOREA_COUNTS, edges: KOREA_COUNTS.edges - 1 });
        expect((await store.events({ first: 10, offset: 0, status: ['CANCELLED'] })).items.map((e) => e.id)).toEqual(['event:visit-pompeo-august', 'event:summit-third']);
      });

      it('upserts entities: a new alias is found at once', async () => {
        const store = await fresh(korea(), { ...empty(), entities: [{ id: 'person:kim-jong-un', kind: 'PERSON', name: 'Kim Jong Un', aliases: ['Kim', 'Chairman Kim'] }] });
        expect((await store.entity('chairman kim'))?.id).toBe('person:kim-jong-un');
        expect(await store.entity('North Korean leader')).toBeNull();
        expect(await store.counts()).toEqual(KOREA_COUNTS);
      });
    });

    describe('atomic writes', () => {
      for (const { name: caseName, change } of invalidChanges()) {
        it(`refuses ${caseName} whole, leaving the store as it was`, async () => {
          const store = await fresh(korea());
          const before = await store.events({ first: 100, offset: 0 });
          await expect(store.write(change)).rejects.toMatchObject({ name: 'InvalidChange' });
          expect(await store.counts()).toEqual(KOREA_COUNTS);
          expect(await store.events({ first: 100, offset: 0 })).toEqual(before);
          expect(await store.entity('Kim Yo Jong')).toBeNull();
          expect(await store.entity('Seoul')).toMatchObject({ id: 'country:south-korea' });
          expect(await store.articlesByIds(change.articles.map((a) => a.id))).toEqual([]);
          // The store still takes good writes afterwards.
          await store.write(update());
          expect(await store.counts()).toEqual(UPDATED_COUNTS);
        });
      }
    });

    describe('entity look-up', () => {
      const cases: [string, string | null][] = [
        ['person:kim-jong-un', 'person:kim-jong-un'],
        ['Kim Jong Un', 'person:kim-jong-un'],
        ['Kim Jong-un', 'person:kim-jong-un'],
        ['kim jong un', 'person:kim-jong-un'],
        ['KIM  JONG-UN', 'person:kim-jong-un'],
        ['Kim', 'person:kim-jong-un'],
        ['North Korean leader', 'person:kim-jong-un'],
        ['  Moon  ', 'person:moon-jae-in'],
        ['Moon-Jae in', 'person:moon-jae-in'],
        ['moon jae-in', 'person:moon-jae-in'],
        ['U.S.', 'country:united-states'],
        ['Washington', 'country:united-states'],
        // "UN" (United Nations) and "Un" (Kim) differ only in case: an exact-case match wins,
        ['UN', 'org:united-nations'],
        ['Un', 'person:kim-jong-un'],
        // and without one the smallest id does ("org:..." < "person:...").
        ['un', 'org:united-nations'],
        ['DMZ', 'place:panmunjom'],
        ['Jong', null],
        ['Nobody', null],
        ['', null],
      ];
      for (const [asked, id] of cases) {
        it(`${JSON.stringify(asked)} -> ${id}`, async () => {
          const store = await fresh(korea());
          expect((await store.entity(asked))?.id ?? null).toBe(id);
        });
      }
    });

    describe('entities', () => {
      it('lists by id, filtered by kind', async () => {
        const store = await fresh(korea());
        const places = await store.entities({ kind: 'PLACE', first: 100, offset: 0 });
        expect(places.items.map((e) => e.id)).toEqual(['place:beijing', 'place:hanoi', 'place:panmunjom', 'place:pyongyang', 'place:singapore', 'place:vladivostok']);
        expect(places.totalCount).toBe(6);
      });

      it('searches a substring of the name or of an alias, case-insensitively', async () => {
        const store = await fresh(korea());
        const ids = async (search: string, kind?: Entity['kind']): Promise<string[]> =>
          (await store.entities({ search, first: 100, offset: 0, ...(kind ? { kind } : {}) })).items.map((e) => e.id);
        expect(await ids('KIM')).toEqual(['person:kim-jong-un']);
        expect(await ids('jae-in')).toEqual(['person:moon-jae-in']);
        expect(await ids('korea')).toEqual(['country:north-korea', 'country:south-korea', 'person:kim-jong-un']); // "North Korean leader"
        expect(await ids('korea', 'PERSON')).toEqual(['person:kim-jong-un']);
        expect(await ids('zzz')).toEqual([]);
      });

      it('pages', async () => {
        const store = await fresh(korea());
        const first = await store.entities({ first: 5, offset: 0 });
        expect(first.items.map((e) => e.id)).toEqual(['country:north-korea', 'country:south-korea', 'country:united-states', 'org:united-nations', 'person:donald-trump']);
        expect(first).toMatchObject({ totalCount: 17, offset: 0, hasNextPage: true });
        const last = await store.entities({ first: 5, offset: 15 });
        expect(last.items.map((e) => e.id)).toEqual(['place:singapore', 'place:vladivostok']);
        expect(last).toMatchObject({ totalCount: 17, offset: 15, hasNextPage: false });
      });
    });

    describe('events', () => {
      for (const c of eventQueries()) {
        it(c.name, async () => {
          const store = await fresh(korea());
          const page = await store.events(c.query);
          expect(page.items.map((e) => e.id)).toEqual(c.ids);
          expect(page.totalCount).toBe(c.totalCount);
          expect(page.offset).toBe(c.query.offset);
          expect(page.hasNextPage).toBe(c.hasNextPage ?? false);
        });
      }
    });

    describe("resolve's bookkeeping", () => {
      const bookkeeping = (resolve: GraphChange['resolve']): GraphChange => ({ ...empty(), resolve });

      it('keeps records by id and reads them back as written, unknown ids left out; null removes one', async () => {
        const store = await fresh(korea(), bookkeeping({ records: [{ id: 'r:1', value: { a: [1, 'x'], b: null } }, { id: 'r:2', value: 'text' }], postings: [] }));
        expect(await store.resolveRecords(['r:2', 'r:1', 'r:none'])).toEqual(new Map<string, unknown>([['r:2', 'text'], ['r:1', { a: [1, 'x'], b: null }]]));
        await store.write(bookkeeping({ records: [{ id: 'r:1', value: null }, { id: 'r:2', value: 2 }], postings: [] }));
        expect(await store.resolveRecords(['r:1', 'r:2'])).toEqual(new Map([['r:2', 2]]));
      });

      it('files ids under keys, sorted; filing an id anew replaces its keys, an empty list unfiles it', async () => {
        const store = await fresh(korea(), bookkeeping({ records: [], postings: [{ id: 'b', keys: ['k1', 'k2'] }, { id: 'a', keys: ['k1'] }] }));
        expect(await store.resolvePostings(['k1', 'k2', 'k3'])).toEqual(new Map([['k1', ['a', 'b']], ['k2', ['b']]]));
        await store.write(bookkeeping({ records: [], postings: [{ id: 'b', keys: ['k3'] }, { id: 'a', keys: [] }] }));
        expect(await store.resolvePostings(['k1', 'k2', 'k3'])).toEqual(new Map([['k3', ['b']]]));
      });

      it('is no part of the graph: not counted, listed or searched', async () => {
        const store = await fresh(korea(), bookkeeping({ records: [{ id: 'event:x', value: { title: 'Kim' } }], postings: [{ id: 'person:y', keys: ['kim'] }] }));
        expect(await store.counts()).toEqual(KOREA_COUNTS);
        expect((await store.search('kim', 50)).map((h) => h.id)).not.toContain('event:x');
        expect(await store.eventsByIds(['event:x'])).toEqual([]);
        expect((await store.stats()).articles).toBe(5);
      });

      it('is written with the change or not at all', async () => {
        const store = await fresh(korea());
        const change = korea();
        change.events[0] = { ...change.events[0]!, place: 'place:atlantis' };
        await expect(store.write({ ...change, resolve: { records: [{ id: 'r:1', value: 1 }], postings: [{ id: 'r:1', keys: ['k'] }] } })).rejects.toMatchObject({ name: 'InvalidChange' });
        expect(await store.resolveRecords(['r:1'])).toEqual(new Map());
        expect(await store.resolvePostings(['k'])).toEqual(new Map());
      });
    });

    describe('events: interval relations and order', () => {
      const cases: { name: string; query: Omit<EventQuery, 'first' | 'offset'> & { first?: number; offset?: number }; ids: string[]; totalCount?: number; hasNextPage?: boolean }[] = [
        {
          name: 'DURING between the Singapore and Hanoi summits: inside the window, the month-long Biegun meeting (ends 02-28) is not',
          query: { relation: 'DURING', from: '2018-06-13', to: '2019-02-26' },
          ids: ['event:visit-pompeo-august', 'event:summit-pyongyang-2018', 'event:visit-pompeo-october', 'event:visit-kim-beijing'],
        },
        {
          name: 'OVERLAPS (the default) of the same window adds the Biegun meeting',
          query: { relation: 'OVERLAPS', from: '2018-06-13', to: '2019-02-26' },
          ids: ['event:visit-pompeo-august', 'event:summit-pyongyang-2018', 'event:visit-pompeo-october', 'event:visit-kim-beijing', 'event:meeting-kim-biegun'],
        },
        {
          name: 'BEFORE 2018-09-01: ended before that day (the August trip ends 08-31)',
          query: { relation: 'BEFORE', from: '2018-09-01' },
          ids: ['event:summit-panmunjom-2018', 'event:summit-singapore', 'event:visit-pompeo-august'],
        },
        { name: 'AFTER 2019-06-30: began after that day', query: { relation: 'AFTER', to: '2019-06-30' }, ids: ['event:summit-third'] },
        { name: 'AFTER 2019-06-01, latest first', query: { relation: 'AFTER', to: '2019-06-01', order: 'DESC' }, ids: ['event:summit-third', 'event:meeting-panmunjom-2019'] },
        { name: 'BEFORE without from: nothing is before an unbounded start', query: { relation: 'BEFORE', to: '2019-01-01' }, ids: [] },
        { name: 'AFTER without to: nothing is after an unbounded end', query: { relation: 'AFTER', from: '2019-01-01' }, ids: [] },
        {
          name: 'DURING with only from: began on or after it, open end',
          query: { relation: 'DURING', from: '2019-06-01' },
          ids: ['event:letter-trump-kim', 'event:statement-moon-june', 'event:meeting-panmunjom-2019', 'event:summit-third'],
        },
        { name: 'DURING with only to: ended on or before it', query: { relation: 'DURING', to: '2018-06-12' }, ids: ['event:summit-panmunjom-2018', 'event:summit-singapore'] },
        { name: 'an empty window (from after to) matches nothing, whatever the relation', query: { relation: 'BEFORE', from: '2019-01-01', to: '2018-01-01' }, ids: [] },
        {
          name: 'DESC: latest first, same-day events by id descending, undated last by id descending',
          query: { order: 'DESC' },
          ids: [
            'event:summit-third', 'event:meeting-panmunjom-2019', 'event:statement-moon-june', 'event:letter-trump-kim', 'event:summit-vladivostok',
            'event:summit-hanoi', 'event:meeting-kim-biegun', 'event:visit-kim-beijing', 'event:visit-pompeo-october', 'event:summit-pyongyang-2018',
            'event:visit-pompeo-august', 'event:summit-singapore', 'event:summit-panmunjom-2018', 'event:sanction-us-nk', 'event:meeting-moon-kim-undated',
          ],
        },
        {
          name: 'DESC pages into the undated events',
          query: { order: 'DESC', first: 3, offset: 12 },
          ids: ['event:summit-panmunjom-2018', 'event:sanction-us-nk', 'event:meeting-moon-kim-undated'],
          totalCount: 15,
        },
        {
          name: 'Kim BEFORE 2019, latest first, second page of two',
          query: { participants: ['person:kim-jong-un'], relation: 'BEFORE', from: '2019-01-01', order: 'DESC', first: 2, offset: 1 },
          ids: ['event:summit-pyongyang-2018', 'event:visit-pompeo-august'],
          totalCount: 5,
          hasNextPage: true,
        },
        {
          name: 'source article 3, latest first',
          query: { source: A3, order: 'DESC' },
          ids: ['event:summit-third', 'event:statement-moon-june', 'event:letter-trump-kim', 'event:summit-vladivostok', 'event:meeting-moon-kim-undated'],
        },
        { name: 'held in Pyongyang, latest first', query: { place: 'place:pyongyang', order: 'DESC' }, ids: ['event:visit-pompeo-october', 'event:summit-pyongyang-2018', 'event:visit-pompeo-august'] },
        { name: 'Xi or Putin as participants, ASC', query: { participants: ['person:vladimir-putin', 'person:xi-jinping'], order: 'ASC' }, ids: ['event:visit-kim-beijing', 'event:summit-vladivostok'] },
      ];
      for (const c of cases) {
        it(c.name, async () => {
          const store = await fresh(korea());
          const query: EventQuery = { first: 100, offset: 0, ...c.query };
          const page = await store.events(query);
          expect(page.items.map((e) => e.id)).toEqual(c.ids);
          expect(page.totalCount).toBe(c.totalCount ?? c.ids.length);
          expect(page.hasNextPage).toBe(c.hasNextPage ?? false);
        });
      }

      it('hands out copies of events() pages', async () => {
        const store = await fresh(korea());
        const [first] = (await store.events({ first: 1, offset: 0 })).items;
        (first as EventFact).participants.length = 0;
        expect((await store.events({ first: 1, offset: 0 })).items[0]?.participants).toHaveLength(2);
      });
    });

    describe('search', () => {
      const hit = (type: SearchHit['type'], id: string, matched: string, score: number): SearchHit => ({ type, id, matched, score });
      const KIM_EVENTS_BY_ID = [
        'event:letter-trump-kim', 'event:meeting-moon-kim-undated', 'event:meeting-panmunjom-2019', 'event:summit-hanoi', 'event:summit-panmunjom-2018',
        'event:summit-pyongyang-2018', 'event:summit-singapore', 'event:summit-third', 'event:summit-vladivostok',
      ];
      it('"kim": the exact alias first, then titles starting with Kim, then titles with Kim elsewhere', async () => {
        const store = await fresh(korea());
        const hits = await store.search('kim', 20);
        expect(hits.slice(0, 3)).toEqual([
          hit('ENTITY', 'person:kim-jong-un', 'Kim', 3),
          hit('EVENT', 'event:meeting-kim-biegun', 'Kim meets Biegun', 2),
          hit('EVENT', 'event:visit-kim-beijing', 'Kim visits Beijing', 2),
        ]);
        expect(hits.slice(3).map((h) => [h.id, h.score])).toEqual(KIM_EVENTS_BY_ID.map((id) => [id, 1]));
        expect(hits.find((h) => h.id === 'event:summit-hanoi')?.matched).toBe('Trump-Kim summit in Hanoi');
        expect((await store.search('KIM', 4)).map((h) => h.id)).toEqual(['person:kim-jong-un', 'event:meeting-kim-biegun', 'event:visit-kim-beijing', 'event:letter-trump-kim']);
      });

      it('needs every word, the last one as a prefix', async () => {
        const store = await fresh(korea());
        expect(await store.search('kim jong', 10)).toEqual([hit('ENTITY', 'person:kim-jong-un', 'Kim Jong Un', 2)]);
        expect(await store.search('jong-un', 10)).toEqual([hit('ENTITY', 'person:kim-jong-un', 'Kim Jong Un', 1)]);
        expect(await store.search('summit pan', 10)).toEqual([hit('EVENT', 'event:summit-panmunjom-2018', 'Moon-Kim summit at Panmunjom', 1)]);
        expect(await store.search('jon kim', 10)).toEqual([]);
        expect(await store.search('PANMUN', 10)).toEqual([
          hit('ENTITY', 'place:panmunjom', 'Panmunjom', 2),
          hit('EVENT', 'event:meeting-panmunjom-2019', 'Trump, Kim and Moon meet at Panmunjom', 1),
          hit('EVENT', 'event:summit-panmunjom-2018', 'Moon-Kim summit at Panmunjom', 1),
        ]);
      });

      it('ranks exact names above name prefixes, entities before events on a tie', async () => {
        const store = await fresh(korea());
        // "UN" is an alias of the United Nations and (as "Un") of Kim; "United States" starts with "un".
        expect(await store.search('UN', 10)).toEqual([
          hit('ENTITY', 'org:united-nations', 'UN', 3),
          hit('ENTITY', 'person:kim-jong-un', 'Un', 3),
          hit('ENTITY', 'country:united-states', 'United States', 2),
        ]);
        expect(await store.search('north korea', 10)).toEqual([
          hit('ENTITY', 'country:north-korea', 'North Korea', 3),
          hit('ENTITY', 'person:kim-jong-un', 'North Korean leader', 2),
          hit('EVENT', 'event:sanction-us-nk', 'US sanctions on North Korea', 1),
        ]);
      });

      it('gives nothing for blank text, unknown words or a zero limit, and follows writes', async () => {
        const store = await fresh(korea());
        expect(await store.search('   ', 10)).toEqual([]);
        expect(await store.search('zzz', 10)).toEqual([]);
        expect(await store.search('kim', 0)).toEqual([]);
        await store.write({ ...empty(), entities: [{ id: 'person:kim-jong-un', kind: 'PERSON', name: 'Kim Jong Un', aliases: ['Chairman Kim'] }] });
        expect(await store.search('chairman', 10)).toEqual([hit('ENTITY', 'person:kim-jong-un', 'Chairman Kim', 2)]);
        expect(await store.search('north korean', 10)).toEqual([]);
      });
    });

    describe('stats', () => {
      it('counts by kind and status, with the dated range', async () => {
        const store = await fresh(korea());
        expect(await store.stats()).toEqual({
          articles: 5,
          entitiesByKind: { PERSON: 7, COUNTRY: 3, ORGANIZATION: 1, PLACE: 6 },
          eventsByKind: { SUMMIT: 6, MEETING: 3, TALKS: 0, LETTER: 1, SANCTION: 1, VISIT: 3, WEAPONS_TEST: 0, STATEMENT: 1 },
          eventsByStatus: { PLANNED: 1, OCCURRED: 13, CANCELLED: 1, POSTPONED: 0 },
          edges: KOREA_COUNTS.edges,
          earliest: '2018-04-27',
          latest: '2019-12-31',
        });
      });

      it('is all zeros and no range on an empty store', async () => {
        const store = await fresh();
        expect(await store.stats()).toEqual({
          articles: 0,
          entitiesByKind: { PERSON: 0, COUNTRY: 0, ORGANIZATION: 0, PLACE: 0 },
          eventsByKind: { SUMMIT: 0, MEETING: 0, TALKS: 0, LETTER: 0, SANCTION: 0, VISIT: 0, WEAPONS_TEST: 0, STATEMENT: 0 },
          eventsByStatus: { PLANNED: 0, OCCURRED: 0, CANCELLED: 0, POSTPONED: 0 },
          edges: 0,
          earliest: null,
          latest: null,
        });
      });
    });

    describe('path', () => {
      const cases: [string, string, number, [string, string | null][] | null][] = [
        // Both Pompeo trips link him to Kim (the cancelled one too): the smaller event id wins.
        ['person:mike-pompeo', 'person:kim-jong-un', 3, [['person:mike-pompeo', 'event:visit-pompeo-august'], ['person:kim-jong-un', null]]],
        ['person:mike-pompeo', 'person:xi-jinping', 3, [['person:mike-pompeo', 'event:visit-pompeo-august'], ['person:kim-jong-un', 'event:visit-kim-beijing'], ['person:xi-jinping', null]]],
        ['person:mike-pompeo', 'person:xi-jinping', 1, null],
        // Five events link Trump to Kim; the letter has the smallest id.
        ['person:donald-trump', 'person:vladimir-putin', 2, [['person:donald-trump', 'event:letter-trump-kim'], ['person:kim-jong-un', 'event:summit-vladivostok'], ['person:vladimir-putin', null]]],
        // A place takes part as the event's place.
        ['person:moon-jae-in', 'place:hanoi', 4, [['person:moon-jae-in', 'event:meeting-moon-kim-undated'], ['person:kim-jong-un', 'event:summit-hanoi'], ['place:hanoi', null]]],
        ['person:kim-jong-un', 'person:kim-jong-un', 0, [['person:kim-jong-un', null]]],
        // The sanction links only the two countries; holdings are no events.
        ['country:united-states', 'person:kim-jong-un', 10, null],
        ['person:kim-jong-un', 'person:nobody', 3, null],
        ['event:summit-hanoi', 'person:kim-jong-un', 3, null],
        ['person:donald-trump', 'person:kim-jong-un', 0, null],
      ];
      for (const [from, to, maxHops, steps] of cases) {
        it(`${from} -> ${to} within ${maxHops}`, async () => {
          const store = await fresh(korea());
          expect(await store.path(from, to, maxHops)).toEqual(steps && steps.map(([entity, event]) => ({ entity, event })));
        });
      }
    });

    describe('removeEntities and the audit trail', () => {
      const entry = (action: AuditEntry['action'], detail: object): AuditEntry => ({ id: '', at: '2026-01-02T03:04:05.000Z', actor: 'analyst', action, detail: JSON.stringify(detail) });
      const mergeBiegunIntoPompeo = (): GraphChange => {
        const change = korea();
        const meeting = change.events.find((e) => e.id === 'event:meeting-kim-biegun') as EventFact;
        return {
          ...empty(),
          entities: [{ id: 'person:mike-pompeo', kind: 'PERSON', name: 'Mike Pompeo', aliases: ['Pompeo', 'Stephen Biegun', 'Biegun'] }],
          events: [{ ...meeting, participants: meeting.participants.map((p) => (p.entity === 'person:stephen-biegun' ? { ...p, entity: 'person:mike-pompeo' } : p)) }],
          removeEntities: ['person:stephen-biegun'],
          audit: [entry('MERGE_ENTITIES', { keep: 'person:mike-pompeo', drop: 'person:stephen-biegun', events: ['event:meeting-kim-biegun'] })],
        };
      };

      it('merges: events moved to the kept entity, the dropped one gone, one audit entry', async () => {
        const store = await fresh(korea(), mergeBiegunIntoPompeo());
        // The meeting keeps its 4 edges (Kim-Pompeo instead of Kim-Biegun); one entity less.
        expect(await store.counts()).toEqual({ ...KOREA_COUNTS, entities: 16 });
        expect(await store.entitiesByIds(['person:stephen-biegun'])).toEqual([]);
        expect((await store.entity('Biegun'))?.id).toBe('person:mike-pompeo');
        expect((await store.events({ first: 10, offset: 0, participants: ['person:mike-pompeo'] })).items.map((e) => e.id)).toEqual([
          'event:visit-pompeo-august', 'event:visit-pompeo-october', 'event:meeting-kim-biegun',
        ]);
        expect(await store.search('biegun', 10)).toEqual([
          { type: 'ENTITY', id: 'person:mike-pompeo', matched: 'Biegun', score: 3 },
          { type: 'EVENT', id: 'event:meeting-kim-biegun', matched: 'Kim meets Biegun', score: 1 },
        ]);
        expect(await store.auditLog({ first: 10, offset: 0 })).toEqual({
          items: [{ ...entry('MERGE_ENTITIES', { keep: 'person:mike-pompeo', drop: 'person:stephen-biegun', events: ['event:meeting-kim-biegun'] }), id: 'audit:1' }],
          totalCount: 1,
          offset: 0,
          hasNextPage: false,
        });
      });

      it('numbers audit entries on across writes, oldest first, and pages them', async () => {
        const store = await fresh(korea(), { ...empty(), audit: [entry('INGEST', { n: 1 }), entry('SPLIT_ENTITY', { n: 2 })] }, { ...empty(), audit: [entry('INGEST', { n: 3 })] });
        const all = await store.auditLog({ first: 10, offset: 0 });
        expect(all.items.map((a) => [a.id, a.action, JSON.parse(a.detail).n])).toEqual([['audit:1', 'INGEST', 1], ['audit:2', 'SPLIT_ENTITY', 2], ['audit:3', 'INGEST', 3]]);
        expect(await store.auditLog({ first: 1, offset: 1 })).toMatchObject({ items: [{ id: 'audit:2' }], totalCount: 3, offset: 1, hasNextPage: true });
        expect(await store.counts()).toEqual(KOREA_COUNTS);
      });

      it('removes an entity no event refers to, with its HOLDS edges; unknown ids are ignored', async () => {
        // South Korea takes part in no event; Moon's presidency points at it.
        const store = await fresh(korea(), { ...empty(), removeEntities: ['country:south-korea', 'country:nowhere'] });
        expect(await store.counts()).toEqual({ ...KOREA_COUNTS, entities: 16, edges: KOREA_COUNTS.edges - 1 });
        expect(await store.holdings('person:moon-jae-in')).toEqual([]);
        expect(await store.entity('Seoul')).toBeNull();
      });

      const refused: [string, () => GraphChange][] = [
        ['an entity an event still takes part with', () => ({ ...mergeBiegunIntoPompeo(), removeEntities: ['person:stephen-biegun', 'person:xi-jinping'] })],
        ['a place an event is held in', () => ({ ...mergeBiegunIntoPompeo(), removeEntities: ['place:beijing'] })],
        ['an event id', () => ({ ...mergeBiegunIntoPompeo(), removeEntities: ['event:summit-hanoi'] })],
      ];
      for (const [what, change] of refused) {
        it(`refuses removing ${what} whole: no event rewritten, no entity removed, no audit entry`, async () => {
          const store = await fresh(korea());
          const before = await store.events({ first: 100, offset: 0 });
          await expect(store.write(change())).rejects.toMatchObject({ name: 'InvalidChange' });
          expect(await store.counts()).toEqual(KOREA_COUNTS);
          expect(await store.events({ first: 100, offset: 0 })).toEqual(before);
          expect((await store.entity('Biegun'))?.id).toBe('person:stephen-biegun');
          expect(await store.auditLog({ first: 10, offset: 0 })).toEqual({ items: [], totalCount: 0, offset: 0, hasNextPage: false });
          expect((await store.search('biegun', 10)).map((h) => h.id)).toEqual(['person:stephen-biegun', 'event:meeting-kim-biegun']);
          await store.write(mergeBiegunIntoPompeo());
          expect((await store.auditLog({ first: 10, offset: 0 })).items.map((a) => a.id)).toEqual(['audit:1']);
        });
      }
    });

    describe('articles and holdings', () => {
      it('lists articles by publication date then id, undated last', async () => {
        const store = await fresh(korea());
        const all = await store.articles({ first: 100, offset: 0 });
        expect(all.items.map((a) => a.id)).toEqual([A1, A2, A3, A5, A4]);
        const second = await store.articles({ first: 2, offset: 2 });
        expect(second.items.map((a) => a.id)).toEqual([A3, A5]);
        expect(second).toMatchObject({ totalCount: 5, offset: 2, hasNextPage: true });
      });

      it('tells which URLs a stored article came from (its url or its source), in the order asked, each once', async () => {
        // korea.json: A1 and A2 have urls under https://example.com/; every article's source is fixtures/aN.txt.
        const singapore = 'https://example.com/2018/06/12/singapore-summit';
        const hanoi = 'https://example.com/2019/02/28/hanoi-summit-ends';
        const store = await fresh(korea());
        expect(await store.knownUrls([])).toEqual([]);
        expect(await store.knownUrls(['https://example.com/never', hanoi, 'fixtures/a3.txt', singapore, hanoi, 'https://example.com/2018/06/12', 'HTTPS://EXAMPLE.COM/2019/02/28/hanoi-summit-ends'])).toEqual([hanoi, 'fixtures/a3.txt', singapore]);
        const fetched = { ...korea().articles[3]!, id: 'article:a000000000000009', source: 'https://news.example.org/feed-item?id=9', url: 'https://news.example.org/2019/07/01/item-9' };
        await store.write({ ...empty(), articles: [fetched] });
        expect(await store.knownUrls(['https://news.example.org/2019/07/01/item-9', 'https://news.example.org/feed-item?id=9', 'https://news.example.org/feed-item?id=10'])).toEqual([
          'https://news.example.org/2019/07/01/item-9',
          'https://news.example.org/feed-item?id=9',
        ]);
      });

      it('lists the roles a person held, by start date', async () => {
        const store = await fresh(korea());
        expect(await store.holdings('person:mike-pompeo')).toEqual([
          { person: 'person:mike-pompeo', title: 'Director of the CIA', of: 'country:united-states', from: '2017-01-23', to: '2018-04-26' },
          { person: 'person:mike-pompeo', title: 'Secretary of State', of: 'country:united-states', from: '2018-04-26', to: null },
        ]);
        expect(await store.holdings('person:xi-jinping')).toEqual([]);
        expect(await store.holdings('person:nobody')).toEqual([]);
      });

      it('upserts a holding by person, organization, title and start', async () => {
        const store = await fresh(korea(), {
          ...empty(),
          holdings: [{ person: 'person:donald-trump', title: 'President', of: 'country:united-states', from: '2017-01-20', to: '2021-01-20' }],
        });
        expect(await store.holdings('person:donald-trump')).toEqual([
          { person: 'person:donald-trump', title: 'President', of: 'country:united-states', from: '2017-01-20', to: '2021-01-20' },
        ]);
        expect(await store.counts()).toEqual(KOREA_COUNTS);
      });
    });
  });
}

export { A1, A2, A3, A4, A5, KOREA_COUNTS };
