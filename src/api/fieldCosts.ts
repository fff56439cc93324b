// The work a field does beyond the objects it returns, in the units of the complexity estimate
// (complexityLimit.ts: one unit is about the work of handing out one object), measured on a
// generated graph of 100,000 events (scripts/bench/fieldCosts.ts) with each field's most expensive
// arguments, and written into the field's description in schema.graphql. A field of a concrete
// type (Person.events) falls back to the cost of its interface (Entity.events).
//
//   fieldCost(schema.getQueryType(), 'stats')  // FIELD_COSTS['Query.stats']
import { isObjectType, type GraphQLCompositeType } from 'graphql';

export const FIELD_COSTS: Readonly<Record<string, number>> = {};

/** The work cost of a field, looked up on its type, then on the type's interfaces; 0 for fields that only read what their parent holds. */
export function fieldCost(type: GraphQLCompositeType, field: string): number {
  const own = FIELD_COSTS[`${type.name}.${field}`];
  if (own !== undefined || !isObjectType(type)) return own ?? 0;
  return type.getInterfaces().map((i) => FIELD_COSTS[`${i.name}.${field}`]).find((cost) => cost !== undefined) ?? 0;
}
