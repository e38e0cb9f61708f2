// `npm run eval -- real --diff`: what changed against the committed baseline. Development units are listed with their
// text and gold; the held-back part shows only how many were fixed, broken or changed.
import type { Entry } from './collect';
import { diffVerdicts, verdictKey, type BaselineLine, type Change, type VerdictChange } from './baseline';
import type { Verdict } from './metrics';

const verdict = (v: Verdict | null): string =>
  v ? `${v.stance}${v.condition ? ` ${v.condition}` : ''} (${v.rule})` : 'none';
const LISTED: Change[] = ['fixed', 'broken', 'changed'];

export function printDiff(
  baseline: readonly BaselineLine[],
  current: readonly BaselineLine[],
  entries: ReadonlyMap<string, Entry>,
  log: (s: string) => void,
): void {
  const { changes, added, removed } = diffVerdicts(baseline, current, (k) => entries.get(k)?.gold ?? null);
  const partOf = (c: VerdictChange): Entry['part'] => entries.get(verdictKey(c.line))!.part;
  const count = (cs: VerdictChange[], ch: Change): number => cs.filter((c) => c.change === ch).length;
  const held = changes.filter((c) => partOf(c) === 'holdout');
  const dev = changes.filter((c) => partOf(c) === 'dev');
  log(
    `HELD-BACK part: fixed ${count(held, 'fixed')}, broken ${count(held, 'broken')}, changed ${count(held, 'changed')}, same verdict by another rule ${count(held, 'rule')}`,
  );
  log(
    `DEVELOPMENT part: fixed ${count(dev, 'fixed')}, broken ${count(dev, 'broken')}, changed ${count(dev, 'changed')}, same verdict by another rule ${count(dev, 'rule')}`,
  );
  for (const ch of LISTED) {
    const list = dev.filter((c) => c.change === ch);
    if (!list.length) continue;
    log(`\n  ${ch.toUpperCase()} (${list.length})`);
    for (const c of list) {
      const e = entries.get(verdictKey(c.line))!;
      const g = c.gold;
      const gold = g
        ? g.stance
          ? `${g.stance}${g.condition ? ` ${g.condition}` : ''}`
          : `none${g.actor === 'user' ? ' actor=user' : ''}${g.role !== 'operative' ? ` role=${g.role}` : ''}`
        : 'unsettled';
      log(`    [${c.line.category}] ${c.line.doc} u${e.unitIndex ?? '?'}${e.context ? ` · ${e.context}` : ''}`);
      log(`      ${e.text}`);
      log(`      gold ${gold} · was ${verdict(c.before)} · now ${verdict(c.after)}`);
    }
  }
  if (added || removed)
    log(
      `\nlabelled (unit, category) pairs not in the baseline: ${added}; in the baseline but no longer labelled: ${removed} (refresh it with --update-baseline)`,
    );
}
