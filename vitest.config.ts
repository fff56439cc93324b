import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

// Three projects: the Neo4j tests (*.neo4j*.test.ts) get a real Neo4j from tests/setup/neo4j.ts,
// the Python tests (*.python*.test.ts) a virtual environment with the pinned packages of
// examples/notebooks/requirements.txt from tests/setup/pythonVenv.ts (each set up only when one of
// its tests runs); everything else runs without either.
const NEO4J_TESTS = ['tests/**/*.neo4j*.test.ts'];
const PYTHON_TESTS = ['tests/**/*.python*.test.ts'];

export default defineConfig({
  // One graphql module instance for the code under test and the packages Node loads (Apollo Server,
  // graphql-query-complexity): vite would resolve graphql to its ESM build, Node resolves its CJS build.
  resolve: { alias: [{ find: /^graphql$/, replacement: createRequire(import.meta.url).resolve('graphql') }] },
  test: {
    testTimeout: 30_000,
    hookTimeout: 180_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/**/*.test.ts'], exclude: [...NEO4J_TESTS, ...PYTHON_TESTS] } },
      { extends: true, test: { name: 'neo4j', include: NEO4J_TESTS, globalSetup: ['tests/setup/neo4j.ts'] } },
      { extends: true, test: { name: 'python', include: PYTHON_TESTS, globalSetup: ['tests/setup/pythonVenv.ts'] } },
    ],
  },
});
