// The built extension can run no remote or generated code: the CSP allows only its own scripts, no bundle calls
// eval/new Function or names a remote script, and the extension pages never inject HTML strings.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHROME_BUILD, FIREFOX_BUILD, ROOT, assertBuilt } from './harness';

describe.each([
  ['chrome', CHROME_BUILD],
  ['firefox', FIREFOX_BUILD],
])('%s build', (_name, dir) => {
  it("has a CSP that allows only the extension's own scripts and no network connections", () => {
    assertBuilt(dir);
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
      content_security_policy: { extension_pages: string };
    };
    const csp = manifest.content_security_policy.extension_pages;
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).toMatch(/connect-src 'none'/);
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|https?:/);
  });

  it('contains no eval, no Function constructor and no remote script URL', () => {
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.js'))) {
      const code = readFileSync(join(dir, file), 'utf8');
      expect(code, file).not.toMatch(/\beval\s*\(|new\s+Function\s*\(/);
      expect(code, file).not.toMatch(/<script[^>]+src=["']https?:/i);
      expect(code, file).not.toMatch(/importScripts\s*\(\s*["']https?:/);
    }
  });
});

describe('always-on detector budget', () => {
  // 15 KB until detection read pages by content (issue 16): the content lexicon (src/core/detect/lexicon.ts) and its
  // signals added ~5 KB; detection with no name in URL or title needs them.
  it('content-detect.js, which runs on every page, stays within 21 KB minified', () => {
    assertBuilt(CHROME_BUILD);
    expect(readFileSync(join(CHROME_BUILD, 'content-detect.js')).length).toBeLessThanOrEqual(21 * 1024);
  });
});

describe('source policy', () => {
  it('never turns strings into HTML in extension code (page text is rendered as text)', () => {
    const offenders: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        // cli/source builds documents for the Node CLI from files; it never runs in the extension.
        else if (/\.(?:ts|tsx)$/.test(entry.name) && !path.includes(join('cli', 'source'))) {
          if (
            /\.innerHTML\s*=|outerHTML\s*=|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write\(/.test(
              readFileSync(path, 'utf8'),
            )
          )
            offenders.push(path.slice(ROOT.length + 1));
        }
      }
    };
    walk(join(ROOT, 'src'));
    expect(offenders).toEqual([]);
  });
});
