// What the classifier adds to the rules: units the rules are blind to. For each category the model may add to
// (switch.ts), a unit with no rule finding of that category whose probability reaches the category's threshold
// becomes a candidate; the rules' machinery then decides the rest as for a rule hit: the action word (the token that
// weighs most for the category, an action verb of the lexicon first), stance and condition (stance.ts), the actor
// (actor.ts: a duty or prohibition on the user is no finding), and evidence (a span around the action word, sliced
// from the unit's text). Headings, pointers, explanations and definitions get no model finding at all. Where the
// weights file sets a veto for a category (chosen on dev, only where it helped), a rule finding on a unit the model
// scores below it is dropped.
import { CATEGORY_IDS, type CategoryId, type Clause, type Finding } from '../../types';
import { actorOf, isUserDuty } from '../actor';
import { ACTION_TAGS, MAX_MATCH } from '../engine';
import type { FirstPartyNames } from '../first-party';
import { parse, tokensOf, type Token } from '../nlp';
import { severityForStance } from '../severity';
import { decideStance, scopeStart, type StanceResult } from '../stance';
import { trackingUnitStance } from '../tracking-choice';
import { scoreUnit, weightOf, type Classifier } from './classifier';
import { bucketOf } from './features';
import { namesUserDeletion, retentionStance } from './retention-stance';
import { MODEL_BESIDE_RULE_IDS, MODEL_BESIDE_RULES } from './switch';
import { MODEL_NEEDED_COOKIE_WORDS, MODEL_NEEDED_COOKIE_TRACKERS, MODEL_SUBJECT_WORDS } from '../lexicon';
import { wordsPattern } from '../word-pattern';
import { trackingCondition } from './tracking-stance';

/** Tokens either side of the action word that make up a model finding's evidence. */
const EVIDENCE_SPAN = 4;

/** The id a model finding carries in place of a rule id. */
export const modelRuleId = (category: CategoryId): string => `model:${category}`;

/**
 * The findings of one clause with the model beside the rules: the rule findings (`ruleFindings`), less any the model
 * vetoes, plus model findings in the categories of `allowed` that the rules did not report and that the model scores
 * at or above their threshold. `firstParty` as for the rules.
 */
export function withModel(
  model: Classifier,
  clause: Clause,
  ruleFindings: readonly Finding[],
  allowed: readonly CategoryId[],
  firstParty: FirstPartyNames,
): Finding[] {
  if (clause.role && clause.role !== 'operative') return [...ruleFindings];
  // Most units have no rule finding: nothing to veto, every allowed category open, none found to defer to, so only the
  // allowed categories are scored (a subject's regex costs more than a category's score: it is read after).
  if (!ruleFindings.length) {
    const probs = scoreUnit(model, clause, allowed);
    const proposed = allowed.filter((c) => (probs[c] ?? 0) >= model.thresholds[c] && namesSubject(c, clause));
    return proposed.length ? proposedFindings(model, clause, proposed, firstParty) : [];
  }
  // The model reads no row label, so it cannot veto what the rules read from one ("Sold to partners" in the row of
  // "Contact information").
  const vetoable = (f: Finding): boolean =>
    !f.role && !clause.rowLabel && model.vetoes[f.category] > 0 && allowed.includes(f.category);
  const open = allowed.filter((c) => !ruleFindings.some((f) => f.category === c));
  if (!open.length && !ruleFindings.some(vetoable)) return [...ruleFindings];
  const probs = scoreUnit(model, clause);
  const kept = ruleFindings.filter((f) => !vetoable(f) || (probs[f.category] ?? 0) >= model.vetoes[f.category]);
  // A unit the rules understood is given no other category when the model reads it as mainly about one the rules
  // found (its highest probability relative to the threshold): one-vs-rest scores on a few hundred positives confuse
  // neighbouring categories ("we will never use customer data to train …" scores as data_sale too). A unit the model
  // reads as mainly about a category the rules missed ("we do not sell or share …" with only sharing found) still is.
  const found = new Set(kept.filter((f) => !f.role).map((f) => f.category));
  // Over every category the model scores, not only those it may add to: "never use customer data to train" is mainly
  // ai_training, which the rules found, even where the model may only add data_sale.
  const main = CATEGORY_IDS.reduce((a, b) =>
    (probs[b] ?? 0) / model.thresholds[b] > (probs[a] ?? 0) / model.thresholds[a] ? b : a,
  );
  // Beside a rule finding the model adds only the categories that co-occur with the rules' in one sentence ("we do not
  // sell or share"): in the others its hits there were mostly wrong on dev ("…; you can opt out" read as tracking).
  const besideRules = (c: CategoryId): boolean =>
    kept.every((f) => f.role || MODEL_BESIDE_RULE_IDS[f.rule]?.includes(c));
  const beside = (c: CategoryId): boolean => !found.size || MODEL_BESIDE_RULES.includes(c) || besideRules(c);
  // Beside rules that read the sentence from the recipient's side only (MODEL_BESIDE_RULE_IDS), a unit the model reads
  // as mainly sharing may still be tracking: the recipients are ad-tech or analytics parties. Only the categories those
  // rules list (not data_sale, which MODEL_BESIDE_RULES lets beside any rule), and not cookies that keep the service
  // working (GUIDE T3: "… provided by third parties, including service providers, to keep the site secure").
  const mainFound = found.has(main);
  const proposed =
    mainFound && neededCookies(clause.text)
      ? []
      : open.filter(
          (c) =>
            (mainFound ? besideRules(c) : beside(c)) &&
            (probs[c] ?? 0) >= model.thresholds[c] &&
            namesSubject(c, clause),
        );
  return proposed.length ? [...kept, ...proposedFindings(model, clause, proposed, firstParty)] : kept;
}

