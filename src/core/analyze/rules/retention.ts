// retention: data kept indefinitely, or kept after the user deletes it or closes the account.
import type { CategoryRules } from '../rule';
import type { Severity } from '../../types';

export const retention: CategoryRules = {
  category: 'retention',
  adjustSeverity: (lower, base): Severity => (/\b\d+\s+(?:days?|weeks?|months?|years?)\b/.test(lower) ? 'low' : base),
  rules: [
    {
      id: 'retention.indefinite',
      cue: [
        /\b(?:retain|retention|keep|kept|stor|preserv|maintain|archiv)/,
        /\b(?:indefinite|permanent|forever|perpetuity|unlimited period|as long as (?:we|the company|[\w’'-]+\s+(?:deem|consider|see|choose|wish)))/,
      ],
      match: [
        '#RetainVerb .{0,12} #Forever',
        '#Forever #RetainVerb',
        '#RetainVerb .{0,8} as long as (we|the company|.) (deem|deems|consider|considers|see|sees|choose|chooses|wish|wishes)',
      ],
      severity: 'medium',
      why: 'Keeping data with no end date leaves it exposed to breaches and future policy changes.',
      mustMatch: [
        'We may retain your information indefinitely.',
        'We may store your data for as long as we deem appropriate.',
        { text: 'We will not retain your recordings indefinitely.', stance: 'restrict' },
      ],
      mustNotMatch: ['We retain personal data only for as long as necessary to provide the Services.'],
    },
    {
      id: 'retention.after-deletion',
      cue: [
        /\b(?:retain|retention|keep|kept|stor|preserv|maintain|archiv|backup|cached|residual|remain|persist)/,
        /\b(?:delet|terminat|clos|cancel|deactivat|backup|archiv|cached|residual)/,
      ],
      match: [
        '#RetainVerb .{0,14} (after|following|upon|despite) .{0,4} (delete|deletion|deleted|termination|terminate|close|closure|closed|cancel|cancellation|deactivation|deactivate)',
        '(backup|backups|archived|cached|residual) .{0,3} (copies|copy|data|content)? .{0,6} (remain|persist|retained|kept|stored|continue)',
        '(remain|persist) .{0,4} (in|on) .{0,2} (backup|backups|archives|our systems)',
      ],
      severity: 'medium',
      why: 'Data kept after the user deletes it or leaves is not really deleted.',
      mustMatch: [
        'We may retain your content even after you delete your account.',
        'Removed content may persist in backup copies for a reasonable period of time.',
      ],
      mustNotMatch: ['We delete your data within 30 days after you close your account.'],
    },
  ],
};
