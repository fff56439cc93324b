// The invented world the ingest benchmark's articles report on (scripts/bench/newsArticles.ts):
// real countries and capitals (from world-countries, as the gazetteer knows them), invented
// officials (a leader, a foreign minister and a trade minister per country, names drawn from a
// seeded pool) and a timeline of events among them from 2031 on (meetings, summits numbered per
// pair of leaders, visits, letters, sanctions, rounds of talks), each with the quotes every report
// of it shares. Nothing here is real news; deterministic for a given seed.
//
//   const world = newsWorld(20310105);
//   const e = world.eventNear('2031-03-04', random);  // a new or recent event to report on that day
import { createRequire } from 'node:module';
import { mulberry32 } from './mulberry32.js';

interface WorldCountry {
  cca2: string;
  name: { common: string };
  capital: string[];
  demonyms?: { eng?: { m: string } };
}

const worldCountries = createRequire(import.meta.url)('world-countries') as WorldCountry[];

export type WorldEventKind = 'MEETING' | 'SUMMIT' | 'VISIT' | 'LETTER' | 'SANCTION' | 'TALKS';

export interface Official {
  name: string;
  surname: string;
  /** "President", "Prime Minister", "Foreign Minister", "Trade Minister". */
  title: string;
  country: Country;
}

export interface Country {
  code: string;
  name: string;
  capital: string;
  demonym: string;
  leader: Official;
  ministers: Official[];
}

export interface WorldEvent {
  id: number;
  kind: WorldEventKind;
  /** The day it happens (or is planned for); ISO. */
  day: string;
  /** The day it was first announced (plans are announced weeks ahead). */
  announced: string;
  /** Who acts (sender, imposer, visitor, first party) and who is acted on. */
  a: Official;
  b: Official;
  /** Where it happens (a capital), null for letters and sanctions. */
  city: string | null;
  /** The nth summit of the pair, the nth round of talks; null otherwise. */
  ordinal: number | null;
  /** A plan that is called off. */
  cancelled: boolean;
  topic: string;
  quotes: string[];
}

const CODES = 'PT ES FR DE IT NL BE PL SE NO FI DK IE AT CZ HU RO GR BG HR SK LT LV EE GB CA MX BR AR CL PE CO UY EC JP IN ID MY TH VN PH AU NZ NG KE GH EG MA TN SN ET SA AE QA JO KZ MN LK BD NP'.split(' ');
const FIRST = 'Anders Lena Tomas Ines Marek Sofia Rafael Amara Kenji Priya Jonas Helena Mateo Aylin Dmitar Leila Oskar Nadia Pavel Camila Hugo Elif Arjun Maren Tobias Yara Luca Ingrid Samir Noor Felix Alba Emeka Zanele Kofi Mira Rui Hana Teodor Ayesha'.split(' ');
/** Surnames are invented from two parts (Varescu, Lundqvist, Okonedo...): enough for a surname alone to name one person. */
const ONSETS = 'Al Bar Cor Dal Ev Fen Gal Hal Iv Jar Kal Lund Mar Nor Ok Pel Quin Ros Sal Tor Ul Var Wen Yor Zel Bran Cas Dor Esk Fal'.split(' ');
const CODAS = 'berg escu ovic sson ani ez ova ard sen ini ek ura ado ski hart wood ley mann iak onedo'.split(' ');
const TOPICS = ['energy', 'ports and shipping', 'fisheries', 'rare earths', 'migration', 'border security', 'climate finance', 'grain exports', 'semiconductors', 'debt relief', 'water rights', 'rail links'];
const KINDS: WorldEventKind[] = ['MEETING', 'MEETING', 'SUMMIT', 'VISIT', 'VISIT', 'LETTER', 'SANCTION', 'TALKS'];
const CLAUSES = [
  'we have agreed with {other} to deepen our cooperation on {topic}',
  'our friends in {other} know where we stand',
  'this is the beginning of a long road',
  'we will not be divided over {topic}',
  'the discussion was frank and useful',
  'nobody should doubt our commitment to an agreement',
  'there is still a gap between our positions on {topic}',
  'we expect concrete steps within months',
  'the measures are a response to repeated violations',
  'our people want results, not ceremonies',
  'the door remains open for dialogue on {topic}',
];

export interface NewsWorld {
  countries: Country[];
  /** An event to report on `day`: a recent one again (0.45), else a new one near that day. */
  eventNear(day: string, random: () => number): WorldEvent;
  /** An earlier event of the same pair of countries, or of the same actor, when there is one. */
  earlierOf(event: WorldEvent, random: () => number): WorldEvent | null;
}

