import { chooseSegmentation } from './segment/chooseSegmentation.ts';
import { crossingPairs } from './ink/crossingPairs.ts';
import { connectedComponents } from './bitmap/connectedComponents.ts';
import { cropComponents } from './bitmap/cropComponents.ts';
import { splitTouching, type SplitOptions } from './bitmap/splitTouching.ts';
import { inkMap } from './bitmap/inkMap.ts';
import { normalisePen } from './bitmap/normalisePen.ts';
import { decideSymbol, REJECT, UNREADABLE } from './score/decideSymbol.ts';
import { inkBounds } from './geometry/inkBounds.ts';
import { normalise } from './ink/normalise.ts';
import { rasterise } from './ink/rasterise.ts';
import { repairText } from './score/repairText.ts';
import { segmentCandidates, type SegmentOptions } from './segment/segmentCandidates.ts';
import { estimateLineHeight } from './geometry/estimateLineHeight.ts';
import { hasStackedNeighbour } from './geometry/hasStackedNeighbour.ts';
import { shearInk } from './ink/shearInk.ts';
import { sliceStroke, type SliceOptions } from './ink/sliceStroke.ts';
import { shapePrior } from './score/shapePrior.ts';
import { solve } from './math/solve.ts';
import {
  inkBox,
  type Classifier,
  type GreyImage,
  type Ink,
  type InkBox,
  type ModelImage,
  type Recognition,
  type RecognizedSymbol,
} from './types.ts';

export type RecognizeInput = { readonly strokes: Ink } | { readonly image: GreyImage };

export interface RecognizeOptions {
  readonly segment?: SegmentOptions;
  /** Log-probability charged per symbol when choosing how strokes group into symbols. */
  readonly splitCost?: number;
  /** Log-probability charged for putting two crossing strokes into different symbols. */
  readonly crossCost?: number;
  /** Log-probability charged per line height that a symbol's inner gap exceeds maxGap. */
  readonly farGapCost?: number;
  /** Below this top probability a symbol is shown as `?` (unreadable). */
  readonly minConfidence?: number;
  /**
   * Let the parser choose between close readings (default on): when the likeliest symbols
   * are not a valid expression but a nearly as likely reading is, use that.
   */
  readonly repair?: boolean;
  /**
   * More views of each candidate (slanted, other pen widths) that the model scores in the
   * same batch; their probabilities are averaged with the plain view's. Strokes only.
   */
  readonly views?: readonly View[];
  /** Bitmaps: how touching digits (one wide component) are cut into candidates; null: never. */
  readonly splitTouching?: SplitOptions | null;
  /** Strokes: how digits written in one stroke are cut into candidates; null: never. */
  readonly sliceStrokes?: SliceOptions | null;
  /** Also return the 28×28 image the model saw for each symbol (for the page's inspector). */
  readonly withImages?: boolean;
}

export interface RecognitionWithImages extends Recognition {
  readonly images?: readonly ModelImage[];
}

/** Log-probability charged per symbol when choosing a grouping (tuned on even items). */
export const SPLIT_COST = 0.5;
/** Charged per pair of crossing strokes that a grouping separates (tuned on even items). */
export const CROSS_COST = 2;
/**
 * Charged per line height of a far join's excess gap (see SegmentOptions.farGap), so that
 * only a convinced classifier joins parts that far apart. Even items, farGap 0.5 and this
 * cost against no far joins at all: digits +6, numbers +1, the rest unchanged (as PNG: digits +3,
 * expressions +1). Without the cost the reading was within one item of that; with a
 * looser cap (the short part's centre in the top 0.4 instead of 0.3) it lost 5 expressions.
 */
export const FAR_GAP_COST = 2;

export const EMPTY_RECOGNITION: Recognition = {
  text: '',
  value: null,
  approx: null,
  check: null,
  symbols: [],
  error: null,
};

/** One way of drawing a candidate for the model, besides the plain one. */
export interface View {
  /** x += shear · y before rasterising. */
  readonly shear?: number;
  readonly penRatio?: number;
}

/**
 * None by default. The best measured, one view drawn with a thick pen (0.15 of the
 * candidate's size), read 12 more of the 6,006 even-position items (digits +6, operators
 * -1, numbers +5, expressions +2; two views, pens 0.08 and 0.15, +7), but it doubles the
 * model's work: the page's 10-symbol reading went from 36 to 54 ms (p50) and the API's
 * throughput fell by 40 % (2026-11-26). Not worth 0.2 % of the items.
 */
export const VIEWS: readonly View[] = [];

