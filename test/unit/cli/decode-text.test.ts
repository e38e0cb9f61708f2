import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../src/cli/decode-text';

describe('decodeText', () => {
  const ok: [string, Buffer, string][] = [
    ['UTF-8', Buffer.from('Terms — café 中文', 'utf8'), 'Terms — café 中文'],
    [
      'UTF-8 with BOM (BOM dropped)',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Terms', 'utf8')]),
      'Terms',
    ],
    [
      'UTF-16LE with BOM (has NUL bytes, still text)',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Terms é', 'utf16le')]),
      'Terms é',
    ],
    ['UTF-16BE with BOM', Buffer.from([0xfe, 0xff, 0x00, 0x54, 0x00, 0xe9]), 'Té'],
    [
      'windows-1252 page that says so',
      Buffer.concat([Buffer.from('<meta charset="windows-1252"><p>caf'), Buffer.from([0xe9, 0x93, 0x94])]),
      '<meta charset="windows-1252"><p>café“”',
    ],
  ];
  it.each(ok)('%s', (_name, buf, expected) => {
    expect(decodeText(buf, 'f')).toBe(expected);
  });

  const bad: [string, Buffer, RegExp][] = [
    ['NUL byte', Buffer.from([0x41, 0x00, 0x42]), /binary file \(NUL byte at offset 1\)/],
    ['invalid UTF-8, no charset', Buffer.from([0x63, 0x61, 0x66, 0xe9]), /not valid UTF-8/],
    [
      'unknown declared charset falls back to strict UTF-8',
      Buffer.concat([Buffer.from('<meta charset="x-klingon">'), Buffer.from([0xff])]),
      /not valid UTF-8/,
    ],
  ];
  it.each(bad)('%s', (_name, buf, pattern) => {
    expect(() => decodeText(buf, 'f')).toThrow(pattern);
  });
});