/** Cookies the service needs to work, for the gate beside recipient-side rules (lexicon MODEL_NEEDED_COOKIE_WORDS). */
const NEEDED_COOKIES = new RegExp(String.raw`\b${wordsPattern(MODEL_NEEDED_COOKIE_WORDS)}\b`, 'i');
/** A cookie or another tracker (MODEL_NEEDED_COOKIE_TRACKERS): "security vendors", "detect fraud" alone name none. */
const NEEDED_COOKIE_TRACKER = new RegExp(String.raw`\b${wordsPattern(MODEL_NEEDED_COOKIE_TRACKERS)}`, 'i');
/** A sentence of the text names a needed-cookie word and a tracker both. */
function neededCookies(text: string): boolean {
  return text.split(/[.;!?](?:\s|$)/).some((s) => NEEDED_COOKIES.test(s) && NEEDED_COOKIE_TRACKER.test(s));
}

const SUBJECT: Partial<Record<CategoryId, RegExp>> = Object.fromEntries(
  Object.entries(MODEL_SUBJECT_WORDS).map(([c, words]) => [c, new RegExp(String.raw`\b${wordsPattern(words)}`, 'i')]),
);

/** The unit (its text, list lead-ins, table header or row label) names what the category is about (lexicon.ts). */
function namesSubject(category: CategoryId, clause: Clause): boolean {
  const subject = SUBJECT[category];
  if (!subject) return true;
  if (subject.test(clause.text)) return true;
  for (const lead of clause.leads ?? []) if (subject.test(lead)) return true;
  return subject.test(clause.columnHeader ?? '') || subject.test(clause.rowLabel ?? '');
}

function proposedFindings(
  model: Classifier,
  clause: Clause,
  proposed: readonly CategoryId[],
  firstParty: FirstPartyNames,
): Finding[] {
  // Only the sentence that carries the model's evidence is parsed: a parse costs about as much as scoring every unit
  // of a page, and a long clause holds several sentences (the rules parse the same clause only when their cues pass).
  const text = heaviestSentence(model, clause.text.slice(0, MAX_MATCH), proposed);
  const tokens = tokensOf(parse(text));
  if (!tokens.length) return [];
  const out: Finding[] = [];
  for (const category of proposed) {
    const anchor = actionWord(model, tokens, category);
    const stance = stanceOf(category, clause, tokens, anchor, text, firstParty);
    let actor = actorOf({
      tokens,
      from: scopeStart(tokens, anchor, firstParty),
      anchor,
      text,
      firstParty,
      headings: clause.sectionPath,
    });
    if (actor === 'user') {
      // The user's own deletion right or tool ends retention (GUIDE R1): the rule for it reads it as the service's.
      const deletionRight = category === 'retention' && namesUserDeletion(text);
      if ((stance.stance !== 'conditional' && !deletionRight) || isUserDuty(tokens, anchor, text, firstParty)) continue;
      actor = 'service';
    }
    // The model names no action of its own: a duty of the user anywhere before the end of the sentence governs it.
    if (isUserDuty(tokens, sentenceEnd(tokens, anchor), text)) continue;
    const from = tokens[Math.max(0, anchor - EVIDENCE_SPAN)]!.start;
    const to = tokens[Math.min(tokens.length - 1, anchor + EVIDENCE_SPAN)]!.end;
    const evidence = text.slice(from, to).trim();
    if (!evidence) continue;
    out.push({
      clauseId: clause.id,
      category,
      stance: stance.stance,
      ...(stance.condition ? { condition: stance.condition } : {}),
      severity: severityForStance('medium', stance.stance, stance.condition, stance.genericException),
      evidence: [evidence],
      rule: modelRuleId(category),
      actor,
    });
  }
  return out;
}

