import { estimateLineHeight } from '../geometry/estimateLineHeight.ts';
import { fractionBar } from '../geometry/fractionBar.ts';
import { holds } from '../geometry/holds.ts';
import type { InkBox } from '../types.ts';

/** Lines closer than this × the digit height are one line (the halves of a `)`). */
const LINE_GAP = 0.15;
/** Bands closer than this × the digit height are one line unless both are rows of symbols. */
const SYMBOL_GAP = 0.25;
/** A band of ink shorter than this × the digit height is not a line of its own (a dot). */
const LINE_MIN = 0.6;
/** A fraction's numerator and denominator stand within this × the digit height of its bar. */
const BAR_REACH = 0.8;
/** A root's tick ends within this share of its bar's length of the bar's left end… */
const TICK_REACH = 0.2;
/** …with its top within this share of its height of the bar. */
const TICK_TOP = 0.3;
/** A numerator may stand out past its bar's ends by this share of the bar's length. */
const SPAN = 0.5;

/**
 * Splits parts into lines of writing, top to bottom, by the horizontal bands their ink
 * occupies; each line is read as a calculation of its own. Bands too thin to be a line
 * (the dots of `÷`, the bars of a lone `=`) join the nearest line, and a fraction's bar
 * joins the lines over and under it into one (fractionBar).
 */
export function splitLines(boxes: readonly InkBox[]): number[][] {
  const all = boxes.map((_, i) => i);
  if (boxes.length < 2) return [all];
  const h = estimateLineHeight(boxes);
  const byTop = [...all].sort((a, b) => boxes[a]!.y - boxes[b]!.y);
  const bands: Array<{ top: number; bottom: number; parts: number[] }> = [];
  for (const i of byTop) {
    const b = boxes[i]!;
    const last = bands[bands.length - 1];
    if (last && b.y <= last.bottom + LINE_GAP * h) {
      last.bottom = Math.max(last.bottom, b.y + b.h);
      last.parts.push(i);
    } else {
      bands.push({ top: b.y, bottom: b.y + b.h, parts: [i] });
    }
  }
  // Whether a band holds two parts side by side, as a line of symbols does.
  const isRow = (band: { parts: readonly number[] }): boolean => {
    const left = Math.min(...band.parts.map((p) => boxes[p]!.x + boxes[p]!.w));
    return band.parts.some((p) => boxes[p]!.x > left);
  };
  // Closer bands are one line unless both are rows of symbols side by side: the loops of an
  // `8` stacked a little apart are one symbol, two lines of sums written close are two.
  for (let k = bands.length - 1; k > 0; k--) {
    const [upper, lower] = [bands[k - 1]!, bands[k]!];
    if (lower.top - upper.bottom > SYMBOL_GAP * h || (isRow(upper) && isRow(lower))) continue;
    upper.bottom = Math.max(upper.bottom, lower.bottom);
    upper.parts.push(...lower.parts);
    bands.splice(k, 1);
  }
  let lines = bands
    .filter((band) => band.bottom - band.top >= LINE_MIN * h)
    .map((band) => ({ ...band, parts: [...band.parts] }));
  if (lines.length < 2) return [all];
  // A fraction's numerator and denominator are one line with its bar, however tall. A line
  // joins a bar's only when it stands over or under fraction bars from end to end: a `-`
  // with a line of sums above it and another below is no fraction's bar.
  const fractions = all.flatMap((i) => {
    const fraction = fractionBar(boxes[i]!, boxes);
    return fraction && !isRootBar(boxes[i]!, boxes) ? [{ bar: i, ...fraction }] : [];
  });
  const overBars = (line: { parts: number[] }): boolean =>
    line.parts.every((p) => fractions.some(({ bar }) => spans(boxes[bar]!, boxes[p]!)));
  for (const { bar, over, under } of fractions) {
    // The bar's own line and the nearest lines of its numerator and denominator: what is
    // stacked further up or down (the next fraction on the page) is another line's.
    const own = lines.find((line) => line.parts.includes(bar));
    const holding = (parts: readonly number[]) =>
      own && parts.some((p) => own.parts.includes(p))
        ? []
        : lines.filter((line) => parts.some((p) => line.parts.includes(p)));
    const b = boxes[bar]!;
    const above = holding(over)
      .filter((line) => b.y - line.bottom <= BAR_REACH * h)
      .sort((x, y) => y.bottom - x.bottom)[0];
    const below = holding(under)
      .filter((line) => line.top - (b.y + b.h) <= BAR_REACH * h)
      .sort((x, y) => x.top - y.top)[0];
    const joined = [own, above, below].filter(
      (line): line is (typeof lines)[number] =>
        line !== undefined && (line === own || overBars(line)),
    );
    if (joined.length < 2) continue;
    const merged = {
      top: Math.min(...joined.map((l) => l.top)),
      bottom: Math.max(...joined.map((l) => l.bottom)),
      parts: joined.flatMap((l) => l.parts),
    };
    lines = [...lines.filter((l) => !joined.includes(l)), merged].sort((a, b) => a.top - b.top);
  }
  if (lines.length < 2) return [all];
  for (const band of bands) {
    if (lines.some((line) => line.parts.includes(band.parts[0]!))) continue;
    const mid = (band.top + band.bottom) / 2;
    const nearest = lines.reduce((best, line) =>
      distance(mid, line) < distance(mid, best) ? line : best,
    );
    nearest.parts.push(...band.parts);
  }
  return lines.map((line) => line.parts);
}

/**
 * Whether `bar` is a root's, drawn on its own: it holds writing under it (holds), and a
 * tick's top meets its left end, where a `×` or a digit before a fraction stands higher.
 * The line above such a bar is no numerator.
 */
function isRootBar(bar: InkBox, boxes: readonly InkBox[]): boolean {
  if (!boxes.some((p) => p !== bar && holds(bar, p, boxes))) return false;
  return boxes.some(
    (t) =>
      t !== bar &&
      t.x < bar.x &&
      Math.abs(t.x + t.w - bar.x) <= TICK_REACH * bar.w &&
      Math.abs(t.y - bar.y) <= TICK_TOP * t.h,
  );
}

/** Whether a part stands within a bar's length, give or take half of it either side. */
function spans(bar: InkBox, p: InkBox): boolean {
  const centre = p.x + p.w / 2;
  return centre >= bar.x - SPAN * bar.w && centre <= bar.x + (1 + SPAN) * bar.w;
}

function distance(y: number, line: { top: number; bottom: number }): number {
  return y < line.top ? line.top - y : y > line.bottom ? y - line.bottom : 0;
}
