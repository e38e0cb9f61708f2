// What a tracking unit states about its trackers by itself, whatever its verb: a consent-first choice (GUIDE T5, T9:
// `conditional opt_in`) or a bounded tracker lifetime (`restrict`, as a bounded retention period). One reading for the
// rules (stance.ts, category tracking) and the model's tracking findings (model/candidates.ts). Words: lexicon.ts
// TRACKING_CONSENT_CHOICE and TRACKER_LIFETIME.
import type { Condition } from '../types';
import { TRACKER_LIFETIME as L, TRACKING_CONSENT_CHOICE as C } from './lexicon';
import { wordsPattern } from './word-pattern';

const words = (list: readonly string[]): RegExp => new RegExp(String.raw`\b${wordsPattern(list)}\b`);

/** "accept or refuse optional cookies", "whether to accept the use of cookies". */
const CHOICE = new RegExp(String.raw`\b${wordsPattern(C.choices)}\s+(?:[\w’'-]+\s+){0,4}?${wordsPattern(C.objects)}\b`);
const BANNER = words(C.banners);
const CHOICE_WORD = words(C.choiceWords);
const CONSENT_TOOL = words(C.consents);
const BROWSER = words(C.browsers);
/** What keeps a clause's choice or banner from being a consent asked first (lexicon TRACKING_CONSENT_CHOICE). */
const NOT_FIRST = words([
  ...C.continuedUse,
  ...C.otherBasis,
  ...C.optOuts,
  ...C.setBefore,
  ...C.withdrawal,
  ...C.deniedAsk,
  ...C.explanations,
  ...C.recorded,
]);
/** Trackers set "before you have made your choice": 'before you' with a choice word a few words on. */
const BEFORE_CHOICE = new RegExp(
  String.raw`\b${wordsPattern(C.beforeChoice)}\s+(?:[\w’'-]+\s+){0,3}?${wordsPattern(C.choiceWords)}`,
);
const ANY_TIME = words(C.anyTime);
const FIRST_CHOICE = words(C.firstChoice);
const FIRST_VISIT = words(C.firstVisit);
const ASK_VERB = words(C.askVerbs);
const NEGATION = new RegExp(String.raw`(?:\b${wordsPattern(C.negations)}\b|${wordsPattern(C.contractions)})`);
/** No consent asked: a negation anywhere before an asking verb in the clause ("we are not required to ask …"). */
const deniedAsk = (clause: string): boolean => {
  const neg = NEGATION.exec(clause);
  return neg !== null && ASK_VERB.test(clause.slice(neg.index));
};
/**
 * A party's own use of a tracker kind ("we use analytics cookies", "our partners set advertising cookies"), for G4;
 * group 1 the words between the party and its verb (a denial there is no use), group 2 the kind.
 */
const OWN_KIND_USE = new RegExp(
  String.raw`\b${wordsPattern(L.users)}\s+((?:(?!to\b)[\w’'-]+\s+){0,2}?)${wordsPattern(L.useVerbs)}\s+(?:[\w’'-]+\s+){0,2}?(${wordsPattern(C.kinds)})\b`,
  'g',
);
const KIND = new RegExp(String.raw`\b${wordsPattern(C.kinds)}\b`, 'g');
const SAME_KIND = new Set<string>(C.sameKinds);
/** One name per tracker kind: "marketing" and "advertising" cookies are the same trackers. */
const kindOf = (kind: string): string => (SAME_KIND.has(kind) ? C.sameKinds[0] : kind);

/** A unit's clauses: its sentences and the parts a semicolon divides. */
const clausesOf = (lower: string): string[] => lower.split(/[;.!?](?=\s|$)/);

/**
 * A clause where the reader accepts or turns down the trackers first, in a banner or a consent tool: a banner counts
 * with a choice in its clause or shown on the first visit ("our cookie banner when you first access our site", T9).
 */
function choiceClause(clause: string): boolean {
  const named =
    (CHOICE.test(clause) && !BROWSER.test(clause)) ||
    (BANNER.test(clause) && (CHOICE_WORD.test(clause) || FIRST_VISIT.test(clause))) ||
    CONSENT_TOOL.test(clause);
  return named && !NOT_FIRST.test(clause) && !BEFORE_CHOICE.test(clause) && !deniedAsk(clause);
}

