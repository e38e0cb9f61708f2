// Who holds a right, and who passes the data on: two things a finding's key (category, stance, condition, taker) does
// not tell apart, and that a reader does. "You may ask us to delete certain information we have about you" is the
// reader's right; "We delete your information when it is no longer needed" is the company's duty: both read as
// retention restrict. "We share your information with service providers" is the first disclosure; "Our service
// providers may also disclose your information where required by law" is an onward one: both read as data_sharing
// grant. A clause said again in a new edition (restated-rights.ts) must say the same on both counts.
import { LEXICON_LISTS, MODAL_WORDS } from '../analyze/lexicon';
import type { Clause } from '../types';

/** Who holds what a clause says: the reader (a request, a choice, a right of theirs), else the service. */
export type Holder = 'reader' | 'service';
/** Whom the data goes to: 'onward' when a recipient passes it on ("further shared", "our partners may disclose"). */
export type Flow = 'first' | 'onward';

/** Someone who asks, objects or chooses as the reader does ("CCPA may permit you to request that we:"). */
const READER_ASKS =
  /\b(?:you|users?|consumers?|customers?|residents?|individuals?|members?)\s+(?:\p{L}+\s+){0,2}?(?:request|ask|object|opt|exercise|withdraw|choose|instruct|direct)s?\b/iu;
/** A right or ability given to the reader ("you may", "you can", "you have the right", "you are entitled"). */
const READER_MAY = /\byou\s+(?:\p{L}+\s+)?(?:may|can|could|have\s+(?:the|a)\s+right|have\s+rights|are\s+entitled)\b/iu;
/** The reader's request as the occasion ("upon your request", "your verified consumer request", "at your direction"). */
const READER_REQUEST =
  /\b(?:upon|on|at|by|per|following)\s+(?:your\s+)?(?:\p{L}+\s+){0,2}?(?:request|instructions?|direction)\b|\byour\s+(?:\p{L}+\s+){0,2}?(?:request|instructions?)\b/iu;
/** "Right to Delete", "the right to object": a right named, unless the writer keeps it ("we reserve the right to"). */
const RIGHT_TO = /\brights?\s+to\b/giu;
const KEPT_RIGHT = /\b(?:reserves?|retains?|keeps?|have|has|shall\s+have)\s+(?:the|a|all)\s+$/iu;

function namesReaderRight(text: string): boolean {
  for (const m of text.matchAll(RIGHT_TO)) {
    // Only the few words before the match: a lookbehind over the whole text would be polynomial.
    if (!KEPT_RIGHT.test(text.slice(Math.max(0, m.index - 24), m.index))) return true;
  }
  return false;
}

/** Who holds what the clause says, read from it and the lead-ins of the lists it is an item of. */
export function holderOf(clause: Pick<Clause, 'text' | 'leads'>): Holder {
  const text = [...(clause.leads ?? []), clause.text].join(' ');
  return READER_ASKS.test(text) || READER_MAY.test(text) || READER_REQUEST.test(text) || namesReaderRight(text)
    ? 'reader'
    : 'service';
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
/** Words that say the data goes on from whoever got it. */
const ONWARD = new Set(['further', 'onward', 'onwards', 'subsequently']);
/** Words between a subject and its verb ("providers may also disclose"). */
const BETWEEN = new Set([...MODAL_WORDS, 'also', 'then', 'in', 'turn', 'themselves', 'do', 'does']);

/** Whether the clause passes data on from a recipient: an onward word beside a verb of passing, or a party its subject. */
export function flowOf(text: string): Flow {
  const tokens = (text.match(/\p{L}+/gu) ?? []).map((w) => w.toLowerCase());
  const verbs = passVerbsOf();
  for (let i = 0; i < tokens.length; i++) {
    if (!verbs.has(tokens[i]!)) continue;
    if ([tokens[i - 2], tokens[i - 1], tokens[i + 1]].some((w) => w !== undefined && ONWARD.has(w))) return 'onward';
    let k = i - 1;
    while (k >= 0 && BETWEEN.has(tokens[k]!)) k--;
    if (k >= 0 && partiesOf().has(tokens[k]!)) return 'onward';
  }
  return 'first';
}
