// The bundled, dated gazetteer (data/gazetteer/, README there names the sources) as one
// read-only object: countries from the `world-countries` package plus hand-kept aliases,
// office holders with dated terms, places, organizations. Loaded once, shared by extractors.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { EntityKind, Holding } from '../../model/index.js';
import { aliasKey, slug } from './slug.js';

export interface GazetteerEntry {
  id: string;
  kind: EntityKind;
  name: string;
  /** Every surface form, the name included. */
  aliases: string[];
  /** ISO alpha-2 code of the country this entry is or belongs to. */
  country: string | null;
  /** 1 = most prominent; breaks ties between people sharing a surname. */
  prominence: number;
  /** Surface forms that refer to it only when the article also names it in full ("the North"). */
  contextual: string[];
}

export interface Office {
  person: string;
  title: string;
  office: string;
  country: string;
  from: string | null;
  to: string | null;
}

export interface Gazetteer {
  entries: GazetteerEntry[];
  byId: Map<string, GazetteerEntry>;
  /** aliasKey(surface) -> entries it can name (several for an ambiguous surname). */
  byAlias: Map<string, GazetteerEntry[]>;
  countryByCode: Map<string, GazetteerEntry>;
  /** capital aliasKey -> country code ("washington" -> "US"). */
  capitals: Map<string, string>;
  /** capital aliasKey -> its name as written in the data ("seoul" -> "Seoul", "washington" -> "Washington"). */
  capitalNames: Map<string, string>;
  /** Demonym aliasKey -> country code ("north korean" -> "KP"). */
  demonyms: Map<string, string>;
  /** "inter-korean" -> ["KP", "KR"]. */
  adjectives: Map<string, string[]>;
  /** Lower-cased title words -> office class ("president" -> "head-of-state"). */
  titles: Map<string, string>;
  /** Title words that name the head of an organisation ("secretary-general" -> "head"), read by bodyOffices. */
  bodyTitles: Map<string, string>;
  impliedCountry: Map<string, string>;
  /** Abbreviated office words, matched as written ("PM" -> "prime minister"). */
  abbreviations: Map<string, string>;
  /** A title's office where one country gives it another ("chancellor" of the UK: its finance minister). */
  officeIn: Map<string, Map<string, string>>;
  leaderOffices: Set<string>;
  offices: Office[];
  holdings: Holding[];
}

interface Country {
  cca2: string;
  name: { common: string; official: string };
  altSpellings: string[];
  capital: string[];
  demonyms?: { eng?: { m: string; f: string } };
  unMember?: boolean;
}

interface PersonRow {
  name: string;
  aliases: string[];
  prominence: number;
  holds: { title: string; office: string; of: string; from: string | null; to: string | null }[];
}

interface NamedRow {
  name: string;
  country: string | null;
  aliases: string[];
}

const dataDir = fileURLToPath(new URL('../../../data/gazetteer/', import.meta.url));
/** A file of data/gazetteer/, parsed. */
export const readGazetteerJson = <T>(file: string): T => JSON.parse(readFileSync(dataDir + file, 'utf8')) as T;

let cached: Gazetteer | undefined;

/** The country a person stands for (the country of their office in the gazetteer), if known. */
export function homeCountry(personId: string): GazetteerEntry | undefined {
  const g = gazetteer();
  const code = g.byId.get(personId)?.country;
  return code ? g.countryByCode.get(code) : undefined;
}

/** The gazetteer, read from disk on first use. */
export function gazetteer(): Gazetteer {
  cached ??= buildGazetteer();
  return cached;
}

