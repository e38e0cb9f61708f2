// Who acts in a clause. "You may share your content with third parties" is the USER sharing, not a company grant;
// "You agree that we may share…" and "You grant us a licence…" are company rights despite the "you".
import type { Token } from './nlp';

const USER_WORDS = new Set([
  'you',
  'users',
  'user',
  'members',
  'member',
  'participants',
  'visitors',
  'visitor',
  'children',
  'child',
  'parents',
  'parent',
  'individuals',
  'consumers',
]);
/** "decide whether to disclose", "wish to share": volition before the action belongs to the user unless the company is named. */
const VOLITION = new Set([
  'wish',
  'want',
  'choose',
  'decide',
  'deciding',
  'decides',
  'elect',
  'asked',
  'ask',
  'whether',
]);
const COMPANY_WORDS = new Set(['we', 'zoom', 'company', 'us']);
/** Verbs by which the user hands a right to the company. */
const GRANT_VERBS =
  /^(?:grant|grants|hereby|consent|consents|agree|agrees|authori[sz]e|authori[sz]es|permit|allow|acknowledge|understand|accept|license|licence|instruct|direct|give|assign|waive|represent)$/;
const PASSIVE_AUX = new Set(['be', 'been', 'is', 'are', 'was', 'were', 'being', 'get', 'gets']);
/** Nouns a relative clause with the user as subject often qualifies, besides the lexicon's UserData class. */
const DATA_NOUNS =
  /^(?:content|contents|data|information|materials?|files?|messages?|recordings?|photos?|videos?|images?|documents?|posts?|prompts?|inputs?|submissions?|comments?|text|audio|everything|anything|things?)$/;

function isDataNoun(t: Token | undefined): boolean {
  return !!t && (t.tags.includes('UserData') || DATA_NOUNS.test(t.normal));
}

/** The user word at `j` opens a relative clause whose verb is not the action at `anchor`. */
function isRelativeClause(tokens: readonly Token[], j: number, anchor: number): boolean {
  const verb = tokens[j + 1]?.normal ?? '';
  if (anchor - j < 3 || /^(?:may|might|can|could|will|would|shall|should|must|are|do|have)$/.test(verb)) return false;
  for (let k = j + 1; k < anchor; k++) if (VOLITION.has(tokens[k]!.normal)) return false;
  return true;
}

/**
 * True when the user, not the company, performs the action at token `anchor`, looking back to `from`.
 * Passive voice ("information you provide may be shared") is treated as the company acting.
 */
export function isUserActor(tokens: readonly Token[], from: number, anchor: number): boolean {
  const prev = tokens[anchor - 1];
  if (prev && PASSIVE_AUX.has(prev.normal)) return false;
  let volition = false;
  for (let j = anchor - 1; j >= from; j--) {
    const w = tokens[j]!.normal;
    // A company or a third party named before the action is the actor ("third parties that provide ads may collect").
    if (COMPANY_WORDS.has(w) || tokens[j]!.tags.includes('ThirdParty')) return false;
    if (anchor - j <= 4 && VOLITION.has(w)) volition = true;
    if (USER_WORDS.has(w)) {
      // "you" followed by a grant verb before the action: the company receives the right.
      // A passive after the user's relative clause ("information you provide may be used") is the company acting.
      for (let k = j + 1; k < anchor; k++)
        if (GRANT_VERBS.test(tokens[k]!.normal) || PASSIVE_AUX.has(tokens[k]!.normal)) return false;
      // "your" is tokenised separately, so reaching "you" here means a subject or object "you";
      // an object "you" follows a verb ("information about you") — then keep looking for a subject.
      const before = tokens[j - 1]?.normal ?? '';
      // Likewise a user word inside a noun phrase ("of other members and users", "our users") is no subject.
      if (
        /^(?:about|to|from|with|for|of|by|help|allow|let|enable|show|send|give|other|our|its|their|all|and|between|among|how)$/.test(
          before,
        )
      )
        continue;
      // A user word modifying a data noun ("User Content", "user information") is no subject either.
      if (j + 1 < anchor && isDataNoun(tokens[j + 1])) continue;
      // A relative clause on a data noun ("the content you upload, including…, to train") describes the object; the
      // subject of the action is further back. Not when the clause's own verb is the action ("information you
      // disclose to others", "information you choose to share"), nor before a modal ("Information You may access…"
      // is a heading fused to a sentence whose subject is the user).
      if (
        (isDataNoun(tokens[j - 1]) || (/^(?:that|which)$/.test(before) && isDataNoun(tokens[j - 2]))) &&
        isRelativeClause(tokens, j, anchor)
      )
        continue;
      return true;
    }
  }
  return volition;
}
