// terms_change: the company can change the terms unilaterally; continued use counts as acceptance.
import type { CategoryRules } from '../rule';
import type { Severity } from '../../types';

/** A word, then a separator that cannot be part of a word (see data-sharing.ts: no exponential splits). */
const SEP = String.raw`[^\w’'-]+`;
const W = String.raw`[\w’'-]+[^\w’'-]+`;
const CHANGE = String.raw`(?:chang|modif|amend|updat|revis|alter|replac|supplement)\w*`;
const DOC = String.raw`(?:terms|agreement|policy|statement|notice|conditions|eula|guidelines)\b`;
const CHANGE_CUE = new RegExp(
  [
    String.raw`(?:\b(?:may|can|reserves?|right|will|might|shall)|['’]ll)${SEP}(?:${W}){0,7}?${CHANGE}${SEP}(?:${W}){0,9}?(?:these|this|the|our|its|such)${SEP}(?:${W}){0,3}?${DOC}`,
    String.raw`\b(?:these|this|the|our)${SEP}(?:${W}){0,3}?${DOC}${SEP}(?:${W}){0,4}?(?:may|can|might|will)\s+(?:be|from)${SEP}(?:${W}){0,4}?${CHANGE}`,
    String.raw`\b${CHANGE}\s+(?:to|of)\s+(?:these|this|the|our)${SEP}(?:${W}){0,3}?${DOC}${SEP}(?:${W}){0,9}?(?:effective|posted|binding)`,
  ].join('|'),
);

export const termsChange: CategoryRules = {
  category: 'terms_change',
  adjustSeverity: (lower, base): Severity => {
    if (/\bwithout\s+(?:prior\s+|any\s+|further\s+)?notice|sole\s+discretion|at\s+any\s+time\s+without/.test(lower))
      return 'high';
    if (/\b(?:notify|notice|e-?mail|in\s+advance|advance\s+notice|\d+\s+days)\b/.test(lower)) return 'low';
    return base;
  },
  rules: [
    {
      id: 'terms_change.unilateral-modify',
      // Proximity cue mirroring the three patterns (a modal before the change word, a terms-document word after it;
      // "the Terms may be changed"; "changes to these Terms … effective"), so boilerplate that merely mentions
      // "notice" near "modify" costs no parse.
      cue: [CHANGE_CUE],
      match: [
        '(may|can|reserve|reserves|right|will|might) .{0,6} #ChangeVerb .{0,8} (these|this|the|our|its|such) .{0,2} #TermsDoc',
        '(these|this|the|our) .{0,2} #TermsDoc .{0,3} (may|can|might|will) (be|from) .{0,3} #ChangeVerb',
        '#ChangeVerb (to|of) (these|this|the|our) .{0,2} #TermsDoc .{0,8} (effective|posted|binding)',
      ],
      severity: 'medium',
      why: 'The company can rewrite the deal without the user agreeing to the new version.',
      mustMatch: [
        'We may modify these Terms at any time without notice.',
        'This Privacy Policy may be updated from time to time.',
        { text: 'We will not change these Terms without your consent.', stance: 'conditional', condition: 'opt_in' },
      ],
      mustNotMatch: [
        'You may not modify the Software or create derivative works.',
        'You may change your password at any time.',
      ],
    },
    {
      id: 'terms_change.continued-use',
      cue: [/\bcontinu/, /\b(?:use|using|access)/, /\b(?:accept|agree|consent|bound)/],
      match: [
        '(continued|continuing|continue) .{0,3} (use|access|using|accessing) .{0,14} (constitutes|constitute|means|signifies|deemed|indicates|confirms|will) .{0,4} (acceptance|accept|agreement|consent|agree|acknowledgement)',
        '(by|if you) (continuing|continue) to (use|access) .{0,12} (you|will)? .{0,3} (agree|accept|consent|bound)',
      ],
      userSubject: true,
      severity: 'medium',
      why: 'Treating continued use as acceptance lets changes bind users who never read them.',
      mustMatch: [
        'Your continued use of the Services after changes are posted constitutes your acceptance of the new Terms.',
        'If you continue to use the Services after the effective date of the Changes, then you agree to the revised terms and conditions.',
        'By continuing to access the site after revisions become effective, you agree to be bound by the revised terms.',
      ],
      mustNotMatch: ['You may continue to use the free plan.'],
    },
  ],
};
