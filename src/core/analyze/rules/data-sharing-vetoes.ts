// data_sharing vetoes as records (share branch): clauses that speak of a disclosure without the service making one.
// Each was read off the development errors of both the real labels and OPP-115's development half.
import type { Veto } from '../rule';

/**
 * A law or a right that asks for a description of the disclosures: "California law requires us to disclose the
 * categories of personal information we collect … and the third parties to which we disclose", "the “Shine the Light”
 * law permits our customers … to request … information about the personal information we disclosed", "you are
 * entitled to know if we have shared that information", "the right to request categories or specific third parties to
 * which we disclose". Not a law that requires the disclosure itself ("where the law requires us to disclose your
 * information to the police"): only when what is asked for is a description (categories, a list, information about).
 */
// Bounded word runs ({0,n}) of one word class and one separator class that cannot overlap: linear.
const LAW = String.raw`\b(?:law|laws|act|ccpa|cpra|code|statute|regulations?|legislation)\b`;
const WORDS = (n: number): string => String.raw`(?:[^\s.;:]+\s+){0,${n}}?`;
const ASKS = String.raw`(?:requires?|permits?|allows?|entitles?|gives?)\s+`;
const WHO_ASKS = String.raw`(?:(?:our\s+|certain\s+|california\s+|some\s+)?(?:businesses|customers|residents|consumers|users|individuals)|you)`;
const RIGHT_WORD = String.raw`(?:request|know|obtain|ask|receive|respond\s+to\s+requests)\b`;
const DESCRIPTION = String.raw`(?:the\s+|certain\s+|additional\s+|specific\s+)?(?:categories|category|list|names|identit(?:y|ies)|disclosures|information\s+(?:about|regarding|on|concerning)|details\s+(?:about|of|regarding))\b`;
const RIGHT_TO_KNOW_SHAPES = [
  // The law asks the business to describe, or lets the user ask.
  String.raw`${LAW}[^.;:]{0,80}?${ASKS}(?:${WHO_ASKS}\s+(?:(?:who|that)\s+(?:are|live|reside)\s+${WORDS(3)})?to\s+${RIGHT_WORD}|us\s+to\s+(?:disclose|provide|tell\s+you)\s+(?:to\s+you\s+)?${DESCRIPTION})`,
  // The user's right or entitlement to know about the disclosures.
  String.raw`\b(?:right|rights|entitled)\s+to\s+(?:request|know|obtain|ask|receive)\b\s+${WORDS(6)}(?:if|whether|which|what|to\s+whom|${DESCRIPTION})[^.;:]{0,120}?\b(?:shar|disclos|sold\b|sell)`,
  // A list item under a "right to know" lead-in: "Know the categories of third parties … to whom we provide …".
  String.raw`^\W*(?:to\s+)?know\s+(?:the\s+)?(?:categories|what|whether|if|which)\b`,
];
const RIGHT_TO_KNOW = new RegExp(RIGHT_TO_KNOW_SHAPES.join('|'));

export const DATA_SHARING_VETOES: readonly Veto[] = [
  {
    id: 'data_sharing.right-to-know',
    when: RIGHT_TO_KNOW,
    why: 'A law or right that asks for a description of the disclosures (categories, recipients, whether any) describes a right to know, not a disclosure the service makes (GUIDE D8, D10: role=explanation).',
    mustVeto: [
      'California law requires us to disclose the categories of personal information we collect and how we use them, and the third parties to which we disclose personal information.',
      'You have the right to obtain from us access to the information we hold on you, and you are entitled to know if we have shared that information with any third parties.',
      'Residents of certain states may have additional information rights, such as the right to request categories or specific third parties to which we disclose or sell Personal Information.',
      'The “Shine The Light” law permits our customers who are California residents to request and obtain from us once a year information about the personal information we disclosed to third parties for direct marketing purposes.',
      'Know the categories of third parties and other entities to whom we provide personal information; and',
    ],
    mustNotVeto: [
      'We may disclose your information where the law requires us to disclose it to public authorities.',
      'You have the right to object, and we will not share your data with advertisers.',
      'If you request a quote, we share your details with the insurers on our panel.',
      'Applicable law permits us to share your information with our affiliates.',
    ],
  },
];
