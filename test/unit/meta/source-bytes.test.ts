// Source files hold no raw control characters. A "\b" that an editing tool wrote as a backspace byte (0x08) still
// parses, and lint and the type checker pass it, but the regex it sits in can then never match: a rule silently dead.
// Control characters are written as escapes (\u0000-\u001f) where a regex means them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
// Every C0 control but tab, line feed and carriage return.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sourceFiles(join(dir, e.name))
      : /\.(?:ts|tsx|mts|js|mjs)$/.test(e.name)
        ? [join(dir, e.name)]
        : [],
  );
}

describe('source bytes', () => {
  it('finds the files it checks', () => {
    expect(sourceFiles(join(ROOT, 'src')).length).toBeGreaterThan(50);
  });
  it.each(['src', 'scripts', 'test'])('%s/ holds no raw control character', (dir) => {
    const bad = sourceFiles(join(ROOT, dir)).filter((f) => CONTROL.test(readFileSync(f, 'utf8')));
    expect(bad.map((f) => f.slice(ROOT.length))).toEqual([]);
  });
});
