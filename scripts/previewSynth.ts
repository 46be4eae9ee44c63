// Renders a grid of synthetic samples to SVG so a person can eyeball whether the
// generators look like handwriting (numbers in tests cannot tell you that).
// Usage: npx tsx scripts/previewSynth.ts out.svg [perRow=8] [seed=1] [--augment]
// One row per operator label, two for generated `1`s, two for reject, and (with --augment) each row augmented.

import { writeFileSync } from 'node:fs';
import type { Ink } from '../src/pipeline/types.ts';
import { createRng } from '../src/dataset/rng.ts';
import { OPERATOR_LABELS, synthOperator } from '../src/dataset/synthOperator.ts';
import { synthOne } from '../src/dataset/synthOne.ts';
import { synthReject } from '../src/dataset/synthReject.ts';
import { augmentInk } from '../src/dataset/augmentInk.ts';

const args = process.argv.slice(2);
const out = args.find((a) => !a.startsWith('--') && a.endsWith('.svg'));
const [perRowArg, seedArg] = args.filter((a) => /^\d+$/.test(a));
const augment = args.includes('--augment');
if (!out) {
  console.error('usage: tsx scripts/previewSynth.ts out.svg [perRow] [seed] [--augment]');
  process.exit(2);
}
const perRow = Number(perRowArg ?? 8);
const rng = createRng(Number(seedArg ?? 1));
const CELL = 110;
const PAD = 10;

// Fit each sample into its cell the way the pipeline will: by its own bounding box,
// keeping the aspect ratio. Points are drawn as dots so the sampling density shows.
function cell(ink: Ink, col: number, row: number): string {
  const pts = ink.flat();
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]);
  const x0 = Math.min(...xs);
  const y0 = Math.min(...ys);
  const w = Math.max(...xs) - x0;
  const h = Math.max(...ys) - y0;
  const k = (CELL - 2 * PAD) / Math.max(w, h, 1e-6);
  const ox = col * CELL + PAD + (CELL - 2 * PAD - w * k) / 2;
  const oy = row * CELL + PAD + (CELL - 2 * PAD - h * k) / 2;
  const colors = ['#111', '#c33', '#36c', '#393', '#a6a', '#c80'];
  const parts = [
    `<rect x="${col * CELL}" y="${row * CELL}" width="${CELL}" height="${CELL}" fill="none" stroke="#ddd"/>`,
  ];
  ink.forEach((s, i) => {
    const color = colors[i % colors.length];
    const d = s.map(
      (p) => `${(ox + (p[0] - x0) * k).toFixed(1)},${(oy + (p[1] - y0) * k).toFixed(1)}`,
    );
    const first = d[0]?.split(',') ?? ['0', '0'];
    parts.push(
      `<polyline points="${d.join(' ')}" fill="none" stroke="${color}" stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round"/>`,
    );
    parts.push(`<circle cx="${first[0]}" cy="${first[1]}" r="3" fill="${color}" opacity="0.5"/>`);
    for (const q of d) {
      const [x, y] = q.split(',');
      parts.push(`<circle cx="${x}" cy="${y}" r="0.9" fill="#fff"/>`);
    }
  });
  return parts.join('');
}

const rows: { name: string; make: () => Ink }[] = [
  ...OPERATOR_LABELS.map((l) => ({ name: l, make: () => synthOperator(l, rng) })),
  { name: '1', make: () => synthOne(rng) },
  { name: '1', make: () => synthOne(rng) },
  { name: 'reject', make: () => synthReject(rng) },
  { name: 'reject', make: () => synthReject(rng) },
];
const body: string[] = [];
rows.forEach((r, row) => {
  body.push(`<text x="4" y="${row * CELL + 14}" font-size="12" fill="#888">${r.name}</text>`);
  for (let col = 0; col < perRow; col++) {
    const ink = r.make();
    body.push(cell(augment ? augmentInk(ink, rng) : ink, col, row));
  }
});
const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${perRow * CELL}" height="${rows.length * CELL}"><rect width="100%" height="100%" fill="#fff"/>${body.join('')}</svg>`;
writeFileSync(out, svg);
console.log(`wrote ${out}: ${rows.length} rows × ${perRow}`);
