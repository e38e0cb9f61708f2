// A list item takes the right its lead-in states: "We may share your information with third parties that help us:" ›
// "Database hosting." names a recipient of that sharing, though the item alone has no verb (GUIDE G2: a list item
// carries the label read with its lead-in). Only categories whose items name a recipient or an occasion inherit.
import type { CategoryId, Clause } from '../types';
import { trimEndChars } from '../normalize/trim-chars';
import { matchClause, type MatchOptions, type RuleHit } from './engine';
import { saysUserMadePublic } from './actor';
import { isConsentCase } from './stance';
import { vetoFires } from './rule';
import { ALL_CATEGORY_RULES } from './rules';
import { RECIPIENT, RECIPIENT_ITEM, RECIPIENT_WORD } from './rules/data-sharing';

/** Categories whose lead-in's right passes to every item of its list. */
const INHERITED: ReadonlySet<CategoryId> = new Set(['data_sharing']);

/** The lead-in discloses by its own verb (not a purpose list whose wording a rule happened to catch). */
const DISCLOSE_VERB = /\b(?:shar(?:e|es|ed|ing)|disclos\w*|transfer\w*|sell|sold)\b/i;
/** …or hands the data over: "provide your personal information to", "pass … on", "make … available". */
const HAND_OVER = /\b(?:provid|pass|mak)\w*\s/i;
const DATA_WORD = /\b(?:information|data|details)\b/i;
const DATA_OPENER = /^(?:your|the|such|this|personal|certain)\s/i;
const RECEIVER = /\sto\s|\son\b|\bavailable\b/i;
/** "provide your personal information to …": the hand-over verb, its data object, then a receiver, within 80 characters. */
function handsOver(lead: string): boolean {
  const m = HAND_OVER.exec(lead);
  if (!m) return false;
  const after = lead.slice(m.index + m[0].length, m.index + 80);
  return DATA_OPENER.test(after) && DATA_WORD.test(after) && RECEIVER.test(after);
}
/** …or says who receives it: "Recipients of your data include:", "Certain third parties may have access to your data:". */
const RECEIVER_LEAD = /\b(?:recipients?|receiv(?:e|es|ing)|(?:have|has|gain|gains|get|gets|given|granted)\s+access)\b/i;
/**
 * Not when the lead-in lists what the recipients must do, or the cases they may receive it in ("Service providers that
 * receive your data are contractually required to:", "Third parties may have access to your data only if:"): its
 * items are duties or conditions (GUIDE D12), not recipients.
 */
const RECEIVER_DUTIES =
  /\b(?:must|shall|required\s+to|obliged\s+to|obligated\s+to|agree\s+to)\W*$|\bonly\s[^:]{0,40}?\b(?:if|when|where)\W*$/i;
const receives = (lead: string): boolean => RECEIVER_LEAD.test(lead) && !RECEIVER_DUTIES.test(lead);
const discloses = (lead: string): boolean => DISCLOSE_VERB.test(lead) || handsOver(lead) || receives(lead);
/** The lead-in introduces the cases an exception lets in: "except in the following cases:", "only as follows:". */
const EXCEPTION_WORD = /\b(?:except|unless|only|other\s+than)\s/i;
const FORWARD_WORD = /\b(?:following|as\s+follows|below)\b/i;
function forwardCases(lead: string): boolean {
  const m = EXCEPTION_WORD.exec(lead);
  return !!m && FORWARD_WORD.test(lead.slice(m.index));
}

/** An item that opens with a recipient after "to"/"with": "to partners that must disclose whether they resell data." */
const TO_RECIPIENT = new RegExp(String.raw`^\W*(?:to|with)\s+(?:[\w’'-]+\s+){0,3}?${RECIPIENT}`);

/** An item that opens with a purpose: "to prevent fraud …", "in order to comply …", "for the purpose of …". */
const PURPOSE_ITEM = /^\W*(?:to|in\s+order\s+to|so\s+as\s+to|for\s+the\s+purposes?\s+of)\s+[a-z]/;

/**
 * An item that a veto of the category drops by its own words explains the list's sharing, it names no recipient of it:
 * "Where permitted, we notify affected users before disclosure." under "We may disclose your data:" is procedure (GUIDE
 * D8), "Each organisation controls the use of the information it receives …" says whose policy applies.
 */
function itemVetoed(category: CategoryId, text: string, opts: MatchOptions): boolean {
  const vetoes = ALL_CATEGORY_RULES.find((c) => c.category === category)?.vetoes ?? [];
  const lower = text.toLowerCase();
  // An item that names a recipient is one the lead-in's sharing goes to, whatever the rest says of it ("to
  // advertisers, who must clearly disclose how they use it;").
  if (RECIPIENT_ITEM.test(lower) || TO_RECIPIENT.test(lower)) return false;
  // An item that opens with a purpose says why the lead-in's sharing happens ("to prevent fraud and unauthorized
  // access to our systems;"), whatever a veto reads in its words.
  if (PURPOSE_ITEM.test(lower)) return false;
  const ctx = { sectionItem: false, ...(opts.firstParty ? { firstParty: opts.firstParty } : {}) };
  return vetoes.some((v) => vetoFires(v, lower, ctx));
}

/** The kinds of recipient such a lead-in introduces (not "businesses", "entities": lists of prohibited businesses). */
const KIND = String.raw`(?:(?:service\s+)?providers?|(?:sub-?)?processors?|vendors?|partners?|third[\s-]part(?:y|ies)|recipients?|suppliers?|contractors?|subcontractors?|affiliates?)`;
/**
 * A lead-in that introduces kinds of recipients, with no verb of disclosure of its own: "This includes the following
 * types of service providers:", "Service providers include, but are not limited to:", "These service providers are
 * categorized as follows:". Read with it, an item that names a recipient ("Measurement partners, who help us with
 * measurements;", "Hosting service providers,") is one recipient of the sharing the paragraph before states (GUIDE G2).
 */
