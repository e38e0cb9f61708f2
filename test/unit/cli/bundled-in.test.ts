// The test workers are bundled on first use (test/support/bundle-test-workers.ts): files that ask at once share one
// bundle, and none reads a half-written one.
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bundledIn } from '../../support/bundle-test-workers';

describe('bundledIn', () => {
  const dir = mkdtempSync(join(tmpdir(), 'termwatch-bundled-in-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('bundles once for callers that ask at once, each getting the whole bundle', async () => {
    const got = await Promise.all([bundledIn(dir), bundledIn(dir), bundledIn(dir)]);
    expect(new Set(got)).toEqual(new Set([join(dir, 'bundle')]));
    expect(readdirSync(dir)).toEqual(['bundle']); // no staging directory left behind
    for (const file of ['cli.mjs', 'misbehaving.mjs']) expect(existsSync(join(dir, 'bundle', file))).toBe(true);
  }, 60_000);
});
