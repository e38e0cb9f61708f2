// A trained model as the data the core reads (src/core/analyze/model/weights.json): weights quantised to int8 with
// one scale per category, base64, and the thresholds chosen by cross-validation. The JSON is written with a fixed key
// order and rounded floats, so the same training run writes the same bytes.
import { encodeBase64, type ModelFile } from '../../src/core/analyze/model/classifier';
import type { CategoryId } from '../../src/core/types';
import type { Trained } from './ftrl';

const round = (x: number, digits = 6): number => Number(x.toFixed(digits));

export function toModelFile(
  model: Trained,
  categories: readonly CategoryId[],
  thresholds: Record<CategoryId, number>,
  vetoes: Record<CategoryId, number>,
): ModelFile {
  const k = model.categories;
  const scale: number[] = [];
  for (let c = 0; c < k; c++) {
    let max = 0;
    for (let i = c; i < model.weights.length; i += k) max = Math.max(max, Math.abs(model.weights[i]!));
    // Round the scale first, so the quantisation below uses exactly the scale the core will read.
    scale.push(max > 0 ? round(max / 127, 9) : 1);
  }
  const q = new Int8Array(model.weights.length);
  for (let i = 0; i < q.length; i++)
    q[i] = Math.max(-127, Math.min(127, Math.round(model.weights[i]! / scale[i % k]!)));
  return {
    format: 'termwatch-logreg-sparse-int8-v1',
    bits: model.bits,
    ...(model.prefix ? { prefix: model.prefix } : {}),
    categories: [...categories],
    bias: [...model.bias].map((b) => round(b)),
    scale,
    ...sparse(q),
    thresholds: Object.fromEntries(categories.map((c) => [c, round(thresholds[c], 4)])) as Record<CategoryId, number>,
    vetoes: Object.fromEntries(categories.map((c) => [c, round(vetoes[c], 4)])) as Record<CategoryId, number>,
  };
}

/** The non-zero weights: gaps between positions as LEB128 varints, and the values (see ModelFile). */
function sparse(q: Int8Array): { positions: string; values: string } {
  const gaps: number[] = [];
  const values: number[] = [];
  let last = -1;
  for (let i = 0; i < q.length; i++) {
    if (q[i] === 0) continue;
    let gap = i - last;
    last = i;
    while (gap >= 0x80) {
      gaps.push((gap & 0x7f) | 0x80);
      gap = Math.floor(gap / 0x80);
    }
    gaps.push(gap);
    values.push(q[i]! & 0xff);
  }
  return { positions: encodeBase64(Uint8Array.from(gaps)), values: encodeBase64(Uint8Array.from(values)) };
}

/** The file's text: one key per line, the weights on one line of their own. */
export function formatModelFile(file: ModelFile): string {
  return `${JSON.stringify(file, null, 1)}\n`;
}