/**
 * Whether a tracking unit states a consent-first choice over its trackers (`conditional opt_in`, T5, T9): "you can
 * accept or refuse optional cookies", "analytics cookies are only set once you agree to them in our cookie consent
 * banner". Each test is read in the clause that names the choice: not the browser's own setting (T4), consent by
 * browsing on (G7), consent beside a legitimate interest, a banner named as where to opt out (T4), trackers set
 * before the choice or whatever it is, a consent withdrawn later (T9, G7), a denial of asking, a cookie that records
 * the choice (T3), nor a choice offered "at any time" where nothing in its clause says the trackers wait for it (T9:
 * opt-out). Anywhere in the unit outside the choice itself, a party's own use of a tracker kind the choice does not
 * name is a grant (G4): "We use analytics cookies, and you can accept or refuse advertising cookies in the banner".
 */
export function trackingConsentChoice(lower: string): boolean {
  const chosen = clausesOf(lower).filter(choiceClause);
  if (chosen.length === 0) return false;
  // A banner or setting offered "at any time", with no choice over the trackers or consent named in its clause (T9).
  const anyTimeOnly = (c: string): boolean => ANY_TIME.test(c) && !CHOICE.test(c) && !CONSENT_TOOL.test(c);
  if (chosen.some(anyTimeOnly) && !FIRST_CHOICE.test(lower)) return false;
  // G4: uses outside the choice phrase itself; the kinds chosen are those of the chosen clauses less those uses.
  // A use in a chosen clause that waits for the choice ("we use analytics cookies only if you accept them") is none.
  const waits = chosen.filter((c) => FIRST_CHOICE.test(c));
  const rest = waits.reduce((t, c) => t.replace(c, ' '), lower).replace(new RegExp(CHOICE.source, 'g'), ' ');
  const uses = [...rest.matchAll(OWN_KIND_USE)].filter((m) => !NEGATION.test(m[1]!));
  if (uses.length === 0) return true;
  const chosenText = chosen.map((c) => uses.reduce((t, u) => t.replace(u[0], ' '), c)).join(' ');
  const chosenKinds = new Set([...chosenText.matchAll(KIND)].map((m) => kindOf(m[0])));
  return uses.every((u) => chosenKinds.has(kindOf(u[2]!)));
}

const LIFETIME_WORD = new RegExp(
  String.raw`\b${wordsPattern(L.lifetimes)}\b|\b${wordsPattern(L.durations)}\s+(?:[\w’'-]+\s+){0,2}?${wordsPattern(C.objects)}\b`,
  'g',
);
/** …read from each lifetime word on (an anchored test per word keeps the scan linear). */
const BOUND_AFTER = new RegExp(String.raw`^[^.;]{0,60}?\b${wordsPattern(L.bounds)}\b`);
/** A party placing or using the trackers: "we use …", "our advertising partners set …", "cookies set by partners". */
const TRACKER_USE = new RegExp(
  String.raw`\b${wordsPattern(L.users)}\s+(?:[\w’'-]+\s+){0,2}?${wordsPattern(L.useVerbs)}\b|\b${wordsPattern(L.passiveVerbs)}\s+by\s+(?:[\w’'-]+\s+){0,2}?${wordsPattern(L.users)}\b|\b${wordsPattern(L.useVerbs)}\s+(?:[\w’'-]+\s+){0,2}?${wordsPattern(C.objects)}\b`,
);

/**
 * A tracker's lifetime bounded as the unit's main statement: "the lifespan of our cookies is limited to 13 months",
 * "The life span of cookies is thirteen (13) months maximum": a limit (`restrict`). Not beside any party's use of the
 * trackers ("we use analytics cookies, whose lifespan is limited to 13 months", "our advertising partners set cookies
 * whose lifespan is limited to 13 months": G4, T6, the use wins), nor a lifetime with no bound ("up to two years").
 */
export function trackerLifetimeBounded(lower: string): boolean {
  if (TRACKER_USE.test(lower)) return false;
  return [...lower.matchAll(LIFETIME_WORD)].some((m) => BOUND_AFTER.test(lower.slice(m.index + m[0].length)));
}

/** The stance a tracking unit states by itself (above), or null: for rules and model findings alike. */
export function trackingUnitStance(
  lower: string,
): { stance: 'restrict' } | { stance: 'conditional'; condition: Condition } | null {
  if (trackerLifetimeBounded(lower)) return { stance: 'restrict' };
  if (trackingConsentChoice(lower)) return { stance: 'conditional', condition: 'opt_in' };
  return null;
}
