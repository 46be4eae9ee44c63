import type { Ink, Stroke } from '../pipeline/types.ts';

export interface InkHistory<P> {
  readonly ink: Ink;
  /** The photo being read instead of ink, if the user opened one. */
  readonly photo: P | null;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  /** A stroke drawn over a photo starts a drawing of its own: the photo goes (undoably). */
  add(stroke: Stroke): void;
  /**
   * Removes these strokes (a scratch-out's, or an eraser drag's) in one step that undo
   * brings back; whether any was on the surface.
   */
  erase(strokes: ReadonlySet<Stroke>): boolean;
  /** Opening a photo replaces the drawing; undo brings the drawing back. */
  open(photo: P): void;
  /** Clearing is undoable too: a mistaken Escape should not cost a whole drawing. */
  clear(): void;
  undo(): boolean;
  redo(): boolean;
  /** Starts afresh from a sheet kept from an earlier visit, with nothing to undo or redo. */
  reset(ink: Ink): void;
}

interface State<P> {
  readonly ink: Ink;
  readonly photo: P | null;
}

const LIMIT = 200;

/**
 * Undo and redo over whole states of the surface; strokes are immutable, so states share
 * them. A state holds ink or a photo, never both: the pipeline reads one or the other.
 */
export function createInkHistory<P>(): InkHistory<P> {
  const past: State<P>[] = [];
  const future: State<P>[] = [];
  let present: State<P> = { ink: [], photo: null };

  const commit = (next: State<P>): void => {
    past.push(present);
    if (past.length > LIMIT) past.shift();
    future.length = 0;
    present = next;
  };

  return {
    get ink() {
      return present.ink;
    },
    get photo() {
      return present.photo;
    },
    get canUndo() {
      return past.length > 0;
    },
    get canRedo() {
      return future.length > 0;
    },
    add(stroke) {
      commit({ ink: [...present.ink, stroke], photo: null });
    },
    erase(strokes) {
      const ink = present.ink.filter((s) => !strokes.has(s));
      if (ink.length === present.ink.length) return false;
      commit({ ink, photo: null });
      return true;
    },
    open(photo) {
      commit({ ink: [], photo });
    },
    clear() {
      if (present.ink.length > 0 || present.photo !== null) commit({ ink: [], photo: null });
    },
    undo() {
      const previous = past.pop();
      if (previous === undefined) return false;
      future.push(present);
      present = previous;
      return true;
    },
    redo() {
      const next = future.pop();
      if (next === undefined) return false;
      past.push(present);
      present = next;
      return true;
    },
    reset(ink) {
      past.length = 0;
      future.length = 0;
      present = { ink, photo: null };
    },
  };
}
