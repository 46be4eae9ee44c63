import { imageParts } from './bitmap/imageParts.ts';
import { answerShare } from './layout/answerShare.ts';
import { isCalculation } from './layout/isCalculation.ts';
import { solveReading } from './layout/solveReading.ts';
import type { SplitOptions } from './bitmap/splitTouching.ts';
import { unionBox } from './geometry/unionBox.ts';
import type { SliceOptions } from './ink/sliceStroke.ts';
import { strokeParts } from './ink/strokeParts.ts';
import { applyAdjustments } from './score/applyAdjustments.ts';
import type { Candidate } from './score/Candidate.ts';
import { decideSymbol } from './score/decideSymbol.ts';
import { overruledLabel } from './score/overruledLabel.ts';
import { unsureReasons } from './score/unsureReasons.ts';
import { mixDot } from './score/mixDot.ts';
import { mixTrajectory } from './score/mixTrajectory.ts';
import { readingLabels } from './score/readingLabels.ts';
import { repairText } from './score/repairText.ts';
import { scoringStage } from './score/scoringStage.ts';
import { segmentScore } from './score/segmentScore.ts';
import { swallowsDot } from './score/swallowsDot.ts';
import { isSpeckDot } from './score/isSpeckDot.ts';
import { hasLeadingZero } from './score/hasLeadingZero.ts';
import { hasBracketedNumber } from './score/hasBracketedNumber.ts';
import { isBareNumber } from './score/isBareNumber.ts';
import { isLoneNumber } from './score/isLoneNumber.ts';
import { isRootAsOne } from './score/isRootAsOne.ts';
import { hasOperatorRun } from './score/hasOperatorRun.ts';
import { UNREADABLE } from './score/symbolClasses.ts';
import { leansPast } from './score/leansPast.ts';
import { isGroupingSettled } from './score/isGroupingSettled.ts';
import { regroupReading } from './score/regroupReading.ts';
import { bestSegmentations } from './segment/bestSegmentations.ts';
import { bestWithout } from './segment/bestWithout.ts';
import { REGROUP_TRIES, REPAIR_MAX_CHANGES, REPAIR_MIN_RATIO } from './tuning.ts';
import { cutCrossings } from './segment/cutCrossings.ts';
import { partsOfLine } from './segment/partsOfLine.ts';
import {
  segmentCandidates,
  type Candidates,
  type SegmentOptions,
} from './segment/segmentCandidates.ts';
import { splitLines } from './segment/splitLines.ts';
import { joinLines } from './joinLines.ts';
import type { MemoLine, ReadingMemo } from './readingMemo.ts';
import { imageKey } from './imageKey.ts';
import { strokeLines } from './segment/strokeLines.ts';
import type {
  Classifier,
  GreyImage,
  Ink,
  InkBox,
  LineReading,
  InkSequence,
  ModelImage,
  Parts,
  Recognition,
  RecognizedSymbol,
} from './types.ts';

export type RecognizeInput = { readonly strokes: Ink } | { readonly image: GreyImage };

export interface RecognizeOptions {
  readonly segment?: SegmentOptions;
  /** Below this top probability a symbol is shown as `?` (unreadable). */
  readonly minConfidence?: number;
  /** Bitmaps: how touching digits (one wide component) are cut into candidates; null: never. */
  readonly splitTouching?: SplitOptions | null;
  /** Strokes: how digits written in one stroke are cut into candidates; null: never. */
  readonly sliceStrokes?: SliceOptions | null;
  /** Also return the 28×28 image the model saw for each symbol (for the page's inspector). */
  readonly withImages?: boolean;
  /**
   * Names of scoring-stage adjustments to switch off (score/scoringStage.ts), to measure
   * what each is worth; for the evaluation command only, never from a request.
   */
  readonly without?: readonly string[];
  /**
   * Keeps each line's reading between calls on a growing page, so that only the lines
   * whose strokes changed are read again (readingMemo); the answer is the same without it.
   */
  readonly memo?: ReadingMemo;
}

export interface RecognitionWithImages extends Recognition {
  readonly images?: readonly ModelImage[];
}

