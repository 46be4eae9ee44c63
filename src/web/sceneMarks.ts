import type { Stroke } from '../pipeline/types.ts';
import { ERASER_REACH, type Scene, type SceneAnswer } from './renderScene.ts';
import { unionRect } from './unionRect.ts';

/** A part of the surface, CSS px: left, top, right, bottom. */
export type Rect = readonly [number, number, number, number];

/** How far a pen's outline and its anti-aliasing reach beyond the points it was drawn through. */
const INK_REACH = 8;
/** The widest answer pen (renderScene's drawAnswer), with its anti-aliasing. */
const ANSWER_REACH = 10;
/** A box's padding and its widest line (renderScene). */
const BOX_REACH = 9;

// Committed strokes and shown answers never change, so their keys and extents are
// computed once.
const ids = new WeakMap<object, number>();
let nextId = 0;
const strokeRects = new WeakMap<Stroke, Rect>();
const answerMarks = new WeakMap<
  SceneAnswer,
  { readonly key: string; readonly rect: Rect } | null
>();

export interface SceneMarks {
  /** Everything the scene draws, each under a key that changes whenever its look does. */
  readonly all: ReadonlyMap<string, Rect>;
  /** Where each of the scene's strokes, boxes and answers lies, in its order. */
  readonly strokes: readonly Rect[];
  readonly boxes: readonly Rect[];
  readonly answers: readonly (Rect | null)[];
}

/**
 * Everything a scene draws, with the part of the surface it covers: what differs between
 * two frames' marks is all that must be drawn again (dirtyRects), and what lies elsewhere
 * need not be drawn at all.
 */
export function sceneMarks(scene: Scene): SceneMarks {
  const marks = new Map<string, Rect>();
  if (scene.photo) {
    const { bitmap, place } = scene.photo;
    marks.set(`p${idOf(bitmap)} ${place.x} ${place.y} ${place.width} ${place.height}`, [
      place.x,
      place.y,
      place.x + place.width,
      place.y + place.height,
    ]);
  }
  const boxes = scene.boxes.map(({ box, unsure, selected }): Rect => {
    const [x, y, w, h] = box;
    const rect: Rect = [x - BOX_REACH, y - BOX_REACH, x + w + BOX_REACH, y + h + BOX_REACH];
    marks.set(`b${box.join(' ')} ${unsure} ${selected}`, rect);
    return rect;
  });
  const strokes = scene.strokes.map((stroke) => {
    const rect = strokeRect(stroke);
    marks.set(`s${idOf(stroke)}${scene.erasing?.has(stroke) ? 'e' : ''}`, rect);
    return rect;
  });
  for (const fading of scene.fading ?? []) {
    const rects = fading.strokes.map(strokeRect);
    if (rects.length > 0) marks.set(`f${idOf(fading.strokes)} ${fading.opacity}`, unionRect(rects));
  }
  if (scene.live && scene.live.length > 0)
    marks.set(`l${idOf(scene.live)} ${scene.live.length}`, reach(scene.live, INK_REACH));
  if (scene.trail && scene.trail.length > 0)
    marks.set(`t${idOf(scene.trail)} ${scene.trail.length}`, reach(scene.trail, ERASER_REACH + 2));
  const answers = scene.answers.map((answer, i): Rect | null => {
    const mark = answerMark(answer);
    if (mark) marks.set(`a${mark.key} ${scene.answerReveal[i] ?? 1}`, mark.rect);
    return mark?.rect ?? null;
  });
  return { all: marks, strokes, boxes, answers };
}

function idOf(thing: object): number {
  let id = ids.get(thing);
  if (id === undefined) {
    id = nextId++;
    ids.set(thing, id);
  }
  return id;
}

function strokeRect(stroke: Stroke): Rect {
  let rect = strokeRects.get(stroke);
  if (!rect) {
    rect = reach(stroke, INK_REACH);
    strokeRects.set(stroke, rect);
  }
  return rect;
}

/** An answer is composed afresh for every reading: it is known by what it writes. */
function answerMark(answer: SceneAnswer): { readonly key: string; readonly rect: Rect } | null {
  let mark = answerMarks.get(answer);
  if (mark === undefined) {
    const points = answer.strokes.flat();
    const [left, top, right, bottom] = reach(points, ANSWER_REACH);
    // Its dashed underline, when unsure, lies a little below the writing.
    const under = answer.unsure ? answer.height * 0.12 + 2 : 0;
    mark =
      points.length === 0
        ? null
        : {
            key: `${answer.unsure} ${answer.height} ${answer.strokes.map((s) => s.map((p) => `${p[0]},${p[1]}`).join(';')).join('|')}`,
            rect: [left, top, right, bottom + under],
          };
    answerMarks.set(answer, mark);
  }
  return mark;
}

function reach(points: readonly (readonly [number, number, ...unknown[]])[], by: number): Rect {
  let [left, top, right, bottom] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of points) {
    left = Math.min(left, x);
    top = Math.min(top, y);
    right = Math.max(right, x);
    bottom = Math.max(bottom, y);
  }
  return [left - by, top - by, right + by, bottom + by];
}
