import type { Ink, Stroke } from '../pipeline/types.ts';

export interface InkHistory {
  readonly ink: Ink;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  add(stroke: Stroke): void;
  /** Clearing is undoable too: a mistaken Escape should not cost a whole drawing. */
  clear(): void;
  undo(): boolean;
  redo(): boolean;
}

const LIMIT = 200;

/** Undo and redo over whole ink states; strokes are immutable, so states share them. */
export function createInkHistory(): InkHistory {
  const past: Ink[] = [];
  const future: Ink[] = [];
  let present: Ink = [];

  const commit = (next: Ink): void => {
    past.push(present);
    if (past.length > LIMIT) past.shift();
    future.length = 0;
    present = next;
  };

  return {
    get ink() {
      return present;
    },
    get canUndo() {
      return past.length > 0;
    },
    get canRedo() {
      return future.length > 0;
    },
    add(stroke) {
      commit([...present, stroke]);
    },
    clear() {
      if (present.length > 0) commit([]);
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
  };
}
