// The rewrites of the data_sharing probe (scripts/eval/perturb-sharing.ts): each keeps a unit's meaning and its stance,
// written from how privacy policies say a condition, a denial, the act and its recipients, not from the rules. Apart
// from the probe so that a unit test can hold each to sentences it must and must not change
// (test/unit/gold/sharing-rewrites.test.ts).

import { cased } from './rewrite-case';

/** Every match of `from` (case-insensitive) as `to`, keeping the first letter's case. */
const replace =
  (from: RegExp, to: string) =>
  (s: string): string =>
    s.replace(new RegExp(from.source, 'gi'), (m) => cased(m, to));
/** A sentence's first word lowered unless it is a name or an acronym. */
const lowerFirst = (s: string): string =>
  /^[A-Z][a-z]/.test(s) && !/^Acme\b/.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s;

/** The user's consent as a trailing phrase: "with your (prior, express …) consent / permission". */
const WITH_CONSENT = /\bwith your (?:(?:prior|express|explicit|affirmative|specific)\s+)?(?:consent|permission)\b/;
/** A condition that can stand at the front or the end of a sentence. */
const CONDITION = String.raw`with your (?:(?:prior|express|explicit|affirmative|specific)\s+)?(?:consent|permission)|(?:only )?if you (?:agree|consent|opt[\s-]in|choose to [\w\s]{1,30}|ask us to|direct us to)|(?:only )?where you have (?:consented|opted[\s-]in|agreed)|unless you (?:opt[\s-]out|object)`;
const CONDITION_AT_END = new RegExp(String.raw`,?\s(${CONDITION})$`);
const CONDITION_AT_FRONT = new RegExp(String.raw`^(${CONDITION}),\s`, 'i');
/** A sentence's body and its final stop ("." or ";", "." when it has none). */
const stopOf = (s: string): [string, string] => {
  const t = s.trimEnd();
  return /[.;]$/.test(t) ? [t.slice(0, -1), t.slice(-1)] : [t, '.'];
};

/** Verbs of the act, each form, and the preposition its recipient takes. */
const VERBS: Record<string, { forms: [string, string, string, string]; to: string }> = {
  share: { forms: ['share', 'shares', 'shared', 'sharing'], to: 'with' },
  disclose: { forms: ['disclose', 'discloses', 'disclosed', 'disclosing'], to: 'to' },
  provide: { forms: ['provide', 'provides', 'provided', 'providing'], to: 'to' },
  transfer: { forms: ['transfer', 'transfers', 'transferred', 'transferring'], to: 'to' },
  give: { forms: ['give', 'gives', 'given', 'giving'], to: 'to' },
};
/**
 * The verb `from` as `to` where a recipient follows within the same clause ("share your data with partners" →
 * "disclose your data to partners"); the preposition goes with it. "make … available" keeps its object between.
 */
const swapVerb =
  (from: keyof typeof VERBS, to: keyof typeof VERBS | 'make available') =>
  (s: string): string => {
    const f = VERBS[from]!;
    // The object opens on a determiner or a kind of data ("sharing of" and "Sharing Upon Your Request" are nouns), and
    // the preposition opens a recipient, not the reader's consent ("share it with your consent").
    const re = new RegExp(
      String.raw`\b(${f.forms.join('|')})(\s(?:your|personal|the|this|that|these|such|certain|some|any|our|their|information|data|it|them|content|links?)\b[^.;:()]{0,80}?)\b${f.to}\b(?!\s+(?:your|the\s+user['’]s|their)\s+(?:\w+\s+)?(?:consent|permission|direction|request|instructions?|authori[sz]ation)\b)`,
      'gi',
    );
    return s.replace(re, (m, verb: string, obj: string) => {
      const i = f.forms.indexOf(verb.toLowerCase() as never);
      if (to === 'make available') {
        const made = ['make', 'makes', 'made', 'making'][i]!;
        return cased(m, `${made}${obj.trimEnd()} available to`);
      }
      const t = VERBS[to]!;
      return cased(m, `${t.forms[i]!}${obj}${t.to}`);
    });
  };

const SHARE_VERB = String.raw`(share|disclose|sell|rent|transfer|provide|give|release|pass|make)`;
const PAST: Record<string, string> = {
  share: 'shared',
  disclose: 'disclosed',
  sell: 'sold',
  rent: 'rented',
  transfer: 'transferred',
  provide: 'provided',
  give: 'given',
  release: 'released',
  pass: 'passed',
  make: 'made',
};

