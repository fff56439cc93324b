// The answers of a store to the GraphQL operations of tests/fixtures/store/sampleQueries.json, by
// operation name, as the JSON the API sends (data and errors), so that two stores can be compared
// with one toEqual and a difference names the operation.
import { readFileSync } from 'node:fs';
import { executeQuery, type GraphQLResponse } from '../../src/api/executeQuery.js';
import type { GraphStore } from '../../src/store/graphStore.js';

interface SampleQueries {
  fragments: Record<string, string>;
  queries: { name: string; query: string; variables?: Record<string, unknown> }[];
}

export const sampleQueries: SampleQueries = JSON.parse(readFileSync(new URL('../fixtures/store/sampleQueries.json', import.meta.url), 'utf8')) as SampleQueries;

/** The operation with the fragments it spreads appended. */
export function withFragments(query: string): string {
  const used = Object.entries(sampleQueries.fragments).filter(([name]) => query.includes(`...${name}`));
  return [query, ...used.map(([, fragment]) => fragment)].join('\n');
}

export async function sampleAnswers(store: GraphStore): Promise<Record<string, GraphQLResponse>> {
  const answers: Record<string, GraphQLResponse> = {};
  for (const { name, query, variables } of sampleQueries.queries) answers[name] = await executeQuery(store, withFragments(query), variables);
  return answers;
}
