// content_licence: broad rights over user content (perpetual, irrevocable, worldwide, royalty-free, sublicensable,
// transferable, derivative works).
import { sentencesOf, type CategoryRules, type Veto, type VetoContext } from '../rule';
import type { Severity } from '../../types';
import { READER } from '../actor';
import { readerPossessiveAsYour } from '../reader-as-you';
import {
  CONTRACT_PARTIES,
  LICENCE_END_GAP,
  LICENCE_END_OPENERS,
  LICENCE_END_TIME_GAP,
  LICENCE_END_TIMES,
  LICENCE_END_VERBS,
  READER_ROLES,
} from '../lexicon';
import { endsAt, startsBefore } from '../sticky-at';
import { run, wordSeq } from '../word-gap';
import { wordsPattern } from '../word-pattern';

/** The reader's role as a word of a pattern, singular and plural ("customer|customers|…"). */
const READER_NAMES = READER_ROLES.flatMap((r) => [r, `${r}s`]).join('|');

/**
 * A licence granted TO the user (to use the software) is not a licence over the user's content. The reader by its
 * role in the singular ("Acme grants to the Customer a licence to access …"), not granted by the reader ("You grant to
 * the user a licence to …" is the reader's licence to its own users: READER_GRANTS_BEFORE); "grant users" is as often the
 * user's licence to the other users.
 */
const LICENCE_TO_USER = new RegExp(
  String.raw`\b(?:grants?|granted|give)\s+(?:to\s+)?you\b|\byou\s+(?:are|will\s+be)\s+granted\b|` +
    String.raw`\blicen[cs]e\s+to\s+(?:use|access)\s+(?:the|our)\s+(?:services?|software|app|site|platform|content\s+(?:we|that\s+we))`,
);
/**
 * A grant to the reader by its role, or to the reader's own people: "grants to the Customer", "granted users", "grants
 * to the Customer's end users" (read by oneSpaced as "grants to your end users").
 */
const GRANT_TO_ROLE = new RegExp(
  String.raw`\b(?:grants?|granted)\s+(?:to\s+)?(?:(?:the\s+)?${wordsPattern(READER_ROLES)}|your)\b`,
  'g',
);
/** The reader as the grant's subject, read back from the grant word (endsAt): "you ", "the Customer hereby ". */
const READER_GRANTS_BEFORE = new RegExp(String.raw`${READER}\s(?:hereby\s|also\s)?`, 'y');
/** The longest READER_GRANTS_BEFORE, with room: "the subscribers hereby ". */
const READER_BEFORE_WITHIN = 60;
/** A licence granted to the user (LICENCE_TO_USER), or to the reader by its role by another than the reader. */
function licenceToUser(lower: string): boolean {
  if (LICENCE_TO_USER.test(lower)) return true;
  for (const m of lower.matchAll(GRANT_TO_ROLE)) {
    if (!endsAt(READER_GRANTS_BEFORE, lower, m.index, READER_BEFORE_WITHIN)) return true;
  }
  return false;
}
/**
 * The user's content, or the user handing it over: "you grant", "Users hereby grant", "your content", "the Customer's
 * posts", "content the Customer submits" (the reader by its role reads as "you").
 */
const USER_CONTENT = new RegExp(
  String.raw`\b(?:(?:${READER}|your)\s+(?:hereby\s+|also\s+|additionally\s+|irrevocably\s+)?(?:grant|give)|(?:your|(?:the\s+)?${wordsPattern(READER_ROLES)}s?['’]s?)\s+(?:content|submissions?|posts?|uploads?|materials?|photos?|works?|data|information|input)|${wordsPattern(READER_ROLES)}\s+(?:content|input|data|submissions?)|content\s+(?:that\s+)?${READER}|${READER}\s+(?:submit|post|upload|provide|share|contribute)s?\b|(?:the|any|such)\s+submissions?\b|service\s+generated\s+data|feedback)`,
);

/**
 * The user hands over a right in so many words ("you give Acme the rights necessary to …"): the content is implied.
 * The words up to the right are stepped in code (word-gap.ts): after the reader's names in one regex, recheck judges
 * the bounded run polynomial.
 */
const USER_GRANTS_RIGHT = wordSeq(
  String.raw`\b${READER}`,
  String.raw`\s+(?:hereby\s+|also\s+|further\s+|expressly\s+|thereby\s+|irrevocably\s+|automatically\s+|must\s+|shall\s+|will\s+|agrees?\s+to\s+)?(?:grants?|gives?|permits?|authori[sz]es?|waives?)\b`,
  run(80, '[^.;]'),
  String.raw`\b(?:licen[cs]e|rights?|permission)\b`,
);
/** "… and automatically grant to us a licence": the grant to the service, whoever the sentence names first. */
const GRANT_TO_US = /\b(?:grant|grants|granting)\s(?:to\s)?us\b/;

