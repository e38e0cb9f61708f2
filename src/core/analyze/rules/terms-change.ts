// terms_change: the company can change the terms unilaterally; continued use counts as acceptance. Changes of the
// service and its prices (GUIDE S1) are rules/service-change.ts's, listed after these.
import { unitWords, type CategoryRules, type Veto, type VetoContext } from '../rule';
import type { Severity } from '../../types';
import {
  CANCELLED_RELATIONS,
  LEXICON_LISTS,
  NOT_CANCELLED_RELATIONS,
  READER_ROLES,
  STANDING_VERSION_WORDS,
  SOFTWARE_THINGS,
  CHANGED_OFFER_WORDS,
  USERS_CHANGE_VERBS,
  WHOLE_AGREEMENT_WORDS,
  TERMS_DOC_EVERYDAY,
} from '../lexicon';
import { namesService, type FirstPartyNames } from '../first-party';
import { TERMS_DOC_LAST_WORD, TERMS_DOC_WORD } from '../terms-doc';
import { anyOf, gap, wordSeq, words } from '../word-gap';
import { wordsPattern } from '../word-pattern';
import {
  ADDS_NEW_GATE,
  OWNER_BEFORE,
  SERVICE_CHANGE_RULES,
  SERVICE_CHANGE_STEMS,
  SERVICE_CHANGE_VERB,
  SERVICE_CHANGE_VETOES,
} from './service-change';

/** The reader's role as the owner ("the Customer's", "Licensee's", "users'"; the parse drops the possessive). */
const ROLE_POSSESSIVES = READER_ROLES.flatMap((r) => [r, `${r}s`]).join('|');

export const CHANGE_STEM = '(?:chang|modif|amend|updat|revis|alter|replac|supplement)';
const CHANGE = String.raw`${CHANGE_STEM}\w*`;
/** Any one-word document name of the lexicon's TermsDoc class ("policies", "contract" as well as "terms"). */
const DOC = TERMS_DOC_WORD;
/** The same names, as a cheap necessary condition. */
const ANY_DOC = new RegExp(String.raw`\b${DOC}`);
/** A part or companion of the terms ("this Appendix", "this AUP"): lexicon PartDoc. */
const PART_DOC = String.raw`(?:${LEXICON_LISTS.PartDoc!.join('|')})\b`;
/** A document or a part of one, as a cheap necessary condition. */
const ANY_DOC_OR_PART = new RegExp(String.raw`\b(?:${DOC}|${PART_DOC})`);
/** A document's name (its last word) ending the text. */
const DOC_AT_END = new RegExp(String.raw`\b(?:${TERMS_DOC_LAST_WORD}|${PART_DOC})$`);
/**
 * A document's name ends the text before a hit, with a bracketed name or a comma after it ("the Terms of Service (the
 * “Terms”),"): stepped in code, as a regex with the trailing run it was polynomial for recheck.
 */
function docJustBefore(before: string): boolean {
  let end = before.length;
  const skip = (): void => {
    while (end > 0 && /[\s,]/.test(before[end - 1]!)) end--;
  };
  skip();
  // An aside opened just after the name: "these Terms (along with any modifications)".
  if (before[end - 1] === '(') {
    end--;
    skip();
  }
  if (before[end - 1] === ')') {
    const open = before.lastIndexOf('(', end - 1);
    if (open >= 0 && end - open <= 42) {
      end = open;
      skip();
    }
  }
  return DOC_AT_END.test(before.slice(Math.max(0, end - 40), end));
}
/** What every order below needs: a change word and a document word (most clauses have "may" or "the"). */
const CHANGE_AND_DOC = { needs: [RegExp(`\\b${CHANGE_STEM}`), RegExp(`\\b(?:${DOC}|${PART_DOC})`)] };
/** A modal, a change word and the document within a few words of each other, in one of three orders. */
const CHANGE_CUE = anyOf(
  wordSeq(
    String.raw`(?:\b(?:may|can|reserves?|right|will|might|shall|entitled)|['’]ll)`,
    gap(7),
    CHANGE,
    gap(9),
    '(?:these|this|the|our|its|such|any|other)',
    gap(3),
    `(?:${DOC}|${PART_DOC})`,
    CHANGE_AND_DOC,
  ),
  wordSeq(
    String.raw`\b(?:these|this|the|our)`,
    gap(3),
    DOC,
    gap(4),
    String.raw`(?:may|can|might|will)\s+(?:be|from)`,
    gap(4),
    CHANGE,
    CHANGE_AND_DOC,
  ),
  // "may make changes to Acme Plus including the benefits available to you and/or these Terms": the document last in
  // a list of things changed.
  wordSeq(
    String.raw`(?:\b(?:may|can|reserves?|right|might|entitled)|['’]ll)`,
    gap(7),
    CHANGE,
    gap(12),
    String.raw`(?:and|or)\s+(?:these|this)`,
    gap(0),
    DOC,
    CHANGE_AND_DOC,
  ),
  // "reserves the right to modify Acme's Usage Rules": the document named with no determiner, a few words on.
  wordSeq(String.raw`\breserves?\s+the\s+right\s+to`, gap(3), CHANGE, gap(3), `(?:${DOC}|${PART_DOC})`, CHANGE_AND_DOC),
  // "reserves the right to modify, at its sole discretion, any of the provisions of this Agreement"
  wordSeq(
    String.raw`\breserves?\s+the\s+right\s+to`,
    gap(3),
    CHANGE,
    gap(5),
    String.raw`(?:any|all|some)\s+(?:of\s+)?(?:the\s+)?(?:provisions|parts|portions|sections|terms)`,
    gap(3),
    '(?:these|this|the|our|its)',
    gap(2),
    DOC,
    CHANGE_AND_DOC,
  ),
  wordSeq(
    String.raw`\b${CHANGE_STEM}`,
    String.raw`\w*\s+(?:to|of)\s+(?:these|this|the|our)`,
    gap(3),
    DOC,
    gap(9),
    String.raw`(?:effective|posted|binding|(?:may|can)\s+be\s+made)`,
    CHANGE_AND_DOC,
  ),
  // "Changes to this Agreement which are (1) more favourable to you; … will come into effect immediately".
  wordSeq(
    String.raw`\b${CHANGE_STEM}`,
    String.raw`\w*\s+(?:to|of|in)\s+(?:these|this|the|our)`,
    gap(3),
    `(?:${DOC}|${PART_DOC})`,
    gap(40),
    String.raw`(?:(?:take|takes|come|comes|go|goes)\s+(?:into\s+)?effect|(?:are|is|be)\s+in\s+effect|(?:be|become|becomes)\s+(?:binding|effective))`,
    CHANGE_AND_DOC,
  ),
);

/** Changes to prices or fees are not changes to the document: price-change's (rules/service-change.ts). */
const PRICE_OR_FEE = /\bprices?\b|\bfees?\b/;
/**
 * A price, or a document changed "by" someone named with a determiner: "terms and conditions, which are modified by the
 * store operator from time to time" are another company's to change ("by Acme", "by us" stay).
 */
const AMENDED_BY_OTHERS = {
  test: (evidence: string): boolean =>
    PRICE_OR_FEE.test(evidence) ||
    /\b(?:amended|updated|modified|revised|changed|supplemented|developed|enacted)\b[^.]{0,40}?\bby\s+(?:the|a|an|its|their|each|that|this|any)\s/i.test(
      evidence,
    ),
};
/**
 * A hit that ends on an everyday document word with no determiner of its own ("change any aspect of the coins at any
 * time without notice"): "notice" there is no document (lexicon TERMS_DOC_EVERYDAY).
 */