type Bond = readonly [a: number, b: number, cost: number];

/** A part of the input that segmentation groups: a stroke, or a connected component. */
interface Parts {
  readonly boxes: readonly InkBox[];
  /** Index in the caller's input (stroke index) per part; absent for bitmaps. */
  readonly sourceIndex?: readonly number[];
  /**
   * Pairs of parts that belong together unless the classifier says otherwise strongly
   * enough, each with the log-probability charged for separating them: strokes that
   * cross. Bitmaps have none (crossing ink is one connected component).
   */
  readonly bonds: readonly Bond[];
  readonly render: (parts: readonly number[], box: InkBox, view?: View) => ModelImage;
  /** Whether render() honours views (strokes can be re-drawn; a bitmap's pixels cannot). */
  readonly viewable: boolean;
}

/**
 * Ink in, answer out: parts → candidate groupings → one batched classification of every
 * candidate → the best grouping → symbols with size priors → text → exact value.
 */
export async function recognize(
  input: RecognizeInput,
  classifier: Classifier,
  options: RecognizeOptions = {},
): Promise<RecognitionWithImages> {
  const parts =
    'strokes' in input
      ? strokeParts(input.strokes, options.crossCost ?? CROSS_COST, options.sliceStrokes)
      : imageParts(input.image, options.splitTouching);
  if (parts.boxes.length === 0) return EMPTY_RECOGNITION;

  const { order, spans, lineHeight } = segmentCandidates(parts.boxes, options.segment);
  const groups = spans.map((s) => order.slice(s.from, s.to));
  const boxes = groups.map((g) => unionBox(g.map((i) => parts.boxes[i]!)));
  const images = groups.map((g, i) => parts.render(g, boxes[i]!));
  const views = parts.viewable ? (options.views ?? VIEWS) : [];
  const viewed = views.flatMap((v) => groups.map((g, i) => parts.render(g, boxes[i]!, v)));
  // The label the user taught for look-alikes of each candidate: no prior overrules it.
  const taught = images.map((image) => classifier.taught?.(image));
  // What the parts say that the model, seeing each candidate alone and scaled, can miss:
  // two stacked bars are a `=`; one piece is not; very flat ink is not a digit.
  const probs = averageViews(await classifier.classify([...images, ...viewed]), images.length).map(
    (p, k) => {
      const members = groups[k]!;
      const pieces = parts.sourceIndex
        ? new Set(members.map((i) => parts.sourceIndex![i])).size
        : members.length;
      const shape = { parts: members.map((i) => parts.boxes[i]!), pieces, box: boxes[k]! };
      return shapePrior(p, classifier.labels, shape, taught[k]);
    },
  );
  const rejectAt = classifier.labels.indexOf(REJECT);
  // Each extra symbol costs a little, so a clear `4` is not read as its two strokes.
  const splitCost = options.splitCost ?? SPLIT_COST;
  const score = probs.map(
    (p, k) =>
      Math.log(Math.max(bestReadable(p, rejectAt), 1e-9)) -
      splitCost -
      separationCost(groups[k]!, parts.bonds) -
      (options.farGapCost ?? FAR_GAP_COST) * (spans[k]!.overGap ?? 0),
  );
  const chosen = chooseSegmentation(order.length, spans, score).map((span) => spans.indexOf(span));

  const decisions = chosen.map((k) => {
    const box = boxes[k]!;
    return decideSymbol(
      probs[k]!,
      classifier.labels,
      { relHeight: box.h / lineHeight, relWidth: box.w / lineHeight, inLine: chosen.length > 1 },
      { minConfidence: options.minConfidence ?? 0, taught: taught[k] },
    );
  });
  // Each symbol's readings, most likely first; the parser may prefer a close second.
  const readings = decisions.map((d) => [{ symbol: d.symbol, p: d.confidence }, ...d.alternatives]);
  const picks =
    options.repair === false ? readings.map(() => 0) : repairText(readings, isValidExpression);

  const symbols: RecognizedSymbol[] = [];
  const seen: ModelImage[] = [];
  chosen.forEach((k, j) => {
    const box = boxes[k]!;
    const reading = readings[j]!;
    const pick = reading[picks[j]!]!;
    const members = groups[k]!;
    symbols.push({
      symbol: pick.symbol,
      confidence: round(pick.p),
      box: [box.x, box.y, box.w, box.h],
      ...(parts.sourceIndex
        ? {
            strokes: [...new Set(members.map((i) => parts.sourceIndex![i]!))].sort((a, b) => a - b),
          }
        : {}),
      alternatives: reading
        .filter((r) => r !== pick && r.symbol !== UNREADABLE)
        .slice(0, 3)
        .map((a) => ({ symbol: a.symbol, p: round(a.p) })),
    });
    seen.push(images[k]!);
  });
  const text = symbols.map((s) => s.symbol).join('');
  const result: RecognitionWithImages = { text, ...solve(text), symbols };
  return options.withImages ? { ...result, images: seen } : result;
}

