// A generated GraphChange of any size for benchmarks and load tests: written straight to a store
// (no extraction), deterministic for a given seed. A small scripted story (Kim Jong Un, Donald Trump,
// Moon Jae-in, Mike Pompeo, Xi Jinping, Vladimir Putin: the summits of 2018-2019 and the meetings
// between them) makes the IDE example queries answer as on the sample articles; the bulk is random
// events among generated people, countries and places from 2000 to 2024, each with 1-4
// participants, a place, 1-2 source articles and evidence.
//
//   await store.write(syntheticGraph({ events: 100_000 }));
import type { Article, Entity, EntityKind, EventFact, EventKind, EventStatus, Evidence, TimeSpan } from '../../src/model/index.js';
import type { GraphChange } from '../../src/store/graphStore.js';
import { mulberry32 } from './mulberry32.js';

export interface SyntheticGraphOptions {
  /** Events in all (the scripted story included). */
  events: number;
  people?: number;
  countries?: number;
  places?: number;
  articles?: number;
  seed?: number;
}

const DEFAULTS = { people: 2_000, countries: 60, places: 300, articles: 5_000, seed: 20180612 };
const KINDS: EventKind[] = ['SUMMIT', 'MEETING', 'TALKS', 'LETTER', 'SANCTION', 'VISIT', 'WEAPONS_TEST', 'STATEMENT'];
const STATUSES: EventStatus[] = ['OCCURRED', 'OCCURRED', 'OCCURRED', 'OCCURRED', 'PLANNED', 'CANCELLED', 'POSTPONED'];

const FAMOUS: Entity[] = [
  { id: 'person:kim-jong-un', kind: 'PERSON', name: 'Kim Jong Un', aliases: ['Kim', 'Kim Jong-un'] },
  { id: 'person:donald-trump', kind: 'PERSON', name: 'Donald Trump', aliases: ['Trump'] },
  { id: 'person:moon-jae-in', kind: 'PERSON', name: 'Moon Jae-in', aliases: ['Moon'] },
  { id: 'person:mike-pompeo', kind: 'PERSON', name: 'Mike Pompeo', aliases: ['Pompeo'] },
  { id: 'person:xi-jinping', kind: 'PERSON', name: 'Xi Jinping', aliases: ['Xi'] },
  { id: 'person:vladimir-putin', kind: 'PERSON', name: 'Vladimir Putin', aliases: ['Putin'] },
];
const STORY_PLACES: Entity[] = ['Singapore', 'Hanoi', 'Pyongyang', 'Beijing', 'Vladivostok', 'Panmunjom'].map((name) => ({ id: `place:${name.toLowerCase()}`, kind: 'PLACE', name, aliases: [] }));

/** [kind, title, first day, last day, status, participants (FAMOUS indexes), place (STORY_PLACES index)] */
const STORY: [EventKind, string, string, string, EventStatus, number[], number][] = [
  ['SUMMIT', 'Moon-Kim summit in Panmunjom', '2018-04-27', '2018-04-27', 'OCCURRED', [2, 0], 5],
  ['SUMMIT', 'Trump-Kim summit in Singapore', '2018-06-12', '2018-06-12', 'OCCURRED', [1, 0], 0],
  ['VISIT', 'Pompeo visit to Pyongyang (called off)', '2018-08-01', '2018-08-31', 'CANCELLED', [3, 0], 2],
  ['SUMMIT', 'Moon-Kim summit in Pyongyang', '2018-09-18', '2018-09-20', 'OCCURRED', [2, 0], 2],
  ['VISIT', 'Pompeo visit to Pyongyang', '2018-10-07', '2018-10-07', 'OCCURRED', [3, 0], 2],
  ['VISIT', 'Kim visit to Beijing', '2019-01-08', '2019-01-09', 'OCCURRED', [0, 4], 3],
  ['SUMMIT', 'Trump-Kim summit in Hanoi', '2019-02-27', '2019-02-28', 'OCCURRED', [1, 0], 1],
  ['SUMMIT', 'Putin-Kim summit in Vladivostok', '2019-04-25', '2019-04-25', 'OCCURRED', [5, 0], 4],
  ['MEETING', 'Trump, Kim and Moon at Panmunjom', '2019-06-30', '2019-06-30', 'OCCURRED', [1, 0, 2], 5],
  ['SUMMIT', 'Third Trump-Kim summit', '2019-09-01', '2019-12-31', 'PLANNED', [1, 0], -1],
];