export const REWRITES: Record<string, (s: string) => string> = {
  // Conditions.
  'consent→if you agree': replace(WITH_CONSENT, 'if you agree'),
  'consent→only where opted in': replace(WITH_CONSENT, 'only where you have opted in'),
  'if you agree→with your consent': replace(/\bif you (?:agree|consent)(?: to (?:this|it))?\b/, 'with your consent'),
  'opted in→with your consent': replace(
    /\b(?:only )?(?:where|if) you have (?:opted[\s-]in|consented)(?: to (?:this|it))?/,
    'with your consent',
  ),
  'unless opt out→unless you object': replace(/\bunless you opt[\s-]?out\b/, 'unless you object'),
  'unless object→unless opt out': replace(/\bunless you object\b/, 'unless you opt out'),
  // A bare opt-out only: "opt out of the sale" keeps its object where it is.
  'opt out→at any time': (s) =>
    s.replace(/\byou (can|may) opt[\s-]?out(?=[.,;]|$)/gi, (m, v: string) => cased(m, `you ${v} opt out at any time`)),
  'condition→front': (s) => {
    const [body, stop] = stopOf(s);
    const m = CONDITION_AT_END.exec(body);
    const rest = m ? body.slice(0, m.index) : '';
    return m && /^[A-Z]/.test(rest) && rest.length > 12 && !/[;:]/.test(rest)
      ? `${cased('X', m[1]!)}, ${lowerFirst(rest)}${stop}`
      : s;
  },
  'condition→end': (s) => {
    const [body, stop] = stopOf(s);
    const m = CONDITION_AT_FRONT.exec(body);
    const rest = m ? body.slice(m[0].length) : '';
    return m && /^[a-z]/.test(rest) && rest.length > 12 && !/[;:]/.test(rest)
      ? `${cased('X', rest)} ${m[1]!.toLowerCase()}${stop}`
      : s;
  },
  // Denials.
  'do not→will never': (s) =>
    s.replace(/\b(we|acme)\s+(?:do not|don[’']t)\b/gi, (m, w: string) => cased(m, `${w} will never`)),
  'do not→won’t': (s) => s.replace(/\b(we|acme)\s+(?:do not|don[’']t)\b/gi, (m, w: string) => cased(m, `${w} won’t`)),
  'never→do not': (s) => s.replace(/\b(we|acme)\s+(?:will\s+)?never\b/gi, (m, w: string) => cased(m, `${w} do not`)),
  'will not→do not': (s) =>
    s.replace(/\b(we|acme)\s+(?:will not|won[’']t)\b/gi, (m, w: string) => cased(m, `${w} do not`)),
  // The object keeps its own words ("any data" is not "personal information"): a denial of the same scope (G6).
  'denial→passive "… is not shared"': (s) =>
    s.replace(
      new RegExp(
        String.raw`\bwe (?:do not|don[’']t|will not|won[’']t|never|will never) ${SHARE_VERB} ((?:your |any )?(?:personal )?(?:information|data))\b`,
        'gi',
      ),
      (m, v: string, object: string) =>
        cased(
          m,
          /^any\s/i.test(object)
            ? `no ${object.slice(4)} is ${PAST[v.toLowerCase()]!}`
            : `${object} is not ${PAST[v.toLowerCase()]!}`,
        ),
    ),
  'do not share→don’t rent, sell or share': (s) =>
    s.replace(/\b(we|acme)\s+(?:do not|don[’']t|will not|won[’']t|never)\s+share\b/gi, (m, w: string) =>
      cased(m, `${w} don’t rent, sell or share`),
    ),
  'except→other than': replace(/\bexcept\b(?! (?:as|where|when|if|that)\b)/, 'other than'),
  'unless required by law→except as required by law': replace(
    /\bunless (?:we are |it is )?(?:required|compelled) (?:to do so )?by (?:applicable )?law\b/,
    'except as required by law',
  ),
  'except as required→unless required': replace(
    /\bexcept as (?:required|compelled) by (?:applicable )?law\b/,
    'unless required by law',
  ),
  // The act.
  'share→disclose': swapVerb('share', 'disclose'),
  'share→provide': swapVerb('share', 'provide'),
  'share→transfer': swapVerb('share', 'transfer'),
  'share→make available': swapVerb('share', 'make available'),
  'disclose→share': swapVerb('disclose', 'share'),
  'provide→share': swapVerb('provide', 'share'),
  'share with→give access to': (s) =>
    s.replace(
      /\bshare (your (?:personal )?(?:information|data)|personal (?:information|data)|this information|such information) with ([^.,;:()]{2,60}?)(?=[.,;:()]|\s+(?:for|to|in|with|who|that|when|if|unless|only|except|as|so)\b|$)/gi,
      (m, obj: string, to: string) => cased(m, `give ${to} access to ${obj}`),
    ),
  // The recipients.
  'third parties→other companies': replace(/\bthird[\s-]parties\b/, 'other companies'),
  'third parties→partners': replace(/\bthird[\s-]parties\b/, 'partners'),
  'partners→third parties': replace(/\b(?:business |trusted )?partners\b/, 'third parties'),
  'third parties→advertisers': replace(/\bthird[\s-]parties\b/, 'advertisers'),
  'affiliates→related companies': replace(/\baffiliates\b/, 'related companies'),
  'service providers→vendors': replace(/\bservice providers\b/, 'vendors'),
};
