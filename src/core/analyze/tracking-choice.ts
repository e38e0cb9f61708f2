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
const ANY_TIME = words(C.anyTime);
const FIRST_CHOICE = words(C.firstChoice);
/** The service's own use of a tracker kind ("we use analytics cookies"), for G4. */
const OWN_KIND_USE = new RegExp(
  String.raw`\bwe\s+(?:[\w’'-]+\s+){0,2}?(?:use|uses|set|sets|place|places|deploy)\s+(?:[\w’'-]+\s+){0,2}?(${wordsPattern(C.kinds)})\b`,
);
const KIND = new RegExp(String.raw`\b${wordsPattern(C.kinds)}\b`, 'g');

/** A unit's clauses: its sentences, the parts a semicolon divides, and a lead-in ending in a colon. */
const clausesOf = (lower: string): string[] => lower.split(/[;.!?](?=\s|$)/);

/**
 * A clause where the reader accepts or turns down the trackers first, in a banner or a consent tool: a banner counts
 * with a choice in its clause or shown before the trackers ("our cookie banner when you first access our site", T9).
 */
function choiceClause(clause: string): boolean {
  const named =
    (CHOICE.test(clause) && !BROWSER.test(clause)) ||
    (BANNER.test(clause) && (CHOICE_WORD.test(clause) || FIRST_CHOICE.test(clause))) ||
    CONSENT_TOOL.test(clause);
  return named && !NOT_FIRST.test(clause);
}

/**
 * Whether a tracking unit states a consent-first choice over its trackers (`conditional opt_in`, T5, T9): "you can
 * accept or refuse optional cookies", "analytics cookies are only set once you agree to them in our cookie consent
 * banner". Each test is read in the clause that names the choice: not the browser's own setting (T4), consent by
 * browsing on (G7), consent beside a legitimate interest, a banner named as where to opt out (T4), trackers set
 * before the choice or a consent withdrawn later (T9, G7), a cookie that records the choice (T3), nor a choice
 * offered "at any time" where nothing in the unit says the trackers wait for it (T9: opt-out). Beside it, the
 * service's own use of a tracker kind the choice does not name is a grant (G4): "We use analytics cookies; you can
 * accept or refuse advertising cookies in the banner".
 */
export function trackingConsentChoice(lower: string): boolean {
  const clauses = clausesOf(lower);
  const chosen = clauses.filter(choiceClause);
  if (chosen.length === 0) return false;
  // A banner or setting offered "at any time", with no choice over the trackers or consent named in its clause (T9).
  const anyTimeOnly = (c: string): boolean => ANY_TIME.test(c) && !CHOICE.test(c) && !CONSENT_TOOL.test(c);
  if (chosen.some(anyTimeOnly) && !FIRST_CHOICE.test(lower)) return false;
  const chosenKinds = new Set(chosen.flatMap((c) => [...c.matchAll(KIND)].map((m) => m[0])));
  return !clauses.some((c) => {
    const use = chosen.includes(c) ? null : OWN_KIND_USE.exec(c);
    return use !== null && !chosenKinds.has(use[1]!);
  });
}

const LIFETIME_WORD = new RegExp(String.raw`\b${wordsPattern(L.lifetimes)}\b`, 'g');
/** …read from each lifetime word on (an anchored test per word keeps the scan linear). */
const BOUND_AFTER = new RegExp(String.raw`^[^.;]{0,60}?\b${wordsPattern(L.bounds)}\b`);
/** A party placing or using the trackers: "we use …", "our advertising partners set …", "cookies set by partners". */
const TRACKER_USE = new RegExp(
  String.raw`\b${wordsPattern(L.users)}\s+(?:[\w’'-]+\s+){0,2}?${wordsPattern(L.useVerbs)}\b|\b(?:set|placed|used|served|dropped|deployed|installed)\s+by\s+(?:[\w’'-]+\s+){0,2}?${wordsPattern(L.users)}\b`,
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
