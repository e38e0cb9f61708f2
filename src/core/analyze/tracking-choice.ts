// What a tracking unit states about its trackers by itself, whatever its verb: a consent-first choice (GUIDE T5, T9:
// `conditional opt_in`) or a bounded tracker lifetime (`restrict`, as a bounded retention period). One reading for the
// rules (stance.ts, category tracking) and the model's tracking findings (model/candidates.ts). Words: lexicon.ts
// TRACKING_CONSENT_CHOICE and TRACKER_LIFETIME.
import type { Condition } from '../types';
import { clauseSpans, sentenceClauses } from './clause-split';
import {
  TRACKER_LIFETIME as L,
  TRACKING_CONSENT_CHOICE as C,
  TRACKING_DATA_APART as A,
  TRACKING_OPT_OUT_LABEL as O,
  TRACKERS_OFF_BY_DEFAULT as D,
  TRACKING_BASIS_OBJECTS,
} from './lexicon';
import { plainWords, wordsPattern } from './word-pattern';
import { trimEndChars } from '../normalize/trim-chars';

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
/**
 * A banner or consent tool the reader uses to choose ("accept or refuse cookies by using the cookie banner"): the
 * choice itself, not consent by browsing on, so it is taken out before the vetoes read the clause.
 */
const TOOL_USE = new RegExp(
  String.raw`\b${wordsPattern(C.toolUse)}\s+(?:[\w’'-]+\s+){0,2}?[“"]?${wordsPattern([...C.banners, ...C.consents, ...C.tools])}\b`,
  'g',
);
const OPT_OUT = words(C.optOuts);
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
 * group 2 the kind.
 */
const OWN_KIND_USE = new RegExp(
  String.raw`\b${wordsPattern(L.users)}\s+((?:(?!to\b)[\w’'-]+\s+){0,2}?)${wordsPattern(L.useVerbs)}\s+(?:[\w’'-]+\s+){0,2}?(${wordsPattern(C.kinds)})\b`,
  'g',
);
/** …and a kind always set: "advertising cookies are always on", not set off. */
const ALWAYS_ON_KIND = new RegExp(
  String.raw`()\b(${wordsPattern(C.kinds)})\s+(?:[\w’'-]+\s+)?(?:are|is)\s+${wordsPattern(C.alwaysOn)}\b(?!\s+${wordsPattern(C.alwaysOff)}\b)`,
  'g',
);
const CATCH_ALL_KIND = words(C.catchAllKinds);
/** A consent before the trackers are set, as its clause's condition: "once you accept them", "when you click Accept". */
const CONSENT_GIVEN = new RegExp(
  String.raw`\b${wordsPattern(C.consentWhen)}\s+you\s+(?:[\w’'-]+\s+)?[“"]?${wordsPattern(C.consentActs)}\b`,
);
export const consentGiven = (clause: string): boolean => CONSENT_GIVEN.test(clause);

const KIND = new RegExp(String.raw`\b${wordsPattern(C.kinds)}\b`, 'g');
const SAME_KIND = new Set<string>(C.sameKinds);
/** One name per tracker kind: "marketing" and "advertising" cookies are the same trackers. */
const kindOf = (kind: string): string => (SAME_KIND.has(kind) ? C.sameKinds[0] : kind);
const kindsOf = (text: string): Set<string> => new Set([...text.matchAll(KIND)].map((m) => kindOf(m[0])));

/**
 * G4's uses of a tracker kind in a text: a party's own use of a kind ("we use analytics cookies", "our partners set
 * advertising cookies") and a kind always on; none denied, before the verb or after it ("we do not use", "we use no advertising cookies", "we use neither advertising nor social media cookies").
 */
interface KindUse {
  text: string;
  kind: string;
  alwaysOn: boolean;
}
const kindUses = (text: string): KindUse[] =>
  [
    ...[...text.matchAll(OWN_KIND_USE)].map((m) => ({ m, alwaysOn: false })),
    ...[...text.matchAll(ALWAYS_ON_KIND)].map((m) => ({ m, alwaysOn: true })),
  ]
    .filter(({ m }) => !NEGATION.test(m[0]))
    .map(({ m, alwaysOn }) => ({ text: m[0], kind: kindOf(m[2]!), alwaysOn }));

