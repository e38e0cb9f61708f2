// tracking: cookies, pixels, fingerprinting, cross-site tracking, targeted advertising.
import { isPointer } from '../pointer';
import type { CategoryRules, Veto } from '../rule';
import type { Severity } from '../../types';
import { escapeRegExp } from '../../escape-regexp';
import {
  ANALYTICS_PROVIDERS as AP,
  DUTY_BOUND_PARTIES,
  LEXICON_LISTS,
  TRACKING_CONSENT_CHOICE,
  TRACKING_SIGNAL_POINTED as SP,
  TRACKER_PLACED_VERBS,
} from '../lexicon';
import type { FirstPartyNames } from '../first-party';
import { plainWords, wordsPattern } from '../word-pattern';
import { trackingConsentChoice } from '../tracking-choice';
import { anyOf, run, wordSeq } from '../word-gap';

/**
 * The reader's own analytics (lexicon ANALYTICS_PROVIDERS.owners, "own" optional), at most two list items before it:
 * "your analytics", "their own sales, analytics".
 */
const READER_OWN_ANALYTICS = new RegExp(
  String.raw`\b(?:${AP.owners.join('|')})\s+(?:own\s+)?(?:[\w-]+,?\s+(?:and\s+)?){0,2}?analytics\b`,
);

/** The words of the clause that ends `before` (after its last clause mark). */
const lastClauseWords = (before: string): string[] =>
  plainWords(before.slice(Math.max(...[...'.;:,'].map((c) => before.lastIndexOf(c))) + 1));
const SIGNAL_POINTED = new RegExp(String.raw`\b${wordsPattern(SP.pointers)}\s+signals?\b`);
const SIGNAL_SUBJECT = new RegExp(String.raw`^${wordsPattern(SP.subjects)}$`);
/**
 * A signal pointed back at ("respond to those signals") said of no one named as the service: "some websites honor
 * those signals and others do not", "when you send such a signal, websites may respect that signal" explain the
 * signal (G8). The clause before the verb must hold "we", "our" or a first-party name.
 */
const pointedSignalNotOurs = (
  before: string,
  evidence: string,
  _after: string,
  firstParty?: FirstPartyNames,
): boolean => {
  if (!SIGNAL_POINTED.test(evidence)) return false;
  const w = lastClauseWords(before);
  if (w.some((x) => SIGNAL_SUBJECT.test(x))) return false;
  const text = ` ${w.join(' ')} `;
  return !(firstParty ?? []).some((name) => text.includes(` ${name.join(' ')} `));
};
const IF_OPENER = new RegExp(String.raw`^${wordsPattern(TRACKING_CONSENT_CHOICE.consentWhen)}$`);
/**
 * "Being tracked" in an if-clause ("If you opt out of being tracked, you will still see ads, but they may be less
 * relevant") names the opt-out as the case of a consequence (G8), not a control offered.
 */
const trackedInIfClause = (before: string, evidence: string): boolean =>
  /\btracked\b/.test(evidence) &&
  lastClauseWords(before)
    .slice(-3)
    .some((x) => IF_OPENER.test(x));
const readerOwnAnalytics = (text: string): boolean => READER_OWN_ANALYTICS.test(text.toLowerCase());

/** The lexicon's ads terms as a cue (one list): a space in a term is a space or a hyphen in the text ("interest-based"). */
const ADS_TERM = String.raw`\b(?:${LEXICON_LISTS.AdsTerm!.map((w) => escapeRegExp(w).replace(/ /g, String.raw`[\s-]+`)).join('|')})`;

/** A clause about strictly necessary cookies alone (T3: security, login, load balancing) is no tracking. */
const STRICTLY_NECESSARY = /^(?:(?:these|our|the)\s+)?(?:strictly\s+)?(?:necessary|essential)\s+cookies\b/;

/** A party of a business agreement under a duty: "Publishers must:", "Advertisers that run … ads must also …". */
const PARTY_DUTY = new RegExp(
  String.raw`\b(?:${DUTY_BOUND_PARTIES.join('|')})s?(?:['’]s?)?\s(?:(?:that|who)\s[^.;:,]{0,60}?\s)?(?:(?:also|further|hereby)\s)?(?:must|shall|will\s(?:ensure|provide|obtain|post|include|disclose)|agrees?\sto|is\srequired|are\srequired|undertakes?)\b`,
);
/** A notice that must say something: "the privacy policy must disclose …", "a privacy policy that clearly states …". */
const NOTICE_DUTY = anyOf(
  /\bprivacy\s(?:policy|notice|statement)\s(?:must|shall|should)\s(?:\w+\s)?(?:disclose|describe|state|explain|inform|include|contain|provide)\b/,
  wordSeq(
    String.raw`\b(?:a|an|its|their|your)\s`,
    run(50, '[^.;:]'),
    String.raw`privacy\s(?:policy|notice|statement)\s(?:that|which)\s(?:\w+\s)?(?:states|discloses|describes|informs|explains|clearly|explicitly)`,
  ),
);

/**
 * A technology defined: "Cookies are small text files …", "Pixel tags (also called web beacons) are small blocks …",
 * a label first ("Cookies: Cookies are …"), or its lifetime ("Persistent cookies expire after a set time").
 */
