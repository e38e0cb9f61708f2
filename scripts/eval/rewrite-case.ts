// Shared by the rewrite probes (perturb-ai.ts, sharing-rewrites.ts): a rewrite keeps the casing of what it replaces.

/** `to` with the first letter's case of `from`. */
export const cased = (from: string, to: string): string =>
  /^[A-Z]/.test(from)
    ? to[0]!.toUpperCase() + to.slice(1)
    : /^[a-z]/.test(from)
      ? to[0]!.toLowerCase() + to.slice(1)
      : to;
