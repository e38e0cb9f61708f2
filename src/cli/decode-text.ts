// Bytes → text for the CLI: UTF-8 (strict), UTF-16 with a BOM, or the legacy charset a saved page declares.
import { CliError } from './cli-error';

// Node's TextDecoder decodes "windows-1252" as ISO-8859-1, turning 0x80–0x9F (curly quotes, dashes, €) into C1
// controls (regression since Node 20.18.3: https://github.com/nodejs/node/issues/60888, see also issue 56542);
// these are the WHATWG code points for that range. "latin1"/"iso-8859-1" labels also resolve to windows-1252.
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

function decodeWindows1252(buf: Buffer): string {
  let out = '';
  for (const byte of buf) out += String.fromCharCode(byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH[byte - 0x80]! : byte);
  return out;
}

/** A saved page may declare a legacy charset (windows-1252, Shift_JIS …); honour it when the runtime knows it. */
function declaredCharset(buf: Buffer): string | null {
  const head = buf.subarray(0, 2048).toString('latin1');
  // Tag by tag: one regex over the whole head with `<meta[^>]+charset` rescans the head from every "<meta".
  const label = head
    .split('<')
    .filter((tag) => /^meta\b/i.test(tag))
    .map((tag) => /charset\s*=\s*(?:["']\s*)?([\w.:-]+)/i.exec(tag.split('>')[0] ?? '')?.[1])
    .find(Boolean)
    ?.toLowerCase();
  if (!label || label === 'utf-8' || label === 'utf8') return null;
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return null;
  }
}

/** Decodes bytes as text, or says why they are not text. */
export function decodeText(buf: Buffer, name: string): string {
  if (buf[0] === 0xff && buf[1] === 0xfe) return new TextDecoder('utf-16le').decode(buf.subarray(2));
  if (buf[0] === 0xfe && buf[1] === 0xff) return new TextDecoder('utf-16be').decode(buf.subarray(2));
  const nul = buf.indexOf(0);
  if (nul >= 0)
    throw new CliError(`${name} looks like a binary file (NUL byte at offset ${nul}), not HTML, Markdown or text`);
  const charset = declaredCharset(buf);
  if (charset === 'windows-1252') return decodeWindows1252(buf);
  if (charset && charset !== 'utf-8') return new TextDecoder(charset).decode(buf);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(buf);
  } catch {
    throw new CliError(
      `${name} is not valid UTF-8 text (a binary file, or a legacy encoding without a <meta charset>); save it as UTF-8 and retry`,
    );
  }
}
