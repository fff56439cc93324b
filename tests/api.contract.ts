// The API contract: the queries of issue 5 (concrete types, interval relations, sorting, windows
// by events, path, search, stats, evidence on participant links) through executeQuery over a store
// holding tests/fixtures/store/korea.json, with answers worked out by hand from the fixture (see
// tests/fixtures/store/README.md for its events and dates). Run on the memory store by
// api.contract.test.ts and on Neo4j by api.contract.neo4j.test.ts, so both stores give this same JSON.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { executeQuery, type GraphQLResponse } from '../src/api/executeQuery.js';
import type { GraphStore } from '../src/store/graphStore.js';
import { korea } from './store.contract.js';

/** Operations whose whole answers api.contract.neo4j.test.ts also compares between the two stores. */
export const CONTRACT_QUERIES: Record<string, string> = {
  concreteEvents: `{ events(first: 100) { edges { node { __typename id kind title
    participants { role entity { __typename id } evidence { article { id } sentence start end quote } }
    ... on Letter { sender { entity { id } evidence { quote } } recipients { entity { id } } description }
    ... on Sanction { imposer { entity { id } evidence { sentence start end quote } } target { entity { id } } action }
    ... on Visit { visitor { entity { id } } host { entity { id } evidence { quote } } }
  } } } }`,
  // Each entity's events and each person's encounters are work of their own (fieldCosts.ts): the
  // entities in one request, the people in another, so neither is more than a request may ask for.
  concreteEntities: `{ entities(first: 20) { edges { node { __typename id name
    events(first: 3, order: DESC) { totalCount edges { node { id } } }
  } } } }`,
  concretePeople: `{ entities(first: 10, kind: PERSON) { edges { node { __typename id name
    ... on Person { roles { title of { id } from to } encounters { certainty person { id } event { id } } }
  } } } }`,
  relations: `{
    during: events(filter: { afterEvent: "event:summit-singapore", beforeEvent: "event:summit-hanoi", relation: DURING }) { totalCount edges { node { id } } }
    overlaps: events(filter: { afterEvent: "event:summit-singapore", beforeEvent: "event:summit-hanoi" }) { totalCount edges { node { id } } }
    before: events(filter: { from: "2018-06-12", relation: BEFORE }) { edges { node { id } } }
    after: events(filter: { to: "2019-06-30", relation: AFTER }) { edges { node { id } } }
    desc: events(filter: { kinds: [MEETING, SUMMIT] }, order: DESC) { edges { node { id } } }
  }`,
  paths: `{
    pompeoXi: path(from: "Pompeo", to: "Xi") { hops steps { entity { id } via { id when { earliest latest } } } }
    places: path(from: "Singapore", to: "Hanoi") { hops steps { entity { id } via { id } } }
    self: path(from: "Trump", to: "Donald Trump") { hops steps { entity { id } via { id } } }
    tooFar: path(from: "Putin", to: "Xi", maxHops: 1) { hops }
  }`,
  // Two searches are more work than one request may ask for (fieldCosts.ts): one each; a blank one does none.
  searches: `{
    kim: search(text: "kim", first: 100) { score matched node { __typename ... on Entity { id } ... on Event { id } } }
    blank: search(text: "  ") { score }
  }`,
  searchHanoi: '{ hanoi: search(text: "hanoi summit") { score matched node { ... on Event { id } } } }',
  stats: '{ stats { articles entities events edges entitiesByKind { kind count } eventsByKind { kind count } eventsByStatus { status count } dateRange { earliest latest } } }',
};

interface Ids {
  edges: { node: { id: string } }[];
}
const ids = (connection: unknown): string[] => (connection as Ids).edges.map((e) => e.node.id);

