import type { Ink, Stroke } from '../pipeline/types.ts';
import type { PhotoPlacement } from './fitPhoto.ts';
import { freehandPath } from './freehandPath.ts';
import type { PagePoint } from './layoutHandwriting.ts';

export interface SceneBox {
  readonly box: readonly [number, number, number, number];
  readonly unsure: boolean;
  readonly selected: boolean;
}

export interface Scene {
  /** A photo the user opened, shown where its symbols' boxes were mapped to. */
  readonly photo?: { readonly bitmap: CanvasImageSource; readonly place: PhotoPlacement } | null;
  readonly strokes: Ink;
  /** The stroke under the pen right now, not yet recognised. */
  readonly live: Stroke | null;
  readonly boxes: readonly SceneBox[];
  readonly answer: readonly (readonly PagePoint[])[];
  /** The answer's line height, which sets its pen width. */
  readonly answerHeight: number;
  /** How much of the answer is written so far, 0..1 (it is drawn, not popped in). */
  readonly answerReveal: number;
  /** The reading is unsure: the answer is written in the warning colour over a dashed line. */
  readonly answerUnsure?: boolean;
}

/** Colours come from CSS custom properties, so the canvas follows the page's theme. */
export interface Palette {
  readonly ink: string;
  readonly answer: string;
  readonly box: string;
  readonly boxUnsure: string;
  readonly boxSelected: string;
  readonly guide: string;
}

export const INK_PEN = {
  size: 5.5,
  thinning: 0.55,
  smoothing: 0.5,
  streamline: 0.45,
  simulatePressure: true,
};

// Committed strokes never change, so their outlines are computed once.
const outlines = new WeakMap<Stroke, Path2D>();

export function renderScene(
  ctx: CanvasRenderingContext2D,
  scene: Scene,
  palette: Palette,
  width: number,
  height: number,
): void {
  ctx.clearRect(0, 0, width, height);
  if (scene.photo) {
    const { bitmap, place } = scene.photo;
    ctx.imageSmoothingQuality = 'high';
    ctx.drawImage(bitmap, place.x, place.y, place.width, place.height);
  } else {
    drawGuide(ctx, palette, width, height);
  }

  for (const b of scene.boxes) {
    const [x, y, w, h] = b.box;
    const pad = 6;
    ctx.beginPath();
    ctx.roundRect(x - pad, y - pad, w + 2 * pad, h + 2 * pad, 8);
    ctx.setLineDash(b.unsure && !b.selected ? [5, 4] : []);
    ctx.lineWidth = b.selected ? 2 : 1.25;
    ctx.strokeStyle = b.selected ? palette.boxSelected : b.unsure ? palette.boxUnsure : palette.box;
    ctx.stroke();
  }
  ctx.setLineDash([]);

  ctx.fillStyle = palette.ink;
  for (const stroke of scene.strokes) {
    let path = outlines.get(stroke);
    if (!path) {
      path = freehandPath(stroke, INK_PEN);
      outlines.set(stroke, path);
    }
    ctx.fill(path);
  }
  if (scene.live) ctx.fill(freehandPath(scene.live, { ...INK_PEN, last: false }));

  drawAnswer(ctx, scene, palette);
}

function drawGuide(
  ctx: CanvasRenderingContext2D,
  palette: Palette,
  width: number,
  height: number,
): void {
  // A faint writing line invites one line of symbols of a sensible size.
  const y = Math.round(height * 0.74) + 0.5;
  ctx.strokeStyle = palette.guide;
  ctx.lineWidth = 1;
  ctx.setLineDash([2, 6]);
  ctx.beginPath();
  ctx.moveTo(24, y);
  ctx.lineTo(width - 24, y);
  ctx.stroke();
  ctx.setLineDash([]);
}

function drawAnswer(ctx: CanvasRenderingContext2D, scene: Scene, palette: Palette): void {
  if (scene.answer.length === 0 || scene.answerReveal <= 0) return;
  const total = scene.answer.reduce((n, s) => n + s.length, 0);
  let left = Math.ceil(total * Math.min(1, scene.answerReveal));
  const pen = {
    size: Math.min(8, Math.max(3, scene.answerHeight * 0.075)),
    thinning: 0.5,
    smoothing: 0.6,
    streamline: 0.3,
    simulatePressure: false,
    start: { taper: scene.answerHeight * 0.15 },
    end: { taper: scene.answerHeight * 0.1 },
  };
  ctx.fillStyle = scene.answerUnsure ? palette.boxUnsure : palette.answer;
  for (const stroke of scene.answer) {
    if (left <= 0) break;
    const part = stroke.slice(0, left);
    left -= stroke.length;
    ctx.fill(freehandPath(part, { ...pen, last: part.length === stroke.length }));
  }
  if (scene.answerUnsure) {
    // Not a fact but a reading to check: underline it dashed, as the unsure symbols are.
    const points = scene.answer.flat();
    const xs = points.map((p) => p[0]);
    const bottom = Math.max(...points.map((p) => p[1])) + scene.answerHeight * 0.12;
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
