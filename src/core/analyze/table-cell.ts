// What a table cell's column header or row label says of the cell, for the data_sharing readings of a cell (GUIDE G3:
// a data cell carries the label, read with its column header and row label). A table may be written either way round:
// the header that says who receives can head the cell's column ("Categories of recipients" over "Service providers")
// or label its row ("Categories of recipients | Service providers | Advertising networks"), and a "Yes" means what its
// header or its row label asks ("Shared with third parties? | Yes").
import { trimEndChars, trimStartChars } from '../normalize/trim-chars';
import type { Clause } from '../types';
import {
  CELL_ACT_CONTINUATIONS,
  CELL_ACT_NOUNS,
  CELL_AUDIENCE_WORDS,
  CELL_DATA_ENDINGS,
  CELL_DATA_WORDS,
  HEADER_ACT_MODIFIERS,
  LEXICON_LISTS,
  RECIPIENT_HEADER_WORDS,
  RECIPIENT_RELATIVES,
  RELATIVE_ACT_LINKS,
  RECIPIENT_WHO_OBJECT_WORDS,
  RECIPIENT_WHO_WORDS,
} from './lexicon';
import { oneSpace, wordsPattern as spacedWordsPattern } from './word-pattern';

/** A list's alternation with single spaces: every text tested here is first cut to single spaces (oneSpace), so that
 * no pattern holds two runs of white space that could match the same text. */
const wordsPattern = (list: readonly string[]): string => spacedWordsPattern(list).replaceAll(String.raw`\s+`, ' ');

const ACT_WORDS: readonly string[] = [...(LEXICON_LISTS.ShareVerb ?? []), ...(LEXICON_LISTS.SellVerb ?? [])];
/** The acts' participles ("shared", "sold", "made available"): the form a header asks with. */
const ACT_PARTICIPLES = ACT_WORDS.filter((w) => /^(?:\w+ed|sold|sent|given|made)\b/.test(w));
/**
 * The acts' plain forms ("share", "sell", "make available"): those whose third person is listed too, so that a noun
 * ("disclosure") or a participle is not one.
 */
const ACT_BASES = ACT_WORDS.filter((w) => {
  const [head, ...rest] = w.split(' ');
  const tail = rest.length ? ` ${rest.join(' ')}` : '';
  return !(w in CELL_ACT_NOUNS) && (ACT_WORDS.includes(`${head}s${tail}`) || ACT_WORDS.includes(`${head}es${tail}`));
});
const PARTICIPLE = wordsPattern(ACT_PARTICIPLES);
/** Who is not a recipient after "shared with": the service itself (data coming in, GUIDE D10), the reader, or the
 * other users a profile is shown to (GUIDE D10). */
const NOT_RECIPIENT = String.raw`(?:us|you|${wordsPattern(CELL_AUDIENCE_WORDS)})\b`;

const ACT_TO = String.raw`(?:${PARTICIPLE}|${wordsPattern(Object.keys(CELL_ACT_NOUNS))}) (?:with|to)\b(?! ${NOT_RECIPIENT})`;

/**
 * What names who receives in a header, as one pattern (lower case, single spaces): a word of RECIPIENT_HEADER_WORDS
 * ("Recipients", "Who can access it"); the act, by its participle or its noun, then "to"/"with" ("Sent to", "Shared
 * with", "Onward transfer to"), not to the service or the reader or other users; "who we share"; "Parties we disclose it
 * to". The section rules read a heading with it too (rules/data-sharing.ts SHARING_SECTION): a cell under its header is
 * an item of a list under a heading, and the two are read from the same words.
 */
