import { describe, expect, it } from 'vitest';
import { printableLine, stripControls } from '../../../src/core/export';

describe('stripControls', () => {
  // [page text, what an export keeps]
  const cases: [string, string][] = [
    ['plain text, with\ttab\nand newline', 'plain text, with\ttab\nand newline'],
    ['a\u001b[2Jb', 'ab'], // CSI
    ['a\u001b[38;5;196mb\u001b[0m', 'ab'], // CSI with parameters
    ['a\u009b31mb', 'ab'], // C1 CSI
    ['a\u001b]0;title\u0007b', 'ab'], // OSC ended by BEL
    ['a\u001b]8;;http://evil.example\u001b\\link\u001b]8;;\u001b\\b', 'alinkb'], // OSC 8 hyperlink, ended by ST
    ['a\u009d0;title\u009cb', 'ab'], // C1 OSC and ST
    ['a\u001bPq#0;2;0;0;0\u001b\\b', 'ab'], // DCS (sixel)
    ['a\u001b(0b', 'ab'], // charset switch
    ['a\u001bcb', 'ab'], // reset
    ['a\u001b]0;never ended', 'a0;never ended'], // unterminated: only the introducer goes
    ['a\u001b[12', 'a12'], // CSI cut short
    ['a\r\nb\rc', 'a\nb\nc'],
    ['a\u0000\u0007\u0008\u000b\u000c\u007f\u0085\u00a0b', 'a\u00a0b'], // NBSP is not a control
    ['naïve café 中文 “quoted”', 'naïve café 中文 “quoted”'],
  ];
  it.each(cases)('%j → %j', (text, expected) => {
    expect(stripControls(text)).toBe(expected);
  });

  it('takes linear time on runs of unterminated sequence starts', () => {
    const hostile = ['\u009d', '\u001b]', '\u001b[', '\u0090x'].map((s) => s.repeat(100_000)).join('');
    const started = performance.now();
    expect(stripControls(hostile)).toBe('x'.repeat(100_000));
    // Linear is a few milliseconds; a rescan from every start would take minutes.
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});

describe('printableLine', () => {
  it('keeps one line: sequences go, other control runs become one space', () => {
    expect(printableLine('Terms\u001b[31m of\r\n\tuse\u0007\u0007!')).toBe('Terms of use !');
  });
});
