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

/** Who can be the reader, and what the reader does that starts an act ("permit you to request that we:"). */
const READER = new Set([
  'you',
  'user',
  'users',
  'consumer',
  'consumers',
  'customer',
  'customers',
  'resident',
  'residents',
]);
const ASKS = /^(?:request|ask|object|opt|exercise|withdraw|choose|instruct|direct)s?$/;
/** A right or ability given to the reader after "you" ("you may", "you also can", "you are entitled"). */
const MAY = new Set(['may', 'can', 'could', 'entitled']);
/** The reader's request as the occasion: "upon your request", "at your direction", "your verified consumer request". */
const OCCASION = new Set(['upon', 'on', 'at', 'by', 'per', 'following', 'your']);
const REQUEST = /^(?:requests?|instructions?|direction)$/;
/** "we reserve the right to", "has a right to": the writer keeps the right; else "Right to Delete" names the reader's. */
const KEEPS = /^(?:reserves?|retains?|keeps?|have|has)$/;

const tokensOf = (text: string): string[] => (text.match(/\p{L}+/gu) ?? []).map((w) => w.toLowerCase());

/** Whether any of the `n` tokens after `i` passes `test`. */
const within = (tokens: readonly string[], i: number, n: number, test: (w: string) => boolean): boolean =>
  tokens.slice(i + 1, i + 1 + n).some(test);

function readerHolds(tokens: readonly string[]): boolean {
  return tokens.some((w, i) => {
    if (READER.has(w) && within(tokens, i, 3, (x) => ASKS.test(x))) return true;
    if (w === 'you' && within(tokens, i, 2, (x) => MAY.has(x))) return true;
    if (
      w === 'you' &&
      ['have', 'has'].includes(tokens[i + 1] ?? '') &&
      within(tokens, i + 1, 2, (x) => x.startsWith('right'))
    )
      return true;
    if (OCCASION.has(w) && within(tokens, i, 3, (x) => REQUEST.test(x))) return true;
    if ((w === 'right' || w === 'rights') && tokens[i + 1] === 'to')
      return !(['the', 'a', 'all'].includes(tokens[i - 1] ?? '') && KEEPS.test(tokens[i - 2] ?? ''));
    return false;
  });
}

/** Who holds what the clause says, read from it and the lead-ins of the lists it is an item of. */
export function holderOf(clause: Pick<Clause, 'text' | 'leads'>): Holder {
  return readerHolds(tokensOf([...(clause.leads ?? []), clause.text].join(' '))) ? 'reader' : 'service';
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
  const tokens = tokensOf(text);
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
