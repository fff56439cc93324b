import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

// Two projects: the Neo4j tests get a real Neo4j from tests/setup/neo4j.ts (started only when
// one of them runs); everything else runs without it.
const NEO4J_TESTS = ['tests/store.neo4j*.test.ts'];

export default defineConfig({
  // One graphql module instance for the code under test and the packages Node loads (Apollo Server,
  // graphql-query-complexity): vite would resolve graphql to its ESM build, Node resolves its CJS build.
  resolve: { alias: [{ find: /^graphql$/, replacement: createRequire(import.meta.url).resolve('graphql') }] },
  test: {
    testTimeout: 30_000,
    hookTimeout: 180_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/**/*.test.ts'], exclude: NEO4J_TESTS } },
      { extends: true, test: { name: 'neo4j', include: NEO4J_TESTS, globalSetup: ['tests/setup/neo4j.ts'] } },
    ],
  },
});
