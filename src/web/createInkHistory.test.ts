import { describe, expect, it } from 'vitest';
import type { Stroke } from '../pipeline/types.ts';
import { createInkHistory } from './createInkHistory.ts';

const stroke = (x: number): Stroke => [
  [x, 0],
  [x, 10],
];

describe('createInkHistory', () => {
  it('undoes and redoes strokes and a clear', () => {
    const h = createInkHistory<string>();
    const [a, b] = [stroke(1), stroke(2)];
    h.add(a);
    h.add(b);
    h.clear();
    expect(h.ink).toEqual([]);
    expect(h.undo()).toBe(true);
    expect(h.ink).toEqual([a, b]);
    expect(h.undo()).toBe(true);
    expect(h.ink).toEqual([a]);
    expect(h.redo()).toBe(true);
    expect(h.ink).toEqual([a, b]);
  });

  it('lets a photo replace the drawing, and undo bring the drawing back', () => {
    const h = createInkHistory<string>();
    const a = stroke(1);
    h.add(a);
    h.open('photo');
    expect(h).toMatchObject({ ink: [], photo: 'photo', canUndo: true });
    h.undo();
    expect(h).toMatchObject({ ink: [a], photo: null });
    h.redo();
    expect(h.photo).toBe('photo');
  });

  it('drops the photo when the user draws over it, undoably', () => {
    const h = createInkHistory<string>();
    h.open('photo');
    const a = stroke(1);
    h.add(a);
    expect(h).toMatchObject({ ink: [a], photo: null });
    h.undo();
    expect(h).toMatchObject({ ink: [], photo: 'photo' });
  });

  it('clears a photo, and a clear of nothing is not a step to undo', () => {
    const h = createInkHistory<string>();
    h.clear();
    expect(h.canUndo).toBe(false);
    h.open('photo');
    h.clear();
    expect(h.photo).toBeNull();
    h.undo();
    expect(h.photo).toBe('photo');
  });

  it('forgets the redo branch on a new step', () => {
    const h = createInkHistory<string>();
    h.add(stroke(1));
    h.undo();
    h.open('photo');
    expect(h.canRedo).toBe(false);
  });

  it('erases strokes in one step that undo brings back', () => {
    const h = createInkHistory<string>();
    const [a, b, c] = [stroke(1), stroke(2), stroke(3)];
    [a, b, c].forEach((s) => h.add(s));
    expect(h.erase(new Set([a, c]))).toBe(true);
    expect(h.ink).toEqual([b]);
    h.undo();
    expect(h.ink).toEqual([a, b, c]);
    expect(h.ink[0]).toBe(a);
    h.redo();
    expect(h.ink).toEqual([b]);
    // Erasing what is not there is no step.
    expect(h.erase(new Set([a]))).toBe(false);
    h.undo();
    expect(h.ink).toEqual([a, b, c]);
  });

  it('starts from a kept sheet with nothing to undo', () => {
    const h = createInkHistory<string>();
    h.add(stroke(1));
    const kept = [stroke(5), stroke(6)];
    h.reset(kept);
    expect(h).toMatchObject({ ink: kept, photo: null, canUndo: false, canRedo: false });
  });
});