/**
 * G4: whether a use (kindUses) is of a kind the consent does not cover, `covering` being the text of every clause the
 * consent or choice is stated in (the union of their kinds; "advertising" and "marketing" are one kind). Where those
 * clauses name a catch-all kind ("non-essential cookies, such as analytics cookies"), or with `unnamedCovers` no kind,
 * a party's ordinary use may be of the same trackers under the same consent: only a kind always on counts. unitChoice
 * reads a banner or choice that names no kind as silent on a kind in use ("You will first get a consent banner, and if
 * you accept, we will set advertising cookies" keeps the use's grant); stance.ts's consent reading has the act's own
 * clause among the covering ones, so a consent there that names no kind covers an ordinary use.
 */
function usedBeyond(uses: readonly KindUse[], covering: string, unnamedCovers: boolean): boolean {
  const kinds = kindsOf(covering);
  const coversAll = (unnamedCovers && kinds.size === 0) || CATCH_ALL_KIND.test(covering);
  return uses.some((u) => !kinds.has(u.kind) && (u.alwaysOn || !coversAll));
}

/**
 * A clause where the reader accepts or turns down the trackers first, in a banner or a consent tool: a banner counts
 * with a choice in its clause or shown on the first visit ("our cookie banner when you first access our site", T9).
 */
function choiceClause(clause: string): boolean {
  const named =
    (CHOICE.test(clause) && !BROWSER.test(clause)) ||
    (BANNER.test(clause) && (CHOICE_WORD.test(clause) || FIRST_VISIT.test(clause))) ||
    CONSENT_TOOL.test(clause);
  return named && !NOT_FIRST.test(clause.replace(TOOL_USE, ' ')) && !BEFORE_CHOICE.test(clause) && !deniedAsk(clause);
}

/** A clause that says the trackers wait for the choice, and is no opt-out ("when you first visit, you can disable …"). */
const waitsForChoice = (clause: string): boolean => FIRST_CHOICE.test(clause) && !OPT_OUT.test(clause);

/**
 * Whether a tracking unit states a consent-first choice over its trackers (`conditional opt_in`, T5, T9): "you can
 * accept or refuse optional cookies", "analytics cookies are only set once you agree to them in our cookie consent
 * banner". Each test is read in the clause that names the choice: not the browser's own setting (T4), consent by
 * browsing on (G7), consent beside a legitimate interest, a banner named as where to opt out (T4), trackers set
 * before the choice or whatever it is, a consent withdrawn later (T9, G7), a denial of asking, a cookie that records
 * the choice (T3), nor a choice offered "at any time" where nothing in its clause says the trackers wait for it (T9:
 * opt-out). Anywhere in the unit outside the choice itself, a party's own use of a tracker kind the choice does not
 * name is a grant (G4): "We use analytics cookies, and you can accept or refuse advertising cookies in the banner".
 * With `at` (the finding's action), the choice must also govern the trackers of the clause holding it (trackingScope).
 */
export function trackingConsentChoice(lower: string, at?: number): boolean {
  if (!unitChoice(lower)) return false;
  return at === undefined || unitChoice(trackingScope(lower, at));
}

function unitChoice(lower: string): boolean {
  const clauses = sentenceClauses(lower);
  const chosen = clauses.filter(choiceClause);
  if (chosen.length === 0) return false;
  // A banner or setting offered "at any time", with no choice over the trackers or consent named in its clause (T9),
  // unless a clause that is no opt-out says the trackers wait for the choice.
  const anyTimeOnly = (c: string): boolean => ANY_TIME.test(c) && !CHOICE.test(c) && !CONSENT_TOOL.test(c);
  if (chosen.some(anyTimeOnly) && !clauses.some(waitsForChoice)) return false;
  // G4: uses outside the choice phrase itself; the kinds chosen are those of the chosen clauses less those uses.
  // A use in a chosen clause that waits for the choice ("we use analytics cookies only if you accept them") is none.
  const waits = chosen.filter(waitsForChoice);
  const rest = waits.reduce((t, c) => t.replace(c, ' '), lower).replace(new RegExp(CHOICE.source, 'g'), ' ');
  const uses = kindUses(rest);
  if (uses.length === 0) return true;
  return !usedBeyond(uses, chosen.map((c) => uses.reduce((t, u) => t.replace(u.text, ' '), c)).join(' '), false);
}