export const EMPTY_RECOGNITION: Recognition = joinLines([]);

/**
 * Ink in, answer out: parts (ink/, bitmap/) → lines of writing, each read on its own →
 * candidate groupings (segment/) → one batched classification of every candidate of every
 * line → per line, the scoring stage (score/: phase 1 per candidate, the best grouping,
 * phase 2 per symbol in its line, the sequence step) → the structure (layout/: exponents,
 * roots, fractions) → text → value (math/).
 */
export async function recognize(
  input: RecognizeInput,
  classifier: Classifier,
  options: RecognizeOptions = {},
): Promise<RecognitionWithImages> {
  // Each line of writing as parts of its own; a line of strokes also names them (the
  // request's indexes) and is known by its ink to a memo.
  const lines: readonly WrittenLine[] =
    'strokes' in input
      ? strokeLines(input.strokes).map((strokes) => {
          const ink = strokes.map((i) => input.strokes[i]!);
          return { parts: () => strokeParts(ink, options.sliceStrokes), strokes, key: inkKey(ink) };
        })
      : imageLines(imageParts(input.image, options.splitTouching));
  if (lines.length === 0) return EMPTY_RECOGNITION;
  const stage = scoringStage(options.without);
  const labels = readingLabels(classifier.labels);

  const { memo } = options;
  const version = memo?.version;
  const known = lines.map((l) => (l.key === undefined ? undefined : memo?.lines.get(l.key)));
  const proposed = lines.map((l, k) =>
    known[k] ? null : proposeLine(l.parts(), options.segment, classifier),
  );
  const images = proposed.flatMap((line) => line?.images ?? []);
  const { rows, keys } = await classifyNew(images, classifier, memo);
  // The trajectory model's rows are not kept in the memo: they are cheap, and a picture
  // drawn the same may have been drawn another way.
  const sequences = proposed.flatMap((line) => line?.sequences ?? []);
  const moved =
    sequences.length > 0 && classifier.classifySequences
      ? await classifier.classifySequences(sequences)
      : [];
  let at = 0;
  let movedAt = 0;
  const read = proposed.map((line, k): MemoLine => {
    if (!line) return known[k]!;
    const lineRows = rows.slice(at, (at += line.images.length));
    const lineMoved = line.sequences
      ? moved.slice(movedAt, (movedAt += line.sequences.length))
      : [];
    // A root's sign drawn without a bar is a shape the trajectory model never saw (its
    // roots all have one): there the geometry's word (rootStroke) stands unopposed.
    const mixed = lineRows.map((row, j) =>
      mixTrajectory(row, line.candidates[j]!.rootStroke ? undefined : lineMoved[j]),
    );
    return readLine(line, mixed, labels, stage, options.minConfidence ?? 0);
  });
  // A memo cleared meanwhile (a correction taught) keeps nothing read before it.
  if (memo && memo.version === version) keepPage(memo, lines, read, proposed, keys, rows);
  const result: RecognitionWithImages = joinLines(
    read.map((r, k) => withStrokes(r.reading, lines[k]!.strokes)),
  );
  return options.withImages ? { ...result, images: read.flatMap((r) => r.images) } : result;
}

/**
 * The model's scores for these pictures; with a memo, only the pictures it has not seen go
 * to the model (the groupings a new stroke made), the rest come from the memo, found by
 * their keys (imageKey).
 */
async function classifyNew(
  images: readonly ModelImage[],
  classifier: Classifier,
  memo: ReadingMemo | undefined,
): Promise<{ rows: readonly Float32Array[]; keys: readonly string[] }> {
  if (!memo) return { rows: images.length > 0 ? await classifier.classify(images) : [], keys: [] };
  const keys = images.map(imageKey);
  // Taken before the model runs: the memo may be cleared while it does.
  const rows = keys.map((key) => memo.scores.get(key));
  const unseen = new Map<string, number[]>();
  rows.forEach((row, k) => {
    if (!row) unseen.set(keys[k]!, [...(unseen.get(keys[k]!) ?? []), k]);
  });
  if (unseen.size > 0) {
    const at = [...unseen.values()];
    const fresh = await classifier.classify(at.map((same) => images[same[0]!]!));
    at.forEach((same, j) => same.forEach((k) => (rows[k] = fresh[j]!)));
  }
  return { rows: rows.map((row) => row!), keys };
}