const RECIPIENT_KINDS_LEAD = new RegExp(
  String.raw`\b(?:(?:types?|kinds?|categories|list)\s+of\s+(?:[\w’'-]+\s+){0,2}?${KIND}\b|${KIND}\s+(?:include|includes|are\s+categori[sz]ed|are\s+as\s+follows|(?:are|is)\s+the\s+following)\b)`,
  'i',
);
/** A recipient word (the first six words of an item are searched for it). */
/** An item that opens with a recipient: "Measurement partners, who …", "Hosting service providers,". */
const opensWithRecipient = (lower: string): boolean => RECIPIENT_WORD.test(lower.trimStart().split(/\s+/, 6).join(' '));
/** An item that is a sentence of its own ("We also use …", "They must …"): read alone, not as a kind of recipient. */
const OWN_SUBJECT = /^\W*(?:we|they|you)\b/;

/** The rule id of an inherited finding: the lead-in's category, read through its list. */
export const leadRule = (category: CategoryId): string => `lead:${category}`;

/**
 * Rules whose lead-in discloses the data its list names ("we disclose the following categories of personal
 * information:"): the items are kinds of data, not recipients or occasions, and take no finding from it.
 */
const DATA_LIST_RULES: ReadonlySet<string> = new Set(['data_sharing.discloses-the-following']);

/** The hits a lead-in states by itself, per lead text (a list's items share one lead-in; it is matched once). */
const cache = new Map<string, RuleHit[]>();
const CACHE_SIZE = 64;

function leadHits(lead: string, opts: MatchOptions): RuleHit[] {
  // Every option the match reads is in the key: the same lead-in under another parent section is another reading.
  const key = JSON.stringify([
    lead,
    opts.firstParty ?? [],
    opts.section ?? '',
    opts.sectionPath ?? [],
    !!opts.recipientsBefore,
    !!opts.recipientsLast,
    !!opts.recipientsPassed,
  ]);
  let hits = cache.get(key);
  if (!hits) {
    hits = matchClause(lead, INHERITED, { ...opts, weak: false }).filter(
      (h) => !h.nominal && !h.weak && h.actor !== 'user' && !DATA_LIST_RULES.has(h.rule),
    );
    if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
    cache.set(key, hits);
  }
  return hits;
}

/**
 * The clause's hits plus, for a category the item has none of, the lead-in's own hit when the lead-in ends in a
 * colon (it introduces the list) and states the right itself. The evidence is the item's text.
 */
export function withLeadRight(
  clause: Clause,
  hits: RuleHit[],
  only: ReadonlySet<CategoryId> | undefined,
  opts: MatchOptions,
): RuleHit[] {
  const lead = clause.leads?.at(-1)?.trim();
  if (!lead?.endsWith(':')) return hits;
  const evidence = trimEndChars(clause.text.trim(), /[\s;,.]/).slice(0, 160);
  if (!evidence) return hits;
  if (!discloses(lead)) return withRecipientKind(clause, lead, evidence, hits, only, opts);
  const out = hits;
  for (const category of INHERITED) {
    if ((only && !only.has(category)) || hits.some((h) => h.category === category)) continue;
    const own = leadHits(lead, opts).filter((h) => h.category === category);
    const best = own.find((h) => h.stance === 'grant') ?? own[0];
    // The item's own words are read only when the lead-in gives it something (its hits are cached per lead-in).
    // "Please be aware that any information you share in a collaborative context may become publicly accessible": the
    // item warns of what the user's own sharing makes public, no case of the lead-in's.
    if (!best || itemVetoed(category, clause.text, opts) || saysUserMadePublic(clause.text.toLowerCase())) continue;
    // "We will not disclose your information, except in the following cases:": each item is such a case, a grant
    // (GUIDE G5: a denial takes the stance of its exceptions).
    const exception = best.stance !== 'grant' && forwardCases(lead);
    // An item that is the consent case of the list ("As you may otherwise consent.") shares only once the user
    // consents (G1: the condition stated in the unit labels it).
    const consent = isConsentCase(clause.text);
    out.push({
      ...best,
      ...(consent
        ? { stance: 'conditional' as const, condition: 'opt_in' as const }
        : exception
          ? { stance: 'grant' as const, condition: undefined }
          : {}),
      rule: leadRule(category),
      evidence,
    });
  }
  return out;
}

/** An item under a lead-in of kinds of recipients (RECIPIENT_KINDS_LEAD) that names one: a grant of data_sharing. */
function withRecipientKind(
  clause: Clause,
  lead: string,
  evidence: string,
  hits: RuleHit[],
  only: ReadonlySet<CategoryId> | undefined,
  opts: MatchOptions,
): RuleHit[] {
  const category: CategoryId = 'data_sharing';
  if ((only && !only.has(category)) || hits.some((h) => h.category === category)) return hits;
  if (!RECIPIENT_KINDS_LEAD.test(lead)) return hits;
  const lower = clause.text.toLowerCase();
  if (!opensWithRecipient(lower) || OWN_SUBJECT.test(lower) || itemVetoed(category, clause.text, opts)) return hits;
  hits.push({ rule: leadRule(category), category, stance: 'grant', severity: 'low', evidence, actor: 'service' });
  return hits;
}
