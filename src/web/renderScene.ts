import type { Ink, Stroke } from '../pipeline/types.ts';
import type { PhotoPlacement } from './fitPhoto.ts';
import { freehandPath } from './freehandPath.ts';
import type { PagePoint } from './layoutHandwriting.ts';
import type { Rect, SceneMarks } from './sceneMarks.ts';

export interface SceneBox {
  readonly box: readonly [number, number, number, number];
  readonly unsure: boolean;
  readonly selected: boolean;
}

/** An answer written in ink after its line's `=`. */
export interface SceneAnswer {
  readonly strokes: readonly (readonly PagePoint[])[];
  /** Its line height, which sets its pen width. */
  readonly height: number;
  /** Its line's reading is unsure: written in the warning colour over a dashed line. */
  readonly unsure: boolean;
}

export interface Scene {
  /** A photo the user opened, shown where its symbols' boxes were mapped to. */
  readonly photo?: { readonly bitmap: CanvasImageSource; readonly place: PhotoPlacement } | null;
  readonly strokes: Ink;
  /** The stroke under the pen right now, not yet recognised. */
  readonly live: Stroke | null;
  /** The strokes an eraser drag has touched so far: drawn faint, to go when it ends. */
  readonly erasing?: ReadonlySet<Stroke>;
  /** Where the eraser has been in this drag. */
  readonly trail?: Stroke | null;
  /** Ink just scratched out, erased or refused, fading away: opacity 1 to 0. */
  readonly fading?: readonly { readonly strokes: Ink; readonly opacity: number }[];
  readonly boxes: readonly SceneBox[];
  /** Each line's answer, top to bottom. */
  readonly answers: readonly SceneAnswer[];
  /** How much of each answer is written so far, 0..1 (it is drawn, not popped in). */
  readonly answerReveal: readonly number[];
}

/** Colours come from CSS custom properties, so the canvas follows the page's theme. */
export interface Palette {
  readonly ink: string;
  readonly answer: string;
  readonly box: string;
  readonly boxUnsure: string;
  readonly boxSelected: string;
  readonly guide: string;
  /** CSS px from one ruled line to the next, which the page's hint sits on too. */
  readonly rule: number;
}

/** CSS px from the eraser's path within which a stroke's centre line is taken. */
export const ERASER_REACH = 8;

export const INK_PEN = {
  size: 5.5,
  thinning: 0.55,
  smoothing: 0.5,
  streamline: 0.45,
  simulatePressure: true,
};

// Committed strokes never change, so their outlines are computed once.
const outlines = new WeakMap<Stroke, Path2D>();

/**
 * Draws `scene` on a `width`×`height` (CSS px) surface: all of it, or with `only`, just
 * those parts of it (the scene's marks say what lies where), leaving the rest as the last
 * frame drew it.
 */
export function renderScene(
  ctx: CanvasRenderingContext2D,
  scene: Scene,
  palette: Palette,
  width: number,
  height: number,
  only?: { readonly rects: readonly Rect[]; readonly marks: SceneMarks },
): void {
  const shows = (rect: Rect | null | undefined): boolean =>
    !only || (!!rect && only.rects.some((r) => overlaps(r, rect)));
  ctx.save();
  if (only) {
    // Whole canvas pixels: a part-covered pixel would keep some of the last frame's colour.
    const scale = ctx.getTransform().a || 1;
    ctx.beginPath();
    for (const [left, top, right, bottom] of only.rects) {
      const x = Math.floor(left * scale) / scale;
      const y = Math.floor(top * scale) / scale;
      const w = Math.ceil(right * scale) / scale - x;
      const h = Math.ceil(bottom * scale) / scale - y;
      ctx.clearRect(x, y, w, h);
      ctx.rect(x, y, w, h);
    }
    ctx.clip();
  } else {
    ctx.clearRect(0, 0, width, height);
  }
  if (scene.photo) {
    const { bitmap, place } = scene.photo;
    ctx.imageSmoothingQuality = 'high';
    ctx.drawImage(bitmap, place.x, place.y, place.width, place.height);
  } else {
    drawGuide(ctx, palette, width, height);
  }

  scene.boxes.forEach((b, i) => {
    if (!shows(only?.marks.boxes[i])) return;
    const [x, y, w, h] = b.box;
    const pad = 6;
    ctx.beginPath();
    ctx.roundRect(x - pad, y - pad, w + 2 * pad, h + 2 * pad, 8);
    ctx.setLineDash(b.unsure && !b.selected ? [5, 4] : []);
    ctx.lineWidth = b.selected ? 2 : 1.25;
    ctx.strokeStyle = b.selected ? palette.boxSelected : b.unsure ? palette.boxUnsure : palette.box;
    ctx.stroke();
  });
  ctx.setLineDash([]);

  ctx.fillStyle = palette.ink;
  scene.strokes.forEach((stroke, i) => {
    if (!shows(only?.marks.strokes[i])) return;
    ctx.globalAlpha = scene.erasing?.has(stroke) ? ERASING_OPACITY : 1;
    ctx.fill(outline(stroke));
  });
  for (const { strokes, opacity } of scene.fading ?? []) {
    ctx.globalAlpha = Math.max(0, Math.min(1, opacity)) * FADING_OPACITY;
    for (const stroke of strokes) ctx.fill(outline(stroke));
  }
  ctx.globalAlpha = 1;
  if (scene.live) ctx.fill(freehandPath(scene.live, { ...INK_PEN, last: false }));
  if (scene.trail && scene.trail.length > 0) drawTrail(ctx, scene.trail, palette);

  scene.answers.forEach((answer, i) => {
    if (shows(only?.marks.answers[i])) drawAnswer(ctx, answer, scene.answerReveal[i] ?? 1, palette);
  });
  ctx.restore();
}

