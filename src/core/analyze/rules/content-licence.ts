// content_licence: broad rights over user content (perpetual, irrevocable, worldwide, royalty-free, sublicensable,
// transferable, derivative works).
import type { CategoryRules } from '../rule';
import type { Severity } from '../../types';

/** A licence granted TO the user (to use the software) is not a licence over the user's content. */
const LICENCE_TO_USER =
  /\b(?:grants?|granted|give)\s+(?:to\s+)?you\b|\byou\s+(?:are|will\s+be)\s+granted\b|\blicen[cs]e\s+to\s+(?:use|access)\s+(?:the|our)\s+(?:services?|software|app|site|platform|content\s+(?:we|that\s+we))/;
const USER_CONTENT =
  /\b(?:you(?:r)?\s+(?:hereby\s+|also\s+)?(?:grant|give|content|submissions?|posts?|uploads?|materials?|photos?|works?|data|information|input)|(?:customer|user|member)\s+(?:content|input|data|submissions?)|content\s+(?:that\s+)?you|you\s+(?:submit|post|upload|provide|share|contribute)|(?:the|any|such)\s+submissions?\b|service\s+generated\s+data|feedback)/;

/** The user hands over a right in so many words ("you give Acme the rights necessary to …"): the content is implied. */
const USER_GRANTS_RIGHT =
  /\byou\s+(?:hereby\s+|also\s+|further\s+|expressly\s+)?(?:grant|give|permit|authori[sz]e|waive)\b[^.;]{0,80}?\b(?:licen[cs]e|rights?|permission)\b/;

export const contentLicence: CategoryRules = {
  category: 'content_licence',
  requires: [USER_CONTENT, USER_GRANTS_RIGHT], // the veto drops clauses not about user content anyway
  veto: (lower) =>
    LICENCE_TO_USER.test(lower)
      ? 'licence granted to the user'
      : USER_CONTENT.test(lower) || USER_GRANTS_RIGHT.test(lower)
        ? null
        : 'not about user content',
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
      severity: 'high',
      why: 'A perpetual, irrevocable, sublicensable or transferable licence lets the company reuse content far beyond running the service.',
      mustMatch: [
        'You grant us a perpetual, irrevocable, worldwide, royalty-free, sublicensable and transferable license to use your content.',
        'By posting content you grant the Company a worldwide, non-exclusive, royalty-free license to reproduce and display it.',
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
      ],
      mustNotMatch: ['We grant you a revocable right to use the app.', 'You give us permission to access your camera.'],
    },
    {
      id: 'content_licence.licence-noun',
      // The licence named as a thing ("This licence covers the information you provide", "the licence you grant us
      // lasts …", "Licence to use your content: …"), and the acts a "you grant us a licence to:" lead-in lists in
      // its items ("host, store and reproduce your content;": the item is read after its lead-in).
      cue: [/\b(?:licen[cs]|permission|entitled\s+to|free\s+to)/],
      match: [
        '(this|the|that|such|your|these) (license|licence|licenses|licences) .{0,3} (covers|cover|includes|include|extends|extend|applies|apply|allows|allow|lets|permits|lasts|continues|survives|survive)',
        '(license|licence|licenses|licences|rights) (you grant|that you grant|granted by you|you give|you have granted|that you have granted|you provide)',
        '(license|licence|licensing) (your|any|all) .{0,3} (contributions|contribution|content|text|edits|submissions|posts|works) .{0,3} under',
        '(entitled|free) to (make use of|use|reproduce|publish|display|distribute|exploit|modify|implement) .{0,3} (the|your|any|such|all) (submission|submissions|content|feedback|materials|ideas|suggestions)',
        '(license|licence|permission) .{0,3} to (host|store|reproduce|modify|adapt|publish|display|distribute|translate|sublicense|sublicence|perform|exploit|copy|communicate|use) .{0,8} (#UserData|content|submissions|materials|posts|photos|information|data|feedback|it|them)',
      ],
      rejectAfter:
        /^\s*(?:(?:to\s+)?(?:access|use)\s+(?:your\s+)?(?:camera|microphone|location|contacts|calendar|device))\b/,
      userSubject: true,
      severity: 'medium',
      why: 'A licence over the user’s content is a right over it, however the sentence names it.',
      mustMatch: [
        'This licence covers the profile information that you provide.',
        'The licence you grant us lasts as long as your content is on the service.',
        'Licence to host, store and display your content, as needed to run the service.',
        'You agree to license any text you contribute under the license the project prescribes.',
        'We shall be free to use any feedback you send us.',
      ],
      mustNotMatch: [
        'This license lets you use the app on one device.',
        'You need a license to use the software commercially.',
        'You must obtain consent to use, license or generate Customer Content and to share it.',
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