export function syntheticGraph(options: SyntheticGraphOptions): GraphChange {
  const { people, countries, places, articles: articleCount, seed } = { ...DEFAULTS, ...options };
  const random = mulberry32(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

  const entities: Entity[] = [...FAMOUS, ...STORY_PLACES];
  const generated = (kind: EntityKind, prefix: string, count: number): Entity[] =>
    Array.from({ length: count }, (_, i) => ({ id: `${kind.toLowerCase()}:${prefix}-${i}`, kind, name: `${cap(prefix)} ${i}`, aliases: [`${cap(prefix)}${i}`] }));
  const persons = generated('PERSON', 'person', people);
  const states = generated('COUNTRY', 'country', countries);
  const sites = generated('PLACE', 'place', places);
  entities.push(...persons, ...states, ...sites);

  const articles: Article[] = Array.from({ length: articleCount }, (_, i) => {
    const day = dayOf(random);
    return {
      id: `article:${i.toString(16).padStart(16, '0')}`,
      source: `synthetic/${i}.txt`,
      title: `Synthetic article ${i}`,
      text: `Synthetic article ${i}, published ${day}. It reports a few events.`,
      publishedAt: span(day, day),
      dateSource: 'given',
    };
  });
  const articleIds = articles.map((a) => a.id);

  const events: EventFact[] = [];
  const addEvent = (kind: EventKind, title: string, when: TimeSpan | null, status: EventStatus, participants: string[], place: string | null): void => {
    const sources = [...new Set([pick(articleIds), ...(random() < 0.3 ? [pick(articleIds)] : [])])];
    const evidence: Evidence[] = sources.map((article, i) => ({ article, sentence: i, start: 0, end: 18, quote: `${title}.` }));
    events.push({
      id: `event:${events.length.toString(36).padStart(6, '0')}`,
      kind, title, when, status,
      statusHistory: [{ status, evidence: evidence[0] as Evidence }],
      participants: [...new Set(participants)].map((entity, i) => ({ entity, role: roleOf(kind, i), evidence: [evidence[0] as Evidence] })),
      place, ordinal: null, description: null, evidence, sources,
      confidence: Math.round((0.5 + random() / 2) * 100) / 100,
      extractor: 'synthetic@1',
    });
  };

  for (const [kind, title, earliest, latest, status, who, where] of STORY.slice(0, options.events)) {
    addEvent(kind, title, span(earliest, latest), status, who.map((i) => (FAMOUS[i] as Entity).id), where < 0 ? null : (STORY_PLACES[where] as Entity).id);
  }
  while (events.length < options.events) {
    const kind = pick(KINDS);
    const count = kind === 'STATEMENT' || kind === 'WEAPONS_TEST' ? 1 : 2 + Math.floor(random() * 3);
    const pool = kind === 'SANCTION' ? states : persons;
    const who = Array.from({ length: count }, () => pick(pool).id);
    if (random() < 0.002) who[0] = pick(FAMOUS).id;
    const first = dayOf(random);
    const when = random() < 0.05 ? null : random() < 0.7 ? span(first, first) : span(first, addDays(first, 1 + Math.floor(random() * 30)));
    addEvent(kind, `${cap(kind.toLowerCase().replace('_', ' '))} ${events.length}`, when, pick(STATUSES), who, random() < 0.8 ? pick(sites).id : null);
  }
  return { articles, entities, holdings: [], events, removeEvents: [] };
}

function roleOf(kind: EventKind, index: number): string {
  if (kind === 'LETTER') return index === 0 ? 'sender' : 'recipient';
  if (kind === 'SANCTION') return index === 0 ? 'imposer' : 'target';
  if (kind === 'VISIT') return index === 0 ? 'visitor' : 'host';
  return 'participant';
}

function span(earliest: string, latest: string): TimeSpan {
  return { text: earliest === latest ? `on ${earliest}` : `from ${earliest} to ${latest}`, earliest, latest, granularity: 'day', value: earliest };
}

/** A day from 2000-01-01 to 2024-12-31. */
function dayOf(random: () => number): string {
  return addDays('2000-01-01', Math.floor(random() * 9_131));
}

function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

function cap(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