/** The user named by its role grants a right: "Advertiser hereby grants to Acme …", "the User grants Acme …". */
const PARTY_GRANTS = new RegExp(
  String.raw`\b(?:${CONTRACT_PARTIES.join('|')})s?\s(?:hereby\s|also\s|further\s|irrevocably\s)?(?:grants|licen[cs]es|authori[sz]es|gives|provides|agrees\sto\sgrant)\b`,
);
/** A licence named again ("This licence …", "the licence granted …", "the foregoing license"): which one, the heading says. */
const LICENCE_AGAIN = new RegExp(
  String.raw`\b(?:this|these|that|such|the|foregoing|above|said)\s(?:foregoing\s|above\s|ugc\s|content\s)?licen[cs]es?\b|\blicen[cs]es?\s(?:granted|(?:that\s)?${READER}\s(?:grants?|gives?))\b`,
);
const LICENCE_NOUNS = ['license', 'licence', 'licenses', 'licences'];
/** licence-ends' first pattern, built from the same lists as licenceEnds below. */
const LICENCE_ENDS_PATTERN = `(${LICENCE_END_OPENERS.join('|')}) (${LICENCE_NOUNS.join('|')}) .{0,${LICENCE_END_GAP}} (${LICENCE_END_VERBS.join('|')}) .{0,${LICENCE_END_TIME_GAP}} (${LICENCE_END_TIMES.join('|')})`;
const LICENCE_LASTS_ONLY = `(${LICENCE_NOUNS.join('|')}) .{0,3} (exists|lasts) only`;
const LICENCE_WITHDRAWN = `(withdraw|withdraws|revoke|revokes|terminate|terminates) your (license|licence)`;
/** What licence-ends rejects after its hit: the user's own licence to use the service. */
const LICENCE_TO_USE = /^\s*to\s+(?:use|access)\b/;
/** A word, or a clause stop, for reading licence-ends' patterns word by word. */
const WORD_OR_STOP = /[\p{L}\p{N}'’-]+|[.;]/gu;
/**
 * Whether licence-ends reads the unit: its three patterns, word by word from the same lists (one regex over the
 * unit was polynomial), so licence-noun cancels its grant exactly where licence-ends gives the restrict.
 */
function licenceEnds(lower: string): boolean {
  const words = lower.match(WORD_OR_STOP) ?? [];
  const nouns = new Set(LICENCE_NOUNS);
  const verbs = new Set(LICENCE_END_VERBS);
  const isTime = (k: number): boolean =>
    LICENCE_END_TIMES.some((t) => t.split(' ').every((w, d) => words[k + d] === w));
  const within = (from: number, gap: number, hit: (k: number) => boolean): number => {
    for (let k = from; k <= from + gap && k < words.length; k++) {
      if (words[k] === '.' || words[k] === ';') return -1;
      if (hit(k)) return k;
    }
    return -1;
  };
  for (let i = 0; i < words.length; i++) {
    if (!nouns.has(words[i]!)) continue;
    if (LICENCE_END_OPENERS.includes(words[i - 1] ?? '')) {
      const verb = within(i + 1, LICENCE_END_GAP, (k) => verbs.has(words[k]!));
      if (verb >= 0 && within(verb + 1, LICENCE_END_TIME_GAP, isTime) >= 0) return true;
    }
    if (within(i + 1, 3, (k) => /^(?:exists|lasts)$/.test(words[k]!) && words[k + 1] === 'only') >= 0) return true;
    if (words[i - 1] === 'your' && /^(?:withdraws?|revokes?|terminates?)$/.test(words[i - 2] ?? '')) {
      const rest = words.slice(i + 1, i + 3).join(' ');
      if (!LICENCE_TO_USE.test(` ${rest}`)) return true;
    }
  }
  return false;
}
/** A heading about the user's content or the licence over it ("Your Content", "4.2 Content License from You", "Submissions"). */
const CONTENT_HEADING: readonly RegExp[] = [
  /\b(?:your|user|member|customer|creator|artist)s?['’]?\s(?:generated\s)?(?:content|submissions?|materials?|code|contributions?|posts?|music|works?|ugc)\b/,
  /\buser[- ]generated\b|\bsubmissions?\b|\bfeedback\b/,
  /\blicen[cs]e\sto\s(?:\w+\s)?(?:content|materials)\b/,
  /\blicen[cs]es?\s(?:from|granted\sby|by)\syou\b|\brights?\syou\sgrant\b|\bgrant\sof\slicen[cs]es?\b|\blicen[cs]es?\sto\s(?:your|user)\b|\blicensing\sof\scontent\b|\blicen[cs]e\sgrants?\sto\b|\bcontent\slicen[cs]e\b/,
];

/** The clause is about the user's content, or a licence the heading puts over it. */
function aboutUserContent(lower: string, ctx: VetoContext): boolean {
  if (USER_CONTENT.test(lower) || USER_GRANTS_RIGHT.test(lower) || GRANT_TO_US.test(lower) || PARTY_GRANTS.test(lower))
    return true;
  const headings = ctx.headings ?? '';
  return LICENCE_AGAIN.test(lower) && CONTENT_HEADING.some((re) => re.test(headings));
}

/** "(you warrant that you have) the right / authority to grant the licence": a promise by the user, no grant. */
const HAS_RIGHT = /\b(?:right|rights|authority|power|permissions?|licen[cs]es|consents|entitled|able|authori[sz]ed)\s/g;
/** "sufficient rights to grant", "the rights necessary for you to grant": a precondition, with or without a warranty. */
const NEEDED_RIGHT = /\b(?:sufficient|necessary|required|needed)\s/g;
const TO_GRANT = /\bto\s(?:grant|licen[cs]e|authori[sz]e)\b/;
/** A lead word followed within a few words by "to grant" (read word by word: one regex of both was polynomial). */
function leadsToGrant(lower: string, lead: RegExp): boolean {
  for (const m of lower.matchAll(lead)) {
    const from = m.index + m[0].length;
    // Within the next six words.
    if (
      TO_GRANT.test(
        lower
          .slice(from, from + 80)
          .split(/\s+/, 6)
          .join(' '),
      )
    )
      return true;
  }
  return false;
}
/** "(you own it) or have a valid licence to your Content": the user's own rights, a precondition of the grant. */
const VALID_LICENCE = /\bhave\s(?:a|all)\s(?:valid|necessary|required)\slicen[cs]es?\b/;
const WARRANTY =
  /\b(?:represents?|warrants?|warranty|confirms?|covenants?|ensure|guarantee)\b|\byou\sare\sthe\s(?:creator|owner|author)\b|\bto\sthe\sextent\s(?:we|you)\s(?:have|hold)\sthe\sright\b/;
/** "you own", "the Customer owns", "Members are the owner": the reader's ownership, warranted. */
const READER_OWNS = new RegExp(String.raw`\b${READER}\s(?:owns?|(?:are|is)\sthe\sowners?)\b`);
/** "full power and authority to accept the Terms, to grant the licence": authority, read across a short list. */
const AUTHORITY = /\b(?:authority|power|entitled|authori[sz]ed)\b/g;
const THEN_TO_GRANT = /^[^.;]{0,80}?\bto\s(?:grant|authori[sz]e)\b/;
function authorityToGrant(lower: string): boolean {
  for (const m of lower.matchAll(AUTHORITY)) {
    const from = m.index + m[0].length;
    if (THEN_TO_GRANT.test(lower.slice(from, from + 100))) return true;
  }
  return false;
}
/** "unless you have permission from the owner … and to grant us the licence": the user's precondition, no grant. */
const IF_YOU_HOLD = new RegExp(
  String.raw`\b(?:unless|if|provided(?:\sthat)?|as\slong\sas)\s${READER}\s(?:ha(?:ve|s)|holds?|obtains?|are|is|owns?)\b`,
  'g',
);
const AND_TO_GRANT = /^[^.;]{0,200}?\b(?:and|to)\s(?:to\s)?grant\b/;
function holdsRightsToGrant(lower: string): boolean {
  for (const m of lower.matchAll(IF_YOU_HOLD)) {
    const from = m.index + m[0].length;
    if (AND_TO_GRANT.test(lower.slice(from, from + 220))) return true;
  }
  return false;
}
/**
 * …unless the same clause grants the licence itself ("… and you hereby grant us a licence", "… own the content and grant
 * us a licence"); "and to grant" is the authority to grant, no grant. The reader's own grant is read in code (grantsToo),
 * back from each grant word; the rest here.
 */
const GRANTS_TOO = new RegExp(
  String.raw`\b(?:and|,)\s(?:you\s)?(?:hereby\s|automatically\s)grant\b|\band\s(?:${READER}\s)?grants?\s(?:to\s)?\w+\s(?:a|an)\s|\bautomatically\sgrant|\bagrees?\s(?:to\s)?grant\b`,
);
/**
 * The reader before a grant word, read back from it (startsBefore): "you ", "the Customer hereby ". The grant word is
 * found first: a clause has few, and every word is a place to start.
 */
const READER_BEFORE_GRANT = new RegExp(
  String.raw`${READER}\s(?:hereby\s|also\s|further\s|automatically\s|irrevocably\s|expressly\s)?`,
  'y',
);
/** Before the reader, the gap of a relative clause ("the license you grant us" names a grant made elsewhere). */
const LICENCE_GAP_BEFORE = /(?:licen[cs]es?|rights?)\s(?:that\s|which\s)?/y;
/** The longest LICENCE_GAP_BEFORE: "licences which ". */
const LICENCE_GAP_WITHIN = 20;
/** The longest READER_BEFORE_GRANT, with room: "the subscribers automatically ". */
const READER_GRANT_WITHIN = 60;
const GRANT_WORD = /\bgrants?\b/g;
/** The same clause grants the licence itself: GRANTS_TOO, or the reader granting, not in a relative clause. */
function grantsToo(lower: string): boolean {
  if (GRANTS_TOO.test(lower)) return true;
  for (const g of lower.matchAll(GRANT_WORD)) {
    for (const at of startsBefore(READER_BEFORE_GRANT, lower, g.index, READER_GRANT_WITHIN)) {
      if (!endsAt(LICENCE_GAP_BEFORE, lower, at, LICENCE_GAP_WITHIN)) return true;
    }
  }
  return false;
}

/**
 * The clause with each run of spaces as one, for the vetoes that read READER: the text has a role in two words written
 * as its one-word role padded with spaces ("unless account holders have" → "unless users           have", actor.ts
 * joinReaderRoles), and these readings want one space after READER (each gap one `\s`, so that recheck finds them
 * linear). A veto reads its `when` and its exception (grantsToo) on this same text, or a padded role would pass one and
 * fail the other. The reader's role as a possessive is written "your" as well ("rights from the customer's end users)
 * to grant" counts its words as "rights from your end users) to grant" does); spaces are made one before, so that a
 * padded role ("user          's") and a double space read as one.
 */
function oneSpaced(lower: string): string {
  return readerPossessiveAsYour(lower.replace(/ {2,}/g, ' ')).replace(/ {2,}/g, ' ');
}

/** The user promising to hold the rights a licence needs (content_licence.warranty-of-rights); `lower` is oneSpaced. */
function warrantsRights(lower: string): boolean {
  return (
    leadsToGrant(lower, NEEDED_RIGHT) ||
    VALID_LICENCE.test(lower) ||
    holdsRightsToGrant(lower) ||
    (WARRANTY.test(lower) && (leadsToGrant(lower, HAS_RIGHT) || authorityToGrant(lower) || READER_OWNS.test(lower)))
  );
}
/** A sentence that speaks of the licence: its words, not "rights" alone ("you retain all ownership rights"). */
const LICENCE_TALK = /\b(?:licen[cs]|sublicen[cs]|grant)/;

const VETOES: readonly Veto[] = [
  {
    id: 'content_licence.not-about-user-content',
    when: (lower, ctx) => !aboutUserContent(lower, ctx),
    // Not for the model's findings: the reader's grant comes in more shapes than these words cover ("you authorize
    // Acme on a royalty-free basis to: reproduce …", "you agree that Acme may sublicense these rights").
    why: 'A licence over anything but what the user provides (the service’s software, its trademarks) is no right over the user’s content.',
    mustVeto: [
      'Acme grants the Customer a non-exclusive, worldwide licence to use the Software.',
      'The company holds worldwide, perpetual rights to its trademarks.',
    ],
    mustNotVeto: [
      'You grant us a worldwide licence to use your content.',
      'Members hereby grant Acme a perpetual, worldwide licence to the photos they upload.',
      "The Customer's posts are licensed to Acme under a worldwide, royalty-free licence.",
    ],
  },
  {
    id: 'content_licence.licence-to-user',
    // The reader's own grant in the same clause is the licence over its content (G4: the grant wins): grantsToo.
    when: (lower) => {
      const one = oneSpaced(lower);
      return licenceToUser(one) && !grantsToo(one);
    },
    // The model scores licence words whoever grants: a licence the service gives the user is none either way.
    model: true,
    why: 'A licence the service grants the user (to use its software or site) is no right over the user’s content.',
    mustVeto: [
      'We grant you a worldwide, royalty-free license to use, reproduce and display the materials.',
      'Subject to these Terms, you are granted a limited licence to access the app.',
      'We give you a licence to use the software on one device.',
      'Acme hereby grants to the Customer a non-exclusive licence to access and view the submissions.',
      'In exchange for the license you grant us, we grant you a non-exclusive license to use the App.',
    ],
    mustNotVeto: [
      'You grant us a worldwide, royalty-free license to use, reproduce and display your content.',
      'By posting, you give Acme a licence to host your photos.',
      'The Customer grants Acme a worldwide licence to use the Customer Content.',
      'You grant users a worldwide license to view and share your content.',
      'You grant to the user a worldwide, perpetual license to display your Product icons.',
      'In consideration of the rights granted to the Customer under this Agreement, the Customer grants Acme a perpetual licence to use any Feedback.',
      'We grant you a licence to use the Services, and you grant us a worldwide licence to use your content.',
    ],
  },
  {
    id: 'content_licence.warranty-of-rights',
    // Every sentence that speaks of the licence is the warranty: another sentence about it states the licence itself.
    when: (lower) => {
      const one = oneSpaced(lower);
      return (
        warrantsRights(one) &&
        sentencesOf(one).every((s) => !LICENCE_TALK.test(s) || warrantsRights(s)) &&
        !grantsToo(one)
      );
    },
    why: 'The user promising to hold the rights a licence needs is a duty on the user (none actor=user), not a grant.',
    mustVeto: [
      'You represent and warrant that you have all the rights, power and authority necessary to grant the above license.',
      'You confirm that you own all intellectual property rights in your Content or that you have obtained all necessary rights to your Content which are required to grant licenses to us.',
      'Before you submit content, you will ensure that you have the necessary rights to grant us the license.',
      '(a) you have sufficient rights to grant the Licenses to Your Content;',
      'you either own your Content or have a valid license to your Content; and',
      'Covers are out, unless you have a written license from the owner of the composition to upload the cover and grant us the rights in the terms below.',
      'Content you post will not contain third-party material, unless you have permission from its owner or are otherwise entitled to post it and to grant us the licence granted herein.',
      'You represent and warrant that (iv) you are authorized to grant all of the aforementioned rights to the User Submissions.',
      'Covers are out, unless the Customer has a written license from the owner of the composition to upload the cover and grant us the rights in the terms below.',
      'Members represent and warrant that Members own or control all rights to their Music and to grant all of the rights set forth herein.',
      'You represent and warrant that you have all rights necessary to grant the licence described above. You retain all ownership rights in your Content.',
      'You represent and warrant that you have all rights necessary to grant the licence described above. You further warrant that your Content does not infringe the rights of any third party.',
      'You represent and warrant that you own, or have obtained all necessary rights, e.g. licences, consents and releases, to grant us the rights described in this section.',
    ],
    mustNotVeto: [
      'By posting content you represent and warrant that you have the right to do so, and automatically grant to us a worldwide licence to use it.',
      'You grant us a worldwide licence to use your content.',
      'By posting Content you expressly grant, and you represent that you have all rights necessary to grant, Acme a worldwide licence to it.',
      'If you have an account and agree to grant us a licence, we may display your posts.',
      'If the Customer has an account and the Customer hereby grants us a licence, we may display its posts.',
      'You represent that you own the content you upload and grant us a licence to host it.',
      'Members represent that Members own the content they upload and grant us a licence to host it.',
      'The rights you grant in this licence let Acme operate the Services. You represent and warrant that you have all rights necessary to grant the rights described above.',
    ],
  },
  {
    id: 'content_licence.licensed-training-data',
    when: (lower) =>
      /\blicensed\s+(?:[\w-]+\s+)?(?:data|datasets?|content|materials?|sources)\b/.test(lower) &&
      /\b(?:train\w*|built|developed)\b/.test(lower),
    unless: /\bgrant/,
    model: true,
    why: 'Data "licensed" for training is where a model learnt from, not a licence the user gives the service (GUIDE: ai_training reads the use of the user’s content).',
    mustVeto: [
      'Our AI models are trained on licensed data, not on the content you upload.',
      'Our models are built on licensed datasets and publicly available data.',
    ],
    mustNotVeto: [
      'You grant us a licence to use the content you upload to train our models.',
      'We license your content to partners who train their models.',
    ],
  },
];

export const contentLicence: CategoryRules = {
  category: 'content_licence',
  // The veto drops clauses not about user content anyway; a licence named again ("This licence ends …") passes here
  // and is kept only under a heading about the user's content.
  requires: [USER_CONTENT, USER_GRANTS_RIGHT, GRANT_TO_US, PARTY_GRANTS, LICENCE_AGAIN],
  vetoes: VETOES,
  adjustSeverity: (lower, base): Severity => {
    const broad = (
      lower.match(/perpetual|irrevocable|sublicens|transfer(?:r)?able|any\s+purpose|derivative\s+works/g) ?? []
    ).length;
    const limited =
      /\b(?:solely|only)\s+(?:for|to)\b|permitted\s+uses|(?:for|to)\s+(?:the\s+)?(?:purpose\s+of\s+)?(?:provid|operat)\w*\s+(?:and\s+improv\w+\s+)?(?:the|our)\s+services?|limited\s+(?:purpose|license|licence)/.test(
        lower,
      );
    const widened =
      /\bany\s+(?:other\s+)?purpose|\bmarketing\b|product\s+(?:and\s+service\s+)?development|machine\s+learning|artificial\s+intelligence/.test(
        lower,
      );
    if (broad >= 3 && (!limited || widened)) return 'high';
    if (broad >= 1) return 'medium';
    return base === 'high' ? 'medium' : base;
  },
  rules: [
    {
      id: 'content_licence.broad-licence',
      cue: [
        /\b(?:perpetual|irrevocable|worldwide|world wide|royalty|fully paid|sublicens|sub-licens|transferr?able|assignable|unrestricted|unlimited|derivative)/,
        /\b(?:licen[cs]|rights?\b|perpetuity|throughout the world)/,
      ],
      match: ['#LicTerm .{0,14} #LicNoun', '#LicNoun .{0,4} (in perpetuity|throughout the world)'],
      // G7: a licence the user's own act triggers ("If you choose to give us feedback, … a perpetual licence", "by
      // uploading … you grant") is no opt-in: the act is the consent.
      implies: { stance: 'grant', negated: 'restrict' },
      severity: 'high',
      why: 'A perpetual, irrevocable, sublicensable or transferable licence lets the company reuse content far beyond running the service.',
      mustMatch: [
        // A user in a bracket closed before the right is an aside, not who takes it.
        'You grant us a perpetual (for questions you ask only), non-exclusive, royalty-free and sub-licensable right to use, reproduce and modify such material.',
        'You grant us a perpetual, irrevocable, worldwide, royalty-free, sublicensable and transferable license to use your content.',
        'By posting content you grant the Company a worldwide, non-exclusive, royalty-free license to reproduce and display it.',
        {
          text: 'If you choose to give us any feedback, you agree that we will have a royalty-free, perpetual license to use it.',
          stance: 'grant',
        },
      ],
      mustNotMatch: [
        'We grant you a limited, non-exclusive, non-transferable, non-sublicensable license to use the Services.',
        'The company holds worldwide rights to its trademarks.',
      ],
    },
    {
      id: 'content_licence.derivative-works',
      cue: [
        /\b(?:derivative works|for any purpose|in any (?:media|medium|manner)|without (?:any )?compensation|all media)/,
      ],
      match: [
        '(create|make|prepare|creating) derivative works',
        '(modify|adapt|translate|reproduce|publish|display|distribute|exploit) .{0,12} (for any purpose|in any media|in any medium|without compensation|without any compensation|any and all media)',
      ],
      severity: 'medium',
      why: 'Rights to modify, republish or build derivative works on user content go beyond hosting it.',
      mustMatch: [
        'The company may redistribute, publish, modify, reproduce, create derivative works, and process Customer Content.',
      ],
      mustNotMatch: ['You may not copy, modify or create derivative works of the Software.'],
    },
    {
      id: 'content_licence.user-grants-right',
      // Any right the user hands over in their content is a licence, however narrow (GUIDE.md content_licence).
      cue: [
        /\b(?:grant|give|permit|allow|authori[sz]|licen[cs]ed\s+to|waive|reserves?\s+the\s+right|belong|vest)/,
        /\b(?:licen[cs]|rights?\b|permission|ownership|title|to\s+(?:access|view|use|copy|reproduce|display|share|store|distribute|edit|modify))/,
      ],
      match: [
        '(grant|grants|give|gives|permit|permits|authorize|authorise) .{0,6} (license|licence|right|rights)',
        '(grant|grants|give|gives) .{0,4} (permission|permissions) to (use|display|publish|reproduce|modify|distribute|copy|share|exploit|adapt)',
        '(is|are|be) (licensed|licenced) to (us|#BigTech|the|our)',
        '(waive|waives|waiver) .{0,14} (moral rights|rights)',
        '(reserve|reserves) the right to (use|edit|modify|display|publish|distribute|reproduce|exploit) .{0,4} #UserData',
        '(permit|permits|allow|allows|authorize|authorise) .{0,3} (users|user|members|others|third parties|anyone) to (access|view|use|copy|reproduce|display|share|store|distribute|edit|modify)',
        '(ownership|rights|title) .{0,8} (belong|belongs|vest|vests|shall vest) (to|in)',
      ],
      userSubject: true,
      rejectEvidence: /\bauthority\s+to\s+grant\b/,
      rejectAfter:
        /^\s*(?:(?:to\s+)?(?:access|use)\s+(?:your\s+)?(?:camera|microphone|location|contacts|calendar|device)|you|the\s+users?|users)\b/,
      severity: 'medium',
      why: 'A right the user grants over what they post lets the company (or others) use it beyond the user’s control.',
      mustMatch: [
        'By posting a review, you give us permission to display and share it.',
        'Photos you submit are licensed to us under these terms.',
        'You also grant other members the right to view and comment on your posts.',
        'You allow other users to view and share the content you post.',
        'You agree to grant Acme a non-exclusive, royalty-free license to host the Content.',
        'If you do not specify such terms, you thereby grant other users a non-exclusive licence to use your uploads.',
        'Members give Acme a licence to use the content they post to operate and promote the Services.',
      ],
      mustNotMatch: [
        'We grant you a revocable right to use the app.',
        'You give us permission to access your camera.',
        'Acme gives the Customer a licence to use the content it needs to run the app.',
      ],
    },
    {
      id: 'content_licence.licence-noun',
      // The licence named as a thing ("This licence covers the information you provide", "the licence you grant us
      // lasts …", "Licence to use your content: …"), and the acts a "you grant us a licence to:" lead-in lists in
      // its items ("host, store and reproduce your content;": the item is read after its lead-in).
      cue: [/\b(?:licen[cs]|permission|entitled\s+to|free\s+to)/],
      match: [
        '(this|the|that|such|your|these|foregoing|above) (license|licence|licenses|licences) .{0,3} (covers|cover|includes|include|extends|extend|applies|apply|allows|allow|lets|permits|permit|lasts|last|continues|continue|survives|survive|authorizes|authorises|authorize|gives|give)',
        '(license|licence|licenses|licences) (granted|which you grant|that you grant|which you give) .{0,8} (continue|continues|survive|survives|apply|applies)',
        '(license|licence|licenses|licences) (to|in|over) (your|the|such|any|all) .{0,2} (#UserData|content|submissions|materials|posts|contributions|feedback)',
        'as part of (this|the|that|such) (license|licence)',
        '(license|licence|licenses|licences|rights) (you grant|that you grant|granted by you|you give|you have granted|that you have granted|you provide)',
        // The reader by its role: "any license the Customer grants to us".
        `(license|licence|licenses|licences|rights) that? the? (${READER_NAMES}) (grant|grants|give|gives|has granted|have granted)`,
        '(license|licence|licensing) (your|any|all) .{0,3} (contributions|contribution|content|text|edits|submissions|posts|works) .{0,3} under',
        '(entitled|free) to (make use of|use|reproduce|publish|display|distribute|exploit|modify|implement) .{0,3} (the|your|any|such|all) (submission|submissions|content|feedback|materials|ideas|suggestions)',
        '(license|licence|permission) .{0,3} to (host|store|reproduce|modify|adapt|publish|display|distribute|translate|sublicense|sublicence|perform|exploit|copy|communicate|use) .{0,8} (#UserData|content|submissions|materials|posts|photos|information|data|feedback|it|them)',
      ],
      // "your licence to use the Services" is the user's licence to the service, not one over the user's content; nor
      // is a licence the reader grants its own customers ("any license the Customer grants to its end users").
      rejectAfter:
        /^\s*(?:(?:to\s+)?(?:access|use)\s+(?:your\s+)?(?:camera|microphone|location|contacts|calendar|device))\b|^\s*(?:use|access|download|install|run|view|play|stream)\b|^\s*to\s+(?:its|their|your)\s+(?:own\s+)?(?:end[\s-]users?|customers?|clients?|users?|members?|subscribers?|licensees?|recipients?)\b/,
      // The unit names the licence to say when it ends ("The licence you grant us ends when you delete your content"):
      // licence-ends' restrict (GUIDE content_licence), not a second, granting reading of the same licence.
      rejectInUnit: { test: (before, evidence, after): boolean => licenceEnds(`${before}${evidence}${after}`) },
      userSubject: true,
      severity: 'medium',
      why: 'A licence over the user’s content is a right over it, however the sentence names it.',
      mustMatch: [
        'This licence covers the profile information that you provide.',
        'The licence you grant us lasts as long as your content is on the service.',
        'Licence to host, store and display your content, as needed to run the service.',
        'You agree to license any text you contribute under the license the project prescribes.',
        'We shall be free to use any feedback you send us.',
        'The licence granted will continue after you have removed your content if others have shared it.',
        "Acme's license to Your Content shall be non-exclusive.",
        'We may transfer any license the Customer grants to us in the event of a sale of our company.',
      ],
      mustNotMatch: [
        'The license you grant us ends when you delete your content.',
        'This license lets you use the app on one device.',
        'Acme is not a party to any license the Customer grants to its end users.',
        'Acme is not a party to any license you grant to your end users.',
        'We may terminate your license to use the Services.',
        'You need a license to use the software commercially.',
        'You must obtain consent to use, license or generate Customer Content and to share it.',
      ],
    },
    {
      id: 'content_licence.licence-ends',
      // "The licence ends when you delete your content" (GUIDE content_licence: restrict); "does not end" is a grant.
      cue: [/\blicen[cs]e/, /\b(?:end|termin|expir|ceas|exists?\s+only|lasts?\s+only|withdraw|revoke|retain)/],
      match: [
        // A list of licensees may stand between the licence and its end ("Your licences to Acme, our Affiliates and to
        // users end when you close your account").
        LICENCE_ENDS_PATTERN,
        LICENCE_LASTS_ONLY,
        LICENCE_WITHDRAWN,
      ],
      rejectAfter: LICENCE_TO_USE,
      implies: { stance: 'restrict', negated: 'grant' },
      userSubject: true,
      severity: 'low',
      why: 'A licence that ends when the user removes the content limits how long the company holds it.',
      mustMatch: [
        { text: 'These licences end when you remove your content.', stance: 'restrict' },
        { text: 'This licence exists only for as long as you keep your content on the service.', stance: 'restrict' },
        {
          text: 'By deleting your content from public view, you withdraw your licence for us to publish it.',
          stance: 'restrict',
        },
      ],
      mustNotMatch: [
        'We may terminate your license to use the Services if you breach these Terms.',
        'This license to use the app ends when your subscription ends.',
      ],
    },
    {
      id: 'content_licence.no-licence-kept',
      // "… cancel your account and Acme does not retain any license rights", "Acme retains no licence": once the user
      // removes the content, no licence is left (GUIDE content_licence: restrict), negated or not.
      cue: [/\b(?:retain|keep)s?\s+(?:any|no|a)\b/, /\blicen[cs]e/],
      match: [
        '(retain|retains|keep|keeps) no .{0,2} (license|licence|licenses|licences)',
        '(not|never) (retain|retains|keep|keeps) (any|a) .{0,2} (license|licence|licenses|licences)',
      ],
      rejectAfter: /^\s*(?:to\s+(?:use|access)|rights?\s+to\s+(?:use|access))\b/,
      implies: { stance: 'restrict', negated: 'restrict' },
      userSubject: true,
      severity: 'low',
      why: 'No licence kept after the user removes the content limits what the company holds.',
      mustMatch: [
        {
          text: 'You can remove your content and cancel your account and Acme does not retain any license rights.',
          stance: 'restrict',
        },
        { text: 'Once you delete your content, Acme retains no licence to it.', stance: 'restrict' },
      ],
      mustNotMatch: [
        'You do not retain any license to use the Software after termination.',
        // Kept, not given up: the licence stands (another rule's grant).
        'Acme will retain a license to content that others have shared.',
      ],
    },
    {
      id: 'content_licence.non-confidential',
      cue: [/\bnon-?(?:confidential|proprietary)/],
      match: [
        '(considered|deemed|treated|treat) .{0,3} (non confidential|nonconfidential|non proprietary|nonproprietary)',
      ],
      severity: 'medium',
      why: 'Submissions treated as non-confidential and non-proprietary can be used by the company as it likes.',
      mustMatch: ['Anything you submit will be treated as non-confidential and non-proprietary.'],
      mustNotMatch: ['Your account password is confidential.'],
    },
    {
      id: 'content_licence.user-keeps-ownership',
      // "You retain ownership", "we claim no rights in your content": the limit of any licence (restrict).
      cue: [
        /\b(?:you|users|members)\s+(?:retain|keep|own|maintain)\b|\b(?:claim|claims|take|takes|acquire|acquires)\s+no\b|\bnot\s+(?:claim|own|acquire|take)\b|\b(?:remains?|stays?)\s+(?:with\s+you|yours)/,
      ],
      match: [
        '(you|users|members) (retain|keep|own|maintain) .{0,4} (ownership|rights|title|intellectual property)',
        '(claim|claims|take|takes|acquire|acquires) no (ownership|rights|right|title)',
        '(do|does|will) not (claim|own|acquire|take) .{0,3} (ownership|rights|title)',
        '(ownership|rights|title) .{0,6} (remains|remain|stays|stay) (with you|yours)',
      ],
      implies: { stance: 'restrict', negated: 'restrict' },
      userSubject: true,
      severity: 'low',
      why: 'Ownership the user keeps limits what any licence over their content can take.',
      mustMatch: [
        { text: 'You retain ownership of everything you upload.', stance: 'restrict' },
        { text: 'We claim no ownership rights in your content.', stance: 'restrict' },
      ],
      mustNotMatch: ['You must own the rights to the content you post.'],
    },
  ],
};