const TRACKER = new RegExp(String.raw`\b${wordsPattern(C.trackers)}s?\b`, 'g');
/** Where a choice is made ("cookie banner", "cookie settings"): its "cookie" names no tracker. */
const TOOL_NAME = new RegExp(String.raw`\b${wordsPattern([...C.banners, ...C.consents, ...C.tools])}\b`, 'g');
const CATCH_ALL = new Set<string>(C.catchAll);
/** One name per tracker: "cookies" and "cookie", "technologies" and "technology". */
const trackersOf = (text: string): Set<string> =>
  new Set(
    [...text.replace(TOOL_NAME, ' ').matchAll(TRACKER)].map((m) =>
      m[0]
        .replace(/\s+/g, ' ')
        .replace(/technologies$/, 'technology')
        .replace(/s$/, ''),
    ),
  );

/** Whether two clauses' trackers can be the same: one named in both, or a catch-all word on either side. */
const sameTrackers = (a: Set<string>, b: Set<string>): boolean =>
  [...a, ...b].some((t) => CATCH_ALL.has(t)) || [...a].some((t) => b.has(t));

/**
 * Whether what one clause says about trackers (a choice, a consent) governs the trackers of another: it names none of
 * its own (it points back, "you can accept or refuse them in our cookie banner", "if you agree"); or the other names
 * none ("We measure visits with Acme Analytics; you can accept or refuse analytics cookies") or the same ones; and,
 * where both name kinds, they share one ("we use analytics cookies; you can accept or refuse analytics cookies").
 */
function governs(clause: string, other: string): boolean {
  const named = trackersOf(clause);
  if (named.size === 0) return true;
  const otherNamed = trackersOf(other);
  if (otherNamed.size > 0 && !sameTrackers(named, otherNamed)) return false;
  const kinds = kindsOf(clause);
  const otherKinds = kindsOf(other);
  return kinds.size === 0 || otherKinds.size === 0 || [...otherKinds].some((k) => kinds.has(k));
}

/**
 * `lower` with the clauses that do not govern the trackers of the clause holding `at` blanked (same length, so
 * offsets hold): a choice or consent read only for the act it is about. "We share device identifiers with advertising
 * networks; you can accept or refuse cookies in the cookie banner": the cookie choice does not govern the sharing.
 */
export function trackingScope(lower: string, at: number): string {
  const pieces = clauseSpans(lower, true);
  const own = pieces.find(([s, e]) => s <= at && at < e) ?? pieces[pieces.length - 1];
  if (!own) return lower;
  const ownText = lower.slice(own[0], own[1]);
  let out = '';
  for (const [s, e] of pieces) {
    const text = lower.slice(s, e);
    out += s === own[0] || governs(text, ownText) ? text : text.replace(/[^;.!?]/g, ' ');
  }
  return out;
}

const ACCEPT_WORD = new RegExp(String.raw`^${wordsPattern(C.accepts)}$`);
const ACCEPTED = new Set<string>([...C.acceptedObjects, ...C.objects, ...C.banners, ...C.consents]);
/** The longest accepted phrase, in words. */
const ACCEPTED_WORDS = Math.max(...[...ACCEPTED].map((p) => p.split(' ').length));
const READER = new Set<string>(C.readers);
const LATER_CASE = words(C.laterCases);
const DEVICE_SETTINGS = words(C.deviceSettings);
/**
 * The reader's acceptance of the trackers, as the case that lifts a denial: the reader first, an accepting word within
 * three words, and what is accepted within four more ("unless you accept them in our banner", "unless you agree to
 * their use"), with no further case of the service's own after it ("… or we have a legitimate business reason"). Not
 * "unless it is necessary for security; you may accept …" (another clause's reader) nor "unless you accept these
 * Terms" (no tracker accepted). Stepped word by word: as one regex, its two word gaps were polynomial for recheck.
 */