/** Parses as an expression (division by zero is still a well-formed expression). */
function isValidExpression(text: string): boolean {
  const { error } = solve(text);
  return error === null || error.code === 'division-by-zero';
}

function strokeParts(ink: Ink, crossCost: number, slice: SliceOptions | null = {}): Parts {
  const sourceIndex: number[] = [];
  ink.forEach((s, i) => {
    if (s.length > 0) sourceIndex.push(i);
  });
  const strokes = sourceIndex.map((i) => ink[i]!);
  const strokeBoxes = strokes.map((s) => inkBounds([s]));
  const crossing = crossingPairs(strokes, strokeBoxes);
  // A stroke that crosses another, or has ink above or below it, is part of a symbol of
  // several strokes; any other wide stroke may be digits written without lifting the pen.
  const bonded = new Set(crossing.flat());
  const height = slice ? estimateLineHeight(strokeBoxes) : 0;
  const pieces: Ink[] = [];
  const partOf: number[] = [];
  const source: number[] = [];
  strokes.forEach((s, i) => {
    partOf.push(pieces.length);
    const slices =
      slice && !bonded.has(i) && !hasStackedNeighbour(i, strokeBoxes)
        ? sliceStroke(s, { height, ...slice })
        : [[s]];
    for (const piece of slices) {
      pieces.push(piece);
      source.push(sourceIndex[i]!);
    }
  });
  return {
    boxes: pieces.map((p) => inkBounds(p)),
    sourceIndex: source,
    bonds: crossing.map(([a, b]): Bond => [partOf[a]!, partOf[b]!, crossCost]),
    viewable: true,
    render: (members, _box, view) => {
      const ink = members.flatMap((i) => pieces[i]!);
      return normalise(
        rasterise(view?.shear ? shearInk(ink, view.shear) : ink, {
          ...(view?.penRatio ? { penRatio: view.penRatio } : {}),
        }),
      );
    },
  };
}

function imageParts(image: GreyImage, split: SplitOptions | null = {}): Parts {
  const ink = inkMap(image);
  const whole = connectedComponents(ink);
  const { components, labels } = split ? splitTouching(ink, whole, split) : whole;
  return {
    boxes: components.map((c) => c.box),
    bonds: [],
    viewable: false,
    render: (members, box) => {
      const crop = cropComponents(
        ink,
        labels,
        members.map((i) => components[i]!.id),
        box,
      );
      return normalise(normalisePen(crop));
    },
  };
}

/**
 * What a symbol made of `group` is charged for the bonds it breaks: half of each, since
 * the symbol on the other side of the bond pays the other half.
 */
function separationCost(group: readonly number[], bonds: readonly Bond[]): number {
  let cost = 0;
  for (const [a, b, c] of bonds) if (group.includes(a) !== group.includes(b)) cost += c / 2;
  return cost;
}

/** Means of each candidate's probabilities over its views (laid out view after view). */
function averageViews(probs: readonly Float32Array[], n: number): Float32Array[] {
  const k = probs.length / n;
  if (k === 1) return [...probs];
  return probs.slice(0, n).map((first, c) => {
    const mean = new Float32Array(first.length);
    for (let v = 0; v < k; v++) {
      const p = probs[v * n + c]!;
      for (let i = 0; i < mean.length; i++) mean[i]! += p[i]! / k;
    }
    return mean;
  });
}

function bestReadable(p: Float32Array, rejectAt: number): number {
  let best = 0;
  for (let i = 0; i < p.length; i++) if (i !== rejectAt && p[i]! > best) best = p[i]!;
  return best;
}

function unionBox(boxes: readonly InkBox[]): InkBox {
  const x0 = Math.min(...boxes.map((b) => b.x));
  const y0 = Math.min(...boxes.map((b) => b.y));
  const x1 = Math.max(...boxes.map((b) => b.x + b.w));
  const y1 = Math.max(...boxes.map((b) => b.y + b.h));
  return inkBox(x0, y0, x1 - x0, y1 - y0);
}

function round(v: number): number {
  return Math.round(v * 1e4) / 1e4;
}
