// Which categories the shipped analyser lets the model add findings to (a data switch: the model is trained and
// thresholded for all seven; this list decides where its candidates are kept). Chosen per category on evidence, see
// MODEL.md: a category is listed only where rules + model measured better than rules alone.
import type { CategoryId } from '../../types';

export const MODEL_CATEGORIES: readonly CategoryId[] = [];
