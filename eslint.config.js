// ESLint for src/, scripts/ and test/: typescript-eslint and eslint-plugin-regexp, plus the architecture drawn in the
// README written as import rules, so that a boundary crossed by mistake fails `npm run lint` instead of waiting for a
// reviewer. test/unit/meta/lint-boundaries.test.ts breaks each boundary on purpose and checks that lint fails.
//
// Why the core `no-restricted-imports` and not a boundaries plugin: every boundary here is "files in folder A may not
// import B", which the built-in rule says directly, with a message per boundary, and with no module resolver to
// configure. Relative specifiers are matched by the folder they name (`../../storage/db` names storage/); no folder
// inside src/core, src/content, src/cli or src/pages shares a name with another top-level folder of src/, so that is
// exact. Dynamic `import()` and `require()` are not seen by that rule, so the folders whose boundaries matter most
// (core, content) may not use them at all.
import Module, { builtinModules, createRequire } from 'node:module';
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import regexp from 'eslint-plugin-regexp';
import globals from 'globals';

// typescript-eslint needs the TypeScript compiler API, which TypeScript 7 (the native port, our `tsc`) does not ship
// yet (https://github.com/typescript-eslint/typescript-eslint/issues/10940). So TypeScript 6 is installed beside it as
// `typescript-api`, and `typescript` asked for from inside typescript-eslint resolves to that copy; package.json's
// `overrides` lets typescript-eslint's peer range accept 7. Remove both once typescript-eslint supports TypeScript 7.
const require = createRequire(import.meta.url);
const TYPESCRIPT_API = require.resolve('typescript-api');
const TS_ESLINT_FILE = /[\\/]node_modules[\\/](?:@typescript-eslint|typescript-eslint|ts-api-utils)[\\/]/;
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, parent, ...rest) {
  const redirect = request === 'typescript' && TS_ESLINT_FILE.test(parent?.filename ?? '');
  return resolveFilename.call(this, redirect ? TYPESCRIPT_API : request, parent, ...rest);
};
const { default: tseslint } = await import('typescript-eslint');

/** A relative or bare specifier naming one of src/'s top-level folders (optionally a file in it). */
const folder = (...names) => `^(?:\\.\\.?/)*(?:src/)?(?:${names.join('|')})(?:/|$)`;
const NODE_BUILTINS = builtinModules.filter((m) => !m.startsWith('_'));
const NODE_ONLY_PACKAGES = ['happy-dom', 'marked', 'jsdom', 'ws', 'fake-indexeddb', 'playwright-core', 'tsx', 'vitest'];

const BROWSER_API = {
  regex: '^(?:webextension-polyfill|idb)(?:/|$)',
  message:
    'src/core is pure: no browser-extension API and no IndexedDB (wire them in background/, content/ or pages/).',
};
const NODE_ONLY = [
  {
    regex: '^node:',
    message: 'src/core runs in content scripts: no Node-only module (CLI input lives in src/cli/source/).',
  },
  {
    regex: `^(?:${[...NODE_BUILTINS, ...NODE_ONLY_PACKAGES].join('|')})(?:/|$)`,
    message: 'src/core runs in content scripts: no Node-only module (CLI input lives in src/cli/source/).',
  },
];
/** Globals through which extension APIs, IndexedDB or Node leak into code that must not touch them. */
const restrictedGlobals = (names, why) => names.map((name) => ({ name, message: why }));
const globalMember = (names, why) =>
  ['globalThis', 'window', 'self'].map((object) => ({
    selector: `MemberExpression[object.name='${object}'][property.name=/^(?:${names.join('|')})$/]`,
    message: why,
  }));
const NO_DYNAMIC_IMPORT = [
  {
    selector: 'ImportExpression',
    message: 'Import statically here, so the import boundaries in eslint.config.js can check it.',
  },
  {
    selector: "CallExpression[callee.name='require']",
    message: 'Import statically here, so the import boundaries can check it.',
  },
];

