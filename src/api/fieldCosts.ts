// The work a field does beyond the objects it returns, in the units of the complexity estimate
// (complexityLimit.ts: one unit is about the work of handing out one object), measured on a
// generated graph of 100,000 events (scripts/bench/fieldCosts.ts) with each field's most expensive
// arguments, and written into the field's description in schema.graphql. A field of a concrete
// type (Person.events) falls back to the cost of its interface (Entity.events).
//
//   fieldCost(schema.getQueryType(), 'stats')  // FIELD_COSTS['Query.stats']
import { isObjectType, type GraphQLCompositeType } from 'graphql';

/**
 * Work units (one unit: about 0.02 ms, the work of handing out one object; MAX_QUERY_COMPLEXITY
 * units make about 200 ms). Measured on the generated graph of 100,000 events in the embedded store
 * (scripts/bench/fieldCosts.ts; median of 7 runs, shared 2-core machine at load 6-7), each with its
 * most expensive arguments, less the objects the estimate already counts:
 *   events: a filter read off the day, kind and status columns of every event, and the count (about 10 ms)
 *   entities: a name search checks every entity's names (about 30 ms)
 *   articles: every article sorted by date (about 26 ms)
 *   encounters, betweenSummits, Person.encounters: a person's whole history of meetings (7-12 ms)
 *   timeline: every event of the entity, unpaged (a country: about 600 events, 42 ms)
 *   path: a breadth-first search of up to six hops (about 34 ms with no path at the end)
 *   search: every document a one-letter prefix matches, scored (about 136 ms, handed out in slices)
 *   stats: every node counted (about 30 ms the first time after a write; kept until the next)
 *   Entity.events, Article.events: one entity's or article's events (about 7 ms)
 *   EventMention.event: its article's events (read once per article and request, shared by its
 *     mentions: about ten) and its parties' events of its kind (one read, shared by the mentions of
 *     the request naming the same parties); an estimate, not measured apart
 *   Article.mentions: two reads of resolve's records (the article's, its reports'), for the reports left as mentions (not measured apart)
 */
export const FIELD_COSTS: Readonly<Record<string, number>> = {
  'Query.events': 500,
  'Query.entities': 1_500,
  'Query.articles': 1_300,
  'Query.encounters': 400,
  'Query.betweenSummits': 400,
  'Query.timeline': 2_000,
  'Query.path': 1_700,
  'Query.search': 6_000,
  'Query.stats': 1_500,
  'Entity.events': 400,
  'Person.encounters': 600,
  'Article.events': 400,
  'EventMention.event': 60,
  'Article.mentions': 20,
};

/** The work cost of a field, looked up on its type, then on the type's interfaces; 0 for fields that only read what their parent holds. */
export function fieldCost(type: GraphQLCompositeType, field: string): number {
  const own = FIELD_COSTS[`${type.name}.${field}`];
  if (own !== undefined || !isObjectType(type)) return own ?? 0;
  return type.getInterfaces().map((i) => FIELD_COSTS[`${i.name}.${field}`]).find((cost) => cost !== undefined) ?? 0;
}
