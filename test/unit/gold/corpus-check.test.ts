import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readCorpusTexts, type LabelledDoc } from '../../../scripts/eval/real/collect';

const dir = mkdtempSync(join(tmpdir(), 'termwatch-corpus-'));
mkdirSync(join(dir, 'documents', 'S'), { recursive: true });
writeFileSync(join(dir, 'documents', 'S', 'Privacy Policy.md'), 'We do not sell your data.\n');
const sha = (s: string): string => createHash('sha256').update(s).digest('hex');
const doc = (file: string, text: string): LabelledDoc => ({
  file,
  service: 'S',
  type: 'Privacy Policy',
  sha256: sha(text),
  sets: ['whole'],
  part: 'dev',
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readCorpusTexts', () => {
  it('returns the texts labelled', () => {
    expect(readCorpusTexts(dir, [doc('documents/S/Privacy Policy.md', 'We do not sell your data.\n')])).toEqual([
      'We do not sell your data.\n',
    ]);
  });

  it('refuses a corpus file that changed since it was labelled, or is missing, naming each', () => {
    expect(() =>
      readCorpusTexts(dir, [
        doc('documents/S/Privacy Policy.md', 'We sell your data.\n'),
        doc('documents/S/Terms of Service.md', ''),
      ]),
    ).toThrow(
      /documents\/S\/Privacy Policy\.md: changed since it was labelled[\s\S]*documents\/S\/Terms of Service\.md: missing/,
    );
  });
});