export default defineConfig([
  globalIgnores(['dist/', 'artifacts/', 'node_modules/', 'test/fixtures/', 'assets/', 'coverage/']),

  {
    files: ['**/*.{js,ts,tsx}'],
    extends: [js.configs.recommended, tseslint.configs.recommended, regexp.configs['flat/recommended']],
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    languageOptions: { globals: { ...globals.browser, ...globals.node, ...globals.webextensions } },
    rules: {
      // tsc (strict, noUnusedLocals/Parameters) already reports these, and reports them better.
      '@typescript-eslint/no-unused-vars': 'off',
      'no-undef': 'off',
      // Control characters in regexes are deliberate here: untrusted page and file text is cleaned of them (NUL,
      // terminal escapes), and a range written \u0000-\u001f says so more plainly than a mix of \0, \v and \f.
      'no-control-regex': 'off',
      'regexp/control-character-escape': 'off',
      // Style only: [A-Za-z] says exactly what it matches, where an `i` flag would change the whole regex.
      'regexp/use-ignore-case': 'off',
    },
  },
  {
    // Tests build deliberately malformed values (messages with wrong fields, records of the wrong shape) to feed the
    // validators; typing them as `any` is the point.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // TEMPORARY, for the rules' owner to remove: the analyser's rule files are being rewritten to drop catastrophic
    // backtracking (their regexes and match patterns), so their findings are left to that rewrite instead of being
    // patched here. These are exactly the rules they break today; delete each line once its count reaches zero
    // (`npx eslint src/core/analyze/rules --rule '{"regexp/<name>": "error"}'` shows what is left).
    files: ['src/core/analyze/rules/**'],
    rules: {
      'regexp/no-super-linear-backtracking': 'off',
      'regexp/no-contradiction-with-assertion': 'off',
      'regexp/no-dupe-disjunctions': 'off',
      'regexp/no-useless-non-capturing-group': 'off',
      'regexp/no-useless-assertions': 'off',
      'regexp/optimal-lookaround-quantifier': 'off',
      'regexp/prefer-character-class': 'off',
      'regexp/match-any': 'off',
      'prefer-regex-literals': 'off',
    },
  },

  // ── Architecture ────────────────────────────────────────────────────────────────────────────────────────────────
  {
    // The pure core: plain data in, plain data out; it runs unchanged in content scripts, the background, the CLI and
    // Node tests. The only packages it may use are the ones the content scripts bundle anyway.
    files: ['src/core/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            BROWSER_API,
            ...NODE_ONLY,
            {
              regex: folder('background', 'content', 'pages', 'storage', 'shared', 'cli'),
              message: 'src/core imports nothing from the adapters (background, content, pages, storage, shared, cli).',
            },
            {
              regex: '^(?!\\.|compromise(?:/|$)|diff$|valibot$)',
              message:
                'src/core may use only the packages listed here (compromise, diff, valibot): add one only if it runs in a content script.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...restrictedGlobals(
          ['chrome', 'browser', 'indexedDB'],
          'src/core is pure: no browser-extension API and no IndexedDB.',
        ),
        ...restrictedGlobals(
          ['process', 'Buffer', '__dirname', '__filename', 'require'],
          'src/core runs in content scripts: no Node globals.',
        ),
      ],
      'no-restricted-syntax': [
        'error',
        ...globalMember(
          ['chrome', 'browser', 'indexedDB', 'process'],
          'src/core is pure: no extension API, IndexedDB or Node globals.',
        ),
        ...NO_DYNAMIC_IMPORT,
      ],
    },
  },
  {
    // Content scripts run inside every analysed page; the history database belongs to the background and extension
    // pages. Settings are the one exception: they live in storage.local, not IndexedDB (and the block below keeps
    // the settings modules free of IndexedDB, so the exception cannot leak it in).
    files: ['src/content/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^idb(?:/|$)', message: 'Content scripts never open IndexedDB.' },
            {
              // The analyser runs in the analysis worker only (src/analysis), never on the page's main thread.
              regex: `^(?:\\.\\.?/)*(?:src/)?core/analyze(?:/|$)`,
              message: 'Content scripts never run the analyser: the page is analysed in the analysis worker.',
            },
            {
              regex: `${folder('storage')}(?!settings(?:-store)?(?:\\.ts)?$)`,
              message:
                'Content scripts never open IndexedDB: of src/storage they may import only settings and settings-store.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...restrictedGlobals(['indexedDB', 'IDBFactory'], 'Content scripts never open IndexedDB.'),
      ],
      'no-restricted-syntax': [
        'error',
        ...globalMember(['indexedDB'], 'Content scripts never open IndexedDB.'),
        ...NO_DYNAMIC_IMPORT,
      ],
    },
  },
  {
    // What content scripts may import from src/storage must itself stay off IndexedDB.
    files: ['src/storage/settings.ts', 'src/storage/settings-store.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^idb(?:/|$)', message: 'Content scripts import this module: it may not open IndexedDB.' },
            {
              regex: '^\\./(?!settings(?:\\.ts)?$)',
              message: 'Content scripts import this module: of src/storage it may use only settings.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...restrictedGlobals(['indexedDB'], 'Content scripts import this module: no IndexedDB.'),
      ],
    },
  },
  {
    // The CLI is Node over the pure core; the extension's adapters assume a browser and an extension runtime.
    files: ['src/cli/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: folder('background', 'content', 'pages', 'storage'),
              message: 'The CLI imports nothing from the extension adapters (background, content, pages, storage).',
            },
            {
              regex: folder('shared/transport'),
              message: 'The CLI has no extension transport: it calls the core directly.',
            },
            {
              regex: '^(?:webextension-polyfill|idb)(?:/|$)',
              message: 'The CLI runs in Node: no extension API, no IndexedDB.',
            },
          ],
        },
      ],
    },
  },
  {
    // Extension pages talk to the background only through their actions interface (one implementation over messaging,
    // and mocks in tests), so no component sends or listens for runtime messages itself.
    files: ['src/pages/**/*.{ts,tsx}'],
    ignores: ['src/pages/**/actions.ts', 'src/pages/**/actions/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: folder('shared/transport'),
              message: 'Pages message the background only through their actions module.',
            },
            {
              regex: folder('background', 'content'),
              message: 'Pages reach the background and content scripts only through actions.',
            },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: 'MemberExpression[property.name=/^(?:sendMessage|connect|onMessage|onConnect)$/]',
          message: 'Pages message the background only through their actions module (src/pages/<page>/actions.ts).',
        },
      ],
    },
  },
]);
