// The GraphQL operations the cost benchmarks run on a generated graph (syntheticGraph.ts: "Person 12",
// "Place 3", "Country 7", the scripted story of Kim Jong Un, Donald Trump, Moon Jae-in...): each
// field that does work, with ordinary arguments and with the most expensive ones (the busiest
// entity, the widest window, the shortest search prefix, the longest path), and `heaviest()`, the
// most expensive request the complexity limit still accepts: one costly field aliased with distinct
// arguments until the estimate reaches the maximum.
//
//   for (const { name, query } of costlyQueries()) await executeQuery(store, query);
import { apiSchema } from '../../src/api/apiSchema.js';
import { MAX_QUERY_COMPLEXITY } from '../../src/api/complexityLimit.js';
import { queryCost } from '../../src/api/queryCost.js';

export interface NamedQuery {
  name: string;
  query: string;
}

const EVENT = 'id kind title when { earliest latest } participants { role entity { name } }';

export function costlyQueries(): NamedQuery[] {
  return [
    { name: 'baseline: event(id)', query: '{ event(id: "event:000001") { id title } }' },
    { name: 'entity(name)', query: '{ entity(name: "Person 12") { id name } }' },
    { name: 'events(first: 100)', query: `{ events(first: 100) { totalCount edges { node { ${EVENT} } } } }` },
    { name: 'events(kinds: LETTER, SANCTION; first: 100)', query: `{ events(filter: { kinds: [LETTER, SANCTION] }, first: 100) { totalCount edges { node { ${EVENT} } } } }` },
    { name: 'events(from 2000 to 2024, DESC; first: 100)', query: `{ events(filter: { from: "2000", to: "2024" }, order: DESC, first: 100) { totalCount edges { node { ${EVENT} } } } }` },
    { name: 'events(participants: Person 12; first: 100)', query: `{ events(filter: { participants: ["Person 12"] }, first: 100) { totalCount edges { node { ${EVENT} } } } }` },
    { name: 'entities(search: "e"; first: 100)', query: '{ entities(search: "e", first: 100) { totalCount edges { node { id name } } } }' },
    { name: 'articles(first: 100)', query: '{ articles(first: 100) { totalCount edges { node { id title } } } }' },
    { name: 'encounters(Person 12, POSSIBLE)', query: '{ encounters(person: "Person 12", certainty: POSSIBLE) { certainty person { name } event { title } } }' },
    { name: 'encounters(Kim Jong Un, POSSIBLE)', query: '{ encounters(person: "Kim Jong Un", certainty: POSSIBLE) { certainty person { name } event { title } } }' },
    { name: 'betweenSummits(Kim Jong Un, POSSIBLE)', query: '{ betweenSummits(person: "Kim Jong Un", certainty: POSSIBLE) { after { title } encounters { person { name } event { title } } } }' },
    { name: 'betweenSummits(Person 12, POSSIBLE)', query: '{ betweenSummits(person: "Person 12", certainty: POSSIBLE) { after { title } encounters { person { name } event { title } } } }' },
    { name: 'timeline(Country 7)', query: '{ timeline(entity: "Country 7") { id title } }' },
    { name: 'timeline(Place 3)', query: '{ timeline(entity: "Place 3") { id title } }' },
    { name: 'path(Person 12 -> Person 900, maxHops 6)', query: '{ path(from: "Person 12", to: "Person 900", maxHops: 6) { hops steps { entity { name } } } }' },
    { name: 'path(Mike Pompeo -> Vladimir Putin, maxHops 6)', query: '{ path(from: "Mike Pompeo", to: "Vladimir Putin", maxHops: 6) { hops } }' },
    { name: 'search("m"; first: 100)', query: '{ search(text: "m", first: 100) { score node { __typename } } }' },
    { name: 'search("person 1"; first: 100)', query: '{ search(text: "person 1", first: 100) { score } }' },
    { name: 'stats', query: '{ stats { events articles edges eventsByKind { kind count } dateRange { earliest latest } } }' },
    { name: 'Person.encounters (Person 12)', query: '{ entity(name: "Person 12") { ... on Person { encounters(certainty: POSSIBLE) { person { name } } } } }' },
    { name: 'Entity.events (Country 7; first: 100)', query: `{ entity(name: "Country 7") { events(first: 100) { totalCount edges { node { ${EVENT} } } } } }` },
  ];
}

/** Distinct arguments for aliased copies of a field: the generated people, places and countries. */
function variant(field: string, i: number): string {
  const person = `Person ${(i * 37) % 2000}`;
  switch (field) {
    case 'betweenSummits':
      return `betweenSummits(person: "${person}", certainty: POSSIBLE) { after { title } encounters { person { name } } }`;
    case 'encounters':
      return `encounters(person: "${person}", certainty: POSSIBLE) { person { name } }`;
    case 'timeline':
      return `timeline(entity: "Country ${i % 60}", from: "${2000 + (i % 25)}") { id }`;
    case 'path':
      return `path(from: "${person}", to: "Person ${(i * 91 + 7) % 2000}", maxHops: 6) { hops }`;
    case 'search':
      return `search(text: "${String.fromCharCode(97 + (i % 26))}", first: 100) { score }`;
    case 'events':
      return `events(filter: { kinds: [LETTER, SANCTION], from: "${2000 + (i % 25)}" }, first: 100) { totalCount edges { node { id title } } }`;
    default:
      return 'stats { events }';
  }
}

/** The most expensive request the limit accepts made of one field: as many aliased copies (distinct arguments) as fit. */
export function heaviest(field: string, maximum: number = MAX_QUERY_COMPLEXITY): { query: string; copies: number; cost: number } {
  const schema = apiSchema();
  let copies = 0;
  let query = '{ }';
  for (let n = 1; n < 10_000; n++) {
    const next = `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${variant(field, i)}`).join(' ')} }`;
    if (queryCost(schema, next) > maximum) break;
    [copies, query] = [n, next];
  }
  return { query, copies, cost: queryCost(schema, query) };
}