export function apiContract(storeName: string, open: () => Promise<GraphStore>): void {
  describe(`the API over the ${storeName} store (korea.json)`, () => {
    let store: GraphStore;
    beforeAll(async () => {
      store = await open();
      await store.write(korea());
    });
    afterAll(async () => {
      await store?.close();
    });

    const run = (query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse> => executeQuery(store, query, variables);
    async function data(query: string, variables?: Record<string, unknown>): Promise<Record<string, unknown>> {
      const response = await run(query, variables);
      expect(response.errors).toBeUndefined();
      return response.data as Record<string, unknown>;
    }
    async function errorCode(query: string): Promise<unknown> {
      const response = await run(query);
      expect(response.errors).toHaveLength(1);
      return response.errors?.[0]?.extensions.code;
    }

    describe('concrete types', () => {
      it('resolves every entity and event to the type of its kind', async () => {
        const result = await data('{ a: entity(name: "Kim") { __typename } b: entity(name: "DPRK") { __typename } c: entity(name: "UN") { __typename } d: entity(name: "DMZ") { __typename } e: event(id: "event:summit-hanoi") { __typename } f: event(id: "event:statement-moon-june") { __typename } g: event(id: "event:visit-kim-beijing") { __typename } }');
        expect(result).toEqual({ a: { __typename: 'Person' }, b: { __typename: 'Country' }, c: { __typename: 'Organization' }, d: { __typename: 'Place' }, e: { __typename: 'Summit' }, f: { __typename: 'Statement' }, g: { __typename: 'Visit' } });
      });

      it('gives a letter its sender and recipients, each with the sentence that says so', async () => {
        const result = await data('{ event(id: "event:letter-trump-kim") { ... on Letter { description sender { role entity { name } evidence { article { id } sentence start end quote } } recipients { role entity { name } evidence { quote } } } } }');
        const quote = 'Kim Jong Un received a beautiful letter from Trump this month.';
        expect(result).toEqual({
          event: {
            description: 'beautiful',
            sender: { role: 'sender', entity: { name: 'Donald Trump' }, evidence: [{ article: { id: 'article:a000000000000003' }, sentence: 0, start: 0, end: 62, quote }] },
            recipients: [{ role: 'recipient', entity: { name: 'Kim Jong Un' }, evidence: [{ quote }] }],
          },
        });
      });

      it('gives sanctions their imposer, target and action ("impose" -> IMPOSED)', async () => {
        const result = await data('{ event(id: "event:sanction-us-nk") { ... on Sanction { action imposer { entity { name } evidence { article { id } sentence start end quote } } target { entity { name } } } } }');
        expect(result).toEqual({
          event: {
            action: 'IMPOSED',
            imposer: { entity: { name: 'United States' }, evidence: [{ article: { id: 'article:a000000000000004' }, sentence: 1, start: 58, end: 106, quote: 'Washington imposed new sanctions on North Korea.' }] },
            target: { entity: { name: 'North Korea' } },
          },
        });
      });

      it('gives a visit its visitor and host (a host the text only implied has no evidence)', async () => {
        const result = await data('{ event(id: "event:visit-pompeo-october") { ... on Visit { visitor { entity { name } evidence { quote } } host { entity { name } evidence { quote } } } } }');
        expect(result).toEqual({ event: { visitor: { entity: { name: 'Mike Pompeo' }, evidence: [{ quote: 'Mike Pompeo visited Pyongyang on October 7.' }] }, host: { entity: { name: 'Kim Jong Un' }, evidence: [] } } });
      });

      it('gives a person roles (also at a date: both on the day Pompeo moved from the CIA to State) and encounters', async () => {
        const result = await data(`{ entity(name: "Pompeo") { ... on Person {
          all: roles { title of { name } from to }
          march2018: roles(at: "2018-03") { title }
          handover: roles(at: "2018-04-26") { title }
          in2019: roles(at: "2019") { title }
        } } moon: entity(name: "Moon") { ... on Person { encounters(window: { from: "2018", to: "2018" }) { certainty person { name } event { id } } } } }`);
        expect(result).toEqual({
          entity: {
            all: [
              { title: 'Director of the CIA', of: { name: 'United States' }, from: '2017-01-23', to: '2018-04-26' },
              { title: 'Secretary of State', of: { name: 'United States' }, from: '2018-04-26', to: null },
            ],
            march2018: [{ title: 'Director of the CIA' }],
            handover: [{ title: 'Director of the CIA' }, { title: 'Secretary of State' }],
            in2019: [{ title: 'Secretary of State' }],
          },
          moon: {
            encounters: [
              { certainty: 'DEFINITE', person: { name: 'Kim Jong Un' }, event: { id: 'event:summit-panmunjom-2018' } },
              { certainty: 'DEFINITE', person: { name: 'Kim Jong Un' }, event: { id: 'event:summit-pyongyang-2018' } },
            ],
          },
        });
      });
    });

    describe('events: windows, relations, order, filters', () => {
      it('DURING and OVERLAPS a window between two events (Singapore 2018-06-12, Hanoi 2019-02-27..28)', async () => {
        const result = await data(CONTRACT_QUERIES.relations as string);
        // Window 2018-06-13..2019-02-26. Kim-Biegun "in February" (02-01..02-28) only overlaps it.
        expect(ids(result.during)).toEqual(['event:visit-pompeo-august', 'event:summit-pyongyang-2018', 'event:visit-pompeo-october', 'event:visit-kim-beijing']);
        expect(ids(result.overlaps)).toEqual(['event:visit-pompeo-august', 'event:summit-pyongyang-2018', 'event:visit-pompeo-october', 'event:visit-kim-beijing', 'event:meeting-kim-biegun']);
        // Only Panmunjom (2018-04-27) ends before 2018-06-12; only the third summit (2019-07-01..12-31) starts after 2019-06-30.
        expect(ids(result.before)).toEqual(['event:summit-panmunjom-2018']);
        expect(ids(result.after)).toEqual(['event:summit-third']);
        // Latest first, the undated meeting last.
        expect(ids(result.desc)).toEqual([
          'event:summit-third', 'event:meeting-panmunjom-2019', 'event:summit-vladivostok', 'event:summit-hanoi', 'event:meeting-kim-biegun',
          'event:summit-pyongyang-2018', 'event:summit-singapore', 'event:summit-panmunjom-2018', 'event:meeting-moon-kim-undated',
        ]);
      });

      it('answers "what happened between the Hanoi summit and the DMZ meeting"', async () => {
        const query = 'query($r: IntervalRelation) { events(filter: { afterEvent: "event:summit-hanoi", beforeEvent: "event:meeting-panmunjom-2019", relation: $r }) { edges { node { id } } } }';
        // Window 2019-03-01..2019-06-29: Vladivostok lies inside; the letter and Moon's statement ("in June", 06-01..06-30) overlap it.
        expect(ids((await data(query, { r: 'DURING' })).events)).toEqual(['event:summit-vladivostok']);
        expect(ids((await data(query, { r: 'OVERLAPS' })).events)).toEqual(['event:summit-vladivostok', 'event:letter-trump-kim', 'event:statement-moon-june']);
      });

      it('filters by status, source and place, and pages an entity\'s events in a window', async () => {
        const result = await data(`{
          cancelled: events(filter: { status: [CANCELLED] }) { edges { node { id } } }
          article4: events(filter: { source: "article:a000000000000004" }) { edges { node { id } } }
          pyongyang: events(filter: { place: "Pyongyang" }, order: DESC) { edges { node { id } } }
          kim: entity(name: "Kim") { events(window: { from: "2019-06", to: "2019-06" }, relation: DURING) { totalCount edges { node { id } } } }
          kimMeetings: entity(name: "Kim") { events(kinds: [MEETING], status: [OCCURRED], first: 1) { totalCount pageInfo { hasNextPage } edges { node { id } } } }
        }`);
        expect(ids(result.cancelled)).toEqual(['event:visit-pompeo-august']);
        expect(ids(result.article4)).toEqual(['event:visit-pompeo-august', 'event:sanction-us-nk']);
        expect(ids(result.pyongyang)).toEqual(['event:visit-pompeo-october', 'event:summit-pyongyang-2018', 'event:visit-pompeo-august']);
        expect((result.kim as { events: unknown }).events).toEqual({ totalCount: 2, edges: [{ node: { id: 'event:letter-trump-kim' } }, { node: { id: 'event:meeting-panmunjom-2019' } }] });
        expect((result.kimMeetings as { events: unknown }).events).toEqual({ totalCount: 3, pageInfo: { hasNextPage: true }, edges: [{ node: { id: 'event:meeting-kim-biegun' } }] });
      });

      it('refuses BEFORE without a start and AFTER without an end; an unknown window event is NOT_FOUND', async () => {
        expect(await errorCode('{ events(filter: { to: "2019", relation: BEFORE }) { totalCount } }')).toBe('BAD_USER_INPUT');
        expect(await errorCode('{ events(filter: { afterEvent: "event:summit-hanoi", relation: AFTER }) { totalCount } }')).toBe('BAD_USER_INPUT');
        expect(await errorCode('{ events(filter: { afterEvent: "event:nope" }) { totalCount } }')).toBe('NOT_FOUND');
        expect(await data('{ events(filter: { afterEvent: "event:summit-hanoi", beforeEvent: "event:summit-singapore" }) { totalCount } }')).toEqual({ events: { totalCount: 0 } });
      });
    });

    describe('path', () => {
      it('connects Pompeo to Xi through Kim, with the events and their dates', async () => {
        const result = await data(CONTRACT_QUERIES.paths as string);
        // Pompeo and Kim share both Pompeo visits (the cancelled August one has the smaller id); Kim and Xi the Beijing visit.
        expect(result.pompeoXi).toEqual({
          hops: 2,
          steps: [
            { entity: { id: 'person:mike-pompeo' }, via: { id: 'event:visit-pompeo-august', when: { earliest: '2018-08-01', latest: '2018-08-31' } } },
            { entity: { id: 'person:kim-jong-un' }, via: { id: 'event:visit-kim-beijing', when: { earliest: '2019-01-01', latest: '2019-01-10' } } },
            { entity: { id: 'person:xi-jinping' }, via: null },
          ],
        });
        // Places count through the events held there; Trump and Kim were at both summits, Trump's id is smaller.
        expect(result.places).toEqual({
          hops: 2,
          steps: [{ entity: { id: 'place:singapore' }, via: { id: 'event:summit-singapore' } }, { entity: { id: 'person:donald-trump' }, via: { id: 'event:summit-hanoi' } }, { entity: { id: 'place:hanoi' }, via: null }],
        });
        expect(result.self).toEqual({ hops: 0, steps: [{ entity: { id: 'person:donald-trump' }, via: null }] });
        expect(result.tooFar).toBeNull();
      });

      it('refuses maxHops outside 1..6 and unknown names', async () => {
        expect(await errorCode('{ path(from: "Putin", to: "Xi", maxHops: 7) { hops } }')).toBe('BAD_USER_INPUT');
        expect(await errorCode('{ path(from: "Putin", to: "Nobody") { hops } }')).toBe('NOT_FOUND');
      });
    });

    describe('search', () => {
      it('finds names, aliases and event titles, exact names first, then word prefixes', async () => {
        const result = await data(CONTRACT_QUERIES.searches as string);
        type Hit = { score: number; matched: string; node: { __typename?: string; id: string } };
        const kim = result.kim as Hit[];
        // "Kim" is an alias of Kim Jong Un (exact: 3); two titles start with "Kim" (2); nine more titles name Kim (1), by id.
        expect(kim.slice(0, 3)).toEqual([
          { score: 3, matched: 'Kim', node: { __typename: 'Person', id: 'person:kim-jong-un' } },
          { score: 2, matched: 'Kim meets Biegun', node: { __typename: 'Meeting', id: 'event:meeting-kim-biegun' } },
          { score: 2, matched: 'Kim visits Beijing', node: { __typename: 'Visit', id: 'event:visit-kim-beijing' } },
        ]);
        expect(kim.slice(3).map((h) => [h.score, h.node.id])).toEqual([
          'event:letter-trump-kim', 'event:meeting-moon-kim-undated', 'event:meeting-panmunjom-2019', 'event:summit-hanoi', 'event:summit-panmunjom-2018',
          'event:summit-pyongyang-2018', 'event:summit-singapore', 'event:summit-third', 'event:summit-vladivostok',
        ].map((id) => [1, id]));
        expect((await data(CONTRACT_QUERIES.searchHanoi as string)).hanoi).toEqual([{ score: 1, matched: 'Trump-Kim summit in Hanoi', node: { id: 'event:summit-hanoi' } }]);
        expect(result.blank).toEqual([]);
        expect(await data('{ search(text: "kim", first: 2) { node { ... on Entity { id } ... on Event { id } } } }')).toEqual({ search: [{ node: { id: 'person:kim-jong-un' } }, { node: { id: 'event:meeting-kim-biegun' } }] });
        expect(await errorCode('{ search(text: "kim", first: 101) { score } }')).toBe('BAD_USER_INPUT');
      });
    });

    describe('stats', () => {
      it('counts by kind and status and gives the days covered', async () => {
        expect(await data(CONTRACT_QUERIES.stats as string)).toEqual({
          stats: {
            articles: 5, entities: 17, events: 15, edges: 73,
            entitiesByKind: [{ kind: 'PERSON', count: 7 }, { kind: 'COUNTRY', count: 3 }, { kind: 'ORGANIZATION', count: 1 }, { kind: 'PLACE', count: 6 }],
            eventsByKind: [
              { kind: 'SUMMIT', count: 6 }, { kind: 'MEETING', count: 3 }, { kind: 'TALKS', count: 0 }, { kind: 'LETTER', count: 1 },
              { kind: 'SANCTION', count: 1 }, { kind: 'VISIT', count: 3 }, { kind: 'WEAPONS_TEST', count: 0 }, { kind: 'STATEMENT', count: 1 },
            ],
            eventsByStatus: [{ status: 'PLANNED', count: 1 }, { status: 'OCCURRED', count: 13 }, { status: 'CANCELLED', count: 1 }, { status: 'POSTPONED', count: 0 }],
            // From the Panmunjom summit (2018-04-27) to the end of the planned third summit's window (2019-12-31).
            dateRange: { earliest: '2018-04-27', latest: '2019-12-31' },
          },
        });
      });
    });

    describe('read-only without a token', () => {
      it('refuses mutations with FORBIDDEN', async () => {
        expect(await errorCode('mutation { mergeEntities(keep: "Kim", drop: "Moon") { audit { id } } }')).toBe('FORBIDDEN');
        expect(await data('{ auditLog { totalCount edges { node { id } } } }')).toEqual({ auditLog: { totalCount: 0, edges: [] } });
      });
    });
  });
}