/** The memo keeps the lines on the page now and the scores of their pictures, nothing else. */
function keepPage(
  memo: ReadingMemo,
  lines: readonly WrittenLine[],
  read: readonly MemoLine[],
  proposed: readonly (ProposedLine | null)[],
  keys: readonly string[],
  rows: readonly Float32Array[],
): void {
  const scores = new Map<string, Float32Array>();
  const pictures = new Map<string, readonly string[]>();
  let at = 0;
  lines.forEach((l, k) => {
    const line = proposed[k];
    // A line read now brings its own scores; one read from the memo has its scores there.
    const own = line ? keys.slice(at, at + line.images.length) : memo.pictures.get(l.key!)!;
    own.forEach((key, j) => scores.set(key, line ? rows[at + j]! : memo.scores.get(key)!));
    if (line) at += line.images.length;
    if (l.key !== undefined) pictures.set(l.key, own);
  });
  memo.clear();
  lines.forEach((l, k) => {
    if (l.key !== undefined) memo.lines.set(l.key, read[k]!);
  });
  for (const [key, row] of scores) memo.scores.set(key, row);
  for (const [key, own] of pictures) memo.pictures.set(key, own);
}

/** A line of writing: how to cut it into parts, and for strokes which and what ink. */
interface WrittenLine {
  readonly parts: () => Parts;
  readonly strokes?: readonly number[];
  readonly key?: string;
}

function imageLines(parts: Parts): WrittenLine[] {
  if (parts.boxes.length === 0) return [];
  return splitLines(parts.boxes).map((members) => ({ parts: () => partsOfLine(parts, members) }));
}

/** A line's ink, point for point, as a memo's key. */
function inkKey(ink: Ink): string {
  return ink.map((stroke) => stroke.map((p) => p.join(',')).join(' ')).join('|');
}

/** A line read from its own strokes, its symbols naming the request's strokes instead. */
function withStrokes(reading: LineReading, strokes: readonly number[] | undefined): LineReading {
  if (!strokes) return reading;
  return {
    ...reading,
    symbols: reading.symbols.map((s) =>
      s.strokes ? { ...s, strokes: s.strokes.map((i) => strokes[i]!) } : s,
    ),
  };
}

/** A line's candidate groupings, each drawn for the model. */
interface ProposedLine {
  readonly parts: Parts;
  readonly found: Candidates;
  readonly groups: readonly (readonly number[])[];
  readonly candidates: readonly Candidate[];
  readonly images: readonly ModelImage[];
  /** The pen's path through each candidate, where strokes and a trajectory model allow. */
  readonly sequences?: readonly InkSequence[];
}

