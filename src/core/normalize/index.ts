// Pure normalisation: canonical document keys, identity text and hashing.
export { normalizeUrl } from './url';
export { normalizeHostname } from './host';
export { normalizeText, unifyCharacters } from './text';
export { hashText } from './hash';
export { sha256HexSync } from './sha256';
export { NOISE_RULES, type NoiseRule } from './noise-rules';
export { comparableText, isFragment, wordCount } from './comparable';