export const RECIPIENT_HEADER_SOURCE = [
  String.raw`\b${wordsPattern(RECIPIENT_HEADER_WORDS)}\b`,
  String.raw`\b${ACT_TO}`,
  String.raw`\bwho we ${wordsPattern(ACT_BASES)}\b`,
  // "Parties we disclose it to", "Companies we share data with": who receives, named before the act.
  String.raw`\bwe ${wordsPattern(ACT_BASES)} (?:(?:it|them|this|data|information|your \w+) )?(?:with|to)\b(?! ${NOT_RECIPIENT})`,
].join('|');
const RECIPIENT_HEADER = new RegExp(RECIPIENT_HEADER_SOURCE, 'i');
/**
 * A relative with the act after it ("to which we may disclose", "with whom personal information is shared"): what a
 * heading needs to name who receives with a relative (rules/data-sharing.ts RECIPIENTS_HEADING reads it too).
 */
export const RELATIVE_ACT_SOURCE = String.raw`\b${wordsPattern(RECIPIENT_RELATIVES)} (?:${wordsPattern(RELATIVE_ACT_LINKS)}[ -]){0,5}${wordsPattern(ACT_WORDS)}\b`;
/** Who receives or has access, as a heading says it: the last of them only with the data, a pointer, or nothing after. */
export const WHO_RECEIVES_HEADING_SOURCE = [
  String.raw`\b${wordsPattern(RECIPIENT_WHO_WORDS)}\b`,
  String.raw`\b${wordsPattern(RECIPIENT_WHO_OBJECT_WORDS)}(?: to)?(?:\W*$| (?:it|them|this|that|your|such|personal|${wordsPattern(CELL_DATA_WORDS)})\b)`,
].join('|');
/**
 * The same words read under a heading, where a heading about something else may hold them (lower case, single
 * spaces): a relative only with the act after it; who gets or can access only the data or at the heading's end ("Who
 * gets a refund", "Who can access the Services" are not); the act before "to" only as the heading's opening act ("Sent
 * to", "Onward transfer to") or after the data ("Data sent to third parties"), not after another thing sent ("Products
 * sold to businesses", "Notices sent to your employer"); "we disclose it to" with the data named. A cell's header is
 * read with RECIPIENT_HEADER_SOURCE, where the table says the rows are the data.
 */
export const RECIPIENT_HEADING_SOURCE = [
  String.raw`\brecipients?\b`,
  RELATIVE_ACT_SOURCE,
  WHO_RECEIVES_HEADING_SOURCE,
  String.raw`(?:^[\W\d]*(?:${wordsPattern(HEADER_ACT_MODIFIERS)} )?|\b${wordsPattern(CELL_DATA_WORDS)} )${ACT_TO}`,
  String.raw`\bwe ${wordsPattern(ACT_BASES)} (?:it|them|this|data|information|your \w+) (?:with|to)\b(?! ${NOT_RECIPIENT})`,
].join('|');
/** A header that is only "Third parties": it names recipients unless its table is about where data comes from. */
const BARE_THIRD_PARTIES = /^\W*(?:categories\s+of\s+)?third[\s-]+parties\W*$/i;

/**
 * A header that names who receives ("Recipients of “Sales” or “Sharing”", "Categories of third parties to whom we
 * disclose", "… with whom PI may be sold or shared", "Shared with", "Who we share it with"); not data coming in
 * ("Information shared with us by partners", GUIDE D10) or a profile shown to other users. A bare "Third parties" is
 * read by cellHeaders, which knows the table's section.
 */
export function namesRecipients(header: string): boolean {
  const text = oneSpace(header);
  return RECIPIENT_HEADER.test(text);
}

const SOURCES_WORDS = /\bfrom\b|\bsources?\b|\b(?:collect|receive|obtain)\w*/i;
/**
 * A header, row label or section naming where data comes from ("Categories of sources", "Collected from", "Information
 * we receive from partners"); "Inferences drawn from other personal information" names data, not a source.
 */
export function namesSources(text: string): boolean {
  return SOURCES_WORDS.test(text.replace(/\bdrawn\s+from\b/gi, ''));
}

/**
 * The longest row label read as a heading of its row: a label, not a sentence ("Categories of third parties with whom
 * PI may be sold or shared during the preceding 12-month period" is 99 characters).
 */
