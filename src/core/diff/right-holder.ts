// Who holds a right, and who passes the data on: two things a finding's key (category, stance, condition, taker) does
// not tell apart, and that a reader does. "You may ask us to delete certain information we have about you" is the
// reader's right; "We delete your information when it is no longer needed" is the company's duty: both read as
// retention restrict. "We share your information with service providers" is the first disclosure; "Our service
// providers may also disclose your information where required by law" is an onward one: both read as data_sharing
// grant. A clause said again in a new edition (restated-rights.ts) must say the same on both counts.
import {
  LEXICON_LISTS,
  ONWARD_SUBJECT_LINKS,
  ONWARD_VERBS,
  ONWARD_WORDS,
  READER_ABILITY_WORDS,
  READER_NOUNS,
  READER_REQUEST_VERBS,
  RELATIVE_PRONOUNS,
  REQUEST_NOUNS,
  REQUEST_OCCASION_WORDS,
  REQUEST_OF_OTHERS,
  RIGHT_DETERMINERS,
  RIGHT_KEPT_IDIOMS,
  SUBJECT_OPENERS,
  WRITER_PRONOUNS,
} from '../analyze/lexicon';
import type { Clause } from '../types';
import { tokensOf } from './restated-in-block';

/** Who holds what a clause says: the reader (a request, a choice, a right of theirs), else the service. */
export type Holder = 'reader' | 'service';
/** Whom the data goes to: 'onward' when a recipient passes it on ("further shared", "our partners may disclose"). */
export type Flow = 'first' | 'onward';

/** The reader as a subject: "you" and the reader's nouns ("your information may be kept" is not the reader's act). */
const READER = new Set(['you', ...READER_NOUNS]);
const ASKS = new Set(READER_REQUEST_VERBS);
const ABLE = new Set(READER_ABILITY_WORDS);
const OCCASION = new Set(REQUEST_OCCASION_WORDS);
const REQUEST = new Set(REQUEST_NOUNS);
const OTHERS_REQUEST = new Set(REQUEST_OF_OTHERS);
const DETERMINERS = new Set(RIGHT_DETERMINERS);
const WRITER = new Set(WRITER_PRONOUNS);
const OPENERS = new Set(SUBJECT_OPENERS);
/** "reserves (the) right to", "retains its right to": the writer keeps the right, whoever the sentence names. */
const KEEPS = new Set(RIGHT_KEPT_IDIOMS.map((p) => p.split(' ')[0]!).filter((w) => !['will', 'shall'].includes(w)));
/** The words between a subject and "have"/"has" ("you shall have", "users also have"). */
const LINKS = new Set(ONWARD_SUBJECT_LINKS);

/** The clauses of a text, each as its tokens: a subject is read within its own clause only. */
const partsOf = (text: string): string[][] => text.split(/[.;:,!?()•]+/u).map(tokensOf);

/** Whether any of the `n` tokens after `i` passes `test`. */
const nearAfter = (tokens: readonly string[], i: number, n: number, test: (w: string) => boolean): boolean =>
  tokens.slice(i + 1, i + 1 + n).some(test);

/**
 * Whether `i` is where a clause's subject stands: its first word, or after a conjunction or clause opener ("and you
 * may", "if you can"), past a quantifier ("each user"). "information you may give us" is a relative clause: not.
 */
function opensClause(tokens: readonly string[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && DETERMINERS.has(tokens[k]!) && !WRITER.has(tokens[k]!)) k--;
  return k < 0 || OPENERS.has(tokens[k]!) || ['should', 'also', 'then'].includes(tokens[k]!);
}

/** Whether the right named at `i` ("right to", after its determiner) is the reader's. */
function rightIsReaders(tokens: readonly string[], i: number): boolean {
  let j = i - 1;
  let determiner: string | undefined;
  if (j >= 0 && DETERMINERS.has(tokens[j]!)) determiner = tokens[j--];
  const verb = tokens[j];
  if (verb !== undefined && KEEPS.has(verb)) return false;
  if (verb === 'have' || verb === 'has') {
    let k = j - 1;
    while (k >= 0 && LINKS.has(tokens[k]!)) k--;
    return k >= 0 && READER.has(tokens[k]!);
  }
  return determiner === undefined || !WRITER.has(determiner);
}