function proposeLine(
  parts: Parts,
  segment: SegmentOptions | undefined,
  classifier: Classifier,
): ProposedLine {
  const found = segmentCandidates(parts.boxes, segment, parts.noDot, parts.crossings, parts.loops);
  const { order, spans, lineHeight, line, runOf, runs } = found;
  const groups = spans.map((s) => order.slice(s.from, s.to));
  const boxes = groups.map((g) => unionBox(g.map((i) => parts.boxes[i]!)));
  const images = groups.map((g, k) => parts.render(g, boxes[k]!));
  const sequences =
    parts.sequence && classifier.classifySequences ? groups.map(parts.sequence) : undefined;
  const alone = new Set(spans.filter((s) => s.to - s.from === 1).map((s) => order[s.from]!));
  const candidates = groups.map((members, k): Candidate => {
    const { from, to } = spans[k]!;
    // A grouping wholly inside one exponent is measured against the exponent.
    const run = runOf[from]!;
    const raised = run >= 0 && runOf.slice(from, to).every((r) => r === run);
    const levels = spanLevels(found.levelOf, from, to, order, parts);
    return {
      parts: members.map((i) => parts.boxes[i]!),
      noDot: members.map((i) => parts.noDot?.[i] ?? false),
      standsAlone: members.map((i) => alone.has(i)),
      pieces: parts.sourceIndex
        ? new Set(members.map((i) => parts.sourceIndex![i])).size
        : members.length,
      drawn: parts.sourceIndex !== undefined,
      box: boxes[k]!,
      lineHeight: raised ? runs[run]!.height : lineHeight,
      line: raised ? runs[run]! : line,
      cutCrossings: cutCrossings(members, parts.crossings),
      overGap: spans[k]!.overGap ?? 0,
      ringJoin: spans[k]!.ringJoin ?? false,
      acrossLevels: (spans[k]!.acrossLevels ?? false) && levels.across,
      wholeRaisedBlob: levels.wholeRaisedBlob,
      holding: spans[k]!.holding ?? false,
      rootStroke:
        members.length === 1 ? (parts.rootStrokes?.[members[0]!] ?? undefined) : undefined,
      joinedBars: members.length === 1 && parts.joinedBars?.[members[0]!] === true,
      lean: members.length === 1 ? (parts.leans?.[members[0]!] ?? undefined) : undefined,
      taught: classifier.taught?.(images[k]!),
    };
  });
  return { parts, found, groups, candidates, images, ...(sequences ? { sequences } : {}) };
}

/**
 * How the parts at positions [from, to) stand: at more than one level, the pieces of a blob
 * that splitRaised cut counting as that blob, at their lowest level (`across`); and whether
 * they hold such a blob's pieces at two levels, the blob whole again (`wholeRaisedBlob`).
 */
function spanLevels(
  levelOf: readonly number[],
  from: number,
  to: number,
  order: readonly number[],
  parts: Parts,
): { across: boolean; wholeRaisedBlob: boolean } {
  const levels = new Set<number>();
  const blobs = new Map<number, Set<number>>();
  for (let j = from; j < to; j++) {
    const blob = parts.blobOf?.[order[j]!] ?? null;
    const level = levelOf[j]!;
    if (blob === null) levels.add(level);
    else blobs.set(blob, (blobs.get(blob) ?? new Set<number>()).add(level));
  }
  for (const seen of blobs.values()) levels.add(Math.min(...seen));
  return { across: levels.size > 1, wholeRaisedBlob: [...blobs.values()].some((s) => s.size > 1) };
}

