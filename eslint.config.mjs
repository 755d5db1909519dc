// ESLint (flat config): typescript-eslint recommended + type-aware no-floating-promises, and the
// architecture rules that keep the layers apart:
//   src/core       pure: no `vscode`, no Node built-ins (it runs in the CLI, the worker and the web)
//   src/features   a feature (a top-level file, or a top-level folder) imports only the core, src/node
//                  and src/features/shared — never another feature, never extension.ts
//   shared         imports no feature and not extension.ts
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { builtinModules } from 'node:module';

const NODE_BUILTINS = [...new Set(builtinModules.flatMap(m => [m, `node:${m}`]))];

/** no-restricted-imports with the given regex patterns (each { regex, message }). */
const restrict = (patterns, paths = []) => ['error', { paths, patterns }];

const FEATURE_MSG = 'A feature imports only src/core, src/node and src/features/shared (take services from Deps), never another feature or extension.ts.';

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', '.cache/**', 'media/**', 'bench/**', 'scripts/**', 'test/harness/**', 'test/web/**/*.mjs', 'types/**', '*.js', '*.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // reported, not failing: the core files that have them are being edited on other branches
      'no-useless-assignment': 'warn',
      'no-useless-escape': 'warn',
    },
  },
  {
    // tests may probe optional modules (nodejs-jieba, dist/) with require()
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict([
        { regex: '^vscode$', message: 'src/core is pure TypeScript: no vscode.' },
        { regex: '^\\.\\./(?!\\.\\./data/[\\w.-]+\\.json$)', message: 'src/core imports only src/core (and data/*.json).' },
      ], NODE_BUILTINS.map(name => ({ name, message: 'src/core is pure TypeScript: no Node built-ins.' }))),
    },
  },
  {
    files: ['src/features/*.ts'],
    rules: {
      'no-restricted-imports': restrict([
        { regex: '^\\./(?!shared/)', message: FEATURE_MSG },
        { regex: '^\\.\\./extension(\\.\\w+)?$', message: FEATURE_MSG },
      ]),
    },
  },
  {
    files: ['src/features/*/*.ts'],
    ignores: ['src/features/shared/**'],
    rules: {
      'no-restricted-imports': restrict([
        { regex: '^\\.\\./(?!shared/|\\.\\./)', message: FEATURE_MSG },
        { regex: '^\\.\\./\\.\\./extension(\\.\\w+)?$', message: FEATURE_MSG },
      ]),
    },
  },
  {
    files: ['src/features/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict([
        { regex: '^\\.\\./(?!\\.\\./)', message: 'src/features/shared imports no feature.' },
        { regex: '^\\.\\./\\.\\./extension(\\.\\w+)?$', message: 'src/features/shared does not import extension*.ts.' },
      ]),
    },
  },
);