function readerAccepts(lower: string): boolean {
  const w = plainWords(lower);
  if (!READER.has(w[0] ?? '')) return false;
  const phrase = (i: number, n: number): string => w.slice(i, i + n).join(' ');
  for (let j = 1; j <= 3 && j < w.length; j++) {
    const n = ACCEPT_WORD.test(w[j]!) ? 1 : ACCEPT_WORD.test(phrase(j, 2)) ? 2 : 0;
    if (n === 0) continue;
    for (let k = j + n; k <= j + n + 3 && k < w.length; k++)
      for (let m = 1; m <= ACCEPTED_WORDS; m++)
        if (ACCEPTED.has(phrase(k, m))) return !LATER_CASE.test(phrase(k, w.length));
  }
  return false;
}
/**
 * Whether an exception case to a denied tracking act is the reader's acceptance ("We do not set advertising cookies
 * unless you accept them in our cookie banner": conditional opt_in, T5), not browsing on, a withdrawal, the browser or
 * the device's settings (G7, T4).
 */
export function trackingAcceptance(exceptionCase: string): boolean {
  const lower = exceptionCase.toLowerCase();
  return (
    readerAccepts(lower) &&
    !NOT_FIRST.test(lower.replace(TOOL_USE, ' ')) &&
    !BROWSER.test(lower) &&
    !DEVICE_SETTINGS.test(lower)
  );
}

/**
 * G4 beside a consent or a control read in the act's clause: another clause of the unit, stating no condition of its own
 * (`conditioned`: the stance reader's consent and opt-out words), where a party uses or always has on a tracker kind
 * that neither the act's clause nor any conditioned clause names (usedBeyond). "We set analytics cookies only if you
 * accept them; advertising cookies are always on" grants the advertising cookies, and grant is the wider right; "We use
 * advertising cookies only with your consent, and our partners use advertising cookies …" is one consent.
 */
