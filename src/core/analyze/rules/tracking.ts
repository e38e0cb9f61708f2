// tracking: cookies, pixels, fingerprinting, cross-site tracking, targeted advertising.
import type { CategoryRules } from '../rule';
import type { Severity } from '../../types';

export const tracking: CategoryRules = {
  category: 'tracking',
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
        /\b(?:cookie|beacon|pixel|clear gif|fingerprint|local storage|sdk|tracking tech|similar tech|tags\b|scripts\b|identifiers?\b|advertising id)/,
      ],
      match: [
        '(use|uses|used|place|places|set|sets|store|deploy|employ|serve|utilize|utilise) .{0,8} #TrackTech',
        '#TrackTech .{0,4} (be|are|is)? (used|placed|set|stored|deployed)',
      ],
      severity: 'low',
      why: 'Cookies, pixels and similar technologies record what users do; third-party ones follow them elsewhere.',
      mustMatch: [
        'We and our advertising partners use cookies, web beacons and pixels to collect information about your browsing.',
        { text: 'This website does not use cookies.', stance: 'restrict' },
        {
          text: 'We use advertising cookies, and you can opt out through your browser settings.',
          stance: 'conditional',
          condition: 'opt_out',
        },
      ],
      mustNotMatch: ['Please read our Cookie Policy for details.'],
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
      id: 'tracking.analytics-services',
      cue: [
        /\b(?:google analytics|mixpanel|segment|hotjar|facebook pixel|meta pixel|adobe analytics|amplitude|optimizely|new relic|crazy ?egg|matomo|piwik|fullstory|heap analytics|quantcast|comscore|appsflyer|adjust sdk|firebase analytics)\b/,
      ],
      match: [
        '(use|uses|used|using|employ|employs|rely|integrate|integrates|utilize|utilise) .{0,10} (google analytics|mixpanel|segment|hotjar|facebook pixel|meta pixel|adobe analytics|amplitude|optimizely|new relic|crazy egg|crazyegg|matomo|piwik|fullstory|heap|quantcast|comscore|appsflyer|firebase)',
      ],
      weak: true,
      severity: 'low',
      why: 'Naming an analytics or advertising measurement service means a third party observes visits, even when the clause says no more.',
      mustMatch: ['We use Google Analytics, Mixpanel and Segment for this purpose.'],
      mustNotMatch: ['You may segment your audience into groups.'],
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