function overlaps(a: Rect, b: Rect): boolean {
  return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
}

/** How faint a stroke the eraser has touched is drawn until the drag ends. */
const ERASING_OPACITY = 0.25;
/** How dark ink that is leaving the sheet starts fading from. */
const FADING_OPACITY = 0.5;

function outline(stroke: Stroke): Path2D {
  let path = outlines.get(stroke);
  if (!path) {
    path = freehandPath(stroke, INK_PEN);
    outlines.set(stroke, path);
  }
  return path;
}

/** The eraser's path, a broad faint band as wide as what it takes. */
function drawTrail(ctx: CanvasRenderingContext2D, trail: Stroke, palette: Palette): void {
  ctx.save();
  ctx.globalAlpha = 0.18;
  ctx.strokeStyle = palette.boxSelected;
  ctx.lineWidth = 2 * ERASER_REACH;
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';
  ctx.beginPath();
  ctx.moveTo(trail[0]![0], trail[0]![1]);
  for (const [x, y] of trail) ctx.lineTo(x, y);
  ctx.stroke();
  ctx.restore();
}

function drawGuide(
  ctx: CanvasRenderingContext2D,
  palette: Palette,
  width: number,
  height: number,
): void {
  // Faint ruled lines, as on a pad of paper, invite one calculation a line at a sensible size.
  ctx.strokeStyle = palette.guide;
  ctx.lineWidth = 1;
  ctx.setLineDash([2, 6]);
  ctx.beginPath();
  for (let y = palette.rule; y < height - palette.rule * 0.25; y += palette.rule) {
    ctx.moveTo(24, Math.round(y) + 0.5);
    ctx.lineTo(width - 24, Math.round(y) + 0.5);
  }
  ctx.stroke();
  ctx.setLineDash([]);
}

function drawAnswer(
  ctx: CanvasRenderingContext2D,
  answer: SceneAnswer,
  reveal: number,
  palette: Palette,
): void {
  if (answer.strokes.length === 0 || reveal <= 0) return;
  const total = answer.strokes.reduce((n, s) => n + s.length, 0);
  let left = Math.ceil(total * Math.min(1, reveal));
  const pen = {
    size: Math.min(8, Math.max(3, answer.height * 0.075)),
    thinning: 0.5,
    smoothing: 0.6,
    streamline: 0.3,
    simulatePressure: false,
    start: { taper: answer.height * 0.15 },
    end: { taper: answer.height * 0.1 },
  };
  ctx.fillStyle = answer.unsure ? palette.boxUnsure : palette.answer;
  for (const stroke of answer.strokes) {
    if (left <= 0) break;
    const part = stroke.slice(0, left);
    left -= stroke.length;
    ctx.fill(freehandPath(part, { ...pen, last: part.length === stroke.length }));
  }
  if (answer.unsure) {
    // Not a fact but a reading to check: underline it dashed, as the unsure symbols are.
    const points = answer.strokes.flat();
    const xs = points.map((p) => p[0]);
    const bottom = Math.max(...points.map((p) => p[1])) + answer.height * 0.12;
    ctx.save();
    ctx.strokeStyle = palette.boxUnsure;
    ctx.lineWidth = 2;
    ctx.setLineDash([6, 5]);
    ctx.beginPath();
    ctx.moveTo(Math.min(...xs), bottom);
    ctx.lineTo(Math.max(...xs), bottom);
    ctx.stroke();
    ctx.restore();
  }
}