export function kindTrackedRegardless(lower: string, at: number, conditioned: (clause: string) => boolean): boolean {
  const pieces = clauseSpans(lower, true).map(([s, e]) => ({ s, text: lower.slice(s, e) }));
  const own = pieces.find(({ s, text }) => s <= at && at < s + text.length);
  if (!own) return false;
  const covering = pieces.filter((p) => p === own || conditioned(p.text));
  const uses = pieces.filter((p) => !covering.includes(p)).flatMap((p) => kindUses(p.text));
  return usedBeyond(uses, covering.map((p) => p.text).join(' '), true);
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

/** "is not", "cannot", "isn't", "won't": an auxiliary, then a negation or a contraction (TRACKING_CONSENT_CHOICE's). */
const DENIAL = String.raw`\b${wordsPattern(A.auxiliaries)}(?:\s*${wordsPattern(C.negations)}\b|${wordsPattern(C.contractions)})`;
const KEPT_APART = new RegExp(
  String.raw`${DENIAL}\s+(?:be\s+)?(?:${wordsPattern(A.between)}\s+)?${wordsPattern(A.keptApart)}\s+(?:with|to)\s+(?:any\s+)?${wordsPattern(A.others)}\b`,
);
const FURTHER_ACT = words(A.furtherActs);
const RELATIVE_BEFORE = new RegExp(String.raw`\b${wordsPattern(A.relatives)}\s+$`);
const DENIAL_LIFTED = words(A.exceptions);
const LATER_CLAUSE = new RegExp(String.raw`[,;:]|\b${wordsPattern(A.laterClauses)}\b`);
/**
 * Tracking data kept apart from other data as the unit's main statement: "The IP address transmitted by your browser
 * in the context of Acme Analytics is not merged with other Acme data" = `restrict` (G4: the main clause is the
 * limit). Only in the unit's last clause with nothing after "other … data" but what names it ("… with any other data
 * held by Acme"): a later clause ("…; it is shared with our advertising partners", "…, but Acme may use it …") is the
 * wider right. Not beside any party's use of the trackers ("We use Acme Analytics; the data is not merged with …": the
 * use wins, G4), nor before a further act ("… and is used for tracking visitor activity") or in a relative clause
 * ("our analytics cookies collect your IP address, which is not merged with other data"), nor a denial about the
 * person rather than other data ("cannot be linked to you": T7, it narrows scope), nor with a case that lifts it
 * ("… without your consent", "… until you log in": stance.ts reads the exception).
 */
export function trackingDataKeptApart(lower: string): boolean {
  const m = KEPT_APART.exec(lower);
  if (!m) return false;
  if (RELATIVE_BEFORE.test(lower.slice(Math.max(0, m.index - 8), m.index))) return false;
  const end = m.index + m[0].length;
  const last = clauseSpans(lower, true).at(-1);
  if (!last || m.index < last[0]) return false;
  const after = trimEndChars(lower.slice(end), /[\s.!?]/);
  return (
    !LATER_CLAUSE.test(after) && !FURTHER_ACT.test(after) && !DENIAL_LIFTED.test(after) && !TRACKER_USE.test(lower)
  );
}

const OFF_BY_DEFAULT = new RegExp(
  String.raw`\b${wordsPattern(C.trackers)}s?\s+(?:[\w’'-]+\s+){0,2}?${wordsPattern(D.be)}\s+${wordsPattern(D.offStates)}\b`,
);
/** A negation among the two words before the trackers ("No advertising cookies are disabled by default"). */
const NEGATION_WORD = new RegExp(String.raw`^${wordsPattern(C.negations)}$`);
/** …a state that follows an event ("automatically deactivated when you leave the website"), not a default. */
const LATER_EVENT = new RegExp(String.raw`^[\s,]*(?:[\w’'-]+\s+)?${wordsPattern(D.laterEvents)}\b`);
/**
 * Trackers off until the reader turns them on, said of the trackers themselves in the clause holding `at` (the
 * finding's action; the whole unit without it): "This type of cookie is automatically disabled and can be configured
 * to your particular preferences" = `conditional opt_in` (G7, T5); not of a feature ("we use cookies to remember your
 * preferences; this feature is disabled by default"), not denied ("No advertising cookies are disabled by default"),
 * not the default of some browsers (T4: "… disabled by default in some browsers"), not a state after an event ("…
 * automatically disabled after 30 days"). Any party's use of another kind in the unit, or a kind always on, stays a
 * grant (G4): "Analytics cookies remain disabled by default, but advertising cookies are always on".
 */
export function trackersOffByDefault(lower: string, at?: number): boolean {
  const pieces = clauseSpans(lower, true);
  const own = at === undefined ? undefined : pieces.find(([s, e]) => s <= at && at < e);
  const [from, to] = own ?? [0, lower.length];
  const clause = lower.slice(from, to);
  const m = OFF_BY_DEFAULT.exec(clause);
  if (!m) return false;
  if (
    plainWords(clause.slice(0, m.index))
      .slice(-2)
      .some((w) => NEGATION_WORD.test(w))
  )
    return false;
  const after = clause.slice(m.index + m[0].length);
  if (BROWSER.test(after) || LATER_EVENT.test(after)) return false;
  const uses = kindUses(lower.slice(0, from) + ' ' + after.replace(/^[^,;]*/, '') + ' ' + lower.slice(to));
  return !usedBeyond(uses, clause.slice(0, m.index + m[0].length), false);
}

/** Cheap gates before the two readings above: one of their own words. */
const OFF_CUE = /default|disabled|deactivated/;
const APART_CUE = /merg|combin|link|associat|connect|match|join/;
/** The stance a tracking unit states by itself (above), or null: for rules and model findings alike. */
export function trackingUnitStance(
  lower: string,
  at?: number,
): { stance: 'restrict' } | { stance: 'conditional'; condition: Condition } | null {
  if (trackerLifetimeBounded(lower) || (APART_CUE.test(lower) && trackingDataKeptApart(lower)))
    return { stance: 'restrict' };
  if (trackingConsentChoice(lower, at) || (OFF_CUE.test(lower) && trackersOffByDefault(lower, at)))
    return { stance: 'conditional', condition: 'opt_in' };
  return null;
}

/** …a label's opt-out and its object, within four words (quotes and slashes between them). */
const OPT_OUT_LABEL = new RegExp(
  String.raw`\b${wordsPattern(O.optOuts)}\s+(?:[\w’'“”"/-]+\s+){0,4}?[“"]?${wordsPattern(O.objects)}\b`,
);
/** …an object that names tracking itself, not only the sale or sharing of data. */
const TRACKING_OBJECT = words(O.objects.filter((o) => !(O.dataObjects as readonly string[]).includes(o)));
const AD_WORD = words(O.adWords);
const LIMIT_LABEL = new RegExp(String.raw`^\W*${wordsPattern(O.limits)}\b`);
const REGARDLESS = words(O.regardless);
/**
 * Whether a unit's lead label (the words before its body, lead-label.ts bodyStart) offers the opt-out of the tracking
 * its body states: "Right to Opt Out of Sale/Targeted Advertising: … we provide your personal information to third
 * parties for targeted advertising" = `conditional opt_out` (GUIDE S3, T4), as "you have the right to opt out of
 * targeted advertising: we provide …" is. Not a label about something else ("Opt out of marketing emails."), nor one
 * that opens on a limit or a consequence of the opt-out ("Effect of Opting Out of Targeted Advertising:", "No Opt Out
 * of Tracking:"), nor over a body that says the tracking goes on whatever the opt-out ("Even if you opt out, we may
 * still use cookies …": G8, a grant). An opt-out of the sale or sharing of data covers only a body's advertising or
 * partners, not its own analytics ("Right to Opt Out of Sale: We use cookies to analyze how visitors use our
 * website" is a grant).
 */
export function trackingOptOutLabel(label: string, body: string): boolean {
  const lowerLabel = label.toLowerCase();
  const lowerBody = body.toLowerCase();
  if (LIMIT_LABEL.test(lowerLabel) || REGARDLESS.test(lowerBody)) return false;
  const m = OPT_OUT_LABEL.exec(lowerLabel);
  if (!m) return false;
  return TRACKING_OBJECT.test(lowerLabel.slice(m.index)) || AD_WORD.test(lowerBody);
}

/** A label naming consent and nothing else, with any article in brackets, then a colon: "Consent (Art. 6(1)(a)):". */
const CONSENT_LABEL = new RegExp(String.raw`^[^\w’'-]*${wordsPattern(C.consentLabels)}\s*(?:\([^:]{0,30}?\)\s*)?:\s`);
const BASIS_OBJECT = new RegExp(String.raw`\b${wordsPattern(TRACKING_BASIS_OBJECTS)}(?!\w)`);
const phraseWords = (p: string): string => ` ${plainWords(p).join(' ')} `;
const BASIS_EXCLUSIONS = [...C.continuedUse, ...C.otherBasis, ...C.basisExclusions].map(phraseWords);
/**
 * Whether a unit names, beside consent as the legal basis, what makes that consent no opt-in (lexicon
 * TRACKING_CONSENT_CHOICE basisExclusions): another basis (G5), consent only in some cases (G5), or consent by use or by
 * accepting the terms (G7). Looked up as phrases of plain words: one regex of them all would be polynomial.
 */
export function consentBasisExcluded(lower: string): boolean {
  const flat = phraseWords(lower);
  return BASIS_EXCLUSIONS.some((p) => flat.includes(p));
}
/** Whether a clause names what consent as the legal basis is for: trackers, ads or analytics. */
export const namesBasisObject = (clause: string): boolean => BASIS_OBJECT.test(clause);
/**
 * Whether a unit opens on a label naming consent as the legal basis of the tracking its body states at once: "Consent
 * (Art. 6(1)(a)): For the use of non-essential cookies and interest-based advertising" = `conditional opt_in` (T5), as
 * "we rely on your consent to …" is. The body's first clause must name the trackers ("Consent: We will ask for your
 * consent before sending marketing emails, and we use cookies …" is consent to the emails). Not over a body that gives
 * consent by use or by accepting the terms (G7), names another basis or consent only in some cases (G5), or denies
 * anything ("Consent: we do not need your consent for analytics cookies"). Read on the whole unit: the lead-label
 * reader cuts "Art." short.
 */
export function trackingConsentLabel(unit: string): boolean {
  const lower = unit.toLowerCase();
  const m = CONSENT_LABEL.exec(lower);
  if (!m) return false;
  const body = lower.slice(m[0].length);
  const first = body.split(/[,;.:]/, 1)[0] ?? '';
  return namesBasisObject(first) && !consentBasisExcluded(body) && !NEGATION.test(body);
}