function readerHolds(tokens: readonly string[]): boolean {
  return tokens.some((w, i) => {
    if (READER.has(w) && nearAfter(tokens, i, 3, (x) => ASKS.has(x))) return true;
    if (READER.has(w) && nearAfter(tokens, i, 2, (x) => ABLE.has(x)) && opensClause(tokens, i)) return true;
    if (OCCASION.has(w)) {
      const r = tokens.slice(i + 1, i + 4).findIndex((x) => REQUEST.has(x));
      if (r >= 0 && !OTHERS_REQUEST.has(tokens[i + 2 + r] ?? '')) return true;
    }
    if ((w === 'right' || w === 'rights') && tokens[i + 1] === 'to') return rightIsReaders(tokens, i);
    return false;
  });
}

/** Who holds what the clause says, read from it and the lead-ins of the lists it is an item of. */
export function holderOf(clause: Pick<Clause, 'text' | 'leads'>): Holder {
  return [...(clause.leads ?? []), clause.text].some((t) => partsOf(t).some(readerHolds)) ? 'reader' : 'service';
}

const words = (list: readonly string[]): Set<string> => new Set(list.filter((w) => !w.includes(' ')));
let passVerbs: ReadonlySet<string> | null = null;
let parties: ReadonlySet<string> | null = null;
/** The single-word verbs of passing data on (ShareVerb, SellVerb). */
const passVerbsOf = (): ReadonlySet<string> =>
  (passVerbs ??= words([...(LEXICON_LISTS.ShareVerb ?? []), ...(LEXICON_LISTS.SellVerb ?? [])]));
/** The last words of the lexicon's recipients ("service providers" → "providers"), and "they": a subject not "we". */
const partiesOf = (): ReadonlySet<string> =>
  (parties ??= new Set([
    'they',
    ...['ThirdParty', 'ServiceSide', 'TradeRecipient', 'Adviser', 'Authority'].flatMap((c) =>
      (LEXICON_LISTS[c] ?? []).map((p) => p.split(' ').at(-1)!),
    ),
  ]));
const ONWARD = new Set(ONWARD_WORDS);
const PASS_AGAIN = new Set(ONWARD_VERBS);
const RELATIVE = new Set(RELATIVE_PRONOUNS);
/** How far past a verb of passing data an onward word still belongs to its phrase ("share it further"). */
const ONWARD_REACH = 4;

/** Whether the verb at `i` passes data on from a recipient: its subject is a party, or one a relative leads back to. */
function recipientPasses(tokens: readonly string[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && LINKS.has(tokens[k]!)) k--;
  if (k < 0) return false;
  if (partiesOf().has(tokens[k]!)) return true;
  if (RELATIVE.has(tokens[k]!)) return k > 0 && partiesOf().has(tokens[k - 1]!);
  if (WRITER.has(tokens[k]!) || READER.has(tokens[k]!)) {
    // "Partners who receive your data may resell it": "your" is the object of the relative clause, not a subject.
    if (tokens[k] !== 'your' && tokens[k] !== 'our') return false;
  }
  // "Partners who receive your information share it": the relative clause ends where the main verb starts.
  for (let r = k; r > 0; r--) {
    if (RELATIVE.has(tokens[r]!)) return partiesOf().has(tokens[r - 1]!);
    if (passVerbsOf().has(tokens[r]!) && r !== i) return false;
  }
  return false;
}

/** Whether the clause passes data on from a recipient: an onward word in a verb of passing's phrase, or a party its subject. */
export function flowOf(text: string): Flow {
  const verbs = passVerbsOf();
  for (const tokens of partsOf(text)) {
    for (let i = 0; i < tokens.length; i++) {
      if (PASS_AGAIN.has(tokens[i]!)) return 'onward';
      if (!verbs.has(tokens[i]!)) continue;
      const phrase = tokens.slice(Math.max(0, i - 2), i + 1 + ONWARD_REACH);
      if (phrase.some((w) => ONWARD.has(w))) return 'onward';
      if (recipientPasses(tokens, i)) return 'onward';
    }
  }
  return 'first';
}
