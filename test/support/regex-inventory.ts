// Every regular expression in src/: the literals, read from the source, and the ones built at run time with
// `new RegExp(…)` (the rules compose many from string parts), captured while the pure core loads and runs.
// Used by the regex-safety test (each one is checked by recheck) and by `npm run bench -- regex`.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { tokenizer } from 'acorn';
import { transformSync } from 'esbuild';

export interface RegexEntry {
  source: string;
  flags: string;
  /** Where it was seen: "src/file.ts" for literals, "runtime" for built ones. */
  where: string;
}

const ROOT = join(import.meta.dirname, '..', '..');
const SRC = join(ROOT, 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sourceFiles(join(dir, e.name))
      : /\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts')
        ? [join(dir, e.name)]
        : [],
  );
}

/** Regex literals of every .ts/.tsx file under src/ (TypeScript stripped by esbuild, then tokenised by acorn). */
export function literalRegexes(): RegexEntry[] {
  const out: RegexEntry[] = [];
  for (const file of sourceFiles(SRC)) {
    const { code } = transformSync(readFileSync(file, 'utf8'), {
      loader: file.endsWith('x') ? 'tsx' : 'ts',
      jsx: 'automatic',
    });
    for (const tok of tokenizer(code, { ecmaVersion: 'latest', sourceType: 'module' })) {
      if (tok.type.label !== 'regexp') continue;
      const { pattern, flags } = (tok as unknown as { value: { pattern: string; flags: string } }).value;
      out.push({ source: pattern, flags, where: relative(ROOT, file) });
    }
  }
  return out;
}

/**
 * Regexes built with the RegExp constructor while `load` runs (it should import the core and exercise it, so that
 * lazily built ones are made too). The constructor is wrapped only for the duration of the call.
 */
export async function runtimeRegexes(load: () => Promise<void>): Promise<RegexEntry[]> {
  const seen: RegexEntry[] = [];
  const Original = globalThis.RegExp;
  globalThis.RegExp = new Proxy(Original, {
    construct(target, args: [string | RegExp, string?]) {
      const re = Reflect.construct(target, args) as RegExp;
      if (calledFromSrc()) seen.push({ source: re.source, flags: re.flags, where: 'runtime' });
      return re;
    },
    apply(target, _this, args: [string | RegExp, string?]) {
      const re = Reflect.construct(target, args) as RegExp;
      if (calledFromSrc()) seen.push({ source: re.source, flags: re.flags, where: 'runtime' });
      return re;
    },
  });
  try {
    await load();
  } finally {
    globalThis.RegExp = Original;
  }
  return seen;
}

/** Whether the RegExp being built was built by code in src/ (dependencies such as compromise build their own). */
function calledFromSrc(): boolean {
  const frames = (new Error().stack ?? '').split('\n').slice(2);
  const caller = frames.find((f) => !f.includes('regex-inventory'));
  return caller !== undefined && caller.includes(`${SRC}/`) && !caller.includes('node_modules');
}

/** Unique by source and flags, first sighting kept. */
export function uniqueRegexes(entries: readonly RegexEntry[]): RegexEntry[] {
  const byKey = new Map<string, RegexEntry>();
  for (const e of entries) if (!byKey.has(`${e.flags}/${e.source}`)) byKey.set(`${e.flags}/${e.source}`, e);
  return [...byKey.values()];
}
