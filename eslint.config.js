// @ts-check
/**
 * The rules the codebase keeps, checked by a tool instead of by memory (npm run lint, zero warnings).
 * Import boundaries: exercises reach the shell through src/workbook (never src/store or src/app), and no
 * shared code imports src/app; exercises never import each other; the shell knows them only through the
 * registry; only an exercise's index.ts imports its demo/ (demo data, not content the steps need). From
 * src/data an exercise takes only the pure parts (types, specs, number reading, the columnar layout its
 * analyses read); files, workers and storage are effects the shell owns and offers through src/workbook
 * and src/ui.
 */
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import globals from 'globals';
import { readdirSync } from 'node:fs';

/** One folder per exercise: each may import none of the others (they talk through declared summaries). */
const EXERCISES = readdirSync(new URL('./exercises/', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/**
 * An `as` cast tells the compiler to stop checking, so each one says why it is safe: a comment on its line
 * or the line above, or one `// Casts in this file: …` line covering a file whose casts share one reason
 * (e.g. reads at an index below the length). `as const` and `satisfies` check more, not less: never flagged.
 */
const castsExplained = {
  meta: { type: 'suggestion', messages: { unexplained: 'Say why this cast is safe in a comment on its line or the line above (or prefer `satisfies`).' }, schema: [] },
  create(context) {
    const source = context.sourceCode;
    const coveredByFile = source.getAllComments().some((comment) => /^\s*Casts in this file:/.test(comment.value));
    const commentLines = new Set(source.getAllComments().flatMap((comment) => [comment.loc.start.line, comment.loc.end.line]));
    function check(node) {
      const annotation = node.typeAnnotation;
      if (annotation.type === 'TSTypeReference' && annotation.typeName.type === 'Identifier' && annotation.typeName.name === 'const') return;
      if (coveredByFile) return;
      const line = node.loc.start.line;
      // The statement may start lines above the cast (a long call): a comment just above it counts too.
      let statement = node;
      while (statement.parent && !/Statement|Declaration|Property$/.test(statement.parent.type)) statement = statement.parent;
      const statementLine = (statement.parent ?? statement).loc.start.line;
      if (commentLines.has(line) || commentLines.has(line - 1) || commentLines.has(statementLine - 1) || commentLines.has(statementLine)) return;
      context.report({ node, messageId: 'unexplained' });
    }
    return { TSAsExpression: check, TSTypeAssertion: check };
  },
};

/** The parts of src/data that compute and describe without touching files, workers, storage or the DOM. */
/** Demo rows a step or an export computes on while the participant has imported none, loaded on demand. */
const DEMO_DATA_ON_DEMAND = { 'program-roi': ['./evaluationDemo.ts'], 'loyalty-measurement': ['./retailer.ts'], 'promo-product': ['./grocer.ts'], incentives: ['./distributor.ts'], 'emotional-loyalty': ['./distributor.ts'], 'program-design': ['./distributor.ts'] };

const PURE_DATA_MODULES = ['./spec.ts', './salesSpec.ts', './customersSpec.ts', './seededRandom.ts', './sheet.ts', './numbers.ts', './columnar.ts', './oneOf.ts', './import/types.ts'];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'test/e2e/screenshots/', 'test/fixtures/bad/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            { target: './exercises', from: './src/store', message: 'Exercises reach the shell through src/workbook (exerciseData.ts, useDataset.ts), not src/store.' },
            { target: './exercises', from: './src/app', message: 'Exercises reach the shell through src/workbook, not src/app.' },
            {
              target: './exercises',
              from: './src/data',
              except: PURE_DATA_MODULES,
              message: 'From src/data an exercise imports only the pure modules (PURE_DATA_MODULES); downloads, workers and storage go through src/workbook or src/ui.',
            },
            { target: './src/!(app)/**/*', from: './src/app', message: 'Shared code never imports src/app.' },
            { target: './src', from: './exercises', except: ['./index.ts'], message: 'The shell knows exercises only through the registry, exercises/index.ts.' },
            ...EXERCISES.map((id) => ({
              target: `./exercises/${id}`,
              from: './exercises',
              except: [`./${id}`],
              message: 'Exercises never import each other: one reads another’s results through the summary it declares.',
            })),
            // demo/ holds demo data only. The definition (index.ts) offers the demo start state; steps, model, export
            // and content never reach into it, so deleting the demo leaves content the steps need in place.
            ...EXERCISES.map((id) => ({
              target: [`./exercises/${id}/!(demo)/**/*`, `./exercises/${id}/!(index).{ts,tsx}`],
              from: `./exercises/${id}/demo`,
              // ROI's evaluation step and its export compute on the demo sales when the participant has imported none
              // ("demo data" is what they offer then), so the generated rows are loaded on demand from there.
              // Loyalty measurement's survey and sales steps do the same with its demo retailer; incentives' first step
              // offers its second worked example, the B2B distributor, after a confirm.
              except: DEMO_DATA_ON_DEMAND[id] ?? [],
              message: 'Only the exercise’s index.ts imports its demo/ (the demo start state); content the steps need lives outside demo/.',
            })),
          ],
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
    },
    settings: { 'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs'] })] },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'exercises/**/*.{ts,tsx}'],
    plugins: { local: { rules: { 'casts-explained': castsExplained } } },
    rules: { 'local/casts-explained': 'error' },
  },
  {
    // Node scripts (benchmarks, the browser-test harness) whose callbacks also run in the page.
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
