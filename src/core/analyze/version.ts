// The analyser's version on its own, so code that only compares versions (the background, the history page) can read
// it without bundling the analyser, which lives in the analysis worker alone.

/** Bump when rules or stance logic change, so stored analyses can be recomputed. */
export const ANALYSER_VERSION = '1.56.0';
