import type { Ink, InkPoint, Stroke } from '../pipeline/types.ts';
import { ERASER_REACH, renderScene, type Palette, type Scene } from './renderScene.ts';
import { strokesTouched } from './strokesTouched.ts';

/** What the surface itself adds to a scene: the pen's and the eraser's work in progress. */
type Drawn = Omit<Scene, 'live' | 'answerReveal' | 'erasing' | 'trail' | 'fading'>;

export type Tool = 'pen' | 'eraser';

export interface InkSurface {
  /** Replaces what is shown (committed ink, boxes, answer) and redraws on the next frame. */
  show(scene: Drawn): void;
  /** Fades out ink that has just left the sheet (scratched out, erased, refused). */
  fadeOut(strokes: Ink): void;
  /** What a drag does: write, or erase every stroke it touches. */
  tool: Tool;
  /** The drawing area in CSS px, which is also the unit of recorded strokes. */
  readonly width: number;
  readonly height: number;
}

export interface InkHandlers {
  /** A finished stroke of ink. */
  onStroke(stroke: Stroke): void;
  /** The strokes of the shown ink that an eraser drag touched, when it ends. */
  onErase(strokes: readonly Stroke[]): void;
}

const ANSWER_MS = 420;
const FADE_MS = 450;
/** The pen's eraser end (PointerEvent.buttons), which erases whatever the tool. */
const PEN_ERASER = 32;

/**
 * The drawing surface: Pointer Events for mouse, pen and touch alike, one pointer at a
 * time (a resting palm is ignored), points in CSS px relative to the canvas, rendered at
 * device resolution. A finished stroke goes to `onStroke`; with the eraser, the strokes a
 * drag touched go to `onErase`. On a touch screen one finger writes and two scroll the
 * page (the canvas has `touch-action: none`, so the page does it): a second finger cancels
 * the stroke the first began, and no finger writes again until all have lifted.
 */
