// The GraphStore contract suite: one set of expectations every store must meet, with the same
// answers (DESIGN.md, Stores). Data-driven: the changes and the event query cases are JSON
// fixtures in tests/fixtures/store/ (a hand-written slice of the 2018-2019 US-North Korea story);
// every expected value below was worked out by hand from those files.
//
//   storeContract('memory', () => openMemoryStore(freshTempDir()));
//
// open() must give an empty store each time; the suite closes every store it opens.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { Entity, EventFact, EventKind } from '../src/model/index.js';
import type { EventQuery, GraphChange, GraphStore } from '../src/store/graphStore.js';

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

    describe('candidateEvents', () => {
      const cases: [EventKind[], string[], string[]][] = [
        [['SUMMIT'], ['person:donald-trump'], ['event:summit-singapore', 'event:summit-hanoi', 'event:summit-third']],
        [['MEETING'], ['place:panmunjom'], ['event:meeting-panmunjom-2019']],
        [['SUMMIT', 'MEETING'], ['place:panmunjom', 'person:stephen-biegun'], ['event:summit-panmunjom-2018', 'event:meeting-kim-biegun', 'event:meeting-panmunjom-2019']],
        [['SANCTION'], ['country:north-korea'], ['event:sanction-us-nk']],
        [[], ['person:kim-jong-un'], []],
        [['LETTER'], ['person:nobody'], []],
      ];
      for (const [kinds, entityIds, ids] of cases) {
        it(`${kinds.join('|') || '(no kinds)'} with ${entityIds.join(', ')}`, async () => {
          const store = await fresh(korea());
          expect((await store.candidateEvents(kinds, entityIds)).map((e) => e.id)).toEqual(ids);
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