const EVERYDAY_DOC_AT_END = RegExp(String.raw`\b(?:${TERMS_DOC_EVERYDAY.join('|')})$`, 'i');
/** What makes an everyday word a document one or two words before it ("this Notice", "our privacy notice"). */
const DOC_DETERMINER = new Set('these this the our its such any privacy cookie data'.split(' '));
/** Read word by word: the same test as one regex with a look-behind was polynomial for recheck. */
function everydayDocAtEnd(evidence: string): boolean {
  if (!EVERYDAY_DOC_AT_END.test(evidence)) return false;
  const words = evidence.toLowerCase().match(/[\w’'-]+/g) ?? [];
  return !DOC_DETERMINER.has(words.at(-2) ?? '') && !DOC_DETERMINER.has(words.at(-3) ?? '');
}
/** What an objection-then-leave clause must not be about: prices, sub-processors, or a change of something else. */
const OBJECTED_CHANGE_NOT_OF_TERMS = new RegExp(
  String.raw`\bprices?\b|\bfees?\b|\bcharges?\b|\b(?:sub-?)?processors?\b|\b(?:modifications?|changes?|amendments?)\s+(?:to|of|in)\s+(?!(?:[\w-]+\s+){0,2}(?:${DOC}|${PART_DOC}))`,
  'i',
);
/**
 * The current terms stay for whoever objects ("…, or the current terms continue to apply", "otherwise the previous
 * version of the Terms shall continue to apply"): the objection keeps them, so the change is an opt-out (GUIDE C1),
 * whatever other way out the unit names. Not when they stay only until the user leaves ("…; the current terms remain in
 * effect only until then"), nor when they only stay on view ("the current version will remain available").
 */
const KEEPS_CURRENT_TERMS = String.raw`\b${wordsPattern(STANDING_VERSION_WORDS)}\s+(?:[\w-]+\s+)?(?:version|${DOC})(?:\s+of\s+(?:these|the|this)\s+${DOC})?\s+(?:will\s+|shall\s+|would\s+)?(?:continue|remain|stay)s?\s+(?:to\s+apply|in\s+(?:effect|force)|applicable|to\s+govern)\b(?![^.;]{0,40}\buntil\b)`;
/**
 * A change named (continued-use reads its units only with one): a change word, a new, latest or future version or
 * document ("the latest terms"), edits, or "such posting". Not "new" alone: "a new device", "new technologies".
 */
const CONTINUED_USE_CHANGE = RegExp(
  String.raw`\b${CHANGE_STEM}|\b(?:new|newest|latest|future)\s+(?:[\w-]+\s+)?(?:versions?|${DOC})\b|\bedits?\b|\bsuch\s+posting\b`,
);
/** Changes said not to take effect ("will not take effect until you accept them"): no change taken by that. */
const NOT_IN_EFFECT = /\b(?:not|never)\s+(?:take|takes|come|comes|go|goes|be)\s+(?:into\s+)?(?:effect|in\s+effect)\b/i;
/** The modal's subject is the user, in a clause after the document ("… under these Terms, you may be prompted to update"). */
const USER_CLAUSE_IN_HIT = /[,;]\s*(?:and\s+|then\s+)?(?:you|users?|customers?)\s+(?:may|can|might|will)\b/i;
/**
 * The change is an update of software, and the document only comes after it ("we may automatically update that
 * software, and these Terms will apply to any updates"): updates installed on a device (GUIDE S3), no document changing.
 */
const CHANGE_WORD_START = RegExp(String.raw`^${CHANGE_STEM}`);
/** A software word of the lexicon, singular or plural ("apps", "devices"). */
const SOFTWARE = String.raw`${wordsPattern(SOFTWARE_THINGS)}s?`;
const SOFTWARE_WORD = RegExp(`^${SOFTWARE}$`);
/** "software updates", "app upgrades": what check-for-changes must not read as a document's changes. */
const SOFTWARE_UPDATES = RegExp(String.raw`\b${SOFTWARE}\s(?:updates|upgrades)\b`, 'i');
/** A document named after software: "the App Terms", "the Software License Agreement" (a word within two after it). */
const DOC_WORD = RegExp(String.raw`^${TERMS_DOC_WORD}$`);
const namesDocument = (words: readonly string[], from: number): boolean =>
  words.slice(from, from + 2).some((x) => DOC_WORD.test(x));
/**
 * A document word after the software, before the change's time words or a clause's end, is changed with it ("may modify
 * the game, and these Terms, at any time", "the games we offer and these Terms"); one after them starts a clause of its
 * own ("may update the game at any time, and these Terms will apply to any updates").
 */
const OBJECTS_END = /^(?:[.;]|time|notice)$/;
function docChangedAfter(words: readonly string[], from: number): boolean {
  for (const x of words.slice(from + 1)) {
    if (OBJECTS_END.test(x)) return false;
    if (DOC_WORD.test(x)) return true;
  }
  return false;
}
/** Read word by word: as one regex with a word gap it was polynomial for recheck. */
function softwareUpdated(evidence: string): boolean {
  const words = evidence.toLowerCase().match(/[\w-]+|[.;]/g) ?? [];
  return words.some(
    (w, i) =>
      CHANGE_WORD_START.test(w) &&
      words
        .slice(i + 1, i + 4)
        .some(
          (x, k) => SOFTWARE_WORD.test(x) && !namesDocument(words, i + 2 + k) && !docChangedAfter(words, i + 1 + k),
        ),
  );
}
const PRICE_FEE_OR_EVERYDAY_DOC = {
  test: (e: string): boolean =>
    PRICE_OR_FEE.test(e) ||
    everydayDocAtEnd(e) ||
    NOT_IN_EFFECT.test(e) ||
    USER_CLAUSE_IN_HIT.test(e) ||
    softwareUpdated(e),
};
/** A court or arbitrator that may modify the terms (severability) is no company changing them. */
const COURT_BEFORE =
  /\b(?:courts?|arbitrators?|tribunals?|judges?)\b(?:\s+of\s+competent\s+jurisdiction)?(?:\s+or\s+(?:the\s+|an?\s+)?(?:courts?|arbitrators?|tribunals?|judges?))?\s+$/i;
/** A change word: what turns advice to re-read the document into a statement that it changes (GUIDE.md C3). */
const CHANGE_WORD = RegExp(String.raw`\b${CHANGE_STEM}`);
/** Advice to re-read the document with no change named ("Please check this page periodically"). */
const CHECK_ADVICE = /^(?:please\s+)?check\b/;
/**
 * Advice to watch the whole website for changes, with no document named in the unit ("You should check our website
 * frequently to see recent changes"): the changes may be of anything on it (C3).
 */
const CHECK_SITE_FOR_CHANGES =
  /^(?:[\w’'-]+\s+){0,4}?(?:check|visit|review)(?:ing)?\s+(?:our|the|this)\s+(?:web\s?)?site\s+(?:[\w-]+\s+){0,2}?(?:to\s+(?:see|view|learn\s+about)|for)\s+(?:any\s+|the\s+)?(?:recent\s+|latest\s+|new\s+)?(?:changes|updates)\W*$/;
/** Words that take an adverb of manner before them in the advice: "solely responsible", "periodically checking". */
const ADVERB_HEADS = /^(?:check|visit|review)(?:ing)?$|^responsible$/;
/** The service's own duty opens the clause ("We are responsible for checking our website …"): no advice to the reader. */
const SERVICE_DUTY_OPENS = /^we\s+(?:are|will|shall|must)\b/;
/**
 * Advice to watch a website for changes (CHECK_SITE_FOR_CHANGES), with an -ly adverb before the check or the
 * responsibility read as no word of the lead-in ("You are solely responsible for periodically checking our website for
 * changes"). Words stepped in code, no regex over the sentence for the adverbs.
 */
function checkSiteAdvice(lower: string): boolean {
  if (SERVICE_DUTY_OPENS.test(lower)) return false;
  const words = lower.split(' ');
  const kept = words.filter((w, i) => !(/^[a-z]{3,}ly$/.test(w) && ADVERB_HEADS.test(words[i + 1] ?? '')));
  return CHECK_SITE_FOR_CHANGES.test(kept.join(' '));
}
/** A date line ("Last updated on 11/12/2023"). */
const DATE_LINE =
  /^[^.]{0,40}\b(?:updated|modified|revised|reviewed|effective)\s+(?:on\s+|as\s+of\s+|date:?\s+)?(?:\d|january|february|march|april|may|june|july|august|september|october|november|december)/;
/**
 * The service announcing a change or the date of one: "we will notify you", "Acme will post the updated Terms",
 * "changes will be communicated by email", "we will update the 'last updated' date".
 */
const NOTICE_ACT =
  /\b(?:will|shall|may|would|['’]ll)\s(?:also\s|usually\s|always\s|promptly\s|then\s|first\s|try\sto\s|endeavou?r\sto\s|seek\sto\s|\([^()]{0,40}\)\s)?(?:notify|inform|tell|let\syou\sknow|post|announce|publish|alert|e-?mail|contact|provide\s(?:you\s)?(?:with\s)?(?:[\w()'’]+\s){0,5}(?:notice|notification)|give\s(?:you\s)?(?:[\w()'’]+\s){0,5}notice|send\s(?:you\s)?(?:an?\s)?(?:\w+\s)?(?:notice|e-?mail|notification|message)|(?:update|revise|change)\sthe\s["“'‘]?(?:last|effective|revision|revised|modified|updated|date)\b|indicate|display)/;
/**
 * "we will make reasonable efforts to notify you", "Acme will take appropriate steps to inform you", "will use
 * commercially reasonable efforts to inform", "will make reasonable efforts, taking into account …, to notify you".
 */
const NOTICE_EFFORT =
  /\b(?:make|take|use)\s(?:(?:reasonable|appropriate|commercially|all)\s){0,2}(?:efforts?|steps|measures)(?:,\s[^,]{0,80},)?\sto\s(?:notify|inform)/;
const NOTICE_PASSIVE =
  /\b(?:will|shall|may)\s(?:also\s)?be\s(?:posted|communicated|notified|announced|published|made\savailable|available|sent|displayed|reflected|indicated|identified|visible|updated\sonline)\b|\b(?:notifying|informing)\s(?:you|users)\s(?:about|of)\b/;
/** A date line inside a sentence: "the date at the top shows when it was last revised". */
const LAST_DATE =
  /\blast\s(?:updated|modified|revised|changed)\b|\b(?:last\s)?(?:modified|revised|revision|effective)\sdate\b/;
/**
 * What makes a notice more than a notice: the power to change ("we may modify"), the change taking effect or
 * binding the user, acceptance, an objection, advice to check, "at any time", "without notice".
 */
/**
 * Of those, the words that make a change bind the user: binding, acceptance, continued use, "at any time", "without
 * notice", "from time to time" (stance.ts reads a limit beside them as a grant too).
 */
export const CHANGE_BINDS =
  /\bbind|\bbound\b|\baccept|\bcontinu\w*\s(?:to\s)?(?:use|access)|\bat\sany\stime|\bwithout\s(?:\w+\s)?notice|\bfrom\stime\sto\stime/;
const CHANGE_POWER = new RegExp(
  String.raw`${CHANGE_BINDS.source}|\bagree(?!ment)|\bconsent|\bobject|\breject|\bnot\s(?:give|provide)\b|\bcheck|\bverify\b|\bregularly|\bperiodically|\b(?:stay|keep\s(?:yourself\s)?)informed|\bencourage\syou\sto\s(?:review|check|read|visit)|\bappl(?:y|ies)\b|\bgovern(?!ment)`,
);
/**
 * The user's way out of a change is to cancel ("you will have the opportunity to cancel your Subscription"): the change
 * binds whoever stays (GUIDE C1, S2), so the notice beside it is part of a grant.
 */
const CANCEL_WAY_OUT = RegExp(
  String.raw`\b(?:(?:opportunity|right|option)\sto|you\s(?:may|can))\scancel(?:\s*(?:[.;,]|$)|\s(?:before|at\sany\stime|within|without|prior\sto|immediately|free\sof\scharge)\b|\s(?:(?!${wordsPattern(NOT_CANCELLED_RELATIONS)}s?\b)[\w-]+\s){0,2}${wordsPattern(CANCELLED_RELATIONS)}s?\b)`,
);
/** A comma aside after the modal or "right": "may, at its sole discretion, modify", "the right, in its discretion, to". */
const ASIDE = String.raw`(?:,[^,]{0,60},)?`;
/** "we may modify", "reserves the right to … amend": the power to change, read word by word (one regex was polynomial). */
const MODAL = RegExp(String.raw`\b(?:may|might|can|reserves?|right${ASIDE}\sto|entitled\sto)${ASIDE}\s`, 'g');
const THEN_CHANGE = RegExp(String.raw`^(?:\w+\s){0,3}?${CHANGE_STEM}`);
/** "we may discontinue", "reserves the right to … raise": the power to change the service or its prices (GUIDE S1). */
const THEN_SERVICE_CHANGE = RegExp(String.raw`^(?:\w+\s){0,3}?${SERVICE_CHANGE_VERB.source.slice(1)}`);
function mayChange(lower: string): boolean {
  for (const m of lower.matchAll(MODAL)) {
    const from = m.index + m[0].length;
    const next = lower.slice(from, from + 60);
    if (THEN_CHANGE.test(next) || THEN_SERVICE_CHANGE.test(next)) return true;
  }
  return false;
}
/** "before the change takes effect": when the notice comes, not the change taking effect. */
const NOTICE_TIMING = /\b(?:before|prior\sto|until|ahead\sof)\s/g;
const THEN_EFFECT =
  /^(?:\w+\s){0,4}?(?:becom\w*\seffective|tak\w*\seffect|(?:go|goes|come|comes|coming|going)\sinto\seffect|(?:is|are|be)\sin\seffect|effective|appl(?:y|ies)\b)/;
export const TAKES_EFFECT = /\beffective\b|\btak\w*\seffect\b|\binto\seffect\b|\bin\seffect\b/;
/** An "effective date" is a date line's label (C3), not a change taking effect. */
export const EFFECTIVE_DATE = /\beffective\sdate\b/g;
/**
 * The service saying it will change the document, with no modal ("we will amend these Terms by posting …", "Acme will
 * (in its discretion) revise the Privacy Policy"); a change only named as a condition ("if we change this Policy, we
 * will notify you") has no "will" before it. Not the document's date ("will update the Privacy Policy's effective date").
 */
const WILL_CHANGE_DOC = RegExp(
  String.raw`\b(?:will|shall|['’]ll)${ASIDE}\s(?:also\s|\([^()]{0,40}\)\s)?${CHANGE_STEM}\w*\s(?:these|this|the|our)\s(?:[\w-]+\s){0,2}?${DOC}(?![’']s\b|\s["“'‘]?(?:last|effective|revision|date)\b)`,
);
/**
 * The new version replacing the old one from a time: "the revised Terms supersede the prior version as of the effective
 * date". Replacing alone only describes the notice ("the revised Policy replaces the prior Policy": C4).
 */
const SUPERSEDES =
  /\b(?:supersed(?:e|es|ed|ing)|replaces?\s(?:all\s|any\s)?(?:the\s)?(?:prior|previous|earlier|former))\b[^.;]{0,60}?\b(?:as\sof|effective|from|upon|once)\b/;
/** The clause says the change takes effect, binds or may be made at will (the notice is then part of a grant). */
function statesChange(lower: string): boolean {
  if (mayChange(lower) || WILL_CHANGE_DOC.test(lower) || SUPERSEDES.test(lower)) return true;
  // Blank out each notice timing ("before the change takes effect", "before we apply them") before looking for the
  // change taking effect or applying.
  let rest = lower;
  for (const m of lower.matchAll(NOTICE_TIMING)) {
    const from = m.index + m[0].length;
    const t = THEN_EFFECT.exec(lower.slice(from, from + 80));
    if (t) rest = rest.slice(0, from) + ' '.repeat(t[0].length) + rest.slice(from + t[0].length);
  }
  return CHANGE_POWER.test(rest) || CANCEL_WAY_OUT.test(rest) || TAKES_EFFECT.test(rest.replace(EFFECTIVE_DATE, ' '));
}

/** Letters and digits only: a heading and the unit that is that heading compare equal whatever their punctuation. */
const bare = (s: string): string => s.replace(/[^\p{L}\p{N}]+/gu, '');
/**
 * A label with no verb: the document's name after the determiner, "14. Modification of these Terms.", "CHANGES TO THE
 * TERMS OF SERVICE". Any other word may state the right ("Modifications of these Terms effective upon posting.").
 */
const CHANGES_LABEL =
  /^[\d.\s]*(?:changes|amendments?|modifications?|updates|revisions?)\s(?:to|of)\s(?:these|this|the|our)\s[a-z]+(?:\s(?:of|and|to|use|service|services|conditions|privacy|policy|notice|statement|agreement|terms|sale|website|site)){0,3}\.?$/;
/** The unit is its own section's heading, or a bare label of changes: the units under it state the right. */
function isHeading(lower: string, ctx: VetoContext): boolean {
  const own = unitWords(lower, ctx).trim();
  if (CHANGES_LABEL.test(own)) return true;
  const heading = ctx.headings?.split(' › ').at(-1);
  return !!heading && bare(heading) !== '' && bare(own) === bare(heading);
}

/** Clauses about the document's changes that take no right (GUIDE.md C3, C4), each with its examples. */
/** What the service offers or charges, read at the start of a word (lexicon CHANGED_OFFER_WORDS). */
const OFFER_THING = RegExp(String.raw`^(?:${DOC}|${PART_DOC}|${wordsPattern(CHANGED_OFFER_WORDS)}\b)`, 'i');
/** Where the words after a change's "to/of/in" stop naming the thing changed. */
const NAMED_THING_ENDS = /^(?:will|shall|may|would|is|are|be|was|were|that|which|who)$/;
/**
 * What a change noun's "to", "of" or "in" names, read up to a verb or a relative clause: undefined when it names
 * nothing ("changes made for legal reasons"), true for the document, a part of it, or what the service offers or
 * charges, false for anything else ("changes to the password", "changes in the law") or for what the user or another
 * party owns ("changes to the Customer's plan", "exchange rates": service-change's OWNER_BEFORE).
 */
function changeOfOurs(afterNoun: string): boolean | undefined {
  const prep = /^\s*(?:made\s+)?(?:to|of|in)\s+/i.exec(afterNoun);
  if (!prep) return undefined;
  const rest = afterNoun.slice(prep[0].length).toLowerCase();
  let count = 0;
  for (const w of rest.matchAll(/[\w’'-]+/g)) {
    if (count++ > 8 || NAMED_THING_ENDS.test(w[0])) break;
    if (OFFER_THING.test(rest.slice(w.index))) return !OWNER_BEFORE.test(rest.slice(0, w.index));
  }
  return false;
}
const CHANGE_NOUN = /\b(?:changes?|modifications?|amendments?|revisions?|updates?)\b/i;
/** A change named as of something else than the terms, the service or its prices ("a change to your delivery date"). */
const changeOfOtherThing = (after: string): boolean => changeOfOurs(after) === false;
/** Ending one order or booking, not the relation with the service (lexicon NOT_CANCELLED_RELATIONS): "cancel your booking". */
const ENDS_ONE_TRANSACTION = RegExp(
  String.raw`\b(?:terminate|cancel|close|end|stop|discontinue)\s+(?:(?:your|the|any|this|an?)\s+)?(?:[\w-]+\s+)?${wordsPattern(NOT_CANCELLED_RELATIONS)}s?\b`,
  'i',
);
/**
 * Before a change noun: a disclaimer of liability ending in "for" or "from" ("shall not be liable to you for any", "will
 * not be liable … for any losses resulting from any"), with a negation in the same sentence; a plain duty ("shall
 * remain fully liable to Acme for any amendment") is none. Read over the whole unit: a long clause keeps its negation
 * further off than a rule's rejectBefore sees.
 */
function liabilityDisclaimedBefore(before: string): boolean {
  const tail = before.toLowerCase();
  const stop = Math.max(tail.lastIndexOf('.'), tail.lastIndexOf(';'));
  const clause = tail.slice(stop + 1);
  const at = Math.max(clause.lastIndexOf('liab'), clause.lastIndexOf('responsib'));
  if (at < 0) return false;
  if (!/\s(?:for|from)\s+(?:(?:any|the|such|all)\s+)?$/.test(clause.slice(at))) return false;
  return /\b(?:not|no|never|nor|neither)\b/.test(clause.slice(0, at));
}
/** The user's own changes: "changes you make to your profile", "modifications requested by you" (GUIDE S3). */
const USERS_CHANGE = RegExp(
  String.raw`\byou\s+${wordsPattern(USERS_CHANGE_VERBS)}\b|\b(?:made\s+|requested\s+)?by\s+you\b`,
  'i',
);
/**
 * After an objection to a change: leaving is the only way to refuse (close the account, stop using), so the change binds
 * (C1). Not when the current terms stay for whoever objects, nor when leaving is named as a right of its own beside the
 * objection ("your right to reject the proposed changes, …, and your right to terminate the Agreement").
 */
const ONLY_LEAVING_AFTER = RegExp(
  String.raw`^(?![^.]{0,80}?${KEEPS_CURRENT_TERMS})(?![^.;]{0,60}?\b(?:and|as\s+well\s+as)\s+(?:your|the|a)\s+right\s+to\s+(?:close|cancel|terminat))[^.;]{0,60}\b(?:close|cancel|terminat|stop\s+using|discontinu|unsubscrib)`,
);
/** An except-our-changes hit that ends pointing on to where the exception is written ("except as provided in …"). */
const EXCEPTION_POINTS_ON = /\b(?:permitted|provided|set|described|stated|specified|out|forth|in|under)\s*$/;
/** "… executed by you and us", "… executed by both parties" after the hit: a writing both sides sign. */
const EXECUTED_BY_AFTER = /^[^.;]{0,60}?\bexecuted\s+by\b/;
/** Changes both sides agree ("agreed in writing by both parties", "by mutual written agreement"), read after the hit. */
const AGREED_CHANGE_SOURCE = String.raw`^[^.;]{0,60}?\b(?:signed\s+by|by\s+both\s+parties|mutual(?:ly)?\s+(?:agreed|written|agreement)|agreed\s+(?:to\s+)?(?:in\s+writing|between|by|upon)|between\s+the\s+parties)`;
const AGREED_CHANGE = RegExp(AGREED_CHANGE_SOURCE);
/** The change right after the hit is the user's own ("changes you request", "modifications made by you"; S3). */
const USERS_OWN_CHANGE_SOURCE = String.raw`^\s*(?:(?:that|which)\s+)?(?:you\s+${wordsPattern(USERS_CHANGE_VERBS)}\b|(?:made\s+|requested\s+)?by\s+you\b)`;
const USERS_OWN_CHANGE = RegExp(USERS_OWN_CHANGE_SOURCE);
/** Changes both sides agree, or the user's own. */
const AGREED_OR_USERS_CHANGE = RegExp(`${AGREED_CHANGE_SOURCE}|${USERS_OWN_CHANGE_SOURCE}`);
/** "the entire agreement", "the sole and exclusive agreement", "the full and final agreement" (lexicon). */
const WHOLE_AGREEMENT = RegExp(
  String.raw`\b${wordsPattern(WHOLE_AGREEMENT_WORDS)}\s+(?:and\s+${wordsPattern(WHOLE_AGREEMENT_WORDS)}\s+)?(?:agreement|understanding)\b`,
);
/** The sentence of a hit, over the whole unit, is an entire-agreement clause. */
const inWholeAgreementClause = (before: string, after: string): boolean => {
  const stop = Math.max(before.lastIndexOf('. '), before.lastIndexOf(';'));
  const end = after.search(/\.(?:\s|$)|;/);
  return WHOLE_AGREEMENT.test(before.slice(stop + 1)) || WHOLE_AGREEMENT.test(end < 0 ? after : after.slice(0, end));
};

const VETOES: readonly Veto[] = [
  {
    id: 'terms_change.heading-itself',
    when: isHeading,
    why: 'A heading alone ("Changes to these Terms") names a topic; the units under it say who changes what (GUIDE: headings are none role=heading).',
    mustVeto: ['14. Modification of these Terms.', 'CHANGES TO THE TERMS OF SERVICE', 'Changes to these Terms.'],
    mustNotVeto: [
      'We may modify these Terms at any time.',
      'Changes to these Terms take effect when posted.',
      'Modifications of these Terms effective upon posting.',
    ],
  },
  {
    id: 'terms_change.bare-check-advice',
    when: (lower) => CHECK_ADVICE.test(lower) && !CHANGE_WORD.test(lower),
    why: 'Advice to re-read a page that names no change says nothing about who changes it (C3).',
    mustVeto: ['Please check this page periodically.'],
    mustNotVeto: ['Please check these Terms periodically for changes.'],
  },
  {
    id: 'terms_change.check-site-advice',
    when: (lower) => checkSiteAdvice(lower) && !ANY_DOC_OR_PART.test(lower),
    why: 'Advice to watch a website for changes names no document that changes (C3).',
    mustVeto: [
      'You should check our website frequently to see recent changes.',
      'Please visit our site regularly for updates.',
      // The same advice put as the reader's responsibility.
      'You are solely responsible for checking our website frequently to see recent changes.',
      'You are solely responsible for periodically checking our website for changes.',
      'Users are solely responsible for regularly checking our website for any changes.',
    ],
    mustNotVeto: [
      'You should check our website frequently to see recent changes to these Terms.',
      'Please check this page periodically for changes.',
      'You are responsible for checking this page periodically for changes.',
      'We are responsible for checking our website for changes.',
    ],
  },
  {
    id: 'terms_change.date-line',
    when: (lower) => lower.length < 120 && DATE_LINE.test(lower),
    why: 'A date line records when the document changed; it takes no right to change it (C3).',
    mustVeto: ['Last updated on 11 December 2023'],
    mustNotVeto: ['We may update these Terms from time to time.'],
  },
  {
    id: 'terms_change.notice-only',
    when: (lower) =>
      (NOTICE_ACT.test(lower) || NOTICE_EFFORT.test(lower) || NOTICE_PASSIVE.test(lower) || LAST_DATE.test(lower)) &&
      !statesChange(lower),
    why: 'How or when a change is announced (a notice channel, an effective-date line) takes no right of its own: the unit that says the document may change does (C3, C4).',
    mustVeto: [
      'If we make material changes to this policy, we will notify you by email.',
      'We will notify you of any changes by posting the new Privacy Policy on this page.',
      'Any changes we make to our privacy policy in the future will be posted on this page.',
      'We will inform you about any changes to these Terms at least 30 days before the change takes effect.',
      'The “Last updated” date at the top of this page indicates when this Privacy Policy was last revised.',
      'Acme will provide advance notice of any material changes to these Terms.',
      'We will give you reasonable advance notice of any material changes before we apply them.',
      'We will let you know by email before the change becomes effective and update the "effective date" at the top of this Policy.',
      'The “Last Updated” date at the top of this policy reflects the effective date of such policy changes.',
      'If there are material changes to the statement, we will provide at least 30 days prior notice by email.',
      'We may also provide notification via email of any material changes to our Privacy Statement.',
      'Where changes are material, we will (where reasonably practicable) notify you on this page.',
      'If we make a material change to this Statement, we will make reasonable efforts, taking into account available technology, to notify you of the change.',
      'If Acme intends to change these Controller Terms, Acme will use commercially reasonable efforts to inform Customer at least 30 days before the change.',
      'If we change this Privacy Policy, we will notify you by email.',
      'We will (where required) update the effective date at the top of this Privacy Policy.',
      // A way out of a change names the relation with the service (lexicon CANCELLED_RELATIONS), not a newsletter or
      // an order.
      'If we change these Terms, we will notify you, and you have the right to cancel your newsletter subscription.',
      'If we change this Policy, we will notify you and give you the opportunity to cancel any pending orders.',
      'If we change these Terms, we will notify you and you can cancel your order.',
      'If we change these Terms, we will notify you and you may cancel your emails.',
      'If we change these Terms, we will notify you and you may cancel your email subscription.',
    ],
    mustNotVeto: [
      'We may modify these Terms at any time; we will notify you by email.',
      'If we make changes, we will post them here and they take effect when posted.',
      'If we change this policy, we will post it here, and your continued use means you accept it.',
      'We will post any changes here, so please check this page regularly.',
      'If we make material changes to these Terms, we will notify you by email, and the changed Terms apply to you from then on.',
      'We will post the revised Terms on this page, and they take effect on the effective date shown.',
      'We will notify you by email, and changes become effective 30 days after the effective date of the notice.',
      'If we change these Terms, we will notify you and give you the opportunity to cancel your subscription.',
      // Ways out named by a time or a cost, or a relation with words before it (review of tc41).
      'If we change these Terms, we will notify you and you will have the right to cancel within 14 days.',
      'If we change these Terms, we will notify you and you will have the right to cancel without penalty.',
      'If we change these Terms, we will notify you and you will have the option to cancel prior to the change.',
      'If we change these Terms, we will notify you and you may cancel immediately.',
      'If we change these Terms, we will notify you and you may cancel your Acme subscription.',
      'If we change these Terms, we will notify you and you may cancel your premium membership.',
      'It is important that you verify the effective date of the latest update of the Policy each time you visit the Site, to ensure you are familiar with our most updated policies.',
      'Acme may, at its sole discretion, modify these Terms and will post the revised Terms with a new effective date.',
      'We reserve the right, at our sole discretion, to change these Terms; we will post a new effective date.',
      'We will amend these Terms by posting a revised version with a new effective date.',
      'We will change this Privacy Policy by updating the effective date below.',
      'The revised Terms supersede the prior version as of the effective date.',
      'We will (where necessary) change the Terms of Service to reflect new laws.',
      'Acme will, at its discretion, update these Terms and post the new effective date on this page.',
    ],
  },
];

/** A writing both sides execute or agree to ("the Order Form executed by you and us"). */
const BOTH_EXECUTE = String.raw`\b(?:executed|agreed)\s+by\s+(?:you\s+and\s+(?:us|we)|us\s+and\s+you|both|each)\b`;
/** The exception that points at it, in the clause after the hit, and its word. */
const EXCEPT_BOTH_EXECUTE = new RegExp(
  String.raw`^[^.;]{0,60}?\b(except|unless|other\s+than|save|only)\b[^.;]{0,40}${BOTH_EXECUTE}`,
);
/** A negation in the clause holding the change verb ("may not be modified", "no amendment … is binding"). */
const CHANGE_NEGATED = /\b(?:not|no|never|nor)\b|n['’]t\b/;

/**
 * Whether the change is allowed only through a writing both sides execute: an exception pointing at that writing, and
 * either "only" as the exception or a negated change ("may not be modified except …"). Without the exception
 * ("… apply to all Order Forms executed by you and us") or with the change unnegated ("We may modify these Terms at
 * any time, except as stated in …") the company keeps its power.
 */
function changeOnlyByBothExecuting(before: string, evidence: string, after: string): boolean {
  const m = EXCEPT_BOTH_EXECUTE.exec(after);
  if (!m) return false;
  if (m[1] === 'only') return true;
  const clauseStart = Math.max(before.lastIndexOf('.'), before.lastIndexOf(';')) + 1;
  return CHANGE_NEGATED.test(`${before.slice(clauseStart)} ${evidence}`);
}

export const termsChange: CategoryRules = {
  category: 'terms_change',
  // Every rule outside the changes heading needs one of these words (section rules are exempt from `requires`).
  requires: [
    /\b(?:chang|modif|amend|updat|revis|alter|replac|supplement|accept|agree|consent|bound)/,
    /\bin\s+(?:effect|force)\s+at\s+the\s+time\b/,
    /\b(?:most\s+recent|latest|newest)\s+version\b/,
    SERVICE_CHANGE_STEMS,
    // The service adding to its offer with no change word ("may offer new services"): terms_change.new-offer.
    ADDS_NEW_GATE,
  ],
  vetoes: [...VETOES, ...SERVICE_CHANGE_VETOES],
  adjustSeverity: (lower, base): Severity => {
    if (/\bwithout\s+(?:prior\s+|any\s+|further\s+)?notice|sole\s+discretion|at\s+any\s+time\s+without/.test(lower))
      return 'high';
    if (/\b(?:notify|notice|e-?mail|in\s+advance|advance\s+notice|\d+\s+days)\b/.test(lower)) return 'low';
    return base;
  },
  rules: [
    {
      id: 'terms_change.unilateral-modify',
      // Proximity cue mirroring the three patterns (a modal before the change word, a terms-document word after it;
      // "the Terms may be changed"; "changes to these Terms … effective"), so boilerplate that merely mentions
      // "notice" near "modify" costs no parse.
      cue: [CHANGE_CUE],
      match: [
        '(may|can|reserve|reserves|right|will|might|entitled) .{0,6} #ChangeVerb .{0,8} (these|this|the|our|its|such) .{0,2} #TermsDoc',
        // "may amend any Terms", "may also change other membership terms": a document named with another determiner.
        '(may|can|reserve|reserves|right|might|entitled) .{0,6} #ChangeVerb (any|other|any other) .{0,2} #TermsDoc',
        '(may|can|reserve|reserves|right|might|entitled) .{0,6} #ChangeVerb .{0,8} (these|this|the|our|its|such|any) #PartDoc',
        // The document last in a list of what changes: "may make changes to Acme Plus, including the benefits available
        // to you, and/or these Terms" (a gap stops at the first "the" and does not step back to "these").
        '(may|can|reserve|reserves|right|might|entitled) .{0,6} #ChangeVerb .{0,12} (and|or|and/or) (these|this) #TermsDoc',
        '(these|this|the|our) .{0,2} #TermsDoc .{0,3} (may|can|might|will) (be|from) .{0,3} #ChangeVerb',
        '#ChangeVerb (to|of) (these|this|the|our) .{0,2} #TermsDoc .{0,8} (effective|posted|binding)',
        '#ChangeVerb (to|of) (these|this|the|our) .{0,2} #TermsDoc .{0,8} (may|can) be made',
        // The change taking effect, however long the list of changes between: "Changes to this Agreement which are (1)
        // more favourable to you; (2) required by law … will come into effect immediately".
        '#ChangeVerb (to|of|in) (these|this|the|our) .{0,2} (#TermsDoc|#PartDoc) .{0,40} (take|takes|come|comes|go|goes) into? effect',
        // "Any change to our Pricing or Payment Terms shall become effective in the billing cycle following notice".
        '#ChangeVerb (to|of|in) (these|this|the|our) .{0,3} (#TermsDoc|#PartDoc) .{0,6} (become|becomes) effective',
        '#ChangeVerb (to|of|in) (these|this|the|our) .{0,2} (#TermsDoc|#PartDoc) .{0,6} (are|is|be) in effect',
        // "Within ten business days of posting changes to this Agreement (or … from the date of notice), they will be
        // binding on You".
        '#ChangeVerb (to|of|in) (these|this|the|our) .{0,2} (#TermsDoc|#PartDoc) .{0,40} (be|become|becomes) binding',
        '(reserve|reserves) the right to .{0,3} #ChangeVerb .{0,12} (#TermsDoc|#PartDoc)',
        '(reserve|reserves) the right to .{0,3} #ChangeVerb .{0,5} (any|all|some) of? the? (provisions|parts|portions|sections|terms) .{0,3} (these|this|the|our|its) .{0,2} #TermsDoc',
      ],
      rejectEvidence: PRICE_FEE_OR_EVERYDAY_DOC,
      rejectBefore: COURT_BEFORE,
      // The terms of one order or booking are not the document.
      // A change both parties sign is no unilateral change.
      // The document as the subject of a clause after the change ("update that software, and these Terms will apply to
      // any updates"): the software changes, the document only covers it.
      rejectAfter:
        /^\s+(?:will|shall|would)\s+(?:apply|govern)\b|^\s*(?:of|for)\s+(?:your|an?|the|any|such)\s+(?:orders?|purchases?|bookings?|reservations?)\b|^[^.;]{0,60}\b(?:signed\s+by|by\s+both\s+parties|mutual(?:ly)?\s+(?:agreed|written|agreement))/,
      // A change made only through a writing both sides execute ("may not be modified except as stated in the Order
      // Form executed by you and us"); a power kept outside the exception stays the grant (C5).
      rejectInUnit: { test: changeOnlyByBothExecuting },
      severity: 'medium',
      why: 'The company can rewrite the deal without the user agreeing to the new version.',
      mustMatch: [
        // A document named after software is a document, not a software update.
        { text: 'We may change the Device Terms at any time without notice.', stance: 'grant' },
        { text: 'We may amend the App Terms at any time.', stance: 'grant' },
        // The software and the document changed together: the document changes (review of tc41).
        { text: 'We may modify the game, and these Terms, at any time.', stance: 'grant' },
        { text: 'We may update the games, the game rules and these Terms at any time.', stance: 'grant' },
        { text: 'We may change the games we offer and these Terms at any time.', stance: 'grant' },
        // Software and a document changed together: the document changes too.
        'We may modify the app or these Terms at any time.',
        'We may modify these Terms at any time without notice.',
        'This Privacy Policy may be updated from time to time.',
        'The provider is entitled to unilaterally modify the Agreement if necessary.',
        'We reserve the right to make changes to our sites, policies, terms and conditions at any time.',
        'We reserve the right to modify, at our sole discretion, any of the provisions contemplated in this Agreement.',
        'Changes to the Terms of Service, our services, or platforms may be made at any time, with or without notice.',
        'The provider may amend any Terms at any time by posting the amended Terms on the Site.',
        'We may also change other membership terms with notice, including benefits and fees.',
        'The provider may change this Appendix without notice if the law requires it.',
        'Acme reserves the right to revise, amend or modify this AUP at any time.',
        'Occasionally we may make changes to Acme Plus including the benefits available to you and/or these Terms.',
        // A named company that elects to change is the company acting, not a user's choice (actor.ts).
        'Acme may elect to change or supplement the terms of this Agreement from time to time at its sole discretion.',
        'Any changes to our legal terms and conditions will take effect immediately when they are placed on our website.',
        'Changes to this Agreement which are (1) more favourable to you; (2) required by law; or (3) relating to the addition of a new service will come into effect immediately.',
        'Changes to the Terms of Service are in effect within thirty (30) calendar days from notification.',
        'Within ten (10) business days of posting changes to this Agreement (or ten (10) business days from the date of notice, if such is provided), they will be binding on You.',
        'Any change to our Pricing or Payment Terms shall become effective in the billing cycle following notice to you.',
        { text: 'We will not change these Terms without your consent.', stance: 'conditional', condition: 'opt_in' },
        // The company beside a court is still the company changing the terms.
        'The arbitrator or we may modify these Terms at any time.',
      ],
      mustNotMatch: [
        'We will email you about any changes to these Terms; you may cancel your order before it ships.',

        'You may not modify the Software or create derivative works.',
        'You may change your password at any time.',
        'We may change any terms of your order before it ships.',
        'You may not modify any terms of the licence.',
        'We reserve the right to change or discontinue any aspect of the game at any time without notice to you.',
        'We may change any other settings you choose.',
        'Changes to this Agreement may be made only by a written document signed by both parties.',
        'No changes to this Agreement may be made except in writing signed by both parties.',
        'We reserve the right to remove or modify User Content for any reason, including content that we believe violates these Terms.',
        'If you use a work email address to access Services covered under these Terms, you may be prompted to update the email address of your account.',
        'If any provision is held unenforceable, the court may modify the terms of this Agreement to make it enforceable.',
        'If any provision is held unenforceable, a court of competent jurisdiction or an arbitrator may modify these Terms.',
        'You agree that we may automatically update that software, and these Terms will apply to any updates.',
        'We may update the game at any time, and these Terms will apply to any updates.',
        'We may update the games at any time; these Terms apply to the updated games.',
        // When the notice comes, not the change taking effect (notice-only's, C3).
        'If there are any significant changes to this Privacy Policy, we will update it here and notify you before the change becomes effective.',
      ],
    },
    {
      id: 'terms_change.changes-we-make',
      cue: [
        /\b(?:chang|modif|amend|updat|revis)\w*\s+(?:\S+\s+){0,3}?(?:make|makes|made)\s+to\b|\b(?:make|makes|made)\s+(?:\S+\s+){0,2}?(?:chang|modif|amend|updat|revis)\w*\s+(?:to|in)\b/,
        ANY_DOC,
      ],
      match: [
        // "those" and "such" point back to a document just named: "the service terms … and any subsequent modifications
        // we make to those terms".
        '#ChangeVerb (we|that we) .{0,2} (make|makes|made) to (these|this|the|our|those|such) .{0,2} #TermsDoc',
        '(make|makes|made) .{0,2} #ChangeVerb (to|in) (these|this|the|our) .{0,2} #TermsDoc',
      ],
      rejectEvidence: PRICE_OR_FEE,
      severity: 'medium',
      why: 'Changes the company makes to the document on its own are a unilateral change, however they are announced.',
      mustMatch: [
        'Any changes we make to this notice take effect when they are posted here.',
        'If we make material changes to this policy, they apply from the day we tell you by email.',
        '"Service Terms" means the service terms applicable to each Service, and any subsequent modifications we make to those terms.',
      ],
      mustNotMatch: [
        'If you make changes to your profile, they are saved.',
        'Any changes we make to this notice will be posted here.',
      ],
    },
    {
      id: 'terms_change.no-liability-for-changes',
      // A disclaimer of liability for modifications of the terms presupposes that the company makes them alone ("Acme
      // shall not be liable to you for any modifications to the Service or terms of service"; GUIDE C3: a unit that
      // says the terms may change). One for changes of the service alone stays out (service-change's mustNotMatch).
      cue: [
        /\b(?:liab|responsib)/,
        /\b(?:modification|amendment|change|revision)s?\s+(?:or\s+\w+\s+)?(?:to|of)\b/,
        ANY_DOC,
      ],
      match: [
        '(modification|modifications|amendment|amendments|change|changes|revision|revisions) or? (modification|modifications|amendment|amendments|change|changes)? (to|of) .{0,4} #TermsDoc',
      ],
      // The disclaimer is read over the whole sentence, and the document must be ours: "these Terms", "our policy", or
      // the service's own "terms of service" (not "the privacy policies of Acme's app store", "the terms of the store").
      rejectInUnit: {
        test: (before: string, evidence: string, after: string): boolean =>
          !liabilityDisclaimedBefore(before) ||
          !(
            /\b(?:these|this|our)\b/.test(evidence) ||
            /\bterms\s+of\s+(?:service|use)\b|^\s*of\s+(?:service|use)\b/.test(evidence + after)
          ),
      },
      // Another's terms: "changes to the terms of third-party services", "… of your bank".
      rejectAfter: /^\s*of\s+(?!(?:service|use)\b)/,
      rejectEvidence: {
        test: (evidence: string): boolean =>
          AMENDED_BY_OTHERS.test(evidence) || /\b(?:third[\s-]part|your|their)\w*/i.test(evidence),
      },
      // The negation is the disclaimer's, not the change's; who disclaims is read by the test before the hit ("to You or
      // any other party" is whom the company owes nothing, not a subject).
      implies: { stance: 'grant', negated: 'grant' },
      userSubject: true,
      severity: 'medium',
      why: 'A company that disclaims liability for its changes to the terms keeps the power to make them alone.',
      mustMatch: [
        'Acme shall not be liable to you for any modifications to the Service or terms of service made in accordance with this Section.',
        'You agree that we will not be liable to you or any third party for any losses suffered resulting from any modification or amendment of these Terms.',
      ],
      mustNotMatch: [
        'We are not liable for any changes to third-party terms.',
        'We are not liable for any changes to the terms of your bank account.',
        'Acme is not responsible for any changes to the terms of third-party services.',
        'You are responsible for any modifications to these Terms that you propose.',
        'Neither Acme nor its licensors will be liable for any change, suspension or discontinuation of the Services.',
        'We are not liable for any delay. Changes to these Terms are posted on this page.',
        'We are not responsible for any changes to the privacy policies of the app store operators.',
        'We are not liable for any changes to the terms of the app store.',
        'In addition to the fees described above and subject to the limits in this section, the Customer shall remain fully liable to Acme for any amendment of this Agreement.',
        'Subject to the other provisions of this Agreement and without prejudice to any other remedy, each party shall be responsible for any amendment to this Agreement that it requests.',
      ],
    },
    {
      id: 'terms_change.changes-effective-immediately',
      // Changes that take effect at once, with no notice beforehand (GUIDE: "effective on posting" is a grant): the
      // company's changes bind the user as soon as it makes them. A date the changes take effect is C3's notice. Only
      // changes of the document, the service or its prices, or changes that name nothing: changes to the user's things
      // ("the password", "the Customer's plan") or the law are none (S3).
      cue: [
        /\b(?:changes|modifications|amendments|revisions|updates)\b/,
        /\b(?:effective|into\s+effect|take\s+effect)\s+immediately\b/,
      ],
      match: [
        '(changes|modifications|amendments|revisions|updates) (to|made|that|which|of|in) .{0,60} (will|shall|may) (be|become|come|take) (into)? (effective|effect) immediately',
      ],
      // The user's changes, and changes of anything else than the document, the service or its prices (exchange or
      // interest rates and taxes are no price of the service's: OWNER_BEFORE).
      rejectEvidence: {
        test: (evidence: string): boolean => {
          if (USERS_CHANGE.test(evidence)) return true;
          const noun = CHANGE_NOUN.exec(evidence);
          return !!noun && changeOfOurs(evidence.slice(noun.index + noun[0].length)) === false;
        },
      },
      severity: 'medium',
      why: 'Changes that take effect as soon as the company makes them bind the user without agreement or notice.',
      mustMatch: [
        'However, changes made for legal reasons or in urgent situations like preventing ongoing abuse will be effective immediately upon notice.',
        'Changes to this Agreement which are more favourable to you or required by law will come into effect immediately.',
        'Changes that make this Annex more favorable to you shall come into effect immediately if so stated in the change notice.',
        'Other changes to the calling plans will take effect immediately without prior written notice where they are required by law.',
        'Changes to the calling plans that reduce your allowance will take effect immediately.',
        'However, changes made for legal reasons or to protect your security will be effective immediately upon notice.',
      ],
      mustNotMatch: [
        'Changes to your account settings will be effective immediately.',
        'Changes you make to your profile will take effect immediately.',
        'Any changes to your order will take effect immediately.',
        'Changes to this Agreement will take effect thirty days after we post them.',
        'Updates to the app are installed immediately.',
        'Changes to exchange rates shall come into effect immediately without notice.',
        'Changes to the password will take effect immediately.',
        "Changes to the Customer's plan will take effect immediately.",
        'Changes made in the account settings will take effect immediately.',
        'Changes in the law will take effect immediately.',
        'Modifications of the order by the buyer shall become effective immediately.',
      ],
    },
    {
      id: 'terms_change.amend-only-in-writing',
      // A document that can change only by a writing both sides sign takes no unilateral right: a limit (GUIDE, restrict).
      cue: [
        // Or a writing both sides execute ("… except as stated in the Order Form executed by you and us").
        anyOf(
          /\b(?:except|unless|other\s+than|save|only)\s+(?:\S+\s+){0,8}?(?:writing|written|instrument|signed|mutual)\b/,
          /\b(?:executed|agreed)\s+by\s+(?:you|us|both|each)\b/,
        ),
        /\b(?:no|not|never|only)\b/,
        ANY_DOC,
      ],
      match: [
        '(no|not) .{0,2} (amendment|amendments|modification|modifications|change|changes|variation|variations) .{0,6} #TermsDoc .{0,8} (except|unless|other than|save) .{0,8} (signed|executed|agreed) .{0,6} (both|each|parties|mutually)',
        '#TermsDoc (may|shall|will|can) not be .{0,6} #ChangeVerb .{0,14} (except|unless|other than|save) .{0,8} (signed|executed|agreed) .{0,6} (both|each|parties|mutually)',
        // "These Terms may be amended only by a written agreement signed by both parties", "This Agreement may only be
        // modified by a written amendment signed by both parties": "only" makes the same limit as "not … except".
        '#TermsDoc (may|shall|will|can|must) .{0,1} be (#ChangeVerb|or|and|supplemented|varied)+ only? (by|in|through|with) .{0,8} (signed|executed|agreed) .{0,6} (both|each|parties|mutually)',
        '#TermsDoc (may|shall|will|can|must) .{0,1} be (#ChangeVerb|or|and|supplemented|varied)+ only? (by|in|through|with) .{0,3} (mutual|mutually) .{0,3} (agreement|consent|agreed|written)',
        // "Changes to this Agreement may be made only by a written document signed by both parties".
        '(amendment|amendments|modification|modifications|change|changes|variation|variations) (to|of) .{0,3} #TermsDoc (may|shall|will|can|must) only? be (made|effective|valid|binding) only? (by|in|through|with|if|when|where) .{0,8} (signed|executed|agreed) .{0,6} (both|each|parties|mutually)',
        // Both sides named: "… except as stated in the Order Form executed by you and us".
        '#TermsDoc (may|shall|will|can) not be .{0,6} #ChangeVerb .{0,14} (except|unless|other than|save) .{0,10} (signed|executed|agreed) by (you|us|we) and (us|we|you)',
        '(no|not) .{0,2} (amendment|amendments|modification|modifications|change|changes|variation|variations) .{0,6} #TermsDoc .{0,8} (except|unless|other than|save) .{0,10} (signed|executed|agreed) by (you|us|we) and (us|we|you)',
      ],
      // A limit on the user alone leaves the company's power to change intact.
      rejectEvidence: /\bby\s+(?:you|the\s+user|customer)\b(?!\s+(?:or|and)\s+(?:us|we|the\s+company))/,
      implies: { stance: 'restrict', negated: 'restrict' },
      userSubject: true,
      severity: 'low',
      why: 'Only a change both sides sign binds: the company cannot rewrite the document on its own.',
      mustMatch: [
        {
          text: 'No amendment or modification of this Agreement shall be made except by a writing signed by both parties.',
          stance: 'restrict',
        },
        {
          text: 'The Agreement may not be amended, modified, or supplemented by you or us in any manner, except by an instrument in writing signed by each of you and us.',
          stance: 'restrict',
        },
        { text: 'These Terms may be amended only by a written agreement signed by both parties.', stance: 'restrict' },
        {
          text: 'This Agreement may only be modified by a written amendment signed by both parties.',
          stance: 'restrict',
        },
        {
          text: 'Changes to this Agreement may be made only by a written document signed by both parties.',
          stance: 'restrict',
        },
        { text: 'This Agreement may be amended only by mutual written agreement of the parties.', stance: 'restrict' },
        {
          text: 'This Agreement may not be modified except as stated in the Order Form executed by you and us.',
          stance: 'restrict',
        },
        {
          text: 'No amendment to these Terms is binding except as stated in an Order Form executed by you and us.',
          stance: 'restrict',
        },
        {
          text: 'This Agreement may be amended only by a written agreement signed by both parties or through a change order executed by both parties.',
          stance: 'restrict',
        },
      ],
      mustNotMatch: [
        'You may not modify the Software except as expressly permitted in writing.',
        'These Terms may not be amended except in writing by an authorized representative of Acme.',
        'This Agreement may not be modified by you unless agreed in writing by both parties.',
        'These Terms may not be modified except as stated in an amendment executed by us.',
        'We may amend this Agreement at any time by posting the amended terms.',
        // Limits on other things.
        'Orders may be changed only by a written request signed by both parties.',
        'The Software may be modified only with the written consent of both parties.',
        'Your settings may be changed only by you.',
      ],
    },
    {
      id: 'terms_change.except-our-changes',
      // C5: a limit on changes that excepts the company's own ("Except for changes made by Acme under section 12, any
      // amendment must be signed by both parties", "… or by the posting by Acme of a revised version") takes the stance
      // of its exception: a grant.
      cue: [
        /\b(?:except|other\s+than|save|or)\s+(?:for\s+)?(?:by\s+)?(?:a\s+|the\s+|any\s+)?(?:changes?|modifications?|amendments?|updates?|revisions?|posting|publication)\b|\b(?:except|save|or)\s+as\s+(?:expressly\s+|otherwise\s+|specifically\s+)?(?:permitted|provided|set\s+(?:out|forth)|described|stated|specified)\b|\bor\s+by\s+\S|\bwe\s+(?:may|can|will|reserve)\b[^.;]{0,30}?\b(?:chang|updat|modif|amend|revis)\w*\s+(?:it|them)\b/,
        ANY_DOC,
        // The unit limits changes ("only …", "must be agreed", "signed by both parties", "may not be modified").
        /\b(?:only|must\s+be\s+(?:agreed|signed|made)|signed\s+by\s+(?:both|each|all)|not\s+be\s+(?:modified|amended|changed|varied)|no\s+(?:amendment|modification|change|variation))\b/,
      ],
      match: [
        '(except|other than|save) for? (changes|modifications|amendments|updates|revisions) .{0,6} by (the|its|an|a)? .',
        'or by (a|the|any)? (change|changes|modification|modifications|amendment|amendments|update|updates|revision|revisions) .{0,8} by (the|its|an|a)? .',
        'or by the? (posting|publication) .{0,3} of (a|the|any) (revised|updated|new|modified|amended) (version|#TermsDoc)',
        // "Except as expressly permitted above, these Terms may be amended only by a written agreement signed by …", "may
        // not be modified except as provided in Section 12": the limit excepts what the document lets the company do (C5).
        '(except|save) as (expressly|otherwise|specifically)? (permitted|provided|set|described|stated) .{0,8} #TermsDoc .{0,4} (may|shall|will|can) .{0,1} be (#ChangeVerb|or|and|supplemented|varied)+ only',
        '#TermsDoc (may|shall|will|can) not be (#ChangeVerb|or|and|supplemented|varied)+ (except|save) as (expressly|otherwise|specifically)? (permitted|provided|set|described|stated)',
        // A second way beside the signed writing: "… signed by both parties, or by us", "… or by Acme posting a revised
        // version" (the one after "by" must be the company: rejectEvidence), "… or as set out in Section 12".
        '(signed|executed|agreed) .{0,6} (both|each|parties|mutually) .{0,2} or by (the|its|an|a)? .',
        '(signed|executed|agreed) .{0,6} (both|each|parties|mutually) .{0,2} or as (set|described|provided|permitted|specified|stated) (out|forth)? (in|under)',
        // The company keeps its own power in the next clause: "… signed by both parties; we may update it from time to
        // time" (G4: the unit's grant).
        '(signed|executed|agreed) .{0,6} (parties|party|us) (however|but)? we (may|can|will|reserve) .{0,4} #ChangeVerb (it|them)',
      ],
      // An exception that points at a writing both sign ("except as provided in a writing signed by both parties", "or
      // as described in the Order Form executed by you and us") is the limit again, no way of the company's own.
      rejectInUnit: {
        test: (_before: string, evidence: string, after: string): boolean =>
          EXCEPTION_POINTS_ON.test(evidence) && (AGREED_CHANGE.test(after) || EXECUTED_BY_AFTER.test(after)),
      },
      // Only the company's own changes are excepted: changed by the user, a committee, both parties or a writing they
      // sign, the limit stands (amend-only-in-writing's). The hit ends at the one who changes ("… by the Customer").
      rejectEvidence: {
        test: (evidence: string, firstParty?: FirstPartyNames): boolean => {
          // Read word by word: as a regex anchored at the end it was polynomial for recheck.
          const words: readonly string[] = evidence.toLowerCase().match(/[\w-]+/g) ?? [];
          const by = words.lastIndexOf('by');
          if (by < 0 || by < words.length - 3) return false;
          const who = words.slice(by + 1).filter((w) => !['the', 'its', 'a', 'an'].includes(w));
          return who.length > 0 && !namesService(who.join(' '), firstParty);
        },
      },
      implies: { stance: 'grant', negated: 'grant' },
      userSubject: true,
      severity: 'medium',
      why: 'A rule that changes need both parties, except the company’s own changes, leaves the company free to change the document alone.',
      mustMatch: [
        'Except for changes made by Acme under section 12, this Agreement may be amended only in writing signed by both parties.',
        'Except for modifications to these Terms by Acme under Clause 12, any amendment must be agreed to by both parties.',
        'This Agreement will not be modified except by a writing signed by both parties, or by a change to this Agreement made by Acme as set forth in Section 6.',
        'This Agreement may only be modified by a written amendment signed by both parties, or by the posting by Acme of a revised version.',
        'Except as expressly permitted above, these Terms may be amended only by a written agreement signed by authorized representatives of all parties to these Terms.',
        'This Agreement may not be modified except as provided in Section 12.',
        'Except as otherwise provided in this Agreement, this Agreement may be amended only by a written agreement signed by both parties.',
        'This Agreement may be amended only by a written agreement signed by both parties, or by us.',
        'These Terms may be amended only by a writing signed by both parties, or as set out in Section 12.',
        'This Privacy Policy may be changed only by a writing signed by both parties; we may update it from time to time by posting a new version.',
      ],
      mustNotMatch: [
        // An exception that is no change of the document.
        'Except as expressly permitted above, you may not modify the Software.',
        'Except as provided in Section 4, these Terms apply to all users.',
        // The exception or the second way is a writing both sign.
        'This Agreement may not be modified except as provided in a writing signed by both parties.',
        'These Terms may not be changed except as stated in the Order Form executed by you and us.',
        'This Agreement may be amended only by a written agreement signed by both parties or by an amendment signed by both parties.',
        'This Agreement may be amended only by a written agreement signed by both parties or as described in the Order Form signed by both parties.',
        'This Agreement may be amended only by a writing signed by both parties; we may assign it at any time.',
        'No amendment of this Agreement shall be made except by a writing signed by both parties.',
        'This Agreement may be amended only by a writing signed by both parties or by an order of a court.',
        'Except for changes made by you, this Agreement may be amended only in writing signed by both parties.',
        'Except for changes made by the Customer in the Admin Console, this Agreement may be amended only in writing signed by both parties.',
        'This Agreement may be amended only in writing, or by a change agreed by the Steering Committee.',
        // No limit on changes: a warranty or liability exclusion, a way to give notices.
        'Except for modifications made by the user, Acme warrants that the Software will perform as described.',
        'Except for modifications made by Acme, Acme is not responsible for the Software under this Agreement.',
        'Notices under this Agreement may be given by email or by the posting of a new version of the notice on the Site.',
      ],
    },
    {
      id: 'terms_change.no-retroactive-change',
      // Changes that leave what the user already has under the old terms ("orders keep the old terms") limit the
      // company's power to change (GUIDE C5).
      cue: [
        /\b(?:will|shall|do|does)\s+not\s+(?:apply|affect|be\s+applied)\b|\bin\s+(?:effect|force)\s+at\s+the\s+time\b/,
      ],
      match: [
        '(change|changes|modification|modifications|amendment|amendments|revisions|updates) (to|of|in) (these|this|the|our|any) .{0,2} #TermsDoc .{0,3} (will|shall|do|does) not (apply|affect|be applied) .{0,4} (retroactive|retroactively|order|orders|dispute|disputes|claim|claims|purchase|purchases|subscription|subscriptions|before|prior)',
        '(any|such|these|the|all) (changes|modifications|amendments|revisions|updates) (will|shall|do|does) not (apply|be applied) retroactively',
        // Only the moment the user acted or the data came in; "in effect at the time of your use" is the newest terms.
        '(governed|subject) (by|to) the .{0,5} in (effect|force) at the time (such|the|your|you|it|of|when)? .{0,3} (collected|placed|purchased|accepted|agreed|received|submitted|provided|collection|purchase|prepayment|payment|order|orders)',
      ],
      rejectEvidence: /\b(?:prices?|pricing|fees?|settings?|account|password|preferences?|features?)\b/,
      // "…, but will otherwise apply to you immediately": the change still reaches the user.
      rejectAfter: /^[^.;]{0,80}\b(?:but|however|otherwise)\b/,
      implies: { stance: 'restrict', negated: 'restrict' },
      severity: 'low',
      why: 'A change does not reach back: what the user already agreed to stays under the terms of that time.',
      mustMatch: [
        {
          text: 'Changes to the Terms will not affect any orders you have placed where we have sent the confirmation.',
          stance: 'restrict',
        },
        { text: 'Any modifications will not apply retroactively.', stance: 'restrict' },
        {
          text: 'If you have prepaid for any Paid Services prior to a modification, your use of them is governed by the version of this Agreement in effect at the time of your payment.',
          stance: 'restrict',
        },
        {
          text: 'A material change to this Arbitration Agreement will not apply to any Claim you had already filed.',
          stance: 'restrict',
        },
        {
          text: 'Use of information we collect is subject to the Privacy Policy in effect at the time such information is collected.',
          stance: 'restrict',
        },
      ],
      mustNotMatch: [
        'Changes to your settings will not affect orders you have already placed.',
        'Price changes will not apply to orders placed before the change.',
        'Price changes will not apply retroactively.',
        'Use of information we collect is subject to the Privacy Policy in effect at the time such information is used.',
        'Your use of the Services is governed by the Terms in effect at the time of your use.',
        'Changes to these Terms will not affect any orders you placed before the change, but will otherwise apply to you immediately.',
        'These Terms apply to any update of the app.',
      ],
    },
    {
      id: 'terms_change.paid-period-keeps-terms',
      // A member who has paid at the time of a change keeps the terms of that time until the subscription renews
      // (GUIDE C5).
      cue: [/\bcontinue\s+to\s+(?:govern|apply\s+to)\s+your\b/],
      match: [
        '#TermsDoc (will|shall) continue to (govern|apply to) your (membership|subscription|order|orders|purchase|purchases) until',
      ],
      // The change must be named before, in its sentence ("at the time of any change"): without one the clause says only
      // how long the agreement lasts (S3). The change word is kept out of the match, whose anchor decides the actor.
      rejectBefore: /(?:^|[.;!?])(?![^.;!?]*\b(?:chang|modif|amend|revis|updat))[^.;!?]*$/,
      rejectAfter: /^[^.;]{0,80}\b(?:but|however|otherwise)\b/,
      implies: { stance: 'restrict', negated: 'restrict' },
      severity: 'low',
      why: 'A change does not reach a paid membership: the terms of that time govern it until it renews.',
      mustMatch: [
        {
          text: 'If you are a subscribing member at the time of any change, unless otherwise indicated this Agreement will continue to govern your membership until your subscription renews.',
          stance: 'restrict',
        },
        {
          text: 'For members who have prepaid at the time of a modification, these Terms will continue to apply to your subscription until it renews.',
          stance: 'restrict',
        },
      ],
      mustNotMatch: [
        'This Agreement will continue to apply to your subscription until you cancel it or we terminate it.',
        'These Terms will continue to govern your membership until your subscription ends.',
        'We may change these Terms at any time. This Agreement will continue to govern your membership until you cancel it.',
      ],
    },
    {
      id: 'terms_change.object-then-leave',
      // C1: an objection whose only remedy is to leave ("If Customer objects to any such change, Customer may terminate
      // the Agreement", "If any change is unacceptable to you, you agree not to use the Services") leaves the change
      // binding: a grant, where reject-changes would read an opt-out.
      cue: [
        /\b(?:object(?:s|ing)?\s+to|unacceptable|not\s+acceptable|reject(?:s|ing)?)\b/,
        /\b(?:terminat|clos|cancel|stop|ceas|discontinu|end\b|not\s+(?:to\s+)?use)/,
      ],
      match: [
        '(object|objects|objecting) to .{0,3} (such|the|these|any|this)? (modification|modifications|change|changes|amendment|amendments) .{0,12} (terminate|close|cancel|stop|cease|discontinue|end)',
        '(reject|rejecting) .{0,3} (such|the|these|any|this)? (modification|modifications|change|changes|amendment|amendments) .{0,6} (terminate|close|cancel|stop|cease|discontinue)',
        '(modification|modifications|change|changes|amendment|amendments) (is|are) (unacceptable|not acceptable) .{0,12} (terminate|close|cancel|stop|cease|discontinue|end|not use|not to use)',
        // "If you object to the new Terms, you must close your account".
        '(object|objects|objecting) to .{0,2} (new|revised|updated|modified|amended|changed) #TermsDoc .{0,8} (terminate|close|cancel|stop|cease|discontinue|end)',
      ],
      // A change of prices or of who processes data (sub-processors) is no change of the terms; nor a change named as
      // of something else ("changes to the way we process your data").
      rejectEvidence: OBJECTED_CHANGE_NOT_OF_TERMS,
      // The objection keeps the current terms as well: reject-changes' opt-out (C1).
      rejectAfter: RegExp(String.raw`^[^.]{0,80}?${KEEPS_CURRENT_TERMS}`),
      implies: { stance: 'grant', negated: 'grant' },
      userSubject: true,
      severity: 'medium',
      why: 'A change the user can refuse only by leaving the service binds everyone who stays.',
      mustMatch: [
        {
          text: 'If Customer objects to any such change, Customer may terminate the Agreement by giving written notice within 90 days.',
          stance: 'grant',
        },
        {
          text: 'If any change is unacceptable to you, you agree not to use the Services and to end the Agreement.',
          stance: 'grant',
        },
        {
          text: 'If you wish to exercise your right to reject such changes, you should stop using the service.',
          stance: 'grant',
        },
        { text: 'If you object to the new Terms, you must stop using the Service.', stance: 'grant' },
        { text: 'If you object to the revised Terms, you must close your account.', stance: 'grant' },
        // The current terms kept only until the user leaves, or kept on view (review of tc41).
        {
          text: 'If you object to the changes, you may terminate your account; the current terms will continue to apply until the termination takes effect.',
          stance: 'grant',
        },
        {
          text: 'If you object to the changes, you may close your account; the current version will remain available on our website for your reference.',
          stance: 'grant',
        },
      ],
      mustNotMatch: [
        'You may object to the processing of your data and close your account.',
        'If you object to a price change, you may cancel your subscription.',
        'If Buyer objects to the change in such Sub-processors, Acme may terminate the portion of the Agreement relating to the Services.',
        'If you object to the changes, you may terminate the Agreement, or the current terms continue to apply.',
        // The previous version kept by name (after review of tc41): reject-changes' opt-out.
        'If you object to the changes, you may terminate, or the prior version of the Terms continues to apply.',
      ],
    },
    {
      id: 'terms_change.leave-after-change',
      // C1 said from the way out: the user may end the service "if we have told you about an upcoming change", or "if
      // you do not wish to continue after a change": leaving is the only remedy, so the change binds whoever stays.
      cue: [
        /\b(?:terminat|cancel|clos|end|stop|discontinu)/,
        /\b(?:told|notified|informed)\s+you\s+(?:about|of)\b|\bnot\s+(?:wish|want)\s+to\s+continue\b/,
      ],
      match: [
        '(terminate|cancel|close|end|stop|discontinue) .{0,18} (if|because|where|when|after) we (have|had)? (told|notified|informed) you (about|of) .{0,3} (change|changes|modification|modifications|amendment|amendments)',
        '(not|no longer) (wish|want) to continue .{0,6} (after|following) (a|any|the|such|this|that) .{0,2} (change|changes|modification|modifications|amendment|amendments) .{0,4} (may|can|must|should) (terminate|cancel|close|stop|discontinue|end)',
      ],
      // A change named as of something else than the terms, the service or its prices ("a change to your delivery date",
      // "a change in the departure time"), a change of sub-processors, or one order or booking ended rather than the
      // relation ("cancel your booking"): none. A price change left only to cancelling is a grant (S2, C1).
      rejectInUnit: {
        test: (_before: string, evidence: string, after: string): boolean => {
          const noun = CHANGE_NOUN.exec(evidence);
          return (
            /\b(?:sub-?)?processors?\b/.test(evidence) ||
            ENDS_ONE_TRANSACTION.test(evidence + after.slice(0, 40)) ||
            (!!noun && changeOfOtherThing(evidence.slice(noun.index + noun[0].length))) ||
            changeOfOtherThing(after)
          );
        },
      },
      implies: { stance: 'grant', negated: 'grant' },
      userSubject: true,
      severity: 'medium',
      why: 'A change the user can answer only by leaving the service binds everyone who stays (C1).',
      mustMatch: [
        {
          text: 'You may terminate your use of the Services at any time (including if we have told you about an upcoming change to these Terms which you do not agree to).',
          stance: 'grant',
        },
        {
          text: 'If you do not wish to continue Services after a change, you may terminate Services via the Customer Portal at any time.',
          stance: 'grant',
        },
        {
          text: 'If you do not wish to continue after a price change, you may cancel your subscription.',
          stance: 'grant',
        },
        {
          text: 'You may cancel your subscription if we have told you about a change of the subscription price.',
          stance: 'grant',
        },
      ],
      mustNotMatch: [
        'You may terminate your account at any time if we have told you about a security incident.',
        'You can cancel your order if we have notified you of a change to your delivery date.',
        'You can cancel your booking if we have told you about a change in the departure time.',
        'You can cancel your booking if we have notified you of a change.',
        'You may terminate this Agreement at any time by notifying us.',
      ],
    },
    {
      id: 'terms_change.accept-new-to-continue',
      // "you may not be able to use the Services until you have downloaded the latest version and accepted any new
      // terms": new terms the user must accept to go on using the service bind whoever stays (C1: the only other way is
      // to stop using it).
      cue: [
        /\b(?:not\s+be\s+able|unable|cannot|can\s+not|can['’]t)\b/,
        /\b(?:until|unless)\s+you\b/,
        /\b(?:new|updated|revised|modified|changed)\s+(?:\S+\s+)?(?:terms|agreement|polic|conditions|eula)/,
      ],
      match: [
        '(able|unable|cannot|not) to? (use|access|continue) .{0,14} (until|unless) you .{0,12} (accept|accepted|agree|agreed|consent|consented) (to)? (any|the|our|such)? (updated|revised|modified|changed) #TermsDoc',
        '(able|unable|cannot|not) to? (use|access|continue) .{0,14} (until|unless) you .{0,12} (accept|accepted|agree|agreed|consent|consented) (to)? (these|our|any) new #TermsDoc',
      ],
      // New terms of something new rather than the document changed: "the new terms that apply to it", "new terms for
      // the Beta" (C3). The hit may end inside the document's word ("new term|s"): the rest of it is skipped.
      rejectAfter:
        /^[a-z]*\s*(?:(?:that|which)\s+(?:\w+\s+)?(?:apply|applies|govern|governs|cover|covers)\b|(?:for|of|applicable\s+to|governing)\s)/,
      implies: { stance: 'grant', negated: 'grant' },
      userSubject: true,
      severity: 'medium',
      why: 'New terms the user must accept to keep using the service bind everyone who stays (C1).',
      mustMatch: [
        'Depending on the update, you may not be able to use the Services until you have downloaded the latest version of the Software and accepted any new terms.',
      ],
      mustNotMatch: [
        'You may not be able to use the Services until you accept these Terms.',
        'You cannot use the app until you have downloaded the latest version.',
        'You cannot use the new feature until you accept the new terms that apply to it.',
        'You cannot use the Beta until you accept any new terms for the Beta.',
      ],
    },
    {
      id: 'terms_change.opt-out-of-changes',
      // "you may opt out of any material change to the arbitration agreement": objecting keeps the current terms (C1).
      cue: [/\bopt(?:ing)?[\s-]?out\s+of\s+(?:\S+\s+){0,3}?(?:changes?|revisions?|modifications?|amendments?)\b/],
      match: [
        '(may|can|right to|by) .{0,2} (opt|opting) out of (any|a|the|such|all)? (material|substantive|future)? (change|changes|revision|revisions|modification|modifications|amendment|amendments) (to|of) .{0,4} (#TermsDoc|provision|provisions|arbitration)',
      ],
      implies: { stance: 'conditional', condition: 'opt_out' },
      userSubject: true,
      severity: 'medium',
      why: 'A change binds the user unless they opt out of it in time.',
      mustMatch: [
        {
          text: 'You may opt out of any material change to the Arbitration Agreement by sending written notice within 30 days.',
          stance: 'conditional',
          condition: 'opt_out',
        },
      ],
      mustNotMatch: [
        'You may opt out of marketing emails at any time.',
        'You can opt out of changes to your feed.',
        'Your notice must state that you want to opt out of a material change to the Arbitration Agreement.',
      ],
    },
    {
      id: 'terms_change.no-duty-to-notify',
      // Disclaiming any duty to announce changes is the change taken at will, with no notice at all (GUIDE C3).
      cue: [
        /\b(?:no|not\s+(?:be\s+)?(?:under\s+any|have\s+any))\s+(?:obligation|duty)\s+to\s+(?:notify|inform|tell|alert|give)/,
        ANY_DOC,
      ],
      match: [
        '(no|any) (obligation|duty) to (notify|inform|tell|alert|give) .{0,3} (of|about)? .{0,2} #ChangeVerb (to|of|in) (these|this|our) .{0,2} #TermsDoc',
      ],
      rejectEvidence: PRICE_OR_FEE,
      // The "no" is the rule's own: the clause takes the change without notice, it denies nothing.
      implies: { stance: 'grant', negated: 'grant' },
      severity: 'high',
      why: 'The company can change the document without telling anyone, so a user cannot know which terms apply.',
      mustMatch: [
        'We are under no obligation to notify you of any changes to these Terms.',
        'Acme shall not have any duty to inform users about updates to this Policy.',
      ],
      mustNotMatch: [
        'We have no obligation to notify you of changes to your order.',
        'We have no obligation to notify you of changes to our fees under these Terms.',
        'We have no obligation to inform you of changes to the policies of third parties.',
        'Customer has no obligation to inform Provider of changes to its internal policies.',
        'You have no duty to notify us of changes to your employment contract.',
      ],
    },
    {
      id: 'terms_change.when-we-change',
      // A change announced as a condition ("If we change this policy, we will post …", "When we update these Terms, we
      // will notify you"): the company changes the document on its own; notice beforehand does not change the stance.
      cue: [
        /\b(?:if|when|whenever|should|once|where)\s+(?:\S+\s+){0,3}?(?:chang|modif|amend|updat|revis)\w*\s+(?:these|this|the|our|its)\b/,
        ANY_DOC,
      ],
      match: ['(if|when|whenever|should|once|where) .{0,3} #ChangeVerb (these|this|the|our|its) .{0,2} #TermsDoc'],
      // "Should we change …" opens a condition; "the court should modify the terms" is a modal of another subject.
      rejectEvidence:
        /\byou\b|\bprices?\b|\bfees?\b|^should\s+(?:not\s+)?(?:chang|modif|amend|updat|revis|alter|replac|supplement)/i,
      rejectBefore: COURT_BEFORE,
      severity: 'medium',
      why: 'A change announced for when the company makes it is a change the company makes on its own.',
      mustMatch: [
        // C1: rejecting the changes only by leaving the service keeps the grant.
        {
          text: 'If we change the Terms in any substantive way, we will give you seven days notice, during which you may reject the changes by terminating your account.',
          stance: 'grant',
        },
        'If we change this policy, the new version applies from the day we post it on this page.',
        'When we decide to update these Terms, the updated Terms bind you once we email them.',
        // A change the user is asked to accept binds only with that consent.
        {
          text: 'We will obtain your consent if and when we materially change this Privacy Policy.',
          stance: 'conditional',
          condition: 'opt_in',
        },
      ],
      mustNotMatch: [
        'If we change this policy, we will post the new version on this page.',
        'If you change the settings of your account, the change applies at once.',
        'When you update your privacy notice preferences, we save them.',
        'If a court finds any part of it unenforceable, you and we agree that the court should modify the terms to make that part enforceable.',
      ],
    },
    {
      id: 'terms_change.if-we-make-changes',
      // "If we make material changes, we will notify you …" in a clause that names the document (the policy, these
      // Terms): the changes are the company's changes to it. Changes to the service, features or prices are not these.
      cue: [
        /\b(?:if|when|whenever|should)\s+we\s+(?:\S+\s+)??(?:make|made)\s+(?:\S+\s+){0,2}?(?:chang|modif|amend|revis|updat)/,
        ANY_DOC,
      ],
      match: [
        '(if|when|whenever|should) we .{0,1} (make|made) .{0,2} (changes|modifications|amendments|revisions|updates)',
      ],
      rejectAfter:
        /^\s*(?:to|in|of)\s+(?:the\s+|our\s+|any\s+)?(?:services?|products?|features?|apps?|site|website|platform|prices?|pricing|fees?|plans?)\b/,
      severity: 'medium',
      why: 'Changes the company makes to the document it names, announced or not, bind the user without agreement.',
      mustMatch: ['If we make significant changes, we will let you know, but please check this policy regularly.'],
      mustNotMatch: ['If we make changes to the service, we will tell you as this policy describes.'],
    },
    {
      id: 'terms_change.revised-version-effective',
      // The change stated by what follows it: a revised document that takes effect or is posted, changes that become
      // effective or are announced, a document "subject to periodic updates". Notice does not change the stance (C3
      // keeps bare notice channels and "check this page" out: they name no change taking effect).
      cue: [
        /\b(?:updated|revised|amended|modified|new|changed|chang|modif|amend|updat|revis)/,
        /\b(?:effective|takes?\s+effect|appl(?:y|ies)|posted|published|binding|govern|notified|announced|communicated|subject\s+to)/,
      ],
      match: [
        '(updated|revised|amended|modified|new) (version|versions)? (of)? (this|these|the|our|any)? .{0,2} #TermsDoc .{0,6} (effective|take effect|takes effect|apply|applies|posted|published|binding|govern|governs)',
        '(changes|modifications|amendments|revisions|updates) (made|we make)? .{0,4} (will|shall) (be|become) (effective|binding|notified|announced|communicated)',
        '(this|these|the|our) .{0,2} #TermsDoc (is|are) subject to .{0,2} (periodic|occasional|future)? #ChangeVerb',
        // The document opening the sentence with no determiner: "Terms and conditions are subject to change".
        '^(#TermsDoc|#PartDoc) .{0,3} (is|are) subject to .{0,2} (periodic|occasional|future)? #ChangeVerb',
      ],
      // The user's things, prices (price-change's), or changes named as of something else ("changes to the billing
      // address", changeOfOurs).
      rejectEvidence: {
        test: (evidence: string): boolean => {
          if (/\b(?:your|account|settings|orders?|booking|subscription|plan|prices?|fees?|charges?)\b/.test(evidence))
            return true;
          const noun = /^(?:changes|modifications|amendments|revisions|updates)\b/i.exec(evidence);
          return !!noun && changeOfOurs(evidence.slice(noun[0].length)) === false;
        },
      },
      severity: 'medium',
      why: 'A revised document that takes effect when the company posts it is a change the user did not agree to.',
      mustMatch: [
        'An updated version of this Policy will be effective immediately upon posting.',
        'Changes made for legal reasons will be effective immediately upon notice.',
        'This cookie policy is subject to periodic updates.',
        'Terms and conditions are subject to change.',
      ],
      mustNotMatch: [
        'Changes to your account settings will be effective immediately.',
        'New prices will be posted on our website.',
        'The way we handle your data hasn’t changed, so this policy still governs.',
        'Changes to the billing address will be effective immediately.',
      ],
    },
    {
      id: 'terms_change.document-will-change',
      cue: [new RegExp(String.raw`\b${TERMS_DOC_LAST_WORD}\s+(?:may|can|might|will)\s+(?:also\s+)?${CHANGE_STEM}`)],
      match: ['(these|this|the|our) .{0,2} #TermsDoc (may|can|might|will) (also)? #ChangeVerb'],
      // "Nothing in these Terms will change your rights", "This Policy will replace any earlier notice": the document
      // acting on something else, not the document changing.
      rejectBefore: /\b(?:nothing|no\s+(?:provision|part|term)s?)\s+(?:(?:contained\s+)?in|of)\s*$/,
      rejectAfter:
        /^\s*(?:or\s+(?:supersede|replace|override)\s+)?(?:(?:any|all)\s+(?:earlier|previous|prior|other)\s+(?:notices?|terms|agreements?|versions?|polic(?:y|ies))|(?:your|any)\s+(?:statutory|legal|consumer)\s+rights?)\b/,
      severity: 'medium',
      why: 'A document that says it will change tells the user its terms are not fixed.',
      mustMatch: [
        'Our guidelines will change as the community grows.',
        'These policies may change from time to time.',
        'These Terms of Use may change at any time.',
        'Our ToS may change without notice.',
        'These terms may change or update your rights at any time.',
      ],
      mustNotMatch: [
        'The terms will apply to any update of the app.',
        'Nothing in these Terms of Use will change or limit your right to cancel within 14 days.',
        'No provision of this Agreement will modify your statutory rights.',
        'This Privacy Policy will replace any earlier notice we gave you.',
        'These Terms may change your legal rights.',
        'These Terms will change or supersede any prior agreements between us.',
      ],
    },
    {
      id: 'terms_change.continued-use',
      cue: [
        /\b(?:use|using|access)/,
        /\b(?:accept|agree|consent|bound|informed)/,
        anyOf(
          /\bcontinu|\b(?:after|following)\b[^.]{0,80}\b(?:constitut|means|signif|deemed|indicat|confirm)|\b(?:treat|regard)/,
          /\bkeep(?:s|ing)?\s(?:using|accessing)\b|\b(?:count|amount)s?\s(?:as|to)\b/,
        ),
        // A change named in the unit: continued use that accepts the terms as they are is no change (C3).
        CONTINUED_USE_CHANGE,
      ],
      match: [
        '(continued|continuing|continue) .{0,3} (use|access|using|accessing) .{0,20} (constitutes|constitute|means|signifies|deemed|indicates|confirms|will) .{0,4} (acceptance|accept|agreement|consent|agree|acknowledgement)',
        '(by|if you) (continuing|continue) to (use|access) .{0,12} (you|will)? .{0,3} (agree|accept|consent|bound|agreeing|accepting|consenting)',
        // "If you keep using the App after the changes take effect, you agree to the new Terms".
        '(by|if you) (keep|keeping) (using|accessing) .{0,12} (after|following) .{0,6} (#ChangeVerb|changes|change|new|revised|update|updates) .{0,12} (you|will)? .{0,3} (agree|accept|consent|bound|agreeing|accepting|consenting)',
        // "Using the Services after an update to these Terms counts as acceptance of the update".
        '(use|using|access|accessing) .{0,6} (after|following) .{0,6} (#ChangeVerb|changes|change|new|revised|update|updates) .{0,8} (counts|count|amounts|amount) (as|to) .{0,2} (acceptance|agreement|consent)',
        // "Your continued use … after any changes to this Notice shall indicate that you have been duly informed of the
        // revised terms": the change binds whoever stays.
        '(continued|continuing) (use|access) .{0,16} (after|following) .{0,10} (indicate|indicates|mean|means|constitute|constitutes|confirm|confirms) that you (have|are) been? (duly)? (informed|notified)',
        '(continued|continuing) (use|access) .{0,8} as (acceptance|agreement|consent|your acceptance|your agreement)',
        '(use|access) .{0,6} (after|following) .{0,8} (constitutes|constitute|means|signifies|deemed|indicates|confirms) .{0,4} (acceptance|agreement|consent)',
        '(by|after) (continuing|continued) to (use|access) .{0,12} you (confirm|signify|indicate) .{0,2} (acceptance|agreement|consent)',
        '(bound|accept|agree) .{0,6} if you (continue|keep) (to use|using|to access|accessing)',
        // The user's use by any name, with its owner ("their use", "the Customer's use", "Licensee's use"); "the use of
        // a website" alone is no one's.
        '(treat|treats|regard|regards) (your|any|such|their|its) (continued|continuing)? (use|access) .{0,4} as .{0,2} (acceptance|agreement|consent)',
        `(treat|treats|regard|regards) the? (${ROLE_POSSESSIVES}) (continued|continuing)? (use|access) .{0,4} as .{0,2} (acceptance|agreement|consent)`,
        // "Your use … (a long aside) … following the posting of the revised Terms will constitute your acceptance".
        '(following|after) the (posting|publication) of .{0,8} (will|shall)? (constitute|constitutes) .{0,2} (acceptance|agreement|consent)',
      ],
      rejectEvidence: /\bprices?\b|\bfees?\b|\bsubscription\b/,
      userSubject: true,
      severity: 'medium',
      why: 'Treating continued use as acceptance lets changes bind users who never read them.',
      mustMatch: [
        'Your continued use of the Services after changes are posted constitutes your acceptance of the new Terms.',
        'If you continue to use the Services after the effective date of the Changes, then you agree to the revised terms and conditions.',
        'By continuing to access the site after revisions become effective, you agree to be bound by the revised terms.',
        'We will treat your continued use of the app as acceptance of the new version.',
        "If the Customer uses the Services after the Terms have changed, Acme will treat the Customer's use as acceptance of the updated Terms.",
        'If users use the Services after the Terms have changed, Acme will treat their use as acceptance of the updated Terms.',
        'By continuing to use the Platform after changes are made, you confirm your acceptance of the revised Terms.',
        'Once any updated Terms are in effect, you will be bound by them if you continue to use the app.',
        'Your access to the Services following such modification constitutes your acceptance of the Terms as modified.',
        'Use of the site after an update is posted is deemed to constitute acceptance of it.',
        'If you use the Services after the date on which the Terms have changed, Acme will treat your use as acceptance of the updated Terms.',
        'Your use of the Services (such as through your purchase of any Products) or your purchase of new Services following the posting of the revised Terms will constitute your acceptance of the changes.',
        'Continuing to use the Services after changes means you accept them.',
        'If you keep using the App after the changes take effect, you agree to the new Terms.',
        'Using the Services after an update to these Terms counts as acceptance of the update.',
        'Your continued use of our services after any changes to this Privacy Notice shall indicate that you have been duly informed of the revised terms.',
        // The change named by edits, the latest version or "such posting" (review of tc41).
        'Continued use of the Site after any such edits are posted will constitute your acceptance.',
        'Your continued use of the Services constitutes acceptance of the latest terms.',
        'Your continued use of the Services after such posting constitutes your acceptance.',
      ],
      mustNotMatch: [
        // Continued use with no change named accepts the terms as they are.
        'By continuing to use the Services you agree to these Terms.',
        'Your continued use of the Site constitutes your acceptance of these Terms.',
        'Using the product after delivery counts as acceptance of the goods.',
        'Using the Service after you receive the invoice counts as acceptance of the charges.',
        'If you keep using the App, you agree to these Terms.',
        'By keeping using the App you accept cookies.',
        // "new" names no change of the document (review of tc41).
        'Continued use of the Services after you receive a new device constitutes acceptance of these Terms.',
        'Your continued use of the Site constitutes acceptance of this Privacy Policy and our use of new technologies.',

        'You may continue to use the free plan.',
        'We treat the use of the chat feature as consent to the recording of the conversation.',
        'Under European law, regulators do not regard the use of a website as consent to non-essential cookies.',
      ],
    },
    {
      id: 'terms_change.acceptance-of-revised',
      // Acceptance of the newest version by another act than use: "the renewal will constitute acceptance by you of the
      // revised Agreement", "upon your use of the Services, you accept the last updated version of the Agreement" (G7).
      cue: [
        /\brenewal\b[^.;]{0,40}\bconstitut|\b(?:last|latest|most\s+recent(?:ly)?)\s+(?:updated|revised|amended|modified)\s+version\b/,
        /\b(?:accept|agree|consent|bound)/,
      ],
      match: [
        'renewal (will|shall)? (constitute|constitutes) (your)? (acceptance|agreement|consent) .{0,4} (revised|updated|amended|modified|new|changed) .{0,2} #TermsDoc',
        '(accept|agree to|bound by) the (last|latest|most recent|most recently) (updated|revised|amended|modified) version of (the|these|this|our) .{0,2} #TermsDoc',
      ],
      userSubject: true,
      severity: 'medium',
      why: 'Treating a renewal or any later use as acceptance of the newest version lets changes bind users who never read them.',
      mustMatch: [
        'If you continue your subscription, the renewal will constitute acceptance by you of the revised Agreement.',
        'Upon your use of any of our Services, you accept the last updated version of the Agreement.',
      ],
      mustNotMatch: [
        'The renewal will constitute acceptance of the order.',
        'You accept the version of the Terms in force when you sign up.',
      ],
    },
    {
      id: 'terms_change.deemed-acceptance',
      // C1: changes that bind the user unless they stop using the service (or that they are deemed to accept).
      cue: [
        /\b(?:deemed|considered)\s+(?:that\s+you\s+have|to\s+have|you\s+have|as\s+having|to\s+be\s+accepted|accepted)\b|\bnot\s+(?:accept|agree|consent)\b|\bdisagrees?\s+with\b|\b(?:sole|only|exclusive)\s+(?:remedy|recourse)\b|\b(?:not|failure\s+to|failing\s+to)\s+(?:cancel|terminat|clos|delet)\w*\s+(?:your|this|the)\b/,
        /\b(?:accept|agree|modif|chang|amend|updat|revis)/,
      ],
      match: [
        '(deemed|considered) that you have .{0,2} (accepted|agreed)',
        '(you|your) .{0,4} (deemed|considered) to have .{0,2} (accepted|agreed)',
        '(not|never) (accept|agree|agree to|consent to) .{0,3} (such|the|these|any|this)? (modification|modifications|change|changes|update|updates|amendment|amendments|revised|new|updated|modified|amended|changed)',
        '(disagree|disagrees) with .{0,3} (modification|modifications|change|changes|update|updates|amendment|amendments|revised|new|updated)',
        '(deemed|considered) as having .{0,2} (accepted|agreed)',
        '(modifications|changes|amendments|provisions|terms) (shall|will) be (deemed|considered) (to be)? (accepted|agreed)',
        '(sole|only|exclusive) (remedy|recourse) .{0,4} (is|will be|shall be) to (stop|cease|refrain|close|terminate|discontinue|cancel|end)',
        // Staying is the consent: "not canceling your agreement … before the effective date will be deemed your consent
        // to the amended terms" (C1, G7: the user's only way out is to leave).
        // The consent must be to the changed document or to the changes, not to "the new subscription term".
        '(not|failure to|failing to) (cancel|canceling|cancelling|terminate|terminating|close|closing|delete|deleting) (your|this|the) .{0,20} (deemed|constitute|constitutes|considered|treated) .{0,2} (consent|acceptance|agreement) (to|of|with) (the|these|such|any)? (amended|modified|changed|updated|revised|new) #TermsDoc',
        '(not|failure to|failing to) (cancel|canceling|cancelling|terminate|terminating|close|closing|delete|deleting) (your|this|the) .{0,20} (deemed|constitute|constitutes|considered|treated) .{0,2} (consent|acceptance|agreement) (to|of|with) (the|these|such|any)? (changes|modifications|amendments|updates)',
      ],
      rejectEvidence: /\bprices?\b|\bfees?\b|\border\b/,
      rejectAfter: /^[^.;]{0,40}\b(?:charges?|prices?|pricing|fees?|rates?)\b/,
      implies: { stance: 'grant', negated: 'grant' },
      userSubject: true,
      severity: 'medium',
      why: 'Changes the user is deemed to accept, or can refuse only by leaving, bind users who never agreed to them.',
      mustMatch: [
        'Once the revised rules are published, you will be deemed to have accepted them.',
        'If you do not accept the modified terms, you must stop using the service.',
        'If you do not respond, you will be considered as having accepted the proposed changes.',
        'If any modification to these Terms is not acceptable to you, your only recourse is to cease using the Site.',
        'Not canceling your agreement to use the Services before the effective date will be deemed your consent to the amended terms.',
        'Your failure to close your account before the changes take effect will constitute your acceptance of the revised Terms.',
        'Failure to terminate this Agreement before the effective date will constitute your acceptance of the amended Terms.',
      ],
      mustNotMatch: [
        'You will be deemed to be a consumer under local law.',
        'The app store is a third-party beneficiary and will be deemed to have accepted the right to enforce these terms.',
        'If you keep the plan, you are deemed to have accepted the change to your charges.',
        // Not leaving consents to something else than a change.
        'Not canceling your order within 14 days will be deemed your acceptance of the goods.',
        'Your failure to close your account will be deemed your consent to receive our newsletter.',
        'Not deleting your data will be deemed your consent to these Terms.',
        'Your failure to cancel your subscription before the renewal date constitutes your acceptance of the new subscription term.',
        'Your failure to close your account will be deemed your consent to the modified settings.',
      ],
    },
    {
      id: 'terms_change.reject-changes',
      // C1: an objection that keeps the current terms makes the change an opt-out.
      // A gap cue as a word sequence: recheck cannot call it polynomial.
      cue: [
        wordSeq(
          String.raw`\b(?:reject|object\s+to|decline|refuse)\s+`,
          words(3, { word: String.raw`\S`, sep: String.raw`\s` }),
          String.raw`(?:modifications?|changes?|amendments?)\b`,
        ),
      ],
      match: [
        '(reject|object to|decline|refuse) .{0,3} (such|the|these|any|this)? (future)? (modification|modifications|change|changes|amendment|amendments)',
      ],
      // C1: when the only way to refuse is to leave (close the account, stop using), the change binds: no opt-out. Not
      // when leaving is named as a right of its own beside the objection ("your right to reject the proposed changes, …,
      // and your right to terminate the Agreement").
      rejectAfter: ONLY_LEAVING_AFTER,
      // The user's own changes ("refuse any changes you request to your order") are no change of the service's (S3); the
      // user's own act further on ("provided you submit your objection") is no such change.
      rejectInUnit: {
        test: (_before: string, _evidence: string, after: string): boolean => USERS_OWN_CHANGE.test(after),
      },
      rejectEvidence: /\bprices?\b|\bfees?\b|\bcharges?\b/,
      implies: { stance: 'conditional', condition: 'opt_out' },
      userSubject: true,
      severity: 'low',
      why: 'A change the user can refuse while keeping the current terms binds only those who do not object.',
      mustMatch: [
        {
          text: 'You may reject any future change to the arbitration clause by writing to us within 30 days.',
          stance: 'conditional',
          condition: 'opt_out',
        },
        // C1: leaving is one way out, keeping the current terms the other.
        {
          text: 'If you object to the changes, you may terminate the Agreement, or the current terms continue to apply.',
          stance: 'conditional',
          condition: 'opt_out',
        },
        // The previous version named with its document, or governing (after review of tc41).
        {
          text: 'If you object to the changes, you may terminate, or the prior version of the Terms continues to apply.',
          stance: 'conditional',
          condition: 'opt_out',
        },
        {
          text: 'If you object to the changes, you may cancel, or the existing Agreement continues to govern.',
          stance: 'conditional',
          condition: 'opt_out',
        },
        // The user's own act later in the sentence is no change the user made.
        {
          text: 'You may reject the changes, provided you submit your objection within 30 days, in which case the previous version will continue to apply to you.',
          stance: 'conditional',
          condition: 'opt_out',
        },
        // Leaving named as a second right beside the objection.
        {
          text: 'The notice will inform you about your right to reject the proposed changes, the time to do so, and your right to terminate the Agreement before the changes take effect.',
          stance: 'conditional',
          condition: 'opt_out',
        },
      ],
      mustNotMatch: [
        'We may reject any order at our discretion.',
        'If you object to any changes, you may close your account.',
        // The current terms kept only until the user leaves, or kept on view: leaving is the only way out (review of tc41).
        'If you object to the changes, you may terminate your account; the current terms will continue to apply until the termination takes effect.',
        'If you reject the changes, you must stop using the Services; the current terms remain in effect only until then.',
        'If you object to the changes, you may close your account; the current version will remain available on our website for your reference.',
        'By rejecting the changes, you terminate this Agreement.',
        'By refusing any change, you must stop using the Services.',
        'We reserve the right to refuse any changes you request to your order.',
      ],
    },
    {
      id: 'terms_change.check-for-changes',
      // C3: advice to re-read the document for changes says it changes ("Please check these Terms periodically for
      // changes", "We encourage you to review this Notice regularly for any updates"); a bare "check this page" does not.
      cue: [/\b(?:check|review|consult|visit|read|look|revisit)/, /\b(?:chang|updat|modif|revis|amend)|\bversion\b/],
      match: [
        '(check|checking|review|reviewing|consult|visit|read|revisit|look at) .{0,8} (for|to) .{0,6} (changes|change|modifications|modification|updates|revisions|amendments|adjustments)',
        // "check our Services frequently to see the current Privacy Statement and any changes made to it".
        '(check|checking|review|reviewing|consult|visit|revisit) .{0,8} to (see|view|find|learn about) .{0,6} (changes|modifications|updates|revisions|amendments)',
        // A gap stops at the first "to", that of "from time to time": "check this page from time to time to ensure you
        // are aware of any changes".
        '(check|checking|review|reviewing|consult|visit|read|revisit) .{0,8} from time to time to .{0,6} (changes|change|modifications|modification|updates|revisions|amendments)',
        '(check|checking) back .{0,3} for .{0,2} (#ChangeVerb|updates)',
        '(look|looking|watch) for (updates|#ChangeVerb)',
        '(check|review|consult|visit) .{0,12} (as|since|because) (they|it|these|this|the terms|the policy) (may|might|can) (have)? #ChangeVerb',
        '(check|review|consult|visit) .{0,8} (#TermsDoc|#PartDoc|page|pages) .{0,4} (as|since|because) we (may|might|can|will) (also)? #ChangeVerb (them|it|these|this)',
        // "The most recent version of this Agreement will be posted …, and you should regularly check for the most recent
        // version": the document comes in new versions.
        '#TermsDoc .{0,20} (check|checking|review|reviewing|consult) .{0,2} for the (most recent|latest|newest) version',
      ],
      rejectAfter: RegExp(
        String.raw`^\s*(?:or\s+upgrades\s+)?(?:to|of|for)\s+(?:the\s+|our\s+|your\s+)?(?:${SOFTWARE}(?!\s+${DOC})|account|orders?)\b`,
      ),
      // Updates of software ("check for software updates", "check for updates or upgrades to the software") are no
      // change of a document (GUIDE S3: updates installed on a device).
      rejectEvidence: {
        test: (evidence: string): boolean =>
          /\byour\s+(?:account|orders?|settings|profile|inbox|e-?mail)\b/.test(evidence) ||
          SOFTWARE_UPDATES.test(evidence),
      },
      userSubject: true,
      severity: 'low',
      why: 'Telling users to re-read the document for changes says the company changes it on its own.',
      mustMatch: [
        // A document named after the software is a document ("the game policies"; review of tc41).
        'Please check back frequently for updates to the game policies.',
        'Please check these Terms periodically for changes.',
        'We encourage you to review this Privacy Notice regularly for any changes.',
        'It is important that you check back often for updates to the Privacy Policy.',
        'You should regularly check the General Terms and our policies as they may have changed since your last visit.',
        'You are expected to check this page from time to time to take notice of any changes we make.',
        'Review them before each order, since they may change from time to time.',
        'Please review these Terms regularly, as we may change them.',
        'Comply with these Terms, and check this page from time to time to ensure you are aware of any changes.',
        'You should regularly check the General Terms and Conditions and our policies posted on our website as they may have changed since your last visit.',
        'You should check our Services frequently to see the current Privacy Statement and any changes made to it.',
        'The most recent version of this Agreement will be posted on the Service, and you should regularly check for the most recent version.',
      ],
      mustNotMatch: [
        'Review the cookie settings regularly, as we may change them.',
        'Please review your booking confirmation, as we may update it.',

        'Please check this page periodically.',
        'Check the app regularly for updates to the software.',
        'You agree to check for software updates regularly.',
        'Please check regularly for game updates.',
        'Please check this page for game upgrades to the Terms.',
        'The app store may include functionality to automatically check for updates or upgrades to the software.',
        'These Terms apply to the app, so please check for the latest version of the app before you install it.',
        'Please review the event page for a list of sponsors. If you would like to change your sharing instructions, visit their website.',
        'We encourage you to read our Privacy Policy to understand how you can update and delete your information.',
      ],
    },
    {
      id: 'terms_change.as-amended',
      // C4: a document the user is bound to "as amended from time to time" is changed by the service alone.
      cue: [
        /\b(?:amend(?:ed|ments)?|modif(?:y|ied|ications)|revised?|supplement(?:ed)?|updated?|changes?|changed)\b/,
        ANY_DOC_OR_PART,
      ],
      match: [
        '#TermsDoc .{0,4} (as|which|that) (may be|might be|is|are|will be|can be)? (amended|updated|modified|revised|changed|supplemented) .{0,3} (from time to time|in the future|periodically|at any time|over time|by us)',
        '#TermsDoc .{0,6} as (may be|might be) (amended|updated|modified|revised|changed|supplemented)',
        '(as|which) (we|#BigTech) (may|might) (amend|update|modify|revise|change|supplement) (it|them|this|these) .{0,2} from time to time',
        // "this Agreement and incorporated policies, as they may change from time to time".
        '#TermsDoc .{0,4} (as|which|that) (they|it) (may|might|will|can) (change|be #ChangeVerb) (from time to time|over time|in the future|periodically|at any time)',
        // "… Policy (the “Policy”) which is incorporated herein by this reference and which may be updated from time to time".
        '#TermsDoc .{0,12} and (which|that) (may|might|will|can) be (amended|updated|modified|revised|changed|supplemented) .{0,3} (from time to time|in the future|periodically|at any time|over time|by us)',
        // A relative clause that gives the company the change: "the terms and conditions that we may revise in our sole
        // discretion", "rules and policies that we post or update".
        '(#TermsDoc|#PartDoc) .{0,4} (that|which) we (may|might|can|will)? (amend|update|modify|revise|change|supplement)',
        '(#TermsDoc|#PartDoc) .{0,4} (that|which) we (may|might|can|will)? (post|publish) or (amend|update|modify|revise|change|supplement)',
        // "procedures that are developed, modified, or enacted by Acme from time to time".
        '(#TermsDoc|#PartDoc) .{0,4} (that|which) (are|is|may be|might be|will be) .{0,2} (amended|updated|modified|revised|changed|supplemented) .{0,5} (from time to time|periodically|at any time|over time)',
        // A definition that names the document after the aside: "an agreement for the Services (as amended from time
        // to time, the “Agreement”)".
        'as (amended|updated|modified|revised|changed|supplemented) (from time to time|periodically|over time) the #TermsDoc',
      ],
      rejectEvidence: AMENDED_BY_OTHERS,
      severity: 'low',
      why: 'A document that binds the user "as amended from time to time" can be changed without the user agreeing.',
      mustMatch: [
        'Acme processes personal information as described in its Privacy Policy, as amended from time to time.',
        'You agree to the Acceptable Use Policy, which may be updated from time to time.',
        'If you use paid features, you agree to our Payment Terms, as we may update them from time to time.',
        'You agree that this Agreement and incorporated policies, as they may change from time to time, apply to all usage of your account.',
        'You agree to comply with the Acceptable Use Policy (the "AUP") which is incorporated herein by this reference and which may be updated from time to time.',
        'You agree to the terms and conditions that we may revise in our sole discretion at any time.',
        'Please read all rules and policies related to the Services that we post or update on the Services.',
        'Subject to any rules, policies, or procedures that are developed, modified, or enacted by Acme from time to time, Acme grants you a licence.',
        'Acme and the counterparty have entered into an agreement for the provision of the Controller Services (as amended from time to time, the “Agreement”).',
      ],
      mustNotMatch: [
        'These Terms were amended on 1 May 2024.',
        'You may not modify the Software.',
        // Another company's terms, changed by that company.
        'Your use of maps is subject to the Maps Terms of Service that the map provider may update from time to time.',
        'Purchases are subject to the App Store terms and conditions, which are modified by the store operator from time to time.',
      ],
    },
    {
      id: 'terms_change.document-and-its-changes',
      // C4 said by a list: "these Terms, including the Guidelines and any future modifications", "the Terms of Service
      // and any changes to them". The changes must follow a document's name: "your subscriber information and any changes
      // thereto" (a liability cap) changes no document.
      cue: [
        // The changes, or an updated version, after "and", "or", "including" or "with" (one regex: two joined by anyOf
        // are polynomial for recheck).
        /\b(?:and|or|including|with)\s+(?:any\s+|all\s+|the\s+|its\s+)?(?:(?:future\s+|subsequent\s+)?(?:modifications|amendments|changes|updates|revisions|versions)|(?:updated|revised|amended|modified|latest)\s+versions?)\b/,
        ANY_DOC_OR_PART,
      ],
      match: [
        '(and|or|including|with) (any|all)? (future|subsequent) (modifications|amendments|changes|updates|revisions|versions)',
        '(and|or|including) (any|all) (changes|modifications|amendments|updates|revisions) (to them|to it|thereto|made|or modifications|or amendments|or updates)',
        // "These Terms, together with any Modifications", "bound by these Terms (along with any modifications)". Not
        // "amendments": "These Terms, together with any amendments and any additional agreements you enter into with
        // Acme, are the entire agreement" names amendments both sides agree.
        '(together|along) with (any|all) (modifications|changes|updates|revisions)',
        // "bound by this Notice, including updated version": the versions the service posts bind as well.
        '(including|with) (the|any|its|all)? (updated|revised|amended|modified|latest) (version|versions)',
      ],
      rejectBefore: { test: (before: string): boolean => !docJustBefore(before) },
      rejectEvidence: AMENDED_BY_OTHERS,
      // Changes both sides agree or the user's own take no power to change; nor does an entire-agreement clause, which
      // lists what makes up the agreement, amendments both sides sign included (read over the whole sentence).
      rejectAfter: AGREED_OR_USERS_CHANGE,
      rejectInUnit: {
        test: (before: string, _evidence: string, after: string): boolean => inWholeAgreementClause(before, after),
      },
      severity: 'low',
      why: 'A document that binds the user with "any future changes" to it can be changed without the user agreeing.',
      mustMatch: [
        'These Terms, including the Guidelines and any future modifications, govern your use of the Platform.',
        'Continued use of our services is your consent to the Terms of Service and any changes to them.',
        'Cancelling is your only recourse if you are unhappy with the Subscription Terms or any changes thereto.',
        'These Terms, together with any Modifications, set out the terms on which we offer you the Site.',
        'You agree to be bound by all of the terms set forth in these Terms (along with any modifications).',
        'By using the Service you consent to be bound by this Notice, including updated version, and all applicable laws.',
      ],
      mustNotMatch: [
        'We are not liable for our reliance on your subscriber information and any changes thereto or notices received.',
        'You agree to keep your contact details and any changes to them up to date.',
        'Your profile, together with any changes you make to it, is visible to other members.',
        'These Terms apply to the Software, including updated versions of it.',
        'You may not distribute the Software, together with any modifications, without our consent.',
        'These Terms, together with any amendments and any additional agreements you may enter into with Acme, shall constitute the entire agreement between you and Acme.',
        'These Terms (together with any amendments, modifications, or additional agreements you enter into with Acme) are the entire agreement between you and Acme.',
        'This Agreement, together with any changes to it, is the entire agreement between the parties.',
        'These Terms, together with any modifications agreed in writing by both parties, govern your use of the Services.',
        'This Agreement (together with any changes made by mutual written agreement) governs the Services.',
        'These Terms (along with any modifications agreed between the parties in writing) apply.',
        'These Terms, together with any changes you request, govern your order.',
        'The Privacy Policy (along with any changes you make to your settings) explains how we use data.',
        'These Terms, together with any modifications, constitute the sole agreement between the parties.',
        'These Terms, together with any modifications, are the full and final agreement between you and Acme.',
        'These Terms, together with any modifications, the Order Form, the Data Processing Addendum and all documents incorporated by reference in them, constitute the entire agreement between you and Acme.',
      ],
    },
    {
      id: 'terms_change.updated-periodically',
      // "This Privacy Policy is periodically updated", "We update this policy at times": the document changes.
      // The third cue is what every pattern needs: how often ("from time to time", "at times": "time").
      cue: [
        /\b(?:updat|revis|chang|modif|amend)/,
        ANY_DOC,
        /\b(?:periodically|regularly|occasionally|frequently|continually|continuously|routinely|time)/,
      ],
      match: [
        '#TermsDoc (is|are|gets|will be|may be) (periodically|regularly|occasionally|frequently|continually|continuously|routinely) (updated|revised|changed|modified|amended|reviewed)',
        '#TermsDoc (is|are) (updated|revised|changed|modified|amended|reviewed) (periodically|regularly|occasionally|frequently|continually|continuously|from time to time|at times)',
        '(we|#BigTech) (periodically|regularly|occasionally)? (update|updates|revise|revises|change|changes|modify|modifies|amend|amends) (these|this|the|our) .{0,2} #TermsDoc (at times|periodically|regularly|occasionally|from time to time)',
      ],
      severity: 'low',
      why: 'A document the company updates periodically changes without the user agreeing.',
      mustMatch: [
        'This Privacy Policy is periodically updated.',
        'The Data Protection Policy is updated regularly to reflect changes in our practices.',
        'We update this Privacy Policy at times, so you should review this page regularly.',
      ],
      mustNotMatch: ['This policy was updated in May.'],
    },
    {
      id: 'terms_change.under-changes-heading',
      // C3: under a heading about changes to this document, items that say how changes are made or announced
      // belong to the unilateral change the heading names.
      // A bare "Changes" / "Amendments" heading (numbered or not) names the document's changes too.
      section:
        /^(?=.{0,60}$)(?:.*?\b(?:(?:chang|updat|modif|revis|amend)\w*\b.{0,40}\b(?:terms|polic|notice|statement|agreement|conditions)|(?:terms|polic|notice|statement|agreement|conditions)\w*\b.{0,40}\b(?:chang|updat|modif|revis|amend))|[\d.\s]*(?:changes|amendments?|modifications?|updates|revisions)\W*$)/,
      cue: [/\b(?:chang|modif|amend|updat|revis|effective|posted|continued use|reserves?\s+the\s+right)/],
      match: ['#ChangeVerb', '(effective date|continued use)', '(reserve|reserves) the right'],
      // A lead-in or label ("Update notes:") introduces the items; it states nothing itself. "Change, suspend or
      // discontinue" is said of the service, not of the document (service-change's).
      rejectAfter: /^[^.;]{0,30}:\s*$|^,?\s(?:or\s)?(?:suspend|discontinu|terminat|withdraw|cancel|remov|eliminat)/,
      // The heading's reading stands in for what the item leaves out: an item read by its own words (a rejected change
      // keeps the prior version, C1) keeps its stance.
      fallback: true,
      severity: 'low',
      why: 'Under a heading about changes to this document, a statement of how changes are made describes the company’s power to change it.',
      mustMatch: [
        {
          text: 'When we revise it, the new version applies from the day we post it.',
          stance: 'grant',
          section: 'Changes to this Policy',
        },
        { text: 'We reserve the right to do so in the following manner:', stance: 'grant', section: 'Amendments' },
      ],
      mustNotMatch: [
        { text: 'You can update your email address in settings.', section: 'Your choices' },
        { text: 'We may change, suspend or discontinue the Services at any time.', section: 'Changes' },
        { text: 'When we revise it, we will post the new version on this page.', section: 'Changes to this Policy' },
        // The heading itself (heading-itself veto).
        { text: '14. Changes to this Policy.', section: '14. Changes to this Policy' },
      ],
    },
    ...SERVICE_CHANGE_RULES,
  ],
};