/** A line's symbols, structure and answer from the model's rows for its candidates. */
function readLine(
  proposed: ProposedLine,
  rows: readonly Float32Array[],
  labels: readonly string[],
  stage: ReturnType<typeof scoringStage>,
  minConfidence: number,
): MemoLine {
  const { parts, found, groups, candidates, images } = proposed;
  const { order, spans } = found;
  const probs = candidates.map((c, k) =>
    applyAdjustments(mixDot(rows[k]!, labels, c, stage.dot), labels, stage.candidate, c),
  );
  const score = candidates.map((c, k) => segmentScore(probs[k]!, labels, stage.segment, c));
  const without = bestWithout(order.length, spans, score);
  const readAs = (chosen: readonly number[]) => {
    const total = chosen.reduce((sum, k) => sum + score[k]!, 0);
    const inLine = chosen.length > 1;
    const leanPast = leansPast(
      chosen.map((k) => candidates[k]!.lean),
      chosen.map((k) => probs[k]!),
      labels,
    );
    const readings = chosen.map((k, j) => {
      const placed = {
        ...candidates[k]!,
        inLine,
        ...(leanPast[j] === undefined ? {} : { leanPast: leanPast[j] }),
      };
      const p = applyAdjustments(probs[k]!, labels, stage.symbol, placed);
      const groupingSettled =
        stage.settledGrouping && isGroupingSettled(candidates[k]!, total - without[k]!);
      const d = decideSymbol(p, labels, { minConfidence, groupingSettled });
      return [{ symbol: d.symbol, p: d.confidence }, ...d.alternatives];
    });
    // A reading is judged with its layout: `(6+21` with a raised `2` after it is `(6+2)²` once
    // the `1` may be a `)`.
    const laid = (symbols: readonly string[]): boolean =>
      isCalculation(
        symbols.map((symbol, j) => ({ symbol, box: boxArray(candidates[chosen[j]!]!.box) })),
      );
    const picks = stage.repair
      ? repairText(readings, laid, { maxChanges: REPAIR_MAX_CHANGES, minRatio: REPAIR_MIN_RATIO })
      : readings.map(() => 0);
    const picked = picks.map((k, j) => readings[j]![k]!.symbol);
    return { chosen, readings, laid, picks, picked, valid: laid(picked) };
  };
  // The sequence step: symbols swapped for their alternatives (readAs), else another grouping.
  const ways = bestSegmentations(order.length, spans, score, stage.repair ? REGROUP_TRIES : 1);
  const { reading: read0, regrouped } = regroupReading(
    ways,
    (w) => readAs(w ? w.spans.map((span) => spans.indexOf(span)) : []),
    REPAIR_MIN_RATIO,
  );
  const { chosen, readings, laid, picks } = read0;

  const symbols: RecognizedSymbol[] = chosen.map((k, j) => {
    const box = candidates[k]!.box;
    const reading = readings[j]!;
    const pick = reading[picks[j]!]!;
    const members = groups[k]!;
    return {
      symbol: pick.symbol,
      confidence: round(pick.p),
      box: boxArray(box),
      ...(parts.sourceIndex
        ? {
            strokes: [...new Set(members.map((i) => parts.sourceIndex![i]!))].sort((a, b) => a - b),
          }
        : {}),
      alternatives: reading
        .filter((r) => r !== pick && r.symbol !== UNREADABLE)
        .slice(0, 3)
        .map((a) => ({ symbol: a.symbol, p: round(a.p) })),
    };
  });
  const read = solveReading(symbols);
  const written = symbols.map((s) => s.symbol);
  const pieced = symbols.map((s, j) => ({ ...s, pieces: candidates[chosen[j]!]!.pieces }));
  // A dot read into another symbol is a dot not read: never a silent loss.
  const swallowed = chosen.some((k, j) => swallowsDot(candidates[k]!, symbols[j]!.symbol));
  const doubts = unsureReasons({
    symbols: pieced,
    answerShare: () => answerShare(pieced),
    repaired: regrouped || picks.some((p) => p !== 0),
    swallowedDot: swallowed,
    speckDot: chosen.some((k, j) => isSpeckDot(candidates[k]!, symbols[j]!.symbol)),
    // Context had no choice where the model's favourite reads as no calculation.
    overruled: chosen.some((k, j) => {
      const favourite = overruledLabel(probs[k]!, labels, readings[j]![0]!.symbol);
      return favourite !== null && laid(written.map((s, i) => (i === j ? favourite : s)));
    }),
    layout: read.layoutDoubtful,
    leadingZero: hasLeadingZero(written),
    bracketedNumber: hasBracketedNumber(written),
    bareNumber: isBareNumber(read.text),
    // A number alone whose blob was offered as base and exponent may be a power.
    lostExponent:
      isLoneNumber(read.text) && chosen.some((k) => candidates[k]!.wholeRaisedBlob === true),
    rootAsOne: isRootAsOne(read.text, symbols[0]),
    operatorRun: hasOperatorRun(read.text),
  });
  // The API's JSON keeps its keys in this order.
  const reading: LineReading = {
    text: read.text,
    value: read.value,
    approx: read.approx,
    check: read.check,
    latex: read.latex,
    unsure: doubts.length > 0,
    doubts,
    box: boxArray(unionBox(parts.boxes)),
    symbols: read.symbols,
    error: read.error,
    ...(read.otherLayout ? { otherLayout: read.otherLayout } : {}),
  };
  return { reading, images: chosen.map((k) => images[k]!) };
}

type Box = readonly [number, number, number, number];

function boxArray(box: InkBox): Box {
  return [box.x, box.y, box.w, box.h];
}

function round(v: number): number {
  return Math.round(v * 1e4) / 1e4;
}