/**
 * The stance of a model finding: stance.ts at the action word, except for retention, whose stance is what the unit says
 * about how long (retention-stance.ts; stance.ts reads a bounded period as a grant and "you can delete" as an opt-out),
 * and a tracking grant that names a cookie control or a consent (tracking-stance.ts).
 */
function stanceOf(
  category: CategoryId,
  clause: Clause,
  tokens: readonly Token[],
  anchor: number,
  text: string,
  firstParty: FirstPartyNames,
): StanceResult {
  const decided = decideStance(tokens, anchor, text, firstParty);
  const { negated, genericException } = decided;
  const unit = clause.text.slice(0, MAX_MATCH);
  if (category === 'retention') return { stance: retentionStance(unit), negated, genericException };
  // What a tracking unit states by itself (tracking-choice.ts; stance.ts reads it only with the category).
  // …read for the clause that holds the action word (the parsed sentence's place in the unit, where it can be found).
  const sentenceAt = unit.indexOf(text);
  const at = sentenceAt < 0 ? undefined : sentenceAt + (tokens[anchor]?.start ?? 0);
  const ownTracking = category === 'tracking' && !negated ? trackingUnitStance(unit.toLowerCase(), at) : null;
  if (ownTracking) return { ...ownTracking, negated, genericException };
  // A control or consent named, not said with a verb: only where stance.ts found no denial or condition of its own.
  const condition = category === 'tracking' && decided.stance === 'grant' ? trackingCondition(unit) : null;
  return condition ? { stance: 'conditional', condition, negated, genericException } : decided;
}

/**
 * The action word: of the lexicon's action verbs (share, sell, train …) in the unit, the one that weighs most for the
 * category (its word and the bigram it ends); with none, the token that weighs most.
 */
function actionWord(model: Classifier, tokens: readonly Token[], category: CategoryId): number {
  let best = 0;
  let bestScore = -Infinity;
  let action = -1;
  let actionScore = -Infinity;
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!.normal;
    if (!w) continue;
    const prev = i > 0 ? tokens[i - 1]!.normal : '^';
    const s =
      weightOf(model, bucketOf('w', w, model.bits), category) +
      weightOf(model, bucketOf('b', `${prev} ${w}`, model.bits), category);
    if (s > bestScore) [best, bestScore] = [i, s];
    if (s > actionScore && tokens[i]!.tags.some((t) => ACTION_TAGS.includes(t))) [action, actionScore] = [i, s];
  }
  return action >= 0 ? action : best;
}

/** The last token of the sentence holding token `i`. */
function sentenceEnd(tokens: readonly Token[], i: number): number {
  let j = i;
  while (j < tokens.length - 1 && !/[.!?]/.test(tokens[j]!.post)) j++;
  return j;
}

/** Longest sentence parsed for a model finding (characters). */
const MAX_SENTENCE = 400;
const WORD_AT = /\p{L}+/gu;
const SENTENCE_END = /[.!?;]\s/g;

/**
 * The sentence of `text` holding the word that weighs most for the proposed categories, as a slice of `text` (so the
 * evidence cut from it is still a substring of the clause); the whole text when it is short.
 */
function heaviestSentence(model: Classifier, text: string, proposed: readonly CategoryId[]): string {
  if (text.length <= MAX_SENTENCE) return text;
  const lower = text.toLowerCase();
  let at = 0;
  let best = -Infinity;
  for (const m of lower.matchAll(WORD_AT)) {
    const b = bucketOf('w', m[0], model.bits);
    const w = Math.max(...proposed.map((c) => weightOf(model, b, c)));
    if (w > best) [at, best] = [m.index, w];
  }
  let from = 0;
  let to = text.length;
  for (const m of text.matchAll(SENTENCE_END)) {
    const end = m.index + 1;
    if (end <= at) from = end;
    else {
      to = end;
      break;
    }
  }
  if (to - from > MAX_SENTENCE) {
    from = Math.max(from, at - MAX_SENTENCE / 2);
    to = Math.min(to, from + MAX_SENTENCE);
  }
  return text.slice(from, to).trim();
}
