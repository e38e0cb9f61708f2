// compromise's bounded wildcard ".{0,n}" fails when the next term is an alternation holding a tag or a multi-word
// option ("share .{0,12} (cross context|targeted)" never matches; "(with|to)" is fine), and when the next term is an
// optional group ("data .{0,6} (is|are)? #SellVerb" never matches). Rules stay readable by expanding such groups
// into separate patterns when the net is compiled.

const GAP = /^\.(?:\{\d*(?:,\d*)?\}|[*?+])$/;

/** Splits a match string into terms, keeping "( … )" groups (which may contain spaces) whole. */
function terms(pattern: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of pattern.trim()) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === ' ' && depth === 0) {
      if (cur) out.push(cur);
      cur = '';
    } else cur += ch;
  }
  if (cur) out.push(cur);
  return out;
}

/** One pattern → the equivalent list of patterns compromise can run. */
export function expandPattern(pattern: string): string[] {
  let variants: string[][] = [[]];
  const ts = terms(pattern);
  ts.forEach((t, i) => {
    // A term after "gap optional-group" also follows the gap in the variant without the group.
    const afterGap = (i > 0 && GAP.test(ts[i - 1]!)) || (i > 1 && /\)\?$/.test(ts[i - 1]!) && GAP.test(ts[i - 2]!));
    const optional = /^\((.*)\)\?$/.exec(t);
    if (optional && afterGap) {
      // Without the group (the gap absorbs it anyway) or with it, then expanded like any group.
      const opts = optional[1]!.split('|');
      const multi = opts.some((o) => o.includes(' ') || o.includes('#'));
      variants = variants.flatMap((v) => [v, ...(multi ? opts.map((o) => [...v, o]) : [[...v, `(${optional[1]!})`]])]);
      return;
    }
    const group = /^\((.*)\)$/.exec(t);
    const options = group?.[1]?.split('|') ?? [];
    if (group && afterGap && options.some((o) => o.includes(' ') || o.includes('#'))) {
      variants = variants.flatMap((v) => options.map((o) => [...v, o]));
    } else variants = variants.map((v) => [...v, t]);
  });
  return variants.map((v) => v.join(' '));
}

/**
 * A tag whose lexicon entries span several terms ("third party", "service providers", "personal information")
 * matches only the FIRST of them when a gap follows: the gap stops at the first term its successor matches and
 * compromise does not backtrack, so "allow .{0,3} #ThirdParty .{0,3} record" misses "allow third party tracker
 * networks to record" (the gap after the tag must also eat "party"), and a tag that ends a pattern leaves the
 * evidence cut short ("… with third"). `extraTerms` gives, per tag, how many terms its longest entry has beyond the
 * first; a tag (or a group of tags) followed by a gap widens that gap by as much, and one followed by a word or
 * ending the pattern becomes greedy ("#ThirdParty+"). ("#T+" before a gap takes one term only: the gap wins.)
 */
export function fitMultiTermTags(pattern: string, extraTerms: Readonly<Record<string, number>>): string {
  const ts = terms(pattern);
  const extraOf = (t: string): number => {
    const m = /^\^?(?:#(\w+)|\(((?:#\w+\|?)+)\))$/.exec(t);
    if (!m) return 0;
    const tags = m[1] ? [m[1]] : m[2]!.split('|').map((x) => x.slice(1));
    return Math.max(0, ...tags.map((g) => extraTerms[g] ?? 0));
  };
  for (let i = 0; i < ts.length; i++) {
    const extra = extraOf(ts[i]!);
    if (!extra) continue;
    const next = ts[i + 1];
    const gap = next === undefined ? null : /^\.(?:\{(\d*),(\d+)\}|(\?))$/.exec(next);
    if (gap) ts[i + 1] = `.{${gap[3] ? 0 : Number(gap[1] || 0)},${(gap[3] ? 1 : Number(gap[2])) + extra}}`;
    else if (next === undefined || !GAP.test(next)) ts[i] = `${ts[i]!}+`;
  }
  return ts.join(' ');
}
