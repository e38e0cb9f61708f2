// The probe's rewrites of a sentence of the reader's own act (scripts/eval/perturb-reader.ts), each keeping its
// meaning and its actor: apart from the probe so that a unit test can hold each to a sentence it must and must not
// change (test/unit/gold/reader-rewrites.test.ts).

/** `w` with the first letter of `s` (a capital at a sentence start stays one). */
const cap = (s: string, w: string): string => (/^[A-Z]/.test(s) ? w[0]!.toUpperCase() + w.slice(1) : w);
const table =
  (t: Record<string, string>) =>
  (m: string): string =>
    cap(m, t[m.toLowerCase()] ?? m);
const third = (v: string): string => (/(?:s|sh|ch|x)$/.test(v) ? `${v}es` : `${v}s`);

/** "you agree", "you must", "you are", "your" said of a singular noun phrase (the customer, the user). */
function singular(noun: string): (s: string) => string {
  return (s) =>
    s
      .replace(
        /\byou\s+(agree|acknowledge|represent|warrant|undertake|confirm|understand|accept)\b/gi,
        (m, v: string) => cap(m, `${noun} ${third(v.toLowerCase())}`),
      )
      .replace(/\byou\s+(may|must|shall|should|will|can|cannot|might|won't|can't)\b/gi, (m, v: string) =>
        cap(m, `${noun} ${v.toLowerCase()}`),
      )
      .replace(/\byou\s+are\b/gi, (m) => cap(m, `${noun} is`))
      .replace(/\byou\s+have\b/gi, (m) => cap(m, `${noun} has`))
      .replace(/\byour\b/gi, (m) => cap(m, `${noun}'s`));
}