export function newsWorld(seed: number): NewsWorld {
  const random = mulberry32(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
  const usedNames = new Set<string>();
  const person = (title: string): { name: string; surname: string; title: string } => {
    for (;;) {
      const surname = `${pick(ONSETS)}${pick(CODAS)}`;
      if (usedNames.has(surname)) continue;
      usedNames.add(surname);
      return { name: `${pick(FIRST)} ${surname}`, surname, title };
    }
  };
  // Surnames are unique in the world so a surname alone names one person, as in a wire story.
  const countries: Country[] = CODES.map((code) => {
    const c = worldCountries.find((x) => x.cca2 === code);
    if (!c) throw new Error(`world-countries has no ${code}`);
    const country = { code, name: c.name.common, capital: c.capital[0] as string, demonym: c.demonyms?.eng?.m ?? c.name.common } as Country;
    country.leader = { ...person(random() < 0.5 ? 'President' : 'Prime Minister'), country };
    country.ministers = [{ ...person('Foreign Minister'), country }, { ...person('Trade Minister'), country }];
    return country;
  });

  const events: WorldEvent[] = [];
  const summits = new Map<string, number>();
  const rounds = new Map<string, number>();

  const create = (day: string): WorldEvent => {
    const kind = pick(KINDS);
    const [ca, cb] = twoOf(countries, random);
    const leaders = kind === 'SUMMIT' || kind === 'LETTER' || random() < 0.3;
    const a = leaders ? ca.leader : pick(ca.ministers);
    const b = leaders ? cb.leader : (cb.ministers.find((m) => m.title === a.title) ?? cb.leader);
    const pair = [ca.code, cb.code].sort().join('-');
    let ordinal: number | null = null;
    if (kind === 'SUMMIT') summits.set(pair, (ordinal = (summits.get(pair) ?? 0) + 1));
    if (kind === 'TALKS') rounds.set(pair, (ordinal = (rounds.get(pair) ?? 0) + 1));
    const city = kind === 'LETTER' || kind === 'SANCTION' ? null : kind === 'VISIT' ? cb.capital : pick([ca.capital, cb.capital, pick(countries).capital]);
    const planned = (kind === 'SUMMIT' || kind === 'VISIT' || kind === 'TALKS') && random() < 0.4;
    const lead = planned ? 5 + Math.floor(random() * 35) : Math.floor(random() * 3);
    const when = shift(day, planned ? lead : -lead);
    const topic = pick(TOPICS);
    // Two clauses and the other side's name: reports of one event share its quotes, other events rarely do.
    const quotes = [0, 1, 2].map(() => {
      const first = pick(CLAUSES);
      const second = pick(CLAUSES.filter((c) => c !== first));
      // A detail of this event only (a number), as real quotes of different meetings rarely coincide.
      const detail = pick([`the ${3 + Math.floor(random() * 20)}-point plan is a start`, `we spoke for ${2 + Math.floor(random() * 9)} hours`, `there are ${2 + Math.floor(random() * 30)} issues left`]);
      return sentence(`${first}, and ${second}; ${detail}`.replaceAll('{topic}', topic).replaceAll('{other}', cb.name));
    });
    const event: WorldEvent = { id: events.length, kind, day: when, announced: planned ? day : when, a, b, city, ordinal, cancelled: planned && random() < 0.15, topic, quotes };
    events.push(event);
    return event;
  };

  return {
    countries,
    eventNear(day, r) {
      const recent = events.filter((e) => e.announced <= day && e.announced >= shift(day, -20));
      return recent.length > 0 && r() < 0.45 ? (recent[Math.floor(r() * recent.length)] as WorldEvent) : create(day);
    },
    earlierOf(event, r) {
      const related = events.filter((e) => e.id < event.id && e.day < event.day && (e.a.country === event.a.country || e.b.country === event.b.country));
      return related.length === 0 ? null : (related[related.length - 1 - Math.floor(r() * Math.min(5, related.length))] as WorldEvent);
    },
  };
}

function twoOf<T>(xs: readonly T[], random: () => number): [T, T] {
  const i = Math.floor(random() * xs.length);
  const j = (i + 1 + Math.floor(random() * (xs.length - 1))) % xs.length;
  return [xs[i] as T, xs[j] as T];
}

function sentence(clause: string): string {
  return clause.charAt(0).toUpperCase() + clause.slice(1);
}

export function shift(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}
