// Which categories the shipped analyser lets the model add findings to (a data switch: the model is trained and
// thresholded for all seven; this list decides where its candidates are kept and its vetoes apply). Decided on the
// development part scored by fold models that did not see the document's service, then confirmed once on the
// held-back part (MODEL.md, "Which categories the model may add to"): a category is on where rules + model gain at
// least .02 F1 over rules alone and the stance accuracy of the hits falls by no more than .02. Retention qualifies
// since its model findings take their stance from what the unit says about how long (retention-stance.ts).
import type { CategoryId } from '../../types';

export const MODEL_CATEGORIES: readonly CategoryId[] = ['data_sale', 'content_licence', 'tracking', 'retention'];

/**
 * Of those, the categories the model may add to a unit where the rules found another category. Chosen on the dev fold
 * run (MODEL.md): data_sale beside a rule finding was right 26 times in 28 ("we do not sell or share …" with the
 * sharing found); tracking (4 of 14), retention (2 of 8) and content_licence (1 of 1) there were mostly wrong or rare.
 */
export const MODEL_BESIDE_RULES: readonly CategoryId[] = ['data_sale'];

/**
 * Rule findings that are the same sentence's tracking seen from the recipient's side: beside them the model may add
 * tracking as well (an outside party's cookies or pixels are tracking and disclosure at once, GUIDE T6). Besides the
 * trackers, the rules that name who receives or collects the data itself: a named analytics service or processor, a
 * third party that collects or uses it ("our partners use this information to recognize you across …", or "they",
 * the recipients its section named), the service
 * and its partners recording it together.
 */
export const MODEL_BESIDE_RULE_IDS: Readonly<Record<string, readonly CategoryId[]>> = {
  'data_sharing.third-party-trackers': ['tracking'],
  'data_sharing.trackers-placed-by-party': ['tracking'],
  'data_sharing.enables-us-and-third-party': ['tracking'],
  'data_sharing.named-processor': ['tracking'],
  'data_sharing.handled-by-third-party': ['tracking'],
  'data_sharing.third-party-receives': ['tracking'],
  'data_sharing.they-receive-in-section': ['tracking'],
  'data_sharing.named-service': ['tracking'],
  'data_sharing.we-and-third-party-collect': ['tracking'],
  // The kinds of recipients named back ("These third-party partners may include online advertising networks, …") and
  // aggregate data passed on ("… use and disclose aggregated data for analytics"): who gets what the service measured.
  'data_sharing.recipient-kinds-listed': ['tracking'],
  'data_sharing.derived-data-disclosed': ['tracking'],
  // The opt-out of what the privacy laws call a "sale" or "sharing" of data through cookies or ad targeting (GUIDE
  // D10): the same sentence's opt-out of the tracking behind it.
  'data_sharing.opt-out-of-what-law-calls-sharing': ['tracking'],
};
