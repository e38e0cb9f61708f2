// The architecture's import boundaries (eslint.config.js), each broken on purpose in a file placed where it would
// live: lint must fail on every one, with the boundary's own message, and stay quiet on what each boundary allows.
// lintText runs the same config as `npm run lint`, so a case failing here means `npm run lint` would not catch it.
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const BOUNDARY_RULES = new Set(['no-restricted-imports', 'no-restricted-globals', 'no-restricted-syntax']);

let eslint: ESLint;
// Loading the config and the TypeScript parser takes seconds on a busy machine: done once, before the cases.
beforeAll(async () => {
  eslint = new ESLint({ cwd: ROOT });
  await eslint.lintText('export const warm = 1;\n', { filePath: 'src/core/warm-up.ts' });
}, 60_000);

/** The boundary errors lint reports for `code` as the file `filePath` (relative to the repository). */
async function boundaryErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath, warnIgnored: true });
  const messages = result!.messages;
  // A file outside the config (ignored, unparsable) would report nothing and pass for the wrong reason.
  expect(messages.filter((m) => m.fatal || !m.ruleId).map((m) => m.message)).toEqual([]);
  return messages.filter((m) => m.severity === 2 && BOUNDARY_RULES.has(m.ruleId!)).map((m) => m.message);
}

// [boundary, file, code, a phrase of the boundary's message]
const broken: Array<[string, string, string, string]> = [
  [
    'core: extension API import',
    'src/core/analyze/probe.ts',
    "import browser from 'webextension-polyfill';\nexport const id = browser.runtime.id;\n",
    'src/core is pure',
  ],
  ['core: chrome global', 'src/core/probe.ts', "export const url = chrome.runtime.getURL('x');\n", 'src/core is pure'],
  [
    'core: browser global through globalThis',
    'src/core/detect/probe.ts',
    'export const api = globalThis.browser;\n',
    'src/core is pure',
  ],
  [
    'core: IndexedDB import',
    'src/core/probe.ts',
    "import { openDB } from 'idb';\nexport const open = openDB;\n",
    'src/core is pure',
  ],
  ['core: IndexedDB global', 'src/core/probe.ts', "export const db = indexedDB.open('x');\n", 'src/core is pure'],
  [
    'core: node: module',
    'src/core/export/probe.ts',
    "import { readFile } from 'node:fs/promises';\nexport const read = readFile;\n",
    'no Node-only module',
  ],
  [
    'core: bare Node builtin',
    'src/core/probe.ts',
    "import { resolve } from 'path';\nexport const r = resolve;\n",
    'no Node-only module',
  ],
  [
    'core: happy-dom',
    'src/core/extract/probe.ts',
    "import { Window } from 'happy-dom';\nexport const W = Window;\n",
    'no Node-only module',
  ],
  [
    'core: marked',
    'src/core/probe.ts',
    "import { marked } from 'marked';\nexport const m = marked;\n",
    'no Node-only module',
  ],
  ['core: process global', 'src/core/probe.ts', 'export const cwd = process.cwd();\n', 'no Node globals'],
  [
    'core: an unlisted package',
    'src/core/probe.ts',
    "import Ajv from 'ajv';\nexport const A = Ajv;\n",
    'only the packages listed',
  ],
  [
    'core: an adapter folder',
    'src/core/analyze/probe.ts',
    "import { loadSettings } from '../../storage/settings-store';\nexport const l = loadSettings;\n",
    'nothing from the adapters',
  ],
  [
    'core: the CLI',
    'src/core/probe.ts',
    "import { parseSource } from '../cli/source';\nexport const p = parseSource;\n",
    'nothing from the adapters',
  ],
  ['core: dynamic import', 'src/core/probe.ts', "export const fs = () => import('node:fs');\n", 'Import statically'],
  [
    'content: idb',
    'src/content/probe.ts',
    "import { openDB } from 'idb';\nexport const o = openDB;\n",
    'never open IndexedDB',
  ],
  [
    'content: the history database',
    'src/content/highlight/probe.ts',
    "import { openTermwatchDb } from '../../storage/db';\nexport const o = openTermwatchDb;\n",
    'never open IndexedDB',
  ],
  [
    'content: the storage index',
    'src/content/probe.ts',
    "import * as storage from '../storage';\nexport const s = storage;\n",
    'never open IndexedDB',
  ],
  [
    'content: the analyser',
    'src/content/probe.ts',
    "import { analyzeClauses } from '../core/analyze';\nexport const a = analyzeClauses;\n",
    'never run the analyser',
  ],
  [
    'content: indexedDB global',
    'src/content/probe.ts',
    "export const r = indexedDB.open('termwatch');\n",
    'never open IndexedDB',
  ],
  [
    'content: indexedDB through self',
    'src/content/probe.ts',
    'export const f = self.indexedDB;\n',
    'never open IndexedDB',
  ],
  [
    'settings module content scripts read',
    'src/storage/settings-store.ts',
    "import { openTermwatchDb } from './db';\nexport const o = openTermwatchDb;\n",
    'Content scripts import this module',
  ],
  [
    'cli: background',
    'src/cli/probe.ts',
    "import * as handlers from '../background/handlers';\nexport const h = handlers;\n",
    'extension adapters',
  ],
  [
    'cli: storage',
    'src/cli/commands/probe.ts',
    "import { listDocuments } from '../../storage/history';\nexport const l = listDocuments;\n",
    'extension adapters',
  ],
  [
    'cli: content',
    'src/cli/probe.ts',
    "import { highlightClauses } from '../content/highlight';\nexport const h = highlightClauses;\n",
    'extension adapters',
  ],
  [
    'cli: pages',
    'src/cli/probe.ts',
    "import { App } from '../pages/popup/app';\nexport const a = App;\n",
    'extension adapters',
  ],
  [
    'cli: transport',
    'src/cli/probe.ts',
    "import { sendToBackground } from '../shared/transport';\nexport const s = sendToBackground;\n",
    'no extension transport',
  ],
  [
    'pages: transport outside actions',
    'src/pages/popup/app-probe.tsx',
    "import { sendToBackground } from '../../shared/transport';\nexport const s = sendToBackground;\n",
    'through their actions module',
  ],
  [
    'pages: runtime.sendMessage outside actions',
    'src/pages/options/probe.tsx',
    "import browser from 'webextension-polyfill';\nexport const r = browser.runtime.sendMessage({ type: 'x' });\n",
    'through their actions module',
  ],
  [
    'pages: runtime.connect outside actions',
    'src/pages/history/probe.tsx',
    "import browser from 'webextension-polyfill';\nexport const port = browser.runtime.connect();\n",
    'through their actions module',
  ],
  [
    'pages: runtime.onMessage outside actions',
    'src/pages/popup/probe.ts',
    "import browser from 'webextension-polyfill';\nbrowser.runtime.onMessage.addListener(() => undefined);\n",
    'through their actions module',
  ],
];

