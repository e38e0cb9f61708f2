// Page text on its way out (exports, the CLI's terminal output) loses whatever could drive a terminal or hide text:
// escape sequences as a whole, then the C0 controls (except tab and line feed where a format keeps them), DEL and
// the C1 controls. Removing only the ESC would leave "[2J" or "]0;title" behind as noise in the report.

// ECMA-48 (https://ecma-international.org/publications-and-standards/standards/ecma-48/), 7-bit and C1 forms:
// - CSI (ESC [ or 0x9B): parameter bytes 0x30–0x3F, intermediate bytes 0x20–0x2F, one final byte 0x40–0x7E;
// - OSC, DCS, SOS, PM, APC (ESC ] P X ^ _ or 0x9D 0x90 0x98 0x9E 0x9F): a string ended by BEL or ST (ESC \ or 0x9C);
// - any other escape: ESC, intermediate bytes, one final byte (charset switches such as ESC ( 0).
// A string may not contain ESC, BEL or a C1 control, so every run has one way to match and the scan stays linear;
// an unterminated string loses only its introducer (the text after it is harmless once the ESC is gone).
const ESCAPE_SEQUENCE =
  /(?:\u001b\[|\u009b)[\x30-\x3f]*[\x20-\x2f]*[\x40-\x7e]|(?:\u001b[\]PX^_]|[\u0090\u0098\u009d\u009e\u009f])[^\u0007\u001b\u0080-\u009f]*(?:\u0007|\u001b\\|\u009c)|\u001b[\x20-\x2f]*[\x30-\x7e]/g;

/** C0 but tab and line feed, DEL, C1. */
const CONTROLS_BUT_TAB_LF = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
const CONTROL_RUNS = /[\u0000-\u001f\u007f-\u009f]+/g;

/** Removes terminal escape sequences whole; lone control characters are left for the callers below. */
export function stripEscapeSequences(text: string): string {
  return text.replace(ESCAPE_SEQUENCE, '');
}

/**
 * Text for formats that keep tabs and line breaks (JSON strings, CSV cells): escape sequences and every other control
 * character removed. A CR, alone or before LF, becomes one LF: in a terminal a bare CR returns to the start of the
 * line and lets the text after it overwrite what the reader sees.
 */
export function stripControls(text: string): string {
  return stripEscapeSequences(text).replace(/\r\n?/g, '\n').replace(CONTROLS_BUT_TAB_LF, '');
}

/** Text for one line of terminal output: escape sequences removed, any run of control characters (newlines too) one space. */
export function printableLine(text: string): string {
  return stripEscapeSequences(text).replace(CONTROL_RUNS, ' ');
}
