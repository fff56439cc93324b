// How records sit on Neo4j nodes, both ways. Flat properties serve the queries in graph/*.cypher
// and read well in Neo4j Browser (kind, status, place, earliest, latest, sources...); nested values
// (a TimeSpan, statusHistory, participants, evidence) are kept whole as JSON strings (*Json), so a
// record reads back exactly as written. Absent values (null, undefined) are left out of the node.
//
//   entityProps({ id: 'person:kim-jong-un', kind: 'PERSON', name: 'Kim Jong Un', aliases: ['Kim'] })
//     -> { id, kind, name, aliases, nameKeys: ['person:kim jong un', 'kim jong un', 'kim'],
//          nameTexts: ['person:kim-jong-un', 'Kim Jong Un', 'Kim'] }
import neo4j from 'neo4j-driver';
import type { Article, Entity, EventFact } from '../../model/index.js';
import { nameKey } from '../nameKey.js';
import { searchWords } from '../searchWords.js';

export type Props = Record<string, unknown>;

/**
 * nameKeys and nameTexts list [id, name, ...aliases] as nameKey() and as trimmed text: entity.cypher
 * ranks a match by its position (id, name, alias) and exact case, entities.cypher searches nameKeys[1..].
 * searchText (entities and events) holds the searchWords() of the names or title for the full-text indexes.
 */
export function entityProps(entity: Entity): Props {
  const names = [entity.id, entity.name, ...entity.aliases];
  return {
    id: entity.id,
    kind: entity.kind,
    name: entity.name,
    aliases: [...entity.aliases],
    nameKeys: names.map(nameKey),
    nameTexts: names.map((n) => n.trim()),
    searchText: [entity.name, ...entity.aliases].flatMap(searchWords).join(' '),
  };
}

export function entityOf(props: Props): Entity {
  return { id: String(props.id), kind: props.kind as Entity['kind'], name: String(props.name), aliases: stringList(props.aliases) };
}

export function articleProps(article: Article): Props {
  return compact({
    id: article.id,
    source: article.source,
    url: article.url,
    title: article.title,
    author: article.author,
    photographers: article.photographers,
    text: article.text,
    dateSource: article.dateSource,
    published: article.publishedAt?.value,
    earliest: article.publishedAt?.earliest,
    latest: article.publishedAt?.latest,
    publishedAtJson: article.publishedAt ? JSON.stringify(article.publishedAt) : null,
    mentionsJson: article.mentions?.length ? JSON.stringify(article.mentions) : null,
  });
}

export function articleOf(props: Props): Article {
  const article: Article = {
    id: String(props.id),
    source: String(props.source),
    text: String(props.text),
    publishedAt: typeof props.publishedAtJson === 'string' ? (JSON.parse(props.publishedAtJson) as Article['publishedAt']) : null,
    dateSource: props.dateSource as Article['dateSource'],
  };
  for (const key of ['url', 'title', 'author'] as const) {
    if (typeof props[key] === 'string') article[key] = props[key];
  }
  if (Array.isArray(props.photographers)) article.photographers = stringList(props.photographers);
  if (typeof props.mentionsJson === 'string') article.mentions = JSON.parse(props.mentionsJson) as Article['mentions'];
  return article;
}

export function eventProps(event: EventFact): Props {
  return compact({
    id: event.id,
    kind: event.kind,
    title: event.title,
    searchText: searchWords(event.title).join(' '),
    status: event.status,
    place: event.place,
    ordinal: typeof event.ordinal === 'number' && Number.isInteger(event.ordinal) ? neo4j.int(event.ordinal) : event.ordinal,
    count: typeof event.count === 'number' && Number.isInteger(event.count) ? neo4j.int(event.count) : event.count,
    medium: event.medium,
    description: event.description,
    measure: event.measure,
    confidence: event.confidence,
    extractor: event.extractor,
    sources: [...event.sources],
    participantIds: event.participants.map((p) => p.entity),
    when: event.when?.value,
    earliest: event.when?.earliest,
    latest: event.when?.latest,
    whenJson: event.when ? JSON.stringify(event.when) : null,
    statusHistoryJson: JSON.stringify(event.statusHistory),
    participantsJson: JSON.stringify(event.participants),
    evidenceJson: JSON.stringify(event.evidence),
  });
}

export function eventOf(props: Props): EventFact {
  return {
    id: String(props.id),
    kind: props.kind as EventFact['kind'],
    title: String(props.title),
    when: typeof props.whenJson === 'string' ? (JSON.parse(props.whenJson) as EventFact['when']) : null,
    status: props.status as EventFact['status'],
    statusHistory: parseList(props.statusHistoryJson) as EventFact['statusHistory'],
    participants: parseList(props.participantsJson) as EventFact['participants'],
    place: typeof props.place === 'string' ? props.place : null,
    ordinal: typeof props.ordinal === 'number' ? props.ordinal : null,
    ...(typeof props.count === 'number' ? { count: props.count } : {}),
    ...(props.medium === 'PHONE' || props.medium === 'VIDEO' ? { medium: props.medium } : {}),
    description: typeof props.description === 'string' ? props.description : null,
    ...(typeof props.measure === 'string' ? { measure: props.measure } : {}),
    evidence: parseList(props.evidenceJson) as EventFact['evidence'],
    sources: stringList(props.sources),
    confidence: Number(props.confidence),
    extractor: String(props.extractor),
  };
}

/** Edge props of edgesOf()/holdsEdge() plus the key; whole numbers of evidence offsets stored as integers. */
export function edgeProps(key: string, props: Record<string, unknown>): Props {
  const out: Props = { key };
  for (const [name, value] of Object.entries(props)) {
    if (value === undefined || value === null) continue;
    out[name] = INTEGER_EDGE_PROPS.has(name) && typeof value === 'number' && Number.isInteger(value) ? neo4j.int(value) : value;
  }
  return out;
}

const INTEGER_EDGE_PROPS = new Set(['sentence', 'start', 'end']);

function compact(props: Props): Props {
  return Object.fromEntries(Object.entries(props).filter(([, value]) => value !== undefined && value !== null));
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : [];
}

function parseList(value: unknown): unknown[] {
  if (typeof value !== 'string') return [];
  const parsed: unknown = JSON.parse(value);
  return Array.isArray(parsed) ? parsed : [];
}