const MAX_ROW_HEADING = 120;

/** What a cell's header and row label say of it: who receives, or that it names where data comes from. */
export interface CellHeaders {
  /** The header or row label that says the cell names who receives the data. */
  recipients?: string;
  /** The cell names where data comes from: no sharing (GUIDE D10). */
  sources: boolean;
}

/**
 * The header that says the cell names who receives the data: its column's header, or, in a table written the other
 * way round, its row's label ("Categories of recipients" as the first cell of the row). None under a column or in a
 * row of sources, and a bare "Third parties" none in a section about sources ("Sources of personal information").
 */
export function cellHeaders(clause: Clause): CellHeaders {
  const { columnHeader: header, rowLabel: row } = clause;
  if (header === undefined && row === undefined) return { sources: false };
  // The row's label is read as a heading only when it could be one: short, one phrase.
  const rowHeading = row !== undefined && row.length <= MAX_ROW_HEADING && !/[.;]\s/.test(row) ? row : undefined;
  const headerRecipients = header !== undefined && namesRecipients(header);
  if (headerRecipients) return { recipients: header, sources: false };
  // A column of sources ("Categories of sources | Third parties") names where data comes from (GUIDE D10).
  if (header !== undefined && namesSources(header)) return { sources: true };
  if (rowHeading !== undefined && namesRecipients(rowHeading)) return { recipients: rowHeading, sources: false };
  // A row of data coming in ("Information we receive from other companies").
  if (rowHeading !== undefined && namesSources(rowHeading)) return { sources: true };
  // A bare "Third parties" column in a table of sources ("Sources of personal information": "Directly from you |
  // Third parties") names where data comes from.
  const bare = header !== undefined && BARE_THIRD_PARTIES.test(header);
  // A section that names both ("Categories, Sources … and the Categories of Third Parties to Whom Your PI is
  // Disclosed") says nothing of the column.
  if ([clause.section, ...clause.sectionPath].some((s) => s !== undefined && namesSources(s) && !namesRecipients(s)))
    return { sources: bare };
  if (bare) return { recipients: header, sources: false };
  if (rowHeading !== undefined && BARE_THIRD_PARTIES.test(rowHeading))
    return { recipients: rowHeading, sources: false };
  return { sources: false };
}

/** The header that says the cell names who receives the data (cellHeaders). */
export function recipientsHeader(clause: Clause): string | undefined {
  return cellHeaders(clause).recipients;
}

const CONTINUATION = wordsPattern(CELL_ACT_CONTINUATIONS);
/**
 * A header that asks whether the row's data goes to others, written as its participle: "Shared with third parties?",
 * "Sold or shared", "Disclosed for a business purpose", "Is it disclosed to third parties?". The participle stands
 * alone or is followed by a word that keeps it a verb ("Shared workspaces" and "Sold separately" are features).
 */
const ACT_HEADER = new RegExp(
  String.raw`^(?:(?:is|are|was|were) (?:(?:it|this|they) )?|(?:has|have) (?:(?:it|this|they) )?been )?(${PARTICIPLE}(?: ${CONTINUATION}\b[^?]{0,100})?)$`,
  'i',
);
/** "Does Acme share?", "Do we sell it?", "Do we share this information with third parties?": the act asked with its
 * plain form. */
