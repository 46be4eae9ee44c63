import { describe, expect, it } from 'vitest';
import type { InkPoint, Stroke } from '../pipeline/types.ts';
import { dirtyRects } from './dirtyRects.ts';
import type { Scene, SceneAnswer } from './renderScene.ts';
import { sceneMarks, type Rect } from './sceneMarks.ts';

const stroke = (x: number, y: number): Stroke => [
  [x, y, 0],
  [x + 10, y + 40, 16],
];
const answer = (): SceneAnswer => ({
  strokes: [
    [
      [300, 40],
      [320, 80],
    ],
  ],
  height: 60,
  unsure: false,
});
const empty: Scene = { strokes: [], boxes: [], answers: [], answerReveal: [], live: null };

/** What must be drawn again from `before` to `after`. */
const changes = (before: Scene, after: Scene): Rect[] =>
  dirtyRects(sceneMarks(before).all, sceneMarks(after).all);

/** Whether a rect covers the point. */
const covers = ([left, top, right, bottom]: Rect, x: number, y: number): boolean =>
  left <= x && x <= right && top <= y && y <= bottom;

describe('dirtyRects', () => {
  const lines = [stroke(20, 40), stroke(20, 140), stroke(20, 740)];
  const sheet: Scene = {
    ...empty,
    strokes: lines,
    boxes: [{ box: [20, 40, 10, 40], unsure: false, selected: false }],
    answers: [answer()],
    answerReveal: [1],
  };

  it('draws nothing again when nothing changed, though the answer was composed afresh', () => {
    expect(changes(sheet, { ...sheet, answers: [answer()] })).toEqual([]);
  });

  it('draws again only about a new stroke, however long the sheet', () => {
    const next = stroke(60, 740);
    const dirty = changes(sheet, { ...sheet, strokes: [...lines, next] });
    expect(dirty).toHaveLength(1);
    expect(covers(dirty[0]!, 60, 740) && covers(dirty[0]!, 70, 780)).toBe(true);
    expect(covers(dirty[0]!, 20, 140)).toBe(false);
  });

  it('draws again where a stroke went, and where one began to be erased', () => {
    const gone = changes(sheet, { ...sheet, strokes: lines.slice(0, 2) });
    expect(gone).toHaveLength(1);
    expect(covers(gone[0]!, 25, 760)).toBe(true);
    const erasing = changes(sheet, { ...sheet, erasing: new Set([lines[1]!]) });
    expect(erasing).toHaveLength(2);
    expect(erasing.every((r) => covers(r, 25, 160))).toBe(true);
  });

  it('draws again a box that changed its look, and an answer as it is written', () => {
    const picked = changes(sheet, {
      ...sheet,
      boxes: [{ box: [20, 40, 10, 40], unsure: false, selected: true }],
    });
    expect(picked).toHaveLength(2);
    expect(picked.every((r) => covers(r, 12, 32))).toBe(true);
    const writing = changes({ ...sheet, answerReveal: [0.5] }, sheet);
    expect(writing).toHaveLength(2);
    expect(writing.every((r) => covers(r, 300, 40) && covers(r, 320, 80))).toBe(true);
  });

  it('draws many changed parts again as the one rectangle round them', () => {
    const many = Array.from({ length: 20 }, (_, k) => stroke(20 + 30 * k, 40));
    expect(changes({ ...empty, strokes: many }, empty)).toEqual([[12, 32, 608, 88]]);
  });

  it('follows the stroke under the pen as it grows in place', () => {
    const live: InkPoint[] = [[400, 400, 0]];
    const before = sceneMarks({ ...sheet, live }).all;
    live.push([450, 420, 16]);
    const dirty = dirtyRects(before, sceneMarks({ ...sheet, live }).all);
    expect(dirty.some((r) => covers(r, 450, 420))).toBe(true);
    expect(dirty.every((r) => !covers(r, 20, 740))).toBe(true);
  });
});
