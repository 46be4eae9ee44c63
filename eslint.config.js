// Import direction is the architecture: edges -> runtime -> pipeline, never back.
// The pipeline must also stay isomorphic (no Node or DOM modules), so it runs in the
// browser and on the server unchanged.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const edges = ['**/server/**', '**/cli/**', '**/web/**'];

// src/pipeline's stages in the order the data takes them: shared box geometry, then strokes
// or a picture into parts, parts into candidate groupings, the scoring stage's symbols, and
// the expression's value. recognize.ts composes them; types.ts, errors.ts and tuning.ts
// serve all of them.
const STAGES = ['geometry', 'ink', 'bitmap', 'segment', 'score', 'math'];
/** What any pipeline file may not import, and, for a stage, the stages after it. */
const pipelinePatterns = (later = null) => [
  {
    group: ['node:*', 'fs', 'path', 'os', 'sharp', 'onnxruntime-*'],
    message: 'src/pipeline is isomorphic: no Node or runtime modules.',
  },
  {
    group: ['**/runtime/**', ...edges],
    message: 'src/pipeline must not import from outer layers.',
  },
  ...(later === null
    ? []
    : [
        {
          group: [...later.map((s) => `**/${s}/**`), '**/recognize.ts'],
          message: `A stage uses only the stages before it (${STAGES.join(' → ')}) and the shared types.ts, errors.ts and tuning.ts: move what both need into an earlier stage, or compose them in recognize.ts.`,
        },
      ]),
];

// Which top-level folder may import which: src <- scripts, src <- test, and test/support
// (the browser harness) <- scripts. These blocks use @typescript-eslint/no-restricted-imports
// (the same rule and options as ESLint's) so that they add to, rather than replace, the
// no-restricted-imports settings above and any per-folder ones added later: in flat config
// a later block's options for the same rule replace an earlier one's for a file.
// Patterns are gitignore-style and match the import as written, so `**/test/**` catches
// '../../test/e2e/x.ts'. A negation cannot re-include a file below an excluded folder,
// hence `**/test/*` + `!**/test/support` (exclude test's children, re-include one of them).
const layer = (...patterns) => ({
  '@typescript-eslint/no-restricted-imports': ['error', { patterns }],
});
const noScripts = (who, instead) => ({
  group: ['**/scripts/**'],
  message: `${who} must not import scripts/ (entry points built on src). ${instead}`,
});
const testsNoScripts = noScripts(
  'Tests and their harness',
  'Move the shared code into src/ (app or data generation) or test/support/ (test harness) and import it from there.',
);
const srcNoScripts = noScripts('src/', 'Move the code into src/ and import it from both.');
const srcNoTest = {
  group: ['**/test/**'],
  message:
    'src/ must not import test/. Only colocated *.test.ts files may import test/fixtures/**; move code both need into src/.',
};
const srcTestOnlyFixtures = {
  group: ['**/test/*', '!**/test/fixtures'],
  message:
    'A unit test in src/ may import only test/fixtures/** from test/; the browser and server harness is for the tests under test/.',
};
const datasetNoOuter = {
  group: ['**/runtime/**', ...edges],
  message:
    'src/dataset generates data: it may use src/pipeline, not src/runtime, src/server, src/cli or src/web. Pass what it needs in, or move the shared code into src/pipeline.',
};

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
    rules: { 'no-restricted-imports': ['error', { patterns: pipelinePatterns() }] },
  },
  // The stages follow the data's route; each may use the ones before it, never one after.
  // Tests may judge a stage by a later one (repairText by the real parser).
  ...STAGES.map((stage, i) => ({
    files: [`src/pipeline/${stage}/**/*.ts`],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: pipelinePatterns(STAGES.slice(i + 1)) }],
    },
  })),
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
  {
    files: ['test/**/*.ts'],
    ignores: ['test/support/**'],
    rules: layer(testsNoScripts),
  },
  {
    files: ['test/support/**/*.ts'],
    rules: layer(testsNoScripts, {
      group: ['*.test', '*.test.*', '*.spec.*'],
      message:
        'test/support is the harness shared by tests and scripts: it must not import test files. Move what both need into test/support/.',
    }),
  },
  {
    files: ['scripts/**/*.ts'],
    rules: layer({
      group: ['**/test/*', '!**/test/support'],
      message:
        'scripts/ may import only test/support/** from test/. Move the helper into test/support/ (test harness) or src/ (app or data generation).',
    }),
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/**/*.test.ts', 'src/dataset/**'],
    rules: layer(srcNoScripts, srcNoTest),
  },
  {
    files: ['src/**/*.test.ts'],
    ignores: ['src/dataset/**'],
    rules: layer(srcNoScripts, srcTestOnlyFixtures),
  },
  {
    files: ['src/dataset/**/*.ts'],
    ignores: ['src/dataset/**/*.test.ts'],
    rules: layer(srcNoScripts, srcNoTest, datasetNoOuter),
  },
  {
    files: ['src/dataset/**/*.test.ts'],
    rules: layer(srcNoScripts, srcTestOnlyFixtures, datasetNoOuter),
  },
);
