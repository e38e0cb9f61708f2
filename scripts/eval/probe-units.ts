// The development units a rewrite probe reads (perturb-reader.ts, perturb-cells.ts; perturb-ai.ts reads its own), each with its extracted clause:
// collected from the labelled documents as `npm run eval -- real` does, and kept in a file under artifacts/eval so that
// later runs read the file and take seconds. Development units only: a held-back unit is never offered to `pick`.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Clause } from '../../src/core/types';
import { collect, type Entry } from './real/collect';
import type { ScoredUnit } from './real/metrics';
import { scoredUnits } from './real/summary';

const ROOT = join(import.meta.dirname, '..', '..');
/** Where the probes write their units and reports. */
export const PROBE_OUT_DIR = join(ROOT, 'artifacts', 'eval');
/** The corpus beside the project, as `npm run eval` finds it (TERMWATCH_CORPUS overrides). */
export const PROBE_OTA_DIR = join(process.env.TERMWATCH_CORPUS ?? join(ROOT, '..', 'shared', 'corpus'), 'ota');

/**
 * The probe's units: read from `file` (in PROBE_OUT_DIR) unless `refresh` or it is missing; else `pick` is asked of
 * each scored development unit with its clause (undefined: not a unit of this probe) and the picks are written there.
 */
export async function devProbeUnits<T>(
  file: string,
  refresh: boolean,
  pick: (unit: Entry & ScoredUnit, clause: Clause) => T | undefined,
): Promise<T[]> {
  const path = join(PROBE_OUT_DIR, file);
  if (!refresh && existsSync(path)) return JSON.parse(readFileSync(path, 'utf8')) as T[];
  const ev = await collect({ otaDir: PROBE_OTA_DIR, workers: 2, timeoutMs: 600_000 });
  const docs = new Map(ev.docs.map((d) => [d.doc.file, d]));
  const units: T[] = [];
  for (const u of scoredUnits(ev.entries.filter((e) => e.part === 'dev'))) {
    const clause = docs.get(u.ref.doc)?.extraction?.clauses[u.unitIndex!];
    const picked = clause && pick(u, clause);
    if (picked !== undefined) units.push(picked);
  }
  mkdirSync(PROBE_OUT_DIR, { recursive: true });
  writeFileSync(path, JSON.stringify(units));
  return units;
}
