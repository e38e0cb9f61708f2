// tracking: cookies, pixels, fingerprinting, cross-site tracking, targeted advertising.
import { isPointer } from '../pointer';
import type { CategoryRules } from '../rule';
import type { Severity } from '../../types';

/** A clause about strictly necessary cookies alone (T3: security, login, load balancing) is no tracking. */
const STRICTLY_NECESSARY = /^(?:(?:these|our|the)\s+)?(?:strictly\s+)?(?:necessary|essential)\s+cookies\b/;

export const tracking: CategoryRules = {
  category: 'tracking',
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
        '#TrackTech .{0,4} (be|are|is)? (used|placed|set|stored|deployed)',
        '#TrackTech .{0,3} (allow|allows|help|helps|enable|enables|let|lets|tell|tells|record|records|track|tracks|collect|collects) (us|them|advertisers|partners|our|a|the)? .{0,2} (understand|learn|see|know|recognise|recognize|track|measure|count|analyse|analyze|identify|collect|improve|deliver|serve|target|record|reconnect|attribute|optimise|optimize)',
      ],
      rejectEvidence: /\bthe\s+following\b|\bstrictly\s+necessary\b|\bessential\b/,
      severity: 'low',
      why: 'Cookies, pixels and similar technologies record what users do; third-party ones follow them elsewhere.',
      mustMatch: [
        'We and our advertising partners use cookies, web beacons and pixels to collect information about your browsing.',
        'Our partners collect details of your visit through pixels embedded in our emails.',
        'Measurement cookies let us count how many visitors read each page.',
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
        'For more information about the cookies we use, see our Cookie Notice.',
      ],
    },
    {
      id: 'tracking.targeted-ads',
      cue: [
        /(?:targeted|interest[\s-]based|behaviou?ral|personali[sz]ed|tailored|relevant|cross[\s-]context)\s+(?:ad|advert)|retarget|remarket|\bads\s+(?:based|tailored)/,
      ],
      match: ['#AdsTerm+', 'ads .{0,3} (based on|tailored to) .{0,3} (your|you)'],
      severity: 'medium',
      why: 'Targeted advertising profiles users from their behaviour.',
      mustMatch: [
        'We use your information to show you targeted advertising.',
        { text: 'We do not use your data for targeted advertising.', stance: 'restrict' },
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
        /\bhow\s+(?:you|users|visitors|people|customers|members|our|the|others|anonymous)\b|\b(?:analy[sz]es?|monitors?|measure|tracks?|study)\b|\banalytic/,
      ],
      match: [
        '(understand|learn|analyse|analyze|measure|see|study|monitor|track|know|record|learning|understanding) .{0,3} how (you|users|visitors|people|customers|members|our|the|others|anonymous) .{0,3} (use|uses|used|interact|interacts|move|navigate|engage|engages|browse|arrive|are|is)',
        '(analyse|analyze|analyzes|analyses|monitor|monitors|measure|track|tracks|study) .{0,4} (usage|traffic|trends|activity|activities|interactions|visits|page|behavior|behaviour|use of)',
        '(for|use|uses|used|provide|providing|perform|performing|with|of|and|data) #AnalyticsTerm',
        '#AnalyticsTerm (cookies|cookie|services|tools|purposes|data|information|and measurement)',
      ],
      rejectEvidence: /\b(?:your|customer|customers['’]?)\s+(?:own\s+)?analytics\b/,
      severity: 'low',
      why: 'Recording how people use and move through a service builds a record of their behaviour.',
      mustMatch: [
        'We study how visitors move through our pages to improve the layout.',
        'Partners provide us with analytics about the use of our apps.',
        'We analyze traffic and usage trends on the site.',
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
        '(recommend|recommendations|suggestions|suggest|content|offers|ads|advertising) .{0,8} (might|may|could) (be of)? interest (you|to you)?',
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
      id: 'tracking.preferences-control',
      // T4: a control the service offers over cookies or ads (settings, preference centre, banner) is an opt-out.
      cue: [/\b(?:cookie|advertis|ad |ads |privacy|tracking|consent|personali)/, /\b(?:preference|setting|choice|opt)/],
      match: [
        '(manage|adjust|change|customize|customise|update|set|review|modify|control|choose|select|view) .{0,4} (cookie|cookies|advertising|ad|ads|privacy|tracking|consent) (preferences|settings|choices|preference)',
        '(cookie|cookies|privacy|advertising|ad|consent) (preferences|settings|choices) (link|page|tool|center|centre|banner|panel|menu|toggle)',
        '(opt out|opt-out|opting out|opt-out of) .{0,6} (advertising|ads|cookies|tracking|analytics|personalized|personalised|interest|targeted|having ads|off site)',
      ],
      rejectEvidence: /\bbrowser\b/,
      rejectAfter: /^[^.;]{0,60}\b(?:your|the|a)\s+(?:web\s+)?browser\b/,
      implies: { stance: 'conditional', condition: 'opt_out' },
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
      ],
      mustNotMatch: ['You can block cookies in your browser settings.'],
    },
    {
      id: 'tracking.do-not-track',
      // T4: honouring a browser's opt-out signal is an opt-out; ignoring it is tracking regardless.
      cue: [/\b(?:do not track|dnt|global privacy control|gpc|preference signal)/],
      match: [
        '(respond|responds|honor|honors|honour|honours|respect|respects|recognize|recognise|recognizes|recognises|support|supports|change|treat) .{0,8} (do not track|dnt|global privacy control|gpc|preference signal|preference signals)',
      ],
      implies: { stance: 'conditional', condition: 'opt_out', negated: 'grant' },
      severity: 'low',
      why: 'A service that ignores browser opt-out signals tracks users who asked not to be.',
      mustMatch: [
        { text: 'We do not respond to Do Not Track signals.', stance: 'grant' },
        {
          text: 'We honor the Global Privacy Control signal as an opt-out.',
          stance: 'conditional',
          condition: 'opt_out',
        },
      ],
      mustNotMatch: ['Do Not Track is a browser setting.'],
    },
    {
      id: 'tracking.cross-site',
      cue: [/\b(?:track|collect|monitor|follow|fingerprint)/, /\b(?:across|over\s+time|fingerprint)/],
      match: [
        '(track|tracks|tracking|collect|collects|monitor|follow) .{0,10} (across|over) .{0,3} (websites|sites|apps|devices|services|time)',
        '(fingerprinting|fingerprint|fingerprints)',
      ],
      severity: 'medium',
      why: 'Following users across sites, apps or devices (or fingerprinting them) builds profiles they cannot see.',
      mustMatch: [
        'Our partners may collect information about your online activities over time and across different websites.',
      ],
      mustNotMatch: ['You can track the status of your order in your account.'],
    },
  ],
};