const TECH_DEFINITION =
  /^\W*(?:\w[\w\s()-]{0,39}[.:]\s+)?(?:(?:an?|the)\s)?["'“‘]?(?:\w[\w-]*\s){0,2}?(?:cookies?|pixels?|pixel\stags?|web\sbeacons?|beacons?|clear\sgifs?|local\sstorage|sdks?|tags?|scripts?|tracking\surls?|device\sidentifiers?|advertising\sids?)["'”’]?\s(?:\([^)]{0,60}\)\s)?(?:are|is)\s(?:(?:very\s)?(?:small|little|tiny|short|simple|unique)|(?:an?\s)?(?:small|little|tiny|short|piece|pieces|string|strings|file|files|text|line|lines|bit|bits|unique|snippet)\b)|^\W*(?:(?:some|other|these|persistent|session|first[\s-]party|third[\s-]party)\s)?cookies\s(?:will\s|can\s|may\s)?(?:expire|remain\sstored|are\sdeleted|be\sstored\sfor)\b/;
/** A name given to a practice or technology: "… are called “third-party cookies”", "also referred to as …". */
const NAMED_AS =
  /\b(?:are|is)\s(?:also\s)?(?:commonly\s|sometimes\s|generally\s)?(?:called|referred\sto\sas)\b|\bwe\s(?:use\sthe\sterm\s\W?(?:cookies?|tracking)|refer\sto\s(?:[\w-]+\s){0,4}?(?:cookies?|technolog\w*)\b)/;

/**
 * A practice named or defined, not engaged in: "This is called interest-based advertising", "OBA is also referred to
 * as …", "Targeted advertising (also known as …) is advertising based on your interests …", "references to Share
 * refer to …" (T15: role=definition).
 */
const PRACTICE_NAMED = anyOf(
  /^\W{0,6}(?:(?:this|that|it|these|such)\s(?:[\w-]+\s){0,2}?|(?:[\w“”"'’-]+\s){1,5}?(?:\([^)]{0,40}\)\s)?)(?:is|are)\s(?:also\s)?(?:commonly\s|sometimes\s|generally\s|often\s)?(?:called|known\sas|referred\sto\sas)\b/,
  /^\W{0,6}(?:[\w-]+\s){0,3}?(?:advertising|marketing|tracking)\s(?:\([^)]{0,80}\)\s)?(?:is|means|refers\sto)\s(?:the\s|an?\s)?(?:advertising|practice|delivery|process|collection)\b/,
  /^\W{0,6}(?:[^,;]{0,60},\s)?(?:all\s)?references?\sto\s(?:[^.;]|\.\d){0,60}?\s(?:refers?\sto|means?)\b/,
);

/** Generic browser advice (T4): "you can set your browser to refuse cookies", "by adjusting your browser settings". */
export const BROWSER_ADVICE =
  /\b(?:set|configure|adjust|change|modify|instruct)\s(?:your|the|their)\s(?:web\s|internet\s)?browser\b|\b(?:settings?|preferences|options)\s(?:of|in|on)\s(?:your|the)\s(?:web\s|internet\s)?browser\b|\b(?:through|via|using|in|from|adjusting|changing)\s(?:your|the)\s(?:web\s|internet\s)?browser(?:['’]s)?\s(?:settings?|preferences|options)\b|\b(?:disable|disabling|block|blocking|refuse|refusing|reject|rejecting)\s(?:\w+\s){0,3}?cookies?\b[^.;]{0,60}?\bbrowser\b/;
/** …unless the unit states the service's own tracking too (then T4 makes it a grant or an opt-out). */
const STATES_OWN_TRACKING =
  /\bwe\s(?:\w+\s){0,5}?(?:use|uses|set|sets|place|places|deploy|collect|serve|show|track|respond|honou?r)\b|\b(?:advertis\w*|targeted|interest-based|analytics|do\snot\strack|signals?)\b|\bcookie\s(?:settings|preferences|banner)|\bconsent\smanagement|\bprivacy\s(?:settings|choices)|\bfooter\b/;

/** "This policy explains how we use cookies", "Details on how we use cookies can be found here": a pointer (T8). */
const DESCRIBES_USE =
  /^\W*(?:this|the|our)\s(?:[\w&,()“”"'’-]+\s){0,8}?(?:policy|notice|page|paragraph|section|statement)\s(?:(?:further|also)\s)?(?:explains|describes|details|sets\sout|outlines|tells\syou)\b|^\W*(?:details|information|more)\s(?:on|about)\show\b[^.;]{0,80}?\b(?:can\sbe\sfound|is\savailable|are\savailable|see|visit|click)\b|^\W*(?:see|regarding|for\sinformation\sabout)\s(?:more\s)?(?:details?|information|how)\b|^\W{0,6}(?:for\s)?(?:more\s)?(?:detailed\s|additional\s)?information\s(?:on|about)\s(?:how|why)\b[^.;]{0,100}?\b(?:see|visit|click|refer\sto|can\sbe\sfound|is\savailable)\b|^\W{0,6}here\syou\s(?:will|can)\sfind\s(?:more\s)?information\sabout\b[^:;]*$|^\W{0,6}(?:if\s)?(?:you\s)?(?:have\s)?(?:any\s)?(?:other\s|further\s)?questions?\s(?:about|regarding|on)\s(?:the\sway|how)\s(?:we|\w+)\s(?:use|uses)\b/;

/** A question standing alone ("How do we use Cookies?", "Does Acme Use Cookies?"): a heading, which takes no right. */
const QUESTION_HEADING =
  /^\W{0,6}(?:[\d.]{1,8}\s{0,3}[—–-]?\s{0,3})?(?:how|why|what|which|when|where|does|do|is|are|can)\b[^?]{0,120}\?\W{0,3}$/;

/** The purposes of strictly necessary cookies (T3). */
const NECESSARY_PURPOSE =
  /\b(?:security|fraud|(?:keep|stay)\s(?:you\s)?(?:logged|signed)\sin|authenticat\w*|load[\s-]balanc\w*|unauthori[sz]ed\saccess|(?:basic|core|essential)\s(?:(?:web\s?)?site\s|service\s)?(?:functionality|functions?|features)|technically\snecessary|necessary\sfrom\sa\stechnical|(?:logged|signed)\sin(?:to)?|(?:provide|deliver|operate)\s(?:you\s)?(?:with\s)?(?:our|the)\s(?:[\w-]+\s)?(?:services?|site|website|platform)|(?:as\s|you\s(?:may\s)?(?:have\s)?)requested|shopping\s(?:cart|basket|bag)|information\syou\s(?:enter|entered|submit|provided?)|save\syou\stime|(?:easier|more\sconvenient)\b)\b/;
/** …any purpose beyond them keeps the unit. */
const BEYOND_NECESSARY =
  /\b(?:advertis\w*|ads|marketing|analytic\w*|measur\w*|personali[sz]\w*|customi[sz]\w*|interests?|targeted|third[\s-]part\w*|statistic\w*|performance|understand|improve|usage|how\syou|preferences|profil\w*|click[\s-]?stream|browsing\s(?:history|activit\w*|behaviou?r|habits|data|information)|(?:your|their)\sbrowsing|track\w*|across|follow\w*|partners?|navigation|domains|pages\syou)\b/;

/** "We will not have access or control over such cookies" (T13): the main clause disclaims the third party's tracking. */
const NO_CONTROL =
  /\b(?:we|us)\s(?:\w+\s){0,2}?(?:not|neither)\s(?:have\s)?(?:access|control)\b|\bwe\s(?:do\snot|don['’]t|will\snot|won['’]t|cannot)\s(?:have\s)?(?:access\sto|control)\b/;

const VETOES: readonly Veto[] = [
  {
    id: 'tracking.partner-duty',
    when: (lower) => PARTY_DUTY.test(lower) || NOTICE_DUTY.test(lower),
    why: 'A publisher, advertiser or business customer bound to disclose tracking or offer an opt-out has a duty (T14: none actor=user); the service’s own tracking is stated elsewhere.',
    mustVeto: [
      'Publishers must: have a privacy policy that discloses the use of cookies, web beacons, IP addresses, or other identifiers.',
      'The privacy policy must disclose to users that third parties may be placing and reading cookies on your users’ browsers.',
      'Advertisers that engage in behavioral advertising must also provide consumers with the ability to opt out of such targeted advertising.',
      'Makes available to all visitors an active, publicly stated user privacy policy that explicitly states that advertising involves the use of cookies.',
      'Publisher will ensure that each of its sites contains a privacy policy that discloses the usage of third-party technology.',
    ],
    mustNotVeto: [
      'We and our advertising partners use cookies to show you interest-based ads.',
      'Our privacy policy explains how we use cookies.',
      'Advertisers may use cookies to measure the performance of their ads.',
      'Publisher also agrees that Acme may use its tags to enable third parties to collect information through cookies.',
    ],
  },
  {
    id: 'tracking.technology-definition',
    when: (lower) => TECH_DEFINITION.test(lower) || NAMED_AS.test(lower),
    // A definition that states the service's tracking purpose ("… for our advertising and analytics purposes") is a
    // statement of it.
    unless:
      /\b(?:if|when|once)\s+you\s+(?:agree|consent|accept)|\bwe\s(?:\w+\s){0,4}?(?:use|set|place|deploy|allow|collect|employ)\s(?!the\sterm)|\b(?:advertising|analytics|marketing|tailor\w*|over\s+time)\b/,
    why: 'A definition of a technology ("Cookies are small text files …") takes no right (T15: role=definition); the unit saying the service uses them does.',
    mustVeto: [
      'Cookies are small text files that are stored on your device when you visit a website.',
      'Pixel tags (also called web beacons) are small blocks of code placed on websites.',
      'A “cookie” is a small piece of data stored on your hard drive.',
      'Cookies: Cookies are little text files stored by your browser.',
      'Cookies set by parties other than the website owner are called “third party cookies.”',
      'Persistent cookies expire automatically after a set time, like a few days or weeks.',
    ],
    mustNotVeto: [
      'Cookies. We use cookies, which are small text files, to track your visits.',
      'We use cookies that are small files to recognise you across sites.',
      'We use pixels (also called web beacons) to see whether you open our emails.',
    ],
  },
  {
    id: 'tracking.practice-named',
    when: PRACTICE_NAMED,
    // …unless the unit also says someone does it ("…; Acme uses it", "… which our partners do to track you").
    unless:
      /\bwe\s(?:\w+\s){0,3}?(?:use|engage|work|partner|allow|show|serve|collect|share)\b|;|\b(?:and|which|they|partners?)\s(?:[\w'’-]+,?\s){0,8}?(?:track|tracks|collect|collects|place|places|set|sets|serve|serves|show|shows|deliver|delivers|use|uses|does)\b/,
    why: 'A sentence naming or defining a practice ("This is called interest-based advertising") takes no right (T15: role=definition); the unit saying the service does it does.',
    mustVeto: [
      'This is called interest-based advertising.',
      'OBA is also referred to as interest-based advertising.',
      'This practice is commonly referred to as "interest-based advertising" or "online behavioral advertising."',
      'Targeted advertising (also known as online behavioral advertising) is advertising based on your interests in topics and content.',
      'Interest-based advertising (IBA) is also commonly referred to as targeted advertising.',
      'All references to Share under Section 8.6 refer to the processing of PI for the purposes of Targeted Advertisement.',
    ],
    mustNotVeto: [
      'We use your browsing activity to show you ads; this is called interest-based advertising and we work with partners to do it.',
      'These cookies are known as advertising cookies and allow our partners to track you across sites.',
      'This is called interest-based advertising; Acme uses it.',
      'Interest-based advertising is the delivery of ads based on your browsing, which Acme does with its partners.',
      'We show you interest-based advertising.',
      'Targeted advertising is used on our sites.',
    ],
  },
  {
    id: 'tracking.browser-advice',
    when: BROWSER_ADVICE,
    unless: STATES_OWN_TRACKING,
    why: 'Generic advice on browser settings ("you can set your browser to refuse cookies") explains a mechanism (T4: role=explanation), unless the unit states tracking too.',
    mustVeto: [
      'You may refuse the use of such cookies by selecting the appropriate settings in your browser.',
      'You may set your browser to block Cookies, or to indicate when a Cookie is being set.',
      'If you choose to disable the use of cookies in your web browser, some features may become unavailable.',
    ],
    mustNotVeto: [
      'We use advertising cookies, and you can opt out through your browser settings.',
      'You can manage your cookie preferences in our cookie settings.',
      'You can adjust cookies in your browser preferences or through the Cookie Settings link in our footer.',
      'At this time, we do not respond to Do Not Track browser settings or signals.',
    ],
  },
  {
    id: 'tracking.describes-use',
    when: DESCRIBES_USE,
    unless: /\bopt[\s-]?out\b/,
    why: 'A sentence on what a policy or page explains, or where details are found, points elsewhere (T8: role=pointer).',
    mustVeto: [
      'This policy explains how and why we use cookies and the choices you have.',
      'Details on how we use cookies can be found here.',
      'For information on how long we save the information we collect through tracking technology, see here.',
      'More detailed information on how we use cookies and other web technologies can be found here.',
      'If you have any other questions about the way we use cookies, you can contact our Data Protection Officer.',
      'Here you will find information about why Acme uses tracking technology and the choices you can make.',
      'This paragraph explains how Acme and third parties use cookies and similar technologies.',
    ],
    mustNotVeto: [
      'We use cookies for advertising; this policy explains how to opt out.',
      'We use cookies to track you across websites; if you have questions about how we use them, contact us.',
      'Here you will find information about why Acme uses tracking technology: we track you across websites to show you ads.',
      'We use cookies to measure how you use our site.',
    ],
  },
  {
    id: 'tracking.necessary-purpose',
    when: NECESSARY_PURPOSE,
    // "only" or a denial makes the unit a limit (tracking.essential-only), which the rules read.
    unless: new RegExp(`${BEYOND_NECESSARY.source}|\\bonly\\b|\\bnot?\\b`),
    why: 'Cookies or identifiers used only for security, fraud prevention, sign-in or load balancing are not tracking (T3).',
    mustVeto: [
      'We use Security Cookies for security purposes.',
      'We use authentication cookies to keep you logged in from your web browser.',
      'We may use device identifiers to detect and block unauthorized access by bots.',
      'We use required cookies to perform essential website functions.',
      'We use technologies, such as cookies, to enable the core functionality of our website and apps.',
      'To recognise your browser and to provide our services to you, we use cookies.',
      'We use cookies to temporarily save the information you enter in our store.',
      'Acme uses cookies to keep users logged into their accounts.',
      'Our site uses first-party cookies to provide you the services you may have requested.',
      'We may use cookies to make your visit easier.',
    ],
    mustNotVeto: [
      'We use cookies for security and to show you personalised ads.',
      'We use cookies for essential functions, and our partners use them to track you across websites.',
      'We use cookies to enable essential functions and to collect information about your browsing.',
      'We use cookies for security and analytics.',
      'We use cookies to provide our services and to show you ads based on your interests.',
      'We use cookies to provide the service and to understand how you use it.',
    ],
  },
  {
    id: 'tracking.question-heading',
    when: QUESTION_HEADING,
    why: 'A question standing alone is a heading (role=heading): the sentences under it say what the service does.',
    mustVeto: [
      'How do we use Cookies?',
      'Does Acme Use Cookies or Other Tracking Methods?',
      '8.0 — How are cookies used for advertising purposes?',
    ],
    mustNotVeto: ['Do we use cookies? Yes: we use cookies to show you targeted ads.', 'We use cookies to track you.'],
  },
  {
    id: 'tracking.needed-to-work',
    when: /\b(?:cannot|can\snot|can['’]t|will\snot|won['’]t|would\snot|may\snot|do(?:es)?\snot)\s(?:\w+\s){0,2}?(?:be\s(?:offered|provided|available|accessed|used)|work|function|operate)\b[^.;]{0,40}?\bwithout\s(?:the\s(?:use|help)\sof\s)?cookies\b|\bonly\s(?:be\s)?(?:available|accessible|possible)\s(?:through|with|by|using)\s(?:the\suse\sof\s)?cookies\b/,
    unless: BEYOND_NECESSARY,
    why: 'That parts of a site need cookies to work states no tracking purpose (T3: functional cookies; role=explanation); a "cannot … without" is no denial either.',
    mustVeto: [
      'Several functionalities of our website cannot be offered without the use of cookies.',
      'Certain aspects of our website are only available through the use of cookies, so your use of our website may be limited if you decline cookies.',
    ],
    mustNotVeto: [
      'Some features will not work without cookies, and we also use cookies for analytics.',
      'We do not use cookies for advertising.',
    ],
  },
  {
    id: 'tracking.no-control-over-third-parties',
    when: NO_CONTROL,
    unless: /\bwe\s(?:also\s)?(?:use|allow|permit|work\swith)\b/,
    why: 'A unit whose main clause disclaims access to or control over third parties’ cookies presupposes them but takes nothing (T13: role=explanation).',
    mustVeto: [
      'In the event that our business partners or advertisers use cookies, we will not have access or control over such cookies.',
      'In relation to the use of cookies by our partners and clients, note that we do not have access or control over these cookies.',
    ],
    mustNotVeto: ['We allow advertisers to set cookies; we do not control them.'],
  },
];

export const tracking: CategoryRules = {
  category: 'tracking',
  vetoes: VETOES,
  veto: (lower) =>
    isPointer(lower)
      ? 'pointer to another notice'
      : STRICTLY_NECESSARY.test(lower)
        ? 'strictly necessary cookies only (GUIDE.md T3)'
        : null,
  adjustSeverity: (lower, base): Severity => {
    if (
      /\bfingerprint|across\s+(?:different\s+|other\s+)?(?:web\s*sites|sites|apps|devices|services)|cross[\s-](?:site|device|context)|over\s+time/.test(
        lower,
      )
    )
      return 'high';
    if (/\bthird[\s-]part|advertis|ads\b|retarget|remarket|interest[\s-]based/.test(lower))
      return base === 'low' ? 'medium' : base;
    return base;
  },
  rules: [
    {
      id: 'tracking.tracking-technologies',
      cue: [
        /\b(?:cookie|beacon|pixel|clear gif|fingerprint|local storage|session storage|sdk|software development kit|tracking (?:tech|data|tools)|trackers\b|similar tech|tags\b|scripts\b|identifiers?\b|advertising id)/,
      ],
      match: [
        '(use|uses|used|using|place|places|set|sets|store|deploy|employ|serve|utilize|utilise|assign|assigns|share|gathered|collected|collect|collects) .{0,8} #TrackTech',
        '(via|through) .{0,4} #TrackTech',
        // The lexicon's placing verbs: "a cookie (i.e. a small text file) is dropped on your browser".
        `#TrackTech .{0,4} (be|are|is)? (used|collected|gathered|${TRACKER_PLACED_VERBS.join('|')})`,
        '(associate|associates|combine|combines|link|links) .{0,3} #TrackTech',
        '#TrackTech .{0,2} (which|that) (we|our partners|they)? (use|uses|set|sets|place|places|deploy|deploys)',
        '#TrackTech (also)? (collect|collects|record|records|gather|gathers|track|tracks|log|logs)',
        '#TrackTech .{0,3} (allow|allows|permit|permits|help|helps|enable|enables|let|lets|tell|tells|record|records|track|tracks|collect|collects) (us|them|advertisers|partners|our|a|the)? .{0,2} (understand|learn|see|know|recognise|recognize|track|measure|count|analyse|analyze|identify|collect|improve|deliver|serve|target|record|reconnect|attribute|optimise|optimize)',
        // The service and other parties joined: "Cookies help us and third parties understand which ads you have seen".
        '#TrackTech .{0,3} (allow|allows|permit|permits|help|helps|enable|enables|let|lets) (us|them) (and|or) .{0,3} (understand|learn|see|know|recognise|recognize|track|measure|count|analyse|analyze|identify|collect|improve|deliver|serve|target|record|reconnect|attribute|optimise|optimize)',
        // The service's own mail carries a tracker: "Our emails to members may contain a pixel tag …", "Emails we send
        // you may include web beacons …" (not any message, nor tags or identifiers in the other senses).
        'our (email|emails|e-mails|newsletters|newsletter|messages) .{0,3} (contain|contains|include|includes|carry|carries) (a|an|small|tiny|invisible|tracking)? (small|tiny|invisible|clear)? (pixel|pixels|pixel tag|pixel tags|tracking pixels|web beacon|web beacons|beacons|clear gifs|cookies)',
        '(email|emails|e-mails|newsletters|messages) (that)? we (send|sent) .{0,3} (contain|contains|include|includes|carry|carries) (a|an|small|tiny|invisible|tracking)? (small|tiny|invisible|clear)? (pixel|pixels|pixel tag|pixel tags|tracking pixels|web beacon|web beacons|beacons|clear gifs|cookies)',
        '#TrackTech .{0,3} (may|can|will)? .{0,1} (uniquely)? (identify|identifies|recognise|recognises|recognize|recognizes) (your|you|a|the) .{0,2} (browser|device|devices|computer|visitor|visitors|user|users|you)',
      ],
      rejectEvidence: /\bthe\s+following\b|\bstrictly\s+necessary\b|\bessential\b/,
      // T3: cookies that only keep the user's own settings ("using cookies to remember your language preference").
      rejectAfter:
        /^[^.;]{0,20}?\bto\s+(?:know|remember|store|save|keep)\s+(?:your|the\s+user['’]?s?)\s+(?:language|preferences?|settings|choices)\b/,
      severity: 'low',
      why: 'Cookies, pixels and similar technologies record what users do; third-party ones follow them elsewhere.',
      mustMatch: [
        // A control offered over the cookies is an opt-out (G7): with "also", a possibility or tools to refuse, choices over.
        {
          text: 'You can also manage the cookies used for online advertising via the consumer choice tools.',
          stance: 'conditional',
          condition: 'opt_out',
        },
        {
          text: 'The companies listed offer you the possibility to refuse or accept cookies used by them to adapt advertisements.',
          stance: 'conditional',
          condition: 'opt_out',
        },
        {
          text: 'Acme gives you some choices over which cookies we set and how we use your data.',
          stance: 'conditional',
          condition: 'opt_out',
        },
        'We and our advertising partners use cookies, web beacons and pixels to collect information about your browsing.',
        'Our partners collect details of your visit through pixels embedded in our emails.',
        'Measurement cookies let us count how many visitors read each page.',
        'Advertising cookies may uniquely identify your browser and device.',
        'Our newsletters may contain a pixel, a tiny image that tells us whether you opened the message.',
        'Emails we send you may include web beacons so we can tell whether you have read them.',
        'These cookies permit us to recognise your browser when you come back.',
        'Some cookies help us or our ad partners learn which adverts you have already seen.',
        'We may associate this tracking data with your account.',
        'These are performance cookies which we use to observe user engagement on our site.',
        'All information these cookies collect is aggregated.',
        "When you visit our site, an Acme cookie (a small text file) is dropped on your device's browser.",
        { text: 'This website does not use cookies.', stance: 'restrict' },
        {
          text: 'We use advertising cookies, and you can opt out through your browser settings.',
          stance: 'conditional',
          condition: 'opt_out',
        },
      ],
      mustNotMatch: [
        'Please read our Cookie Policy for details.',
        'We use the following cookies:',
        'We set cookies to remember your language preference.',
        'For more information about the cookies we use, see our Cookie Notice.',
        'Messages that contain scripts or tags will be rejected by our spam filter.',
        'Newsletters include tags such as #news and #offers.',
        'Our emails include a unique identifier so we can process your unsubscribe request.',
        'Customer messages must not contain tracking pixels unless recipients have consented.',
        'These cookies enable the payment page to identify your transaction.',
        'Our app is installed on your device.',
      ],
    },
    {
      id: 'tracking.targeted-ads',
      cue: [new RegExp(String.raw`${ADS_TERM}|\bads\s+(?:based|tailored)`)],
      match: ['#AdsTerm+', 'ads .{0,3} (based on|tailored to) .{0,3} (your|you)'],
      severity: 'medium',
      why: 'Targeted advertising profiles users from their behaviour.',
      mustMatch: [
        'We use your information to show you targeted advertising.',
        { text: 'We do not use your data for targeted advertising.', stance: 'restrict' },
        'We may engage third parties for the purpose of delivering interest-based content and advertisements to you.',
        'Cookies are also used to display behavior-based advertising.',
      ],
      mustNotMatch: ['Advertising revenue helps keep the service free.'],
    },
    {
      id: 'tracking.essential-only',
      cue: [/\bcookie/, /\b(?:essential|necessary|functional)\b/, /\bonly\b/],
      match: ['only .{0,2} (essential|necessary|strictly necessary|functional|technical) (cookie|cookies)'],
      implies: { stance: 'restrict' },
      severity: 'low',
      why: 'A site that sets only the cookies it needs to work does not track its visitors.',
      mustMatch: [{ text: 'This site uses only essential cookies needed to keep you signed in.', stance: 'restrict' }],
      mustNotMatch: ['We use essential and advertising cookies.'],
    },
    {
      id: 'tracking.analytics-services',
      cue: [
        /\b(?:google analytics|adobe analytics|google tag manager|crazy ?egg|fullstory|amplitude|comscore|quantcast|facebook pixel|meta pixel|appsflyer|firebase analytics|heap analytics|hotjar|mixpanel)\b/,
      ],
      match: [
        '(use|uses|used|using|employ|employs|rely|integrate|integrates|utilize|utilise|including|include|like|via|through|of) .{0,10} (#AnalyticsService|hotjar|mixpanel)',
        '(#AnalyticsService|hotjar|mixpanel) .{0,3} (tracks|track|collects|collect|records|sets|set|uses|allows|helps|lets|which)',
      ],
      severity: 'low',
      why: 'An analytics or ad-measurement service records what visitors do on the page, on its own servers (GUIDE.md T6).',
      mustMatch: [
        'We use Google Analytics to see which pages are read most.',
        'Hotjar records how visitors scroll and click on our pages.',
      ],
      mustNotMatch: ['Google Analytics is a trademark of its owner.'],
    },
    {
      id: 'tracking.analytics-services-weak',
      cue: [/\b(?:segment|new relic|matomo|piwik|optimizely)\b/],
      match: [
        '(use|uses|used|using|employ|employs|rely|integrate|integrates|utilize|utilise) .{0,10} (segment|new relic|matomo|piwik|optimizely)',
      ],
      weak: true,
      severity: 'low',
      why: 'Naming a self-hostable or general-purpose analytics tool hints that visits are measured, even when the clause says no more.',
      mustMatch: ['We use Matomo and Segment for this purpose.'],
      mustNotMatch: ['You may segment your audience into groups.'],
    },
    {
      id: 'tracking.usage-analytics',
      // T2: behavioural analytics (how people use and move through the service) is tracking, whatever the technology.
      cue: [
        /\bhow\s+(?:you|users|visitors|people|customers|members|our|the|others|anonymous|many)\b|\b(?:analy[sz](?:es?|ing)|monitor(?:s|ing)?|measur(?:e|ing)|track(?:s|ing)?|study|observ(?:e|ing))\b|\banalytic|\b(?:understanding|idea|picture)\s+of\s+(?:user|visitor|customer|your)/,
      ],
      match: [
        '(understand|learn|analyse|analyze|measure|see|study|monitor|track|know|record|learning|understanding) .{0,3} how (you|users|visitors|people|customers|members|our|the|others|anonymous) .{0,3} (use|uses|used|interact|interacts|move|navigate|engage|engages|browse|arrive|are|is)',
        '(analyse|analyze|analyzes|analyses|monitor|monitors|measure|track|tracks|study) .{0,4} (usage|traffic|trends|activity|activities|interactions|visits|page|behavior|behaviour|use of)',
        '(for|use|uses|used|provide|providing|perform|performing|with|of|and|data) #AnalyticsTerm',
        '#AnalyticsTerm (cookies|cookie|services|tools|purposes|data|information|and measurement)',
        '(collect|collects|collected|gather|gathers|obtain|obtains|receive|receives|information|data|details|insights|statistics) (about|on|into|regarding) how (you|users|visitors|people|customers|members|others) .{0,3} (use|uses|used|interact|interacts|move|navigate|engage|engages|browse|arrive)',
        '(see|know|count|measure|understand|learn|tell|show|shows) how many (people|users|visitors|customers|times) .{0,3} (take|took|view|views|viewed|visit|visits|visited|click|clicks|clicked|open|opened|read|watch|watched|use|used)',
        '(understanding|understand|idea|picture|view) of (user|users|visitor|visitors|customer|customers|your) (preferences|behavior|behaviour|activity|interactions|interaction|engagement)',
        '(observe|observing|monitor|monitoring|measure|measuring|track|tracking|analyse|analyze|analysing|analyzing) (user|users|visitor|visitors|customer|audience|your) (engagement|behavior|behaviour|interactions|journeys|journey)',
      ],
      rejectEvidence: { test: readerOwnAnalytics },
      severity: 'low',
      why: 'Recording how people use and move through a service builds a record of their behaviour.',
      mustMatch: [
        'We study how visitors move through our pages to improve the layout.',
        'Partners provide us with analytics about the use of our apps.',
        'We analyze traffic and usage trends on the site.',
        'We use certain technologies to collect information about how you use our sites.',
        'Their tags let us see how many people take action on our ads.',
        'The tool gives us a better idea of user behavior on our pages.',
        'We observe user engagement on our site.',
      ],
      mustNotMatch: ['Our help pages explain how the app works.', 'You can view your own analytics in the dashboard.'],
    },
    {
      id: 'tracking.personalisation',
      // T1: personalising the service or ads from the user's activity is behavioural profiling.
      cue: [
        /\b(?:personali|customi[sz]e|tailor|infer|derive|educated guess)|\b(?:might|may|could)\s+(?:be\s+of\s+)?interest|\b(?:relevant|tailored|targeted)\s+(?:to|for)\s+(?:your|their)\s+(?:interests|activit|preferences)|\b(?:based\s+on|from)\s+(?:your|their)\s+(?:activit|browsing|interactions|behavio|viewing|purchase\s+history|likes)/,
      ],
      match: [
        '(personalize|personalise|personalizing|personalising|personalized|personalised|customize|customise|tailor) .{0,4} (experience|experiences|content|feed|recommendations|services|service|site|sites|it|ads|advertising|offers|advertisements)',
        '(infer|inferred|inferences|inference|derive|educated guesses) .{0,6} (interests|characteristics|preferences|data)',
        '(recommend|recommendations|suggestions|suggest|content|offers|ads|advertising|products|services|goods|understand|know|learn|determine|predict) .{0,8} (might|may|could) (be of)? interest (you|to you)?',
        '(relevant|tailored|targeted) (to|for) (your|their) (interests|activity|preferences)',
        '(based on|from) (your|their) (activity|activities|browsing|interactions|behavior|behaviour|viewing|purchase history|likes)',
      ],
      rejectEvidence: /\b(?:language|country|currency|time\s*zone)\b/,
      rejectAfter: /^[^.;]{0,80}\b(?:remember\s+your|your\s+choice\s+of\s+language|language\s+or\s+region)\b/,
      severity: 'low',
      why: 'Personalising what a user sees from their activity profiles their behaviour.',
      mustMatch: [
        'We personalize your feed using the posts you like and follow.',
        'We may infer your interests from the pages you visit.',
        'We recommend items that might interest you based on your activity.',
      ],
      mustNotMatch: ['You can customize your profile picture.', 'The site shows prices in your currency.'],
    },
    {
      id: 'tracking.ad-partners',
      // T6: advertising and analytics partners that collect or receive data for measurement or targeting.
      cue: [/\b(?:advertis|ad |ads |marketing|analytics)/, /\b(?:partner|compan|network|provider|vendor|platform)/],
      match: [
        '(advertising|ad|ads|marketing|analytics) (partners|partner|companies|networks|network|providers|vendors|platforms) .{0,8} (collect|collects|use|uses|track|tracks|serve|serves|set|sets|place|places|recognize|recognise|receive|receives|access|gather|gathers)',
        '(share|shares|provide|provides|give|gives|disclose|discloses|allow|allows|permit|send|sends) .{0,8} (advertising|ad|marketing|analytics) (partners|companies|networks|providers|vendors|platforms) .{0,8} (to|for|so) .{0,4} (measure|serve|show|deliver|target|personalize|personalise|select|tailor|understand|improve|identify|collect)',
        '(work|works|partner|partners) with .{0,4} (advertising|ad|marketing) (partners|companies|networks|providers|vendors)',
      ],
      severity: 'medium',
      why: 'Advertising and analytics partners that collect or receive users\u2019 data follow them for measurement and targeting.',
      mustMatch: [
        'Our advertising partners may collect information about you when you see their ads.',
        'We may share device data with marketing partners so they can measure our campaigns.',
      ],
      mustNotMatch: [
        'Advertising partners must follow our advertising policies.',
        'We may share your contact details with our advertising partners.',
      ],
    },
    {
      id: 'tracking.analytics-providers',
      // T6, T12: the parties that do analytics for the service, named as its providers, recipients or sources
      // ("analytics partners", "analytics service providers"), or analytics in a list of the functions its providers
      // perform ("service providers … such as hosting, marketing, analytics, and support"). Not analytics the service
      // offers as its product nor a tool the reader connects (T10, T18: no provider of the service's named).
      cue: [/\banalytic/, new RegExp(String.raw`\b(?:${AP.heads.join('|')}|third[\s-]part|processor|contractor)`)],
      match: [
        `#AnalyticsTerm (service|services)? (${AP.heads.join('|')})`,
        `(${AP.providers.join('|')}) .{0,8} (${AP.listIntros.join('|')}) .{0,14} #AnalyticsTerm`,
      ],
      // The reader's own figures, named before the match or inside a providers' list.
      rejectBefore: { test: (before: string) => readerOwnAnalytics(`${before}analytics`) },
      rejectEvidence: { test: readerOwnAnalytics },
      severity: 'low',
      why: 'Analytics providers record how people use the service for it, on their own systems (GUIDE.md T6, T10).',
      mustMatch: [
        'We may have disclosed these categories to advertising partners, analytics partners, and promotional partners.',
        'These include analytics providers and payment processors.',
        'We use service providers for various operations, such as payment processing, diagnostics, analytics, and others.',
        'Our service providers perform functions such as analytics, hosting, and customer support.',
        'Our vendors include analytics providers and payment processors.',
        {
          text: 'We do not share personal data with advertisers, data brokers, or analytics companies.',
          stance: 'restrict',
        },
      ],
      mustNotMatch: [
        // Near-misses that pass the cue: the service's own product, named as a platform or a company.
        'Our platform offers reports, analytics, and exports.',
        'Acme is an analytics company that helps publishers measure the performance of their content.',
        'The Company provides dashboards, analytics, and reports to its business customers.',
        'Our platform gives you reports, analytics, and exports for your own store.',
        'You can connect your store to third-party analytics platforms such as Google Analytics.',
        // The reader's own figures, with "own" or not, and a list of what partners see that names no function.
        'Partners can see their own sales, analytics and payouts in the dashboard.',
        'Partners can see sales, analytics and payouts in the dashboard.',
        'Merchants can view their sales, analytics, and payouts in the partner dashboard.',
        'Partners, such as resellers, can see their sales, analytics and payouts.',
      ],
    },
    {
      id: 'tracking.preferences-control',
      // T4: a control the service offers over cookies or ads (settings, preference centre, banner) is an opt-out.
      cue: [
        // "analytic": the opt-outs of an analytics tool ("the currently available opt-outs for Acme Analytics").
        /\b(?:cookie|advertis|ads?\b|privacy|track(?:ing|ed)\b|consent|personali|analytic)/,
        /\b(?:preference|setting|choice|choos|opt)/,
      ],
      match: [
        '(manage|adjust|change|customize|customise|update|set|review|modify|control|choose|select|view) .{0,4} (cookie|cookies|advertising|ad|ads|privacy|tracking|consent) (preferences|settings|choices|preference)',
        '(cookie|cookies|privacy|advertising|ad|consent) (preferences|settings|choices) (link|page|tool|center|centre|banner|panel|menu|toggle)',
        '(opt out|opt-out|opting out|opt-out of|opt-outs|opt outs) .{0,6} (advertising|ads|cookies|tracking|tracked|analytics|personalized|personalised|interest|targeted|having ads|off site)',
        '(choose|elect|decide) not to (receive|see|get) .{0,3} (#AdsTerm|advertising|ads)',
        '(choices|choice|options) (about|regarding|concerning|over|related to|relating to) .{0,3} (#AdsTerm|cookies)',
      ],
      rejectEvidence: /\bbrowser\b/,
      rejectAfter: /^[^.;]{0,60}\b(?:your|the|a)\s+(?:web\s+)?browser\b/,
      rejectInUnit: { test: trackedInIfClause },
      // Choices made in the browser's own settings are generic advice (T4), not a control the service offers.
      rejectBefore: /\bbrowser\s(?:settings?|preferences|options)\b[^.;]{0,40}$/,
      // A choice the unit names as consent-first (a banner, "accept or refuse", tracking-choice.ts) stands: opt-in (T5,
      // T9); any other condition stance.ts reads gives way to the control's opt-out, as before.
      implies: { stance: 'conditional', condition: 'opt_out', yieldsTo: { test: trackingConsentChoice } },
      userSubject: true,
      severity: 'low',
      why: 'Tracking the user must switch off themselves is on by default.',
      mustMatch: [
        { text: 'You can change your cookie preferences at any time.', stance: 'conditional', condition: 'opt_out' },
        {
          text: 'To adjust your advertising preferences, visit the settings page.',
          stance: 'conditional',
          condition: 'opt_out',
        },
        {
          text: 'You can choose not to receive interest-based ads from us.',
          stance: 'conditional',
          condition: 'opt_out',
        },
        {
          text: 'You also have choices related to interest-based advertising.',
          stance: 'conditional',
          condition: 'opt_out',
        },
        // The opt-out named as a noun in the plural, or of being tracked.
        {
          text: 'You can learn about the currently available opt-outs for advertising cookies here.',
          stance: 'conditional',
          condition: 'opt_out',
        },
        {
          text: 'We honor opt-outs of being tracked within 15 days.',
          stance: 'conditional',
          condition: 'opt_out',
        },
        // The opt-outs of an analytics tool, with no cookie or ad word (the cue's "analytic").
        {
          text: 'Please refer to the currently available opt-outs for Acme Analytics by visiting https://acme.example/ga.',
          stance: 'conditional',
          condition: 'opt_out',
        },
      ],
      mustNotMatch: [
        'You can block cookies in your browser settings.',
        'You can choose not to receive marketing emails.',
        'You also can update your browser settings to make certain choices about third-party cookies.',
        'You can opt out of being contacted by our sales team.',
        'If you opt out of being tracked, you will still see ads, but they may be less relevant.',
      ],
    },
    {
      id: 'tracking.do-not-track',
      // T4: honouring a browser's opt-out signal is an opt-out; ignoring it is tracking regardless.
      cue: [/\b(?:do[ -]not[ -]track|dnt|global privacy control|gpc|preference signal)/],
      match: [
        '(respond|responds|honor|honors|honour|honours|respect|respects|recognize|recognise|recognizes|recognises|support|supports|change|treat) .{0,10} (do not track|dnt|global privacy control|gpc|preference signal|preference signals)',
        // The signal named before, and pointed back at: "As there is no common understanding of what a Do Not Track
        // signal means, we don't respond to those signals".
        '(respond|responds|honor|honors|honour|honours|respect|respects) to? (those|these|such|that|this) (signals|signal)',
      ],
      // A unit that opens on the verb ("support Do Not Track requests.") is the end of a sentence cut at a line break
      // (G2): its subject, and whether it denies the signal, are in the unit before, so this one cannot say which.
      rejectBefore: /^\W*$/,
      rejectInUnit: { test: pointedSignalNotOurs },
      // The verb and the signal in one clause: "we may change our cookie practices at any time; some browsers offer a
      // Do Not Track feature" explains the signal (G8), it does not honour it.
      rejectEvidence: /;/,
      implies: { stance: 'conditional', condition: 'opt_out', negated: 'grant' },
      severity: 'low',
      why: 'A service that ignores browser opt-out signals tracks users who asked not to be.',
      mustMatch: [
        { text: 'We do not respond to Do Not Track signals.', stance: 'grant' },
        {
          text: 'As there is no common understanding of what a Do Not Track signal means, we do not respond to those signals.',
          stance: 'grant',
        },
        {
          text: 'We honor the Global Privacy Control signal as an opt-out.',
          stance: 'conditional',
          condition: 'opt_out',
        },
      ],
      mustNotMatch: [
        'Do Not Track is a browser setting.',
        'For Do Not Track and other privacy requests, we respond to these requests within 45 days.',
        'Some browsers offer a Do Not Track setting; some websites honor those signals and others do not.',
      ],
    },
    {
      id: 'tracking.activity-collection',
      // T2: collecting what the user does (activity, browsing, interactions, use of the service) records behaviour,
      // whoever collects it; data about the user that is not about activity (contact details) is not tracking.
      cue: [
        /\b(?:collect|gather|record|log)/,
        /\b(?:activit|browsing|interactions?\b|use\s+of|usage\s+of|visits?\b|behaviou?r)/,
      ],
      match: [
        '(collect|collects|collected|gather|gathers|record|records|log|logs) .{0,6} (about|on|regarding|of|relating to) (the)? (your|their|users|visitors|user|visitor|customer|customers) .{0,2} (activity|activities|browsing|interactions|interaction|online activities|use of|usage of|visits to|visit to|visits|behaviour|behavior)',
      ],
      rejectAfter: /^[^.;]{0,40}\b(?:for\s+(?:security|fraud)|to\s+(?:prevent|detect)\s+fraud)\b/,
      // "a record of your activities" is a thing kept (retention), not the act of recording.
      rejectEvidence: /^records?\s+of\b/i,
      severity: 'low',
      why: 'A record of what the user does on a site or app, kept by the service or its partners, is a record of their behaviour.',
      mustMatch: [
        'Third-party websites may also collect information about your activity on our site.',
        'We automatically collect and store certain types of information about your use of the Services.',
        'Collects data on the user’s visits to the website, such as the number of visits.',
      ],
      mustNotMatch: [
        'We collect information about your account, such as your name and email address.',
        'We log information about your activity for fraud prevention purposes.',
        'We receive information about your interactions with our partners from those partners.',
        'A record of your activities on the site remains after your account is closed.',
      ],
    },
    {
      id: 'tracking.behavioural-data',
      // T2: tracking-grade data named as what is collected (browsing history, clickstream, page interactions such as
      // scrolling and mouse-overs) records behaviour, in a list item as in a sentence.
      cue: [/\b(?:browsing\s+history|click\s*stream|mouse[\s-]?(?:overs?|movements?)|page\s+interaction)/],
      match: ['(browsing history|clickstream|click stream|mouse overs|mouseovers|mouse movements|page interaction)'],
      severity: 'low',
      why: 'Browsing history, clickstreams and page interactions are a record of the user’s behaviour.',
      mustMatch: ['Internet activity (such as unique identifiers, browsing history or other usage data);'],
      mustNotMatch: ['You can clear the history of your searches in settings.'],
    },
    {
      id: 'tracking.unique-id',
      // Cookie tables ("_ga | Registers a unique ID that is used to generate statistical data on how the visitor uses
      // the website"): a unique identifier given to a browser or visitor is what lets a site recognise them again.
      cue: [/\bunique\s+(?:id|identifier|user\s+id|visitor\s+id|number|string)/],
      match: [
        '(registers|register|assigns|assign|sets|set|stores|store|generates|generate|creates|create|contains|contain|gives|give) .{0,2} unique (id|identifier|user id|visitor id|number|string)',
      ],
      severity: 'low',
      why: 'A unique identifier set on the visitor’s browser lets the site and its partners recognise them on every visit.',
      mustMatch: [
        'Registers a unique ID that is used to generate statistical data on how the visitor uses the website.',
      ],
      mustNotMatch: ['Each order has a unique number for your records.'],
    },
    {
      id: 'tracking.ad-measurement',
      // T6: measuring ads (impressions, conversions, which ad led to an action) follows users from ad to action.
      cue: [/\b(?:impressions?|conversions?|ad\s+delivery|campaign\s+performance|attribution|effectiveness\s+of)\b/],
      match: [
        '(measure|measuring|count|counting|track|tracking|audit|auditing|report|reporting|attribute|attributing|optimise|optimize|improve|improving) .{0,3} (ad|ads|advertising|advertisement|campaign|campaigns) (impressions|conversions|delivery|performance|attribution)',
        '(ad|ads|advertising|advertisement) (impressions|conversions|conversion|attribution) .{0,4} (measure|measured|count|counted|track|tracked|record|recorded)',
        '(events|data) .{0,3} (used for|for) (ad|ads|advertising) (delivery|targeting|measurement)',
        '(measure|measuring|understand|understanding|evaluate|evaluating|assess|assessing|analyse|analyze|analysing|analyzing) .{0,4} effectiveness of .{0,3} (ads|advertising|advertisements|campaigns|marketing|content|communications|emails|offers)',
      ],
      severity: 'low',
      why: 'Measuring which ads a user saw and what they did next links their activity across sites.',
      mustMatch: [
        'Auditing consumer interactions on our site (for example, measuring ad impressions)',
        'We measure and understand the effectiveness of the content we deliver to you.',
      ],
      mustNotMatch: [
        'Our ads appear in search results.',
        'Ad attribution must be displayed in the corner of the ad unit.',
      ],
    },
    {
      id: 'tracking.under-tracking-heading',
      // Paragraphs of a cookie or advertising section take their subject from the heading ("Performance cookies" ›
      // "These help us count visitors"; "Advertising" › "This helps us reconnect with people who’ve shown interest").
      // Not under a heading of strictly necessary, functional, preference or security cookies (GUIDE.md T3).
      section:
        /^(?!.*\b(?:necessary|essential|functional|functionality|preferences?|security|required|what\s+(?:is|are)|browser|how\s+(?:do|can|to)|manag|block|delet|reject|disabl|choices|opt)).*\b(?:cookies?|tracking|trackers?|pixels?|beacons?|analytic\w*|performance|targeting|advertising|marketing|measurement|conversion)\b/,
      cue: [/\b(?:help|allow|enabl|let|assist|able\s+to|used?\s+(?:to|for)|monitor|contribut)/],
      match: [
        '(help|helps|allow|allows|enable|enables|let|lets|assist|assists) us (to)? (recognise|recognize|count|measure|see|understand|analyse|analyze|improve|optimise|optimize|reconnect|target|deliver|personalise|personalize|collect|record|identify|know|learn|tailor|track|monitor|test)',
        "(we|we are|we’re|we're) (can|able to|are able to) (recognise|recognize|count|measure|see|understand|analyse|analyze|optimise|optimize|reconnect|target|identify|know|track|monitor|make improvements)",
        '(used|use) (to|for) (count|counting|measure|measuring|track|tracking|analyse|analyze|analysing|analyzing|target|targeting|recognise|recognize|identify|identifying|monitor|monitoring|optimise|optimize)',
        '(by|through) (monitoring|tracking|analysing|analyzing|measuring|recording|matching)',
        '(contribute|contributes|contributing) to .{0,3} (improving|improve|measuring|measure|optimising|optimizing) .{0,4} (ad|ads|advertising|delivery|campaigns|marketing)',
      ],
      severity: 'low',
      why: 'What a cookie or advertising section says its tools help the company do is what those tools record about the user.',
      mustMatch: [
        {
          text: 'These help us recognise you when you come back and count visitors.',
          stance: 'grant',
          section: 'Performance cookies',
        },
        {
          text: 'This helps us reconnect with people who have shown interest.',
          stance: 'grant',
          section: 'Advertising',
        },
      ],
      mustNotMatch: [
        { text: 'These help us keep you signed in.', section: 'Strictly necessary cookies' },
        { text: 'You can block cookies in your browser settings.', section: 'Cookies' },
      ],
    },
    {
      id: 'tracking.combine-data',
      // Combining what the service collects with data from elsewhere builds a profile of the user (GUIDE.md T2).
      cue: [/\b(?:combin|merg)/, /\b(?:information|data)\b/],
      match: [
        '(combine|combines|combined|combining|merge|merges|merged|merging) .{0,10} with .{0,8} (information|data)',
      ],
      severity: 'medium',
      why: 'Data combined from several sources is a profile of the user that none of the sources holds alone.',
      mustMatch: [
        'We may combine information we collect with personal information we obtain from third parties.',
        { text: 'We will not combine your queries with any other data.', stance: 'restrict' },
      ],
      mustNotMatch: ['The offer cannot be combined with other discounts.'],
    },
    {
      id: 'tracking.cookie-consent',
      // T5: cookies set only when the user agrees (a banner, a consent tool) are opt-in; consent by continuing to browse
      // is consent by use (G7), a grant, and left to the other rules.
      cue: [
        /\b(?:consent|agree|accept)/,
        /\b(?:cookie|tracking|pixel|tracker|similar tech|local storage|session storage)/,
      ],
      match: [
        '(can|may|able to|choose to|ask you to) (consent|consents) (to|for)? .{0,6} #TrackTech',
        '(withdraw|withdrawing) .{0,3} consent .{0,6} #TrackTech',
        '#TrackTech .{0,10} (if you agree|if you consent|with your consent|you grant consent|you give consent|you give your consent)',
      ],
      rejectEvidence: /\bcontinu|\bby\s+(?:using|browsing|visiting|accessing)\b/,
      implies: { stance: 'conditional', condition: 'opt_in' },
      userSubject: true,
      severity: 'low',
      why: 'Cookies set only after the user agrees are the user’s choice (GUIDE.md T5).',
      mustMatch: [
        {
          text: 'You can consent to or withdraw consent from advertising cookies here.',
          stance: 'conditional',
          condition: 'opt_in',
        },
        {
          text: 'A cookie is a small file that we store on your device if you agree.',
          stance: 'conditional',
          condition: 'opt_in',
        },
      ],
      mustNotMatch: ['By continuing to browse, you consent to our use of cookies.'],
    },
    {
      id: 'tracking.cross-site',
      cue: [
        /\b(?:track|collect|monitor|follow|fingerprint|identif|recogni)/,
        /\b(?:across|over\s+time|fingerprint|(?:on|across)\s+(?:multiple|different|other|various|several))\b/,
      ],
      match: [
        '(track|tracks|tracking|collect|collects|monitor|follow) .{0,10} (across|over) .{0,3} (websites|sites|apps|devices|services|time)',
        '(fingerprinting|fingerprint|fingerprints)',
        '(track|tracks|tracking|identify|identifies|recognise|recognises|recognize|recognizes|follow|follows) .{0,6} (on|across) (multiple|different|other|various|several) (websites|sites|devices|apps|platforms)',
      ],
      severity: 'medium',
      why: 'Following users across sites, apps or devices (or fingerprinting them) builds profiles they cannot see.',
      mustMatch: [
        'Our partners may collect information about your online activities over time and across different websites.',
        'Used to track visitors on multiple websites, in order to present relevant advertisement.',
      ],
      mustNotMatch: ['You can track the status of your order in your account.'],
    },
  ],
};
