// The GraphQL API through executeQuery, over a memory store holding tests/fixtures/store/korea.json.
// Every expected value was worked out by hand from the fixture (see its README for the events).
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { executeQuery, type GraphQLResponse } from '../src/api/executeQuery.js';
import { IDE_EXAMPLES } from '../src/api/ideExamples.js';
import { openMemoryStore } from '../src/store/memory/memoryStore.js';
import type { GraphStore } from '../src/store/graphStore.js';
import { korea } from './store.contract.js';

let dir: string;
let store: GraphStore;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'newsgraph-api-'));
  store = await openMemoryStore(dir);
  await store.write(korea());
});
afterAll(async () => {
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

async function data(query: string, variables?: Record<string, unknown>): Promise<Record<string, unknown>> {
  const response = await executeQuery(store, query, variables);
  expect(response.errors).toBeUndefined();
  return response.data as Record<string, unknown>;
}

async function errorOf(query: string, variables?: Record<string, unknown>): Promise<NonNullable<GraphQLResponse['errors']>[number]> {
  const response = await executeQuery(store, query, variables);
  expect(response.errors).toHaveLength(1);
  return response.errors![0]!;
}

interface EncounterRow {
  certainty: string;
  person: { name: string };
  event: { id: string };
}
const rows = (encounters: EncounterRow[]): string[] => encounters.map((e) => `${e.person.name} @ ${e.event.id} ${e.certainty}`);
const ENCOUNTER_FIELDS = 'certainty person { name } event { id }';

describe('entity', () => {
  it('finds one person under every name', async () => {
    for (const name of ['Kim', 'Kim Jong-un', 'Kim Jong Un', 'kim jong un', 'person:kim-jong-un']) {
      expect(await data('query($n: String!) { entity(name: $n) { id kind name aliases } }', { n: name })).toEqual({
        entity: { id: 'person:kim-jong-un', kind: 'PERSON', name: 'Kim Jong Un', aliases: ['Kim', 'Kim Jong-un', 'Un', 'North Korean leader'] },
      });
    }
  });

  it('returns null for an unknown name, without an error', async () => {
    expect(await executeQuery(store, '{ entity(name: "Nobody") { id } }')).toEqual({ data: { entity: null } });
  });

  it('lists holdings and events of an entity', async () => {
    expect(await data('{ entity(name: "Pompeo") { holdings { title of { name } from to } events(first: 5) { totalCount edges { node { id } } } } }')).toEqual({
      entity: {
        holdings: [
          { title: 'Director of the CIA', of: { name: 'United States' }, from: '2017-01-23', to: '2018-04-26' },
          { title: 'Secretary of State', of: { name: 'United States' }, from: '2018-04-26', to: null },
        ],
        events: { totalCount: 2, edges: [{ node: { id: 'event:visit-pompeo-august' } }, { node: { id: 'event:visit-pompeo-october' } }] },
      },
    });
  });
});

describe('events', () => {
  it('serves every field of an event', async () => {
    const result = await data(`{ event(id: "event:summit-singapore") {
      id kind title status confidence cameo ordinal description extractor
      when { text earliest latest granularity value type }
      statusHistory { status evidence { sentence quote } }
      participants { role entity { id name kind } }
      place { id name }
      sources { article { id url title publishedAt { value } } quote sentence }
      evidence { article { id } sentence start end quote }
    } }`);
    expect(result).toEqual({
      event: {
        id: 'event:summit-singapore', kind: 'SUMMIT', title: 'Trump-Kim summit in Singapore', status: 'OCCURRED', confidence: 0.9, cameo: '044', ordinal: 1, description: null, extractor: 'events/summit@1',
        when: { text: 'on Tuesday', earliest: '2018-06-12', latest: '2018-06-12', granularity: 'day', value: '2018-06-12', type: 'DATE' },
        statusHistory: [{ status: 'OCCURRED', evidence: { sentence: 0, quote: 'Donald Trump and Kim Jong Un met in Singapore on Tuesday.' } }],
        participants: [
          { role: 'participant', entity: { id: 'person:donald-trump', name: 'Donald Trump', kind: 'PERSON' } },
          { role: 'participant', entity: { id: 'person:kim-jong-un', name: 'Kim Jong Un', kind: 'PERSON' } },
        ],
        place: { id: 'place:singapore', name: 'Singapore' },
        sources: [
          { article: { id: 'article:a000000000000001', url: 'https://example.com/2018/06/12/singapore-summit', title: 'Trump and Kim meet in Singapore', publishedAt: { value: '2018-06-12' } }, quote: 'Donald Trump and Kim Jong Un met in Singapore on Tuesday.', sentence: 0 },
          { article: { id: 'article:a000000000000002', url: 'https://example.com/2019/02/28/hanoi-summit-ends', title: 'Hanoi summit ends without a deal', publishedAt: { value: '2019-02-28' } }, quote: 'It came eight months after their first meeting in Singapore.', sentence: 1 },
        ],
        evidence: [
          { article: { id: 'article:a000000000000001' }, sentence: 0, start: 0, end: 57, quote: 'Donald Trump and Kim Jong Un met in Singapore on Tuesday.' },
          { article: { id: 'article:a000000000000001' }, sentence: 1, start: 58, end: 106, quote: 'It was the first summit between the two leaders.' },
          { article: { id: 'article:a000000000000002' }, sentence: 1, start: 83, end: 143, quote: 'It came eight months after their first meeting in Singapore.' },
        ],
      },
    });
  });

  it('filters by participant name (alias-aware) and partial dates', async () => {
    const result = await data('{ events(filter: { participants: ["Moon"], from: "2018", to: "2018" }) { totalCount edges { node { id } } } }');
    expect(result).toEqual({ events: { totalCount: 2, edges: [{ node: { id: 'event:summit-panmunjom-2018' } }, { node: { id: 'event:summit-pyongyang-2018' } }] } });
    const february = await data('{ events(filter: { from: "2019-02", to: "2019-02" }) { edges { node { id } } } }');
    expect(february).toEqual({ events: { edges: [{ node: { id: 'event:meeting-kim-biegun' } }, { node: { id: 'event:summit-hanoi' } }] } });
    const planned = await data('{ events(filter: { status: [PLANNED], place: null, kinds: [SUMMIT, MEETING] }) { edges { node { id } } } }');
    expect(planned).toEqual({ events: { edges: [{ node: { id: 'event:summit-third' } }] } });
    const atPanmunjom = await data('{ events(filter: { place: "DMZ" }) { edges { node { id } } } }');
    expect(atPanmunjom).toEqual({ events: { edges: [{ node: { id: 'event:summit-panmunjom-2018' } }, { node: { id: 'event:meeting-panmunjom-2019' } }] } });
  });

  it('pages with opaque cursors', async () => {
    const query = 'query($after: String) { events(filter: { kinds: [SUMMIT] }, first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } } }';
    const page1 = (await data(query)).events as { pageInfo: { endCursor: string } };
    expect(page1).toEqual({
      totalCount: 6,
      pageInfo: { hasNextPage: true, endCursor: 'MQ==' },
      edges: [{ cursor: 'MA==', node: { id: 'event:summit-panmunjom-2018' } }, { cursor: 'MQ==', node: { id: 'event:summit-singapore' } }],
    });
    const page2 = (await data(query, { after: page1.pageInfo.endCursor })).events as { pageInfo: { endCursor: string } };
    expect(page2).toEqual({
      totalCount: 6,
      pageInfo: { hasNextPage: true, endCursor: 'Mw==' },
      edges: [{ cursor: 'Mg==', node: { id: 'event:summit-pyongyang-2018' } }, { cursor: 'Mw==', node: { id: 'event:summit-hanoi' } }],
    });
    const page3 = (await data(query, { after: page2.pageInfo.endCursor })).events;
    expect(page3).toEqual({
      totalCount: 6,
      pageInfo: { hasNextPage: false, endCursor: 'NQ==' },
      edges: [{ cursor: 'NA==', node: { id: 'event:summit-vladivostok' } }, { cursor: 'NQ==', node: { id: 'event:summit-third' } }],
    });
  });

  it('pages entities and articles, 20 by default', async () => {
    expect(await data('{ entities(kind: PLACE, first: 2) { totalCount pageInfo { hasNextPage } edges { node { id } } } }')).toEqual({
      entities: { totalCount: 6, pageInfo: { hasNextPage: true }, edges: [{ node: { id: 'place:beijing' } }, { node: { id: 'place:hanoi' } }] },
    });
    expect(await data('{ entities(search: "korea") { edges { node { name } } } }')).toEqual({
      entities: { edges: [{ node: { name: 'North Korea' } }, { node: { name: 'South Korea' } }, { node: { name: 'Kim Jong Un' } }] },
    });
    const all = (await data('{ entities { totalCount pageInfo { hasNextPage } edges { cursor } } }')).entities as { totalCount: number; pageInfo: { hasNextPage: boolean }; edges: unknown[] };
    expect(all.totalCount).toBe(17);
    expect(all.edges).toHaveLength(17);
    expect(all.pageInfo.hasNextPage).toBe(false);
    expect(await data('{ articles(first: 2, after: "MQ==") { totalCount edges { node { id title dateSource } } } }')).toEqual({
      articles: {
        totalCount: 5,
        edges: [
          { node: { id: 'article:a000000000000003', title: 'Trump sends Kim a letter', dateSource: 'dateline' } },
          { node: { id: 'article:a000000000000005', title: 'Trump steps into North Korea', dateSource: 'header' } },
        ],
      },
    });
  });

  it('counts the graph', async () => {
    expect(await data('{ stats { articles entities events edges } }')).toEqual({ stats: { articles: 5, entities: 17, events: 15, edges: 73 } });
  });
});

describe('event mentions', () => {
  it("serves an article's mentions with their parties, trigger span and the event they refer to", async () => {
    const d = await data(`{ article(id: "article:a000000000000003") {
      mentions { kind status trigger participants { role entity { name } } place { name } evidence { start end quote } event { id } }
      events(first: 1) { totalCount }
    } }`);
    const article = d.article as { mentions: unknown[] };
    expect(article.mentions).toEqual([
      {
        kind: 'SUMMIT',
        status: 'PLANNED',
        trigger: 'summit',
        participants: [
          { role: 'participant', entity: { name: 'Kim Jong Un' } },
          { role: 'participant', entity: { name: 'Donald Trump' } },
        ],
        place: null,
        // "summit" in the third sentence: characters 122 to 128 of the fixture text.
        evidence: { start: 122, end: 128, quote: 'A third summit with Trump is planned for later this year.' },
        // Linked when read: the article's one summit of Kim and Trump (the planned third one, which
        // the fixture has it support) is the one it refers to.
        event: { id: 'event:summit-third' },
      },
    ]);
    const a1 = await data('{ article(id: "article:a000000000000001") { mentions { kind } } }');
    expect((a1.article as { mentions: unknown[] }).mentions).toEqual([]);
  });
});

describe('encounters', () => {
  const between = 'query($c: Certainty) { encounters(person: "Kim Jong Un", window: { afterEvent: "event:summit-singapore", beforeEvent: "event:summit-hanoi" }, certainty: $c) { ' + ENCOUNTER_FIELDS + ' } }';

  it('DEFINITE (the default): events wholly between Singapore (2018-06-12) and Hanoi (2019-02-27)', async () => {
    const result = (await data(between)).encounters as EncounterRow[];
    // The cancelled August visit is left out; Kim-Biegun "in February" only overlaps the window.
    expect(rows(result)).toEqual([
      'Moon Jae-in @ event:summit-pyongyang-2018 DEFINITE',
      'Mike Pompeo @ event:visit-pompeo-october DEFINITE',
      'Xi Jinping @ event:visit-kim-beijing DEFINITE',
    ]);
  });

  it('POSSIBLE adds the events that only overlap the window, labelled', async () => {
    const result = (await data(between, { c: 'POSSIBLE' })).encounters as EncounterRow[];
    expect(rows(result)).toEqual([
      'Moon Jae-in @ event:summit-pyongyang-2018 DEFINITE',
      'Mike Pompeo @ event:visit-pompeo-october DEFINITE',
      'Xi Jinping @ event:visit-kim-beijing DEFINITE',
      'Stephen Biegun @ event:meeting-kim-biegun POSSIBLE',
    ]);
  });

  it('takes partial dates: 2018-09-15 to 2019-01-05 cuts September and early January in two', async () => {
    const query = 'query($c: Certainty) { encounters(person: "Kim", window: { from: "2018-09-15", to: "2019-01-05" }, certainty: $c) { ' + ENCOUNTER_FIELDS + ' } }';
    expect(rows((await data(query, { c: 'POSSIBLE' })).encounters as EncounterRow[])).toEqual([
      'Moon Jae-in @ event:summit-pyongyang-2018 POSSIBLE',
      'Mike Pompeo @ event:visit-pompeo-october DEFINITE',
      'Xi Jinping @ event:visit-kim-beijing POSSIBLE',
    ]);
    expect(rows((await data(query)).encounters as EncounterRow[])).toEqual(['Mike Pompeo @ event:visit-pompeo-october DEFINITE']);
  });

  it('lists everyone at a three-way meeting, and planned summits too', async () => {
    const result = (await data('{ encounters(person: "Kim", window: { from: "2019", to: "2019" }) { ' + ENCOUNTER_FIELDS + ' } }')).encounters as EncounterRow[];
    expect(rows(result)).toEqual([
      'Xi Jinping @ event:visit-kim-beijing DEFINITE',
      'Stephen Biegun @ event:meeting-kim-biegun DEFINITE',
      'Donald Trump @ event:summit-hanoi DEFINITE',
      'Vladimir Putin @ event:summit-vladivostok DEFINITE',
      'Donald Trump @ event:meeting-panmunjom-2019 DEFINITE',
      'Moon Jae-in @ event:meeting-panmunjom-2019 DEFINITE',
      'Donald Trump @ event:summit-third DEFINITE',
    ]);
  });

  it('without a window lists every encounter; statements are no encounters, and the undated Moon-Kim meeting is a vaguer report of the dated ones (issue 13)', async () => {
    const result = (await data('{ encounters(person: "Moon") { ' + ENCOUNTER_FIELDS + ' } }')).encounters as EncounterRow[];
    expect(rows(result)).toEqual([
      'Kim Jong Un @ event:summit-panmunjom-2018 DEFINITE',
      'Kim Jong Un @ event:summit-pyongyang-2018 DEFINITE',
      'Donald Trump @ event:meeting-panmunjom-2019 DEFINITE',
      'Kim Jong Un @ event:meeting-panmunjom-2019 DEFINITE',
    ]);
    // It is still an event of theirs, in the timeline.
    expect((await data('{ timeline(entity: "Moon") { id } }')).timeline).toContainEqual({ id: 'event:meeting-moon-kim-undated' });
  });

  it('gives an empty list for an empty window (after an event that comes later)', async () => {
    expect(await data('{ encounters(person: "Kim", window: { afterEvent: "event:summit-hanoi", beforeEvent: "event:summit-singapore" }) { certainty } }')).toEqual({ encounters: [] });
  });

  it('reports unknown people and events as NOT_FOUND, non-people and bad dates as BAD_USER_INPUT', async () => {
    const unknown = await errorOf('{ encounters(person: "Kim Yo Jong") { certainty } }');
    expect(unknown).toMatchObject({ extensions: { code: 'NOT_FOUND' }, path: ['encounters'] });
    expect(unknown.message).toContain('Kim Yo Jong');
    const event = await errorOf('{ encounters(person: "Kim", window: { afterEvent: "event:nope" }) { certainty } }');
    expect(event).toMatchObject({ extensions: { code: 'NOT_FOUND' } });
    expect(event.message).toContain('event:nope');
    const place = await errorOf('{ encounters(person: "Singapore") { certainty } }');
    expect(place).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    const undated = await errorOf('{ encounters(person: "Kim", window: { afterEvent: "event:meeting-moon-kim-undated" }) { certainty } }');
    expect(undated).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    const date = await errorOf('{ encounters(person: "Kim", window: { from: "June 2019" }) { certainty } }');
    expect(date).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
  });
});

describe('betweenSummits', () => {
  interface GapRow {
    after: { id: string };
    before: { id: string } | null;
    encounters: EncounterRow[];
  }
  const gaps = (result: Record<string, unknown>): [string, string | null, string[]][] =>
    (result.betweenSummits as GapRow[]).map((g) => [g.after.id, g.before?.id ?? null, rows(g.encounters)]);
  const GAP_FIELDS = 'after { id } before { id } encounters { ' + ENCOUNTER_FIELDS + ' }';

  it('who met Kim Jong Un between his summits with Trump (the last gap closed by the planned third summit)', async () => {
    const result = await data('{ betweenSummits(person: "Kim Jong Un", with: "Trump") { ' + GAP_FIELDS + ' } }');
    expect(gaps(result)).toEqual([
      ['event:summit-singapore', 'event:summit-hanoi', [
        'Moon Jae-in @ event:summit-pyongyang-2018 DEFINITE',
        'Mike Pompeo @ event:visit-pompeo-october DEFINITE',
        'Xi Jinping @ event:visit-kim-beijing DEFINITE',
      ]],
      ['event:summit-hanoi', 'event:summit-third', [
        'Vladimir Putin @ event:summit-vladivostok DEFINITE',
        'Donald Trump @ event:meeting-panmunjom-2019 DEFINITE',
        'Moon Jae-in @ event:meeting-panmunjom-2019 DEFINITE',
      ]],
    ]);
  });

  it('POSSIBLE adds the February meeting with Biegun to the first gap', async () => {
    const result = await data('{ betweenSummits(person: "Kim Jong Un", with: "Donald Trump", certainty: POSSIBLE) { ' + GAP_FIELDS + ' } }');
    expect(gaps(result)[0]?.[2]).toEqual([
      'Moon Jae-in @ event:summit-pyongyang-2018 DEFINITE',
      'Mike Pompeo @ event:visit-pompeo-october DEFINITE',
      'Xi Jinping @ event:visit-kim-beijing DEFINITE',
      'Stephen Biegun @ event:meeting-kim-biegun POSSIBLE',
    ]);
  });

  it('uses all of a person\'s summits without `with`, the summits themselves never counted as encounters', async () => {
    const result = await data('{ betweenSummits(person: "Kim") { ' + GAP_FIELDS + ' } }');
    expect(gaps(result)).toEqual([
      ['event:summit-panmunjom-2018', 'event:summit-singapore', []],
      ['event:summit-singapore', 'event:summit-pyongyang-2018', []], // the August visit was cancelled
      ['event:summit-pyongyang-2018', 'event:summit-hanoi', ['Mike Pompeo @ event:visit-pompeo-october DEFINITE', 'Xi Jinping @ event:visit-kim-beijing DEFINITE']],
      ['event:summit-hanoi', 'event:summit-vladivostok', []],
      ['event:summit-vladivostok', 'event:summit-third', ['Donald Trump @ event:meeting-panmunjom-2019 DEFINITE', 'Moon Jae-in @ event:meeting-panmunjom-2019 DEFINITE']],
    ]);
  });

  it('leaves the last gap open when the last summit has occurred and none is planned', async () => {
    const result = await data('{ betweenSummits(person: "Moon Jae-in") { ' + GAP_FIELDS + ' } }');
    // The undated Moon-Kim meeting is not placed in any gap.
    expect(gaps(result)).toEqual([
      ['event:summit-panmunjom-2018', 'event:summit-pyongyang-2018', []],
      ['event:summit-pyongyang-2018', null, ['Donald Trump @ event:meeting-panmunjom-2019 DEFINITE', 'Kim Jong Un @ event:meeting-panmunjom-2019 DEFINITE']],
    ]);
  });

  it('gives no gaps to someone without summits', async () => {
    expect(await data('{ betweenSummits(person: "Pompeo") { after { id } } }')).toEqual({ betweenSummits: [] });
  });

  it('reports an unknown person or partner as NOT_FOUND', async () => {
    const error = await errorOf('{ betweenSummits(person: "Kim Il Sung") { after { id } } }');
    expect(error).toMatchObject({ extensions: { code: 'NOT_FOUND' } });
    expect(error.message).toContain('Kim Il Sung');
    expect(await errorOf('{ betweenSummits(person: "Kim", with: "Obama") { after { id } } }')).toMatchObject({ extensions: { code: 'NOT_FOUND' } });
  });
});

describe('timeline', () => {
  const ids = (result: Record<string, unknown>): string[] => (result.timeline as { id: string }[]).map((e) => e.id);

  it('lists the events of a person by date, undated last', async () => {
    expect(ids(await data('{ timeline(entity: "Moon") { id } }'))).toEqual([
      'event:summit-panmunjom-2018', 'event:summit-pyongyang-2018', 'event:statement-moon-june', 'event:meeting-panmunjom-2019', 'event:meeting-moon-kim-undated',
    ]);
  });

  it('keeps the events overlapping from/to', async () => {
    expect(ids(await data('{ timeline(entity: "Moon", from: "2019", to: "2019") { id } }'))).toEqual(['event:statement-moon-june', 'event:meeting-panmunjom-2019']);
    expect(ids(await data('{ timeline(entity: "Trump", from: "2019-06-30") { id } }'))).toEqual(['event:letter-trump-kim', 'event:meeting-panmunjom-2019', 'event:summit-third']);
  });

  it('lists the events held at a place', async () => {
    expect(ids(await data('{ timeline(entity: "Pyongyang") { id } }'))).toEqual(['event:visit-pompeo-august', 'event:summit-pyongyang-2018', 'event:visit-pompeo-october']);
  });

  it('reports unknown entities as NOT_FOUND and bad dates as BAD_USER_INPUT', async () => {
    const error = await errorOf('{ timeline(entity: "Atlantis") { id } }');
    expect(error).toMatchObject({ extensions: { code: 'NOT_FOUND' } });
    expect(error.message).toContain('Atlantis');
    expect(await errorOf('{ timeline(entity: "Moon", from: "2019-13") { id } }')).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(await errorOf('{ timeline(entity: "Moon", from: "2020", to: "2019") { id } }')).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
  });
});

describe('limits and errors', () => {
  it('refuses first above 100 and bad cursors as BAD_USER_INPUT', async () => {
    const tooMany = await errorOf('{ events(first: 101) { totalCount } }');
    expect(tooMany).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, path: ['events'] });
    expect(await errorOf('{ entities(first: -1) { totalCount } }')).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(await errorOf('{ articles(after: "not a cursor") { totalCount } }')).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(await data('{ events(first: 100) { totalCount } }')).toEqual({ events: { totalCount: 15 } });
  });

  it('reports unknown participant names in filters as NOT_FOUND', async () => {
    const error = await errorOf('{ events(filter: { participants: ["Moon", "Nobody"] }) { totalCount } }');
    expect(error).toMatchObject({ extensions: { code: 'NOT_FOUND' } });
    expect(error.message).toContain('Nobody');
  });

  it('labels syntax, validation and variable errors', async () => {
    expect(await errorOf('{ events(')).toMatchObject({ extensions: { code: 'GRAPHQL_PARSE_FAILED' } });
    expect(await errorOf('{ nope }')).toMatchObject({ extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    expect(await errorOf('query($n: String!) { entity(name: $n) { id } }', {})).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('refuses queries nested too deep', async () => {
    const deep = '{ events { edges { node { participants { entity { events { edges { node { participants { entity { events { edges { node { id } } } } } } } } } } } } } }';
    expect(await errorOf(deep)).toMatchObject({ extensions: { code: 'QUERY_TOO_DEEP' } });
  });
});

describe('IDE examples', () => {
  for (const example of IDE_EXAMPLES) {
    it(`runs "${example.title}" without errors`, async () => {
      const response = await executeQuery(store, example.query, example.variables ? (JSON.parse(example.variables) as Record<string, unknown>) : undefined);
      expect(response.errors).toBeUndefined();
      expect(response.data).toBeTruthy();
    });
  }
});