export function createInkSurface(canvas: HTMLCanvasElement, handlers: InkHandlers): InkSurface {
  const ctx = canvas.getContext('2d')!;
  let cssWidth = canvas.clientWidth || 1;
  let cssHeight = canvas.clientHeight || 1;
  let palette = readPalette(canvas);
  let scene: Drawn = { strokes: [], boxes: [], answers: [] };
  let tool: Tool = 'pen';
  let live: InkPoint[] | null = null;
  // An eraser drag: where it has been, and the strokes it has touched.
  let trail: InkPoint[] | null = null;
  let touched = new Set<Stroke>();
  let fading: { readonly strokes: Ink; readonly start: number }[] = [];
  let activePointer: number | null = null;
  let activeType = '';
  let origin = { left: 0, top: 0 };
  // The fingers on the canvas, where they are in the window, and the two-finger scroll
  // they are making, if any: its fingers' centre at the last move.
  const fingers = new Map<number, { x: number; y: number }>();
  let scroll: { x: number; y: number } | null = null;
  // When each answer on show began to be written, by its strokes: one that stays as it was
  // is not written again when another line's answer changes.
  let answerStarts = new Map<string, number>();
  let starts: number[] = [];
  let frame = 0;
  const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');

  const draw = (now: number): void => {
    frame = 0;
    const reveal = starts.map((start) =>
      reducedMotion.matches ? 1 : Math.max(0, Math.min(1, (now - start) / ANSWER_MS)),
    );
    fading = fading.filter((f) => !reducedMotion.matches && now - f.start < FADE_MS);
    renderScene(
      ctx,
      {
        ...scene,
        live,
        answerReveal: reveal,
        erasing: touched,
        trail,
        fading: fading.map((f) => ({ strokes: f.strokes, opacity: 1 - (now - f.start) / FADE_MS })),
      },
      palette,
      cssWidth,
      cssHeight,
    );
    if (reveal.some((r) => r < 1) || fading.length > 0) schedule();
  };
  const schedule = (): void => {
    if (!frame) frame = requestAnimationFrame(draw);
  };

  const resize = (): void => {
    const dpr = window.devicePixelRatio || 1;
    cssWidth = canvas.clientWidth || cssWidth;
    cssHeight = canvas.clientHeight || cssHeight;
    canvas.width = Math.round(cssWidth * dpr);
    canvas.height = Math.round(cssHeight * dpr);
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    // A phone's narrower ruling comes with its media query.
    palette = readPalette(canvas);
    schedule();
  };
  new ResizeObserver(resize).observe(canvas);
  // Zooming changes devicePixelRatio without resizing the element.
  const watchDpr = (): void => {
    matchMedia(`(resolution: ${window.devicePixelRatio}dppx)`).addEventListener(
      'change',
      () => {
        resize();
        watchDpr();
      },
      { once: true },
    );
  };
  watchDpr();
  resize();
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => {
    palette = readPalette(canvas);
    schedule();
  });

  const point = (e: PointerEvent): InkPoint => [
    Math.round((e.clientX - origin.left) * 10) / 10,
    Math.round((e.clientY - origin.top) * 10) / 10,
    Math.round(e.timeStamp),
  ];

  const finish = (e: PointerEvent): void => {
    if (e.pointerId !== activePointer) return;
    activePointer = null;
    const stroke = live;
    const erased = [...touched];
    live = null;
    trail = null;
    touched = new Set();
    if (stroke && stroke.length > 0) handlers.onStroke(stroke);
    if (erased.length > 0) handlers.onErase(erased);
    schedule();
  };

  /** Drops the stroke or the eraser drag in progress: a second finger has landed. */
  const cancel = (): void => {
    activePointer = null;
    live = null;
    trail = null;
    touched = new Set();
    schedule();
  };

  /** The strokes of the shown ink the eraser touches along these points. */
  const erase = (points: readonly InkPoint[]): void => {
    for (const i of strokesTouched(points, scene.strokes, ERASER_REACH))
      touched.add(scene.strokes[i]!);
  };

  const centre = (): { x: number; y: number } => {
    const all = [...fingers.values()];
    return {
      x: all.reduce((n, f) => n + f.x, 0) / all.length,
      y: all.reduce((n, f) => n + f.y, 0) / all.length,
    };
  };

  canvas.addEventListener('pointerdown', (e) => {
    if (e.pointerType === 'touch') {
      fingers.set(e.pointerId, { x: e.clientX, y: e.clientY });
      // A second finger makes a scroll, unless a pen writes (a palm then rests on the glass).
      if (fingers.size > 1 && (activePointer === null || activeType === 'touch')) {
        e.preventDefault();
        if (activePointer !== null) cancel();
        canvas.setPointerCapture(e.pointerId);
        scroll = centre();
        return;
      }
      if (scroll) return;
    }
    if (e.pointerType === 'mouse' && e.button !== 0) return;
    if (activePointer !== null) {
      // A resting palm is ignored, unless the first pointer is gone without an up event
      // (it happens), which must not lock the canvas.
      if (canvas.hasPointerCapture(activePointer)) return;
      finish({ pointerId: activePointer } as PointerEvent);
    }
    e.preventDefault();
    activePointer = e.pointerId;
    activeType = e.pointerType;
    canvas.setPointerCapture(e.pointerId);
    const rect = canvas.getBoundingClientRect();
    origin = { left: rect.left, top: rect.top };
    if (tool === 'eraser' || (e.buttons & PEN_ERASER) !== 0) {
      trail = [point(e)];
      erase(trail);
    } else {
      live = [point(e)];
    }
    schedule();
  });
  canvas.addEventListener('pointermove', (e) => {
    if (fingers.has(e.pointerId)) fingers.set(e.pointerId, { x: e.clientX, y: e.clientY });
    if (scroll && fingers.has(e.pointerId)) {
      const now = centre();
      // The page follows the fingers, as it would were the canvas not taking the touches.
      window.scrollBy(scroll.x - now.x, scroll.y - now.y);
      scroll = now;
      return;
    }
    if (e.pointerId !== activePointer) return;
    const events = typeof e.getCoalescedEvents === 'function' ? e.getCoalescedEvents() : [];
    const points = (events.length > 0 ? events : [e]).map(point);
    if (live) live.push(...points);
    if (trail) {
      erase([trail[trail.length - 1]!, ...points]);
      trail.push(...points);
    }
    schedule();
  });
  const lift = (e: PointerEvent): void => {
    if (fingers.delete(e.pointerId) && scroll) {
      // The fingers left scroll on from their new centre; with none left, writing resumes.
      scroll = fingers.size > 0 ? centre() : null;
    }
    finish(e);
  };
  canvas.addEventListener('pointerup', lift);
  canvas.addEventListener('pointercancel', lift);
  canvas.addEventListener('lostpointercapture', lift);
  // Long-press menus and text selection would steal a slow stroke.
  canvas.addEventListener('contextmenu', (e) => e.preventDefault());

  return {
    show(next) {
      const now = performance.now();
      const shown = new Map<string, number>();
      starts = next.answers.map((answer) => {
        const key = answer.strokes.map((s) => s.map((p) => p.join(',')).join(';')).join('|');
        const start = shown.get(key) ?? answerStarts.get(key) ?? now;
        shown.set(key, start);
        return start;
      });
      answerStarts = shown;
      scene = next;
      schedule();
    },
    fadeOut(strokes) {
      if (strokes.length === 0 || reducedMotion.matches) return;
      fading.push({ strokes, start: performance.now() });
      schedule();
    },
    get tool() {
      return tool;
    },
    set tool(next) {
      tool = next;
      canvas.dataset.tool = next;
    },
    get width() {
      return cssWidth;
    },
    get height() {
      return cssHeight;
    },
  };
}

function readPalette(canvas: HTMLCanvasElement): Palette {
  const css = getComputedStyle(canvas);
  const v = (name: string, fallback: string): string =>
    css.getPropertyValue(name).trim() || fallback;
  return {
    ink: v('--ink-stroke', '#1d2433'),
    answer: v('--ink-answer', '#2f6fde'),
    box: v('--ink-box', 'rgba(47, 111, 222, 0.25)'),
    boxUnsure: v('--ink-box-unsure', '#d98a00'),
    boxSelected: v('--ink-box-selected', '#2f6fde'),
    guide: v('--ink-guide', 'rgba(0, 0, 0, 0.12)'),
    rule: parseFloat(v('--ink-rule', '100')) || 100,
  };
}
