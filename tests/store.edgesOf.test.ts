// edgesOf: the relationships one event derives (DESIGN.md, Graph model), checked on fixture events.
import { describe, expect, it } from 'vitest';
import type { EntityKind, EventFact } from '../src/model/index.js';
import { edgesOf, holdsEdge } from '../src/store/edgesOf.js';
import { korea } from './store.contract.js';

const change = korea();
const kinds = new Map(change.entities.map((e) => [e.id, e.kind]));
const kindOf = (id: string): EntityKind | undefined => kinds.get(id);
const eventById = (id: string): EventFact => change.events.find((e) => e.id === id) as EventFact;
const summary = (event: EventFact, lookup = kindOf): string[] => edgesOf(event, lookup).map((e) => `${e.type} ${e.from} -> ${e.to}`);

describe('edgesOf', () => {
  it('links the people of a summit, its place, the pair who met and its sources', () => {
    const edges = edgesOf(eventById('event:summit-singapore'), kindOf);
    expect(edges.map((e) => e.key)).toEqual([
      'ATTENDED|person:donald-trump|event:summit-singapore|participant',
      'ATTENDED|person:kim-jong-un|event:summit-singapore|participant',
      'HELD_IN|event:summit-singapore|place:singapore',
      'MET|person:donald-trump|person:kim-jong-un|event:summit-singapore',
      'SUPPORTS|article:a000000000000001|event:summit-singapore',
      'SUPPORTS|article:a000000000000002|event:summit-singapore',
    ]);
    expect(edges[0]?.props).toEqual({
      role: 'participant', status: 'OCCURRED', when: '2018-06-12', earliest: '2018-06-12', latest: '2018-06-12',
      confidence: 0.9, extractor: 'events/summit@1', sources: ['article:a000000000000001', 'article:a000000000000002'],
    });
    expect(edges[3]?.props).toEqual({ event: 'event:summit-singapore', status: 'OCCURRED', when: '2018-06-12', earliest: '2018-06-12', latest: '2018-06-12', confidence: 0.9 });
    // SUPPORTS carries the article's first supporting sentence (A1 sentence 0, A2 sentence 1).
    expect(edges[4]?.props).toEqual({ sentence: 0, start: 0, end: 57, quote: 'Donald Trump and Kim Jong Un met in Singapore on Tuesday.' });
    expect(edges[5]?.props).toEqual({ sentence: 1, start: 83, end: 143, quote: 'It came eight months after their first meeting in Singapore.' });
  });

  it('derives MET for every pair of people, each pair once, ids in order', () => {
    expect(summary(eventById('event:meeting-panmunjom-2019')).filter((s) => s.startsWith('MET'))).toEqual([
      'MET person:donald-trump -> person:kim-jong-un',
      'MET person:donald-trump -> person:moon-jae-in',
      'MET person:kim-jong-un -> person:moon-jae-in',
    ]);
  });

  it('marks the MET edges of a call with its medium, and only those (issue 13)', () => {
    const met = (event: EventFact) => edgesOf(event, kindOf).filter((e) => e.type === 'MET').map((e) => e.props['medium']);
    expect(met({ ...eventById('event:meeting-panmunjom-2019'), medium: 'PHONE' })).toEqual(['PHONE', 'PHONE', 'PHONE']);
    expect(met(eventById('event:meeting-panmunjom-2019'))).toEqual([undefined, undefined, undefined]);
    expect(edgesOf({ ...eventById('event:meeting-panmunjom-2019'), medium: 'VIDEO' }, kindOf).filter((e) => e.type !== 'MET').every((e) => !('medium' in e.props))).toBe(true);
  });

  it('derives MET for planned meetings but not cancelled ones, and never for letters or statements', () => {
    expect(summary(eventById('event:summit-third'))).toContain('MET person:donald-trump -> person:kim-jong-un');
    expect(summary(eventById('event:visit-pompeo-august')).some((s) => s.startsWith('MET'))).toBe(false);
    expect(summary({ ...eventById('event:summit-third'), status: 'POSTPONED' }).some((s) => s.startsWith('MET'))).toBe(false);
    expect(summary(eventById('event:letter-trump-kim')).some((s) => s.startsWith('MET'))).toBe(false);
  });

  it('sends letters and imposes sanctions', () => {
    expect(summary(eventById('event:letter-trump-kim'))).toEqual([
      'SENT person:donald-trump -> event:letter-trump-kim',
      'TO event:letter-trump-kim -> person:kim-jong-un',
      'SUPPORTS article:a000000000000003 -> event:letter-trump-kim',
    ]);
    expect(summary(eventById('event:sanction-us-nk'))).toEqual([
      'IMPOSED country:united-states -> event:sanction-us-nk',
      'TARGETS event:sanction-us-nk -> country:north-korea',
      'SUPPORTS article:a000000000000004 -> event:sanction-us-nk',
    ]);
  });

  it('leaves out undated timing, skips place participants, and does not count a participant of unknown kind as a person', () => {
    const undated = edgesOf(eventById('event:meeting-moon-kim-undated'), kindOf);
    expect(undated[0]?.props).toEqual({ role: 'participant', status: 'OCCURRED', confidence: 0.5, extractor: 'events/meeting@1', sources: ['article:a000000000000003'] });
    const withPlace = { ...eventById('event:summit-hanoi'), participants: [...eventById('event:summit-hanoi').participants, { entity: 'place:hanoi', role: 'participant', evidence: [] }] };
    expect(summary(withPlace).filter((s) => s.startsWith('ATTENDED'))).toHaveLength(2);
    const unknownKim = (id: string): EntityKind | undefined => (id === 'person:kim-jong-un' ? undefined : kindOf(id));
    const edges = summary(eventById('event:summit-hanoi'), unknownKim);
    expect(edges).toContain('ATTENDED person:kim-jong-un -> event:summit-hanoi');
    expect(edges.some((s) => s.startsWith('MET'))).toBe(false);
  });

  it('gives each duplicate link once', () => {
    const hanoi = eventById('event:summit-hanoi');
    const doubled = { ...hanoi, participants: [...hanoi.participants, ...hanoi.participants], sources: [...hanoi.sources, ...hanoi.sources] };
    expect(edgesOf(doubled, kindOf).map((e) => e.key)).toEqual(edgesOf(hanoi, kindOf).map((e) => e.key));
  });
});

describe('holdsEdge', () => {
  it('keys a holding by person, organization, title and start, leaving out unknown bounds', () => {
    expect(holdsEdge({ person: 'person:kim-jong-un', title: 'Supreme Leader', of: 'country:north-korea', from: '2011-12-17', to: null })).toEqual({
      type: 'HOLDS', from: 'person:kim-jong-un', to: 'country:north-korea',
      key: 'HOLDS|person:kim-jong-un|country:north-korea|Supreme Leader|2011-12-17',
      props: { title: 'Supreme Leader', from: '2011-12-17' },
    });
  });
});
