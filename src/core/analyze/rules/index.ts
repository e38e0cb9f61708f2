// All category rule files, in display order.
import type { CategoryRules } from '../rule';
import { aiTraining } from './ai-training';
import { contentLicence } from './content-licence';
import { dataSale } from './data-sale';
import { dataSharing } from './data-sharing';
import { retention } from './retention';
import { termsChange } from './terms-change';
import { tracking } from './tracking';

export const ALL_CATEGORY_RULES: readonly CategoryRules[] = [
  aiTraining,
  dataSharing,
  dataSale,
  contentLicence,
  tracking,
  retention,
  termsChange,
];
