// The shipped sentence classifier (MODEL.md): weights decoded once per JS context, on first use.
import { loadClassifier, type Classifier, type ModelFile } from './classifier';
import weights from './weights.json';

export { withModel, modelRuleId } from './candidates';
export { MODEL_CATEGORIES } from './switch';
export type { Classifier } from './classifier';

let shipped: Classifier | null = null;

export function shippedClassifier(): Classifier {
  shipped ??= loadClassifier(weights as ModelFile);
  return shipped;
}
