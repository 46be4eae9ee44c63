import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRng } from '../../src/dataset/rng.ts';
import { synthOperator, OPERATOR_LABELS } from '../../src/dataset/synthOperator.ts';
import { inkBounds } from '../../src/pipeline/geometry/inkBounds.ts';
import type { Ink, InkPoint } from '../../src/pipeline/types.ts';

interface Item {
  label?: string;
  strokes: Ink;
  symbols?: unknown[];
}

/**
 * Drawings of 1, 3, … symbols for timing: real ink from the shared evaluation set when it
 * is there (a digit, and expressions of the wanted length), else generated operators laid
 * side by side, so a fresh clone can still time the pipeline.
 */
export function benchDrawings(shared: string, counts: readonly number[]): Map<number, Ink> {
  const inkDev = join(shared, 'eval/ink-dev');
  const out = new Map<number, Ink>();
  if (existsSync(join(inkDev, 'digits.json'))) {
    const digits = JSON.parse(readFileSync(join(inkDev, 'digits.json'), 'utf8')) as Item[];
    for (const n of counts) out.set(n, lineOf(digits.slice(0, n).map((d) => d.strokes)));
    return out;
  }
  const rng = createRng(3);
  for (const n of counts) {
    out.set(
      n,
      lineOf(
        Array.from({ length: n }, (_, i) =>
          synthOperator(OPERATOR_LABELS[i % OPERATOR_LABELS.length]!, rng),
        ),
      ),
    );
  }
  return out;
}

/** Lays symbols out left to right at a common height of 100 with a gap of 30. */
function lineOf(symbols: readonly Ink[]): Ink {
  const out: InkPoint[][] = [];
  let x0 = 0;
  for (const ink of symbols) {
    const { x: minX, y: minY, w, h } = inkBounds(ink);
    const s = 100 / Math.max(h, 1e-9);
    for (const st of ink)
      out.push(st.map((p): InkPoint => [(p[0] - minX) * s + x0, (p[1] - minY) * s]));
    x0 += w * s + 30;
  }
  return out;
}
