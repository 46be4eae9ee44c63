// Import direction is the architecture: edges -> runtime -> pipeline, never back.
// The pipeline must also stay isomorphic (no Node or DOM modules), so it runs in the
// browser and on the server unchanged.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const edges = ['**/server/**', '**/cli/**', '**/web/**'];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', 'training/out/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.name='eval']", message: 'Never eval.' },
      ],
    },
  },
  {
    files: ['src/pipeline/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'fs', 'path', 'os', 'sharp', 'onnxruntime-*'],
              message: 'src/pipeline is isomorphic: no Node or runtime modules.',
            },
            {
              group: ['**/runtime/**', ...edges],
              message: 'src/pipeline must not import from outer layers.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/runtime/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: edges, message: 'src/runtime must not import from the edges.' }] },
      ],
    },
  },
  {
    files: [
      'src/server/**/*.ts',
      'src/cli/**/*.ts',
      'src/web/**/*.ts',
      'src/dataset/**/*.ts',
      'scripts/**/*.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['onnxruntime-*'], message: 'Only src/runtime imports onnxruntime.' },
          ],
        },
      ],
    },
  },
);