// [what, file, code]: imports the boundaries allow, so the rules stay no broader than the architecture.
const allowed: Array<[string, string, string]> = [
  [
    'core: its packages and its own modules',
    'src/core/analyze/probe.ts',
    "import nlp from 'compromise/one';\nimport { diffWords } from 'diff';\nimport type { Finding } from '../types';\nimport { getNlp } from './nlp';\nexport const x: unknown[] = [nlp, diffWords, getNlp];\nexport type F = Finding;\n",
  ],
  [
    'content: the core and the settings in storage.local',
    'src/content/probe.ts',
    "import { loadSettings } from '../storage/settings-store';\nimport { enabledCategoryList } from '../storage/settings';\nimport { extractDocument } from '../core/extract';\nexport const x = [loadSettings, enabledCategoryList, extractDocument];\n",
  ],
  [
    'cli: Node, happy-dom and the core',
    'src/cli/probe.ts',
    "import { readFile } from 'node:fs/promises';\nimport { Window } from 'happy-dom';\nimport { analyzeClauses } from '../core/analyze';\nimport { parseSource } from './source';\nexport const x = [readFile, Window, analyzeClauses, parseSource];\n",
  ],
  [
    'pages: messaging inside the actions module',
    'src/pages/popup/actions.ts',
    "import browser from 'webextension-polyfill';\nimport { sendToBackground } from '../../shared/transport';\nexport const x = [sendToBackground, browser.runtime.sendMessage({})];\n",
  ],
  [
    'pages: the history database, opened by the page itself',
    'src/pages/history/probe.tsx',
    "import { openTermwatchDb } from '../../storage/db';\nexport const o = openTermwatchDb;\n",
  ],
];

describe('lint boundaries', () => {
  it.each(broken)('%s fails lint (%s)', async (_name, file, code, phrase) => {
    const errors = await boundaryErrors(file, code);
    expect(errors.length, 'no boundary error').toBeGreaterThan(0);
    expect(
      errors.some((m) => m.includes(phrase)),
      errors.join('\n'),
    ).toBe(true);
  });

  it.each(allowed)('%s passes (%s)', async (_name, file, code) => {
    expect(await boundaryErrors(file, code)).toEqual([]);
  });
});
