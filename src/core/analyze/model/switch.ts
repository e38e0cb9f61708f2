// Which categories the shipped analyser lets the model add findings to (a data switch: the model is trained and
// thresholded for all seven; this list decides where its candidates are kept and its vetoes apply). See MODEL.md,
// "Which categories the model may add to": on the dev part rules + model measured better than rules alone in
// ai_training, data_sharing, data_sale and tracking (cross-validation, and the real pipeline with fold models); it
// ships empty because the held-back part decides, and switching a category on changes hand-written expectations
// (the weak-signal and context tests of test/unit/analyze, the Zoom export snapshots) that must be re-read then.
import type { CategoryId } from '../../types';

export const MODEL_CATEGORIES: readonly CategoryId[] = [];
