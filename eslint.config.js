// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/**', 'data/**', 'dist/**', 'bin/**', 'schema/**', 'test-fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      curly: 'error',
      eqeqeq: 'error',
      'no-console': 'error',
    },
  },
  {
    // The domain core is pure: no I/O, no clock, no imports from the shells.
    files: ['src/domain/**/*.ts'],
    ignores: ['**/*.test.ts', '**/*.test-support.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/cli/**', '**/io/**', '**/render/**', '**/web/**', '**/db/**', '**/app/**'],
              message: 'domain/ must stay pure',
            },
            { group: ['node:*', 'fs', 'path', 'child_process'], message: 'domain/ must not do I/O' },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'pass "today" in; no clock in domain/',
        },
        {
          selector: 'NewExpression[callee.name="Date"][arguments.length=0]',
          message: 'pass "today" in; no clock in domain/',
        },
        { selector: "MemberExpression[object.name='process']", message: 'no process.* in domain/' },
      ],
    },
  },
  {
    // Layer boundaries of the shells (docs/ARCHITECTURE.md): use cases never reach into the web or
    // the CLI; SQL modules never import use cases or the web; readers and renderers stay below both.
    files: ['src/app/**/*.ts', 'src/app/**/*.tsx'],
    ignores: ['**/*.test.ts', '**/*.test-support.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/web/**', '**/cli/**'], message: 'app/ must not import the web or the CLI' },
            {
              group: ['**/db/queries/publishing/items.ts'],
              importNames: ['insertItem', 'updateItem'],
              message:
                'write items through app/publishing/item-writes.ts (its hook keeps the staff index current)',
            },
          ],
        },
      ],
    },
  },
  {
    // The one module that writes item rows and runs the write hook (decision 042).
    files: ['src/app/publishing/item-writes.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/web/**', '**/cli/**'], message: 'app/ must not import the web or the CLI' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/db/**/*.ts'],
    ignores: ['**/*.test.ts', '**/*.test-support.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/app/**', '**/web/**', '**/cli/**'],
              message: 'db/ must not import use cases, the web or the CLI',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/io/**/*.ts', 'src/render/**/*.ts', 'src/render/**/*.tsx'],
    ignores: ['**/*.test.ts', '**/*.test-support.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/app/**', '**/web/**', '**/cli/**', '**/db/**'],
              message: 'io/ and render/ sit below the use cases: no app, web, CLI or database imports',
            },
          ],
        },
      ],
    },
  },
  {
    // Routes call use cases (app/), never the SQL modules; types from db/queries may be named
    // (they are the shapes the use cases return). Forms and query strings are read in one place
    // each, where malformed bodies become a 400 and control characters are removed (decision 019).
    files: ['src/web/**/*.ts', 'src/web/**/*.tsx'],
    ignores: ['**/*.test.ts', '**/*.test.tsx', '**/*.test-support.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/db/queries/**'],
              allowTypeImports: true,
              message: 'web/ calls use cases in app/, not db/queries (types may be imported)',
            },
            { group: ['**/cli/**'], message: 'web/ must not import the CLI' },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "CallExpression[callee.object.property.name='req'][callee.property.name=/^(parseBody|formData|json|text|arrayBuffer|blob)$/]",
          message: 'read posted forms with readForm / readUpload (src/web/middleware/form.ts)',
        },
        {
          selector:
            "CallExpression[callee.object.property.name='req'][callee.property.name=/^(query|queries)$/]",
          message: 'read the query string with queryParam / queryParams (src/web/middleware/query.ts)',
        },
        {
          selector:
            "CallExpression[callee.object.property.name='raw'][callee.property.name=/^(formData|json|text)$/]",
          message: 'read posted forms with readForm / readUpload (src/web/middleware/form.ts)',
        },
      ],
    },
  },
  {
    // The CLI is a shell like the web: it calls use cases, not the SQL modules, and not the web.
    files: ['src/cli/**/*.ts'],
    ignores: ['**/*.test.ts', '**/*.test-support.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/db/queries/**'],
              allowTypeImports: true,
              message: 'cli/ calls use cases in app/, not db/queries (types may be imported)',
            },
            { group: ['**/web/**'], message: 'cli/ must not import the web' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/web/middleware/form.ts', 'src/web/middleware/query.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
    },
  },
  { files: ['eslint.config.js'], ...tseslint.configs.disableTypeChecked },
  {
    // Browser scripts served as they are (no build): plain ES5-compatible JavaScript, no type information.
    files: ['src/web/static/**/*.js'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      sourceType: 'script',
      globals: { document: 'readonly', window: 'readonly' },
    },
  },
);