const ACT_QUESTION = new RegExp(
  String.raw`^(?:do|does) (?:[^\s?]+ ){1,3}?(${wordsPattern(ACT_BASES)})(?: (?:it|them|these|(?:this|that|your|such)(?: \w+)?))?( ${CONTINUATION}\b[^?]{0,100})?$`,
  'i',
);
/** A header that names the act with a noun ("Sale or sharing"); each act noun is read as its participle. */
const ACT_NOUN_START = new RegExp(String.raw`^(third[ -]party )?${wordsPattern(Object.keys(CELL_ACT_NOUNS))}\b`, 'i');
const ACT_NOUN = new RegExp(String.raw`\b${wordsPattern(Object.keys(CELL_ACT_NOUNS))}\b`, 'gi');
const TO_AUDIENCE = new RegExp(String.raw`\b(?:with|to) ${wordsPattern(CELL_AUDIENCE_WORDS)}\b`, 'i');
const DATA_WORDS = new RegExp(String.raw`\b${wordsPattern(CELL_DATA_WORDS)}\b`, 'i');
const DATA_ENDINGS = CELL_DATA_ENDINGS.map((w) => w.toLowerCase());
/** A label that says its row is personal data: a data word anywhere, or a category that ends it. */
function namesData(label: string): boolean {
  const text = oneSpace(label);
  if (DATA_WORDS.test(text)) return true;
  // In code, not a regex: a phrase then "…$" is not linear.
  const words = trimEndChars(text.toLowerCase(), /\W/);
  return DATA_ENDINGS.some((w) => words === w || words.endsWith(` ${w}`));
}
/** A cell that only says yes ("Yes", "Yes.", "YES*"). */
const YES_CELL = /^\W*yes\W*$/i;

/** A header as a question's words: no answer key ("(Yes/No)"), no question mark or footnote mark, "/" read as "or". */
function headerWords(label: string): string {
  const trim = (s: string): string => trimEndChars(trimStartChars(s, /\W/), /[^\p{L}\p{N})]/u);
  let s = trim(label);
  // In code, not a regex: a regex ending in "…$" after a free run is not linear.
  if (s.endsWith(')')) {
    const open = s.lastIndexOf('(');
    if (open > 0) s = trim(s.slice(0, open));
  }
  return oneSpace(s)
    .replace(/\band ?\/ ?or\b/gi, 'or')
    .split('/')
    .map((w) => w.trim())
    .join(' or ');
}

/** The sentence a header that asks whether the row's data goes to others stands for; undefined for any other. */
function actSentence(label: string): string | undefined {
  const words = headerWords(label);
  const question = ACT_QUESTION.exec(words);
  if (question) {
    const to = question[2] ?? '';
    if (TO_AUDIENCE.test(to)) return undefined;
    return `We ${question[1]!.toLowerCase()} this personal information${to.toLowerCase()}.`;
  }
  // "Third-party sharing" is sharing with third parties.
  const noun = ACT_NOUN_START.exec(words);
  const asked = noun
    ? words.slice(noun[1]?.length ?? 0).replace(ACT_NOUN, (n) => CELL_ACT_NOUNS[n.toLowerCase()] ?? n) +
      (noun[1] !== undefined ? ' with third parties' : '')
    : words;
  const act = ACT_HEADER.exec(asked);
  // Shown to other users is a profile the user chose to show (GUIDE D10).
  if (!act || TO_AUDIENCE.test(act[1]!)) return undefined;
  return `This personal information is ${act[1]!.trim().toLowerCase()}.`;
}

/**
 * The sentence a "Yes" cell stands for, read with the header or row label that asks whether the data goes to others
 * ("Sold or shared | Yes" → "This personal information is sold or shared."), when the other label or the section
 * names personal data (a feature or pricing table's "Yes" is not); undefined for any other cell. "No" is left unread:
 * a table that marks where data does not go states no limit of its own (GUIDE names none).
 */
export function yesCellSentence(clause: Clause): string | undefined {
  const { columnHeader: header, rowLabel: row } = clause;
  if ((header === undefined && row === undefined) || !YES_CELL.test(clause.text)) return undefined;
  const sectionData = [clause.section, ...clause.sectionPath].some((s) => s !== undefined && namesData(s));
  for (const [label, other] of [
    [header, row],
    [row, header],
  ] as const) {
    if (label === undefined) continue;
    if (!sectionData && !(other !== undefined && namesData(other))) continue;
    const sentence = actSentence(label);
    if (sentence !== undefined) return sentence;
  }
  return undefined;
}
