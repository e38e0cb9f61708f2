// content_licence: broad rights over user content (perpetual, irrevocable, worldwide, royalty-free, sublicensable,
// transferable, derivative works).
import type { CategoryRules } from '../rule';
import type { Severity } from '../../types';

/** A licence granted TO the user (to use the software) is not a licence over the user's content. */
const LICENCE_TO_USER =
  /\b(?:grants?|granted|give)\s+(?:to\s+)?you\b|\byou\s+(?:are|will\s+be)\s+granted\b|\blicen[cs]e\s+to\s+(?:use|access)\s+(?:the|our)\s+(?:services?|software|app|site|platform|content\s+(?:we|that\s+we))/;
const USER_CONTENT =
  /\b(?:you(?:r)?\s+(?:hereby\s+)?(?:grant|content|submissions?|posts?|uploads?|materials?|photos?|works?|data|information|input)|(?:customer|user|member)\s+(?:content|input|data|submissions?)|content\s+(?:that\s+)?you|you\s+(?:submit|post|upload|provide|share)|service\s+generated\s+data|feedback)/;

export const contentLicence: CategoryRules = {
  category: 'content_licence',
  requires: [USER_CONTENT], // the veto drops clauses not about user content anyway
  veto: (lower) =>
    LICENCE_TO_USER.test(lower)
      ? 'licence granted to the user'
      : USER_CONTENT.test(lower)
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
  ],
};