function buildGazetteer(): Gazetteer {
  const require = createRequire(import.meta.url);
  const countries = require('world-countries') as Country[];
  const extra = readGazetteerJson<{
    always: Record<string, string[]>;
    whenNamed: Record<string, string[]>;
    adjectives: Record<string, string[]>;
    demonyms?: Record<string, string[]>;
    capitals?: Record<string, string[]>;
  }>('countryAliases.json');
  const officesFile = readGazetteerJson<{ titles: Record<string, string>; bodyTitles: Record<string, string>; impliedCountry: Record<string, string>; officeIn: Record<string, Record<string, string>>; leaderOffices: string[]; abbreviations: Record<string, string> }>(
    'offices.json',
  );
  const entries: GazetteerEntry[] = [];
  const capitals = new Map<string, string>();
  const capitalNames = new Map<string, string>();
  const demonyms = new Map<string, string>();
  const countryByCode = new Map<string, GazetteerEntry>();
  const unMembers = new Set<string>();

  for (const c of countries) {
    // Alternative spellings: acronyms of three letters or more ("DPRK") and names of several words
    // ("Viet Nam"); single native-language words ("Island" for Iceland) would match English prose.
    const alts = c.altSpellings.filter((a) => /^[\p{Script=Latin}\s.'’-]+$/u.test(a) && !a.includes(',') && (/^[A-Z]{3,}$/.test(a) || /\s/.test(a.trim())));
    const entry: GazetteerEntry = {
      id: `country:${slug(c.name.common)}`,
      kind: 'COUNTRY',
      name: c.name.common,
      aliases: unique([c.name.common, c.name.official, ...alts, ...(extra.always[c.cca2] ?? []), ...(c.cca2 === 'US' ? ['US', 'USA'] : [])]),
      country: c.cca2,
      prominence: 1,
      contextual: extra.whenNamed[c.cca2] ?? [],
    };
    entries.push(entry);
    countryByCode.set(c.cca2, entry);
    for (const cap of c.capital) {
      const short = cap.replace(/\s+D\.C\.$/, '');
      // Another spelling of the capital ("Kiev") is the same place, named as the data names it.
      for (const form of new Set([cap, short, ...(extra.capitals?.[c.cca2] ?? [])])) {
        capitals.set(aliasKey(form), c.cca2);
        capitalNames.set(aliasKey(form), short);
      }
    }
    const dem = c.demonyms?.eng;
    // "Indian" is also the British Indian Ocean Territory's demonym: a shared one names the sovereign state.
    for (const d of unique([dem?.m ?? '', dem?.f ?? '', ...(extra.demonyms?.[c.cca2] ?? [])].filter(Boolean))) {
      const held = demonyms.get(aliasKey(d));
      if (!held || c.unMember || !unMembers.has(held)) demonyms.set(aliasKey(d), c.cca2);
    }
    if (c.unMember) unMembers.add(c.cca2);
  }

  const offices: Office[] = [];
  const holdings: Holding[] = [];
  for (const p of readGazetteerJson<PersonRow[]>('people.json')) {
    const id = `person:${slug(p.name)}`;
    entries.push({ id, kind: 'PERSON', name: p.name, aliases: unique([p.name, ...p.aliases]), country: p.holds[0]?.of ?? null, prominence: p.prominence, contextual: [] });
    for (const h of p.holds) {
      offices.push({ person: id, title: h.title, office: h.office, country: h.of, from: h.from, to: h.to });
      const of = countryByCode.get(h.of);
      if (of) holdings.push({ person: id, title: h.title, of: of.id, from: h.from, to: h.to });
    }
  }
  for (const p of readGazetteerJson<NamedRow[]>('places.json')) {
    entries.push({ id: `place:${slug(p.name)}`, kind: 'PLACE', name: p.name, aliases: unique([p.name, ...p.aliases]), country: p.country, prominence: 1, contextual: [] });
  }
  for (const o of readGazetteerJson<NamedRow[]>('organizations.json')) {
    entries.push({ id: `organization:${slug(o.name)}`, kind: 'ORGANIZATION', name: o.name, aliases: unique([o.name, ...o.aliases]), country: o.country, prominence: 1, contextual: [] });
  }

  const byId = new Map(entries.map((e) => [e.id, e]));
  const byAlias = new Map<string, GazetteerEntry[]>();
  for (const e of entries) {
    for (const a of [...e.aliases, ...e.contextual]) {
      const list = byAlias.get(aliasKey(a)) ?? [];
      if (!list.includes(e)) list.push(e);
      byAlias.set(aliasKey(a), list);
    }
  }
  for (const list of byAlias.values()) list.sort((a, b) => a.prominence - b.prominence || a.id.localeCompare(b.id));

  return {
    entries,
    byId,
    byAlias,
    countryByCode,
    capitals,
    capitalNames,
    demonyms,
    adjectives: new Map(Object.entries(extra.adjectives).map(([k, v]) => [aliasKey(k), v])),
    titles: new Map(Object.entries(officesFile.titles)),
    bodyTitles: new Map(Object.entries(officesFile.bodyTitles)),
    impliedCountry: new Map(Object.entries(officesFile.impliedCountry)),
    abbreviations: new Map(Object.entries(officesFile.abbreviations)),
    officeIn: new Map(Object.entries(officesFile.officeIn).map(([t, by]) => [t, new Map(Object.entries(by))])),
    leaderOffices: new Set(officesFile.leaderOffices),
    offices,
    holdings,
  };
}

function unique(xs: string[]): string[] {
  return [...new Set(xs)];
}
