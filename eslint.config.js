// Lint config: typescript-eslint's recommended rules over src, tests and scripts.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', '.newsgraph/', 'scripts/neo4j/target/', 'test-artifacts/', 'src/api/generated/', '.venv-test/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Do not read the clock when resolving text: pass a reference date.' }],
    },
  },
);