/** Every "you" as a plural noun phrase (users, account holders). */
function plural(noun: string, possessive: string): (s: string) => string {
  return (s) =>
    s.replace(
      /\byou(?:rself|'re)?\b|\byour\b/gi,
      table({ you: noun, your: possessive, yourself: 'themselves', "you're": `${noun} are` }),
    );
}

/** A duty on "you" before the action ("you may not", "you agree not to"). */
const DUTY_NOT = /\byou\s+(?:(?:may|must|shall|should|will)\s+not|agree\s+not\s+to)\b/i;
const DUTY_NOT_G = new RegExp(DUTY_NOT.source, 'gi');

export const REWRITES: Record<string, (s: string) => string> = {
  users: plural('users', 'their'),
  accountHolders: plural('account holders', 'their'),
  customer: singular('the customer'),
  theUser: singular('the user'),
  share2disclose: (s) =>
    s.replace(
      /\bshar(?:e|es|ed|ing)\b/gi,
      table({ share: 'disclose', shares: 'discloses', shared: 'disclosed', sharing: 'disclosing' }),
    ),
  disclose2share: (s) =>
    s.replace(
      /\bdisclos(?:e|es|ed|ing)\b/gi,
      table({ disclose: 'share', discloses: 'shares', disclosed: 'shared', disclosing: 'sharing' }),
    ),
  provide2transfer: (s) =>
    s.replace(
      /\bprovid(?:e|es|ed|ing)\b/gi,
      table({ provide: 'transfer', provides: 'transfers', provided: 'transferred', providing: 'transferring' }),
    ),
  modal: (s) =>
    s.replace(/\b(may|must|shall|should|will)\s+not\b/gi, (m, v: string) =>
      cap(m, `${{ may: 'must', must: 'shall', shall: 'may', should: 'must', will: 'shall' }[v.toLowerCase()]!} not`),
    ),
  agreeNot: (s) => s.replace(/\byou\s+(?:may|must|shall|should|will)\s+not\b/gi, (m) => cap(m, 'you agree not to')),
  shallNot: (s) => s.replace(/\byou\s+agree\s+not\s+to\b/gi, (m) => cap(m, 'you shall not')),
  subscribers: plural('Subscribers', 'their'),
  customerShallNot: (s) =>
    DUTY_NOT.test(s) ? singular('the Customer')(s.replace(DUTY_NOT_G, (m) => cap(m, 'you shall not'))) : s,
  usersMayNot: (s) =>
    DUTY_NOT.test(s) ? plural('users', 'their')(s.replace(DUTY_NOT_G, (m) => cap(m, 'you may not'))) : s,
  // An adverb before the verb stays before its gerund ("will not knowingly share" → "from knowingly sharing"); a
  // phrase there ("must not in any way …") is left as written, not made a gerund.
  prohibitedFrom: (s) =>
    s.replace(
      /\byou\s+(?:may|must|shall|should|will)\s+not\s+(?:((?!(?:ap|re|sup|multi)ply\b|rely\b)[a-z]+ly|also|ever|otherwise|either)\s+)?([a-z]+)/gi,
      (m, adverb: string | undefined, verb: string) =>
        NOT_A_VERB.test(verb) ? m : cap(m, `you are prohibited from ${adverb ? `${adverb} ` : ''}${gerund(verb)}`),
    ),
  // Duties only: "You will be notified" is what happens to the user, not what the user must do.
  yourResponsibility: (s) =>
    s.replace(
      /^(\s*)You\s+(?:must|shall|agree\s+to|are\s+required\s+to)\s+(?!not\b|be\s+[a-z]+(?:ed|en)\b)(?=[a-z])/,
      (_m, sp: string) => `${sp}It is your responsibility to `,
    ),
  // Roles and a duty the rules were not written from: counted apart, so that a rule fitted to the
  // rewrites above shows here whether it reads the role or only the words it was fitted to.
  members: plural('members', 'their'),
  participants: plural('participants', 'their'),
  endUsers: plural('end users', 'their'),
  theLicensee: singular('the licensee'),
  shallEnsure: (s) =>
    s.replace(
      /^(\s*)You\s+(?:must|shall|agree\s+to|are\s+required\s+to)\s+(?!not\b|be\s+[a-z]+(?:ed|en)\b|ensure\b)(?=[a-z])/,
      (_m, sp: string) => `${sp}You shall ensure that you `,
    ),
  // "You should check …" said as "It is up to you to check …" and as "You must check …": duties in words no rule
  // reads, "should" included (advice to check the terms for changes is the reader's act, GUIDE C3). Only a verb after
  // "agree to": "agree to our use of …" agrees to the service's act, and "agree to be bound by" accepts the terms, no
  // duty either.
  upToYou: (s) =>
    s.replace(
      /^(\s*)You\s+(?:must|shall|should|agree\s+to(?!\s+(?:be\s+bound|(?:our|the|these|this|those|that|its|their|his|her|your|any|all|each|every|such|an?|us|them|it)\b))|are\s+required\s+to)\s+(?!not\b|be\s+[a-z]+(?:ed|en)\b)(?=[a-z])/,
      (_m, sp: string) => `${sp}It is up to you to `,
    ),
  youMust: (s) =>
    s.replace(
      /^(\s*)You\s+(?:shall|should|agree\s+to(?!\s+(?:be\s+bound|(?:our|the|these|this|those|that|its|their|his|her|your|any|all|each|every|such|an?|us|them|it)\b))|are\s+required\s+to)\s+(?!not\b|be\s+[a-z]+(?:ed|en)\b)(?=[a-z])/,
      (_m, sp: string) => `${sp}You must `,
    ),
  responsible: (s) =>
    /^\s*You\s+(?:must|shall|should|will|may|agree\s+to)\s+(?!not\b)[a-z]/.test(s)
      ? s.replace(
          /^(\s*)You\s+(?:must|shall|should|will|may|agree\s+to)\s+(\w+)/,
          (_m, sp: string, verb: string) => `${sp}Users are responsible for ${gerund(verb)}`,
        )
      : s,
};

/** Words after "not" (and its adverb) that start no verb to make a gerund of: prepositions, articles, adverbs. */
const NOT_A_VERB = /^(?:in|on|at|by|for|to|with|without|under|through|from|of|into|any|a|an|the|even|now|then)$/i;

/** "keep" → "keeping", "provide" → "providing", "submit" → "submitting" (enough for the verbs of duties). */
function gerund(verb: string): string {
  const v = verb.toLowerCase();
  if (v === 'be') return 'being';
  if (/[^aeiou]e$/.test(v) || v.endsWith('ue')) return `${v.slice(0, -1)}ing`;
  if (/^[^aeiou]*[aeiou][bdgmnprt]$/.test(v)) return `${v}${v.slice(-1)}ing`;
  return `${v}ing`;
}
