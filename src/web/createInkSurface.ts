import type { Ink, InkPoint, Stroke } from '../pipeline/types.ts';
import { ERASER_REACH, renderScene, type Palette, type Scene } from './renderScene.ts';
import { strokesTouched } from './strokesTouched.ts';
import { backingScale } from './backingScale.ts';
import { dirtyRects } from './dirtyRects.ts';
import { sceneMarks, type Rect } from './sceneMarks.ts';
import { zoomView, type Pinch, type ZoomView } from './zoomView.ts';

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
  /**
   * How large the sheet is shown (MIN_ZOOM..MAX_ZOOM, 1 unzoomed): a view setting, which
   * strokes never see. Setting it zooms about the middle of the sheet's part in view.
   */
  zoom: number;
  /** The drawing area in unzoomed CSS px, which is also the unit of recorded strokes. */
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
/** A pinch or wheel that leaves the zoom this near 1 settles on 1: two-finger scrolls wobble. */
const SNAP = 0.1;
/** Quiet after the last ctrl+wheel (trackpad pinch) before the zoomed ink is sharpened. */
const WHEEL_END_MS = 200;

/**
 * The drawing surface: Pointer Events for mouse, pen and touch alike, one pointer at a
 * time (a resting palm is ignored), points in CSS px relative to the canvas, rendered at
 * device resolution. A finished stroke goes to `onStroke`; with the eraser, the strokes a
 * drag touched go to `onErase`. On a touch screen one finger writes and two scroll the
 * page (the canvas has `touch-action: none`, so the page does it): a second finger cancels
 * the stroke the first began, and no finger writes again until all have lifted. Pinching
 * (or ctrl+wheel, a trackpad's pinch) zooms the sheet about the fingers: the canvas is
 * scaled, its parent scrolls sideways, and points are still recorded in unzoomed px.
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
  // The fingers on the canvas, where they are in the window, and the two-finger scroll or
  // pinch they are making, if any: the fingers' centre and spread, and the view, as it
  // began (each move is measured from there, so rounded scroll offsets do not add up).
  const fingers = new Map<number, { x: number; y: number }>();
  let scroll: { readonly start: Pinch; readonly view: ZoomView } | null = null;
  let zoom = 1;
  // The zoom the backing store was last rendered for.
  let sharpAt = 1;
  let wheelEnd = 0;
  // When each answer on show began to be written, by its strokes: one that stays as it was
  // is not written again when another line's answer changes.
  let answerStarts = new Map<string, number>();
  let starts: number[] = [];
  let frame = 0;
  // What the canvas shows now, by sceneMarks; null when it must all be drawn afresh.
  let drawn: ReadonlyMap<string, Rect> | null = null;
  const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');

  const draw = (now: number): void => {
    frame = 0;
    const reveal = starts.map((start) =>
      reducedMotion.matches ? 1 : Math.max(0, Math.min(1, (now - start) / ANSWER_MS)),
    );
    fading = fading.filter((f) => !reducedMotion.matches && now - f.start < FADE_MS);
    const full: Scene = {
      ...scene,
      live,
      answerReveal: reveal,
      erasing: touched,
      trail,
      fading: fading.map((f) => ({ strokes: f.strokes, opacity: 1 - (now - f.start) / FADE_MS })),
    };
    // Only what changed is drawn again: a long sheet's frame then costs what a short one's does.
    const marks = sceneMarks(full);
    const rects = drawn && dirtyRects(drawn, marks.all);
    drawn = marks.all;
    if (rects?.length !== 0)
      renderScene(ctx, full, palette, cssWidth, cssHeight, rects ? { rects, marks } : undefined);
    if (reveal.some((r) => r < 1) || fading.length > 0) schedule();
  };
  const schedule = (): void => {
    if (!frame) frame = requestAnimationFrame(draw);
  };

  /** Lays the canvas out at `zoom`; its backing store keeps its scale until `resize`. */
  const layout = (): void => {
    // A transform, not a CSS size: the canvas's box stays in ink px (clientWidth, the page's
    // minHeight), so only the pointer mapping divides by zoom, and `resize` keeps ink sharp.
    canvas.style.transform = zoom === 1 ? '' : `scale(${zoom})`;
    // What follows the canvas moves down (or up) by what the transform added to its height.
    canvas.style.marginBottom = zoom === 1 ? '' : `${cssHeight * (zoom - 1)}px`;
    if (zoom === 1) delete canvas.dataset.zoom;
    else canvas.dataset.zoom = String(zoom);
  };

  const resize = (): void => {
    const dpr = window.devicePixelRatio || 1;
    cssWidth = canvas.clientWidth || cssWidth;
    cssHeight = canvas.clientHeight || cssHeight;
    const scale = backingScale(dpr, zoom, cssWidth, cssHeight);
    canvas.width = Math.round(cssWidth * scale);
    canvas.height = Math.round(cssHeight * scale);
    ctx.setTransform(scale, 0, 0, scale, 0, 0);
    sharpAt = zoom;
    layout();
    // A phone's narrower ruling comes with its media query.
    palette = readPalette(canvas);
    drawn = null;
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
  // A 2D canvas whose memory the browser took back comes back blank.
  canvas.addEventListener('contextrestored', () => {
    drawn = null;
    schedule();
  });
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => {
    palette = readPalette(canvas);
    drawn = null;
    schedule();
  });

  const point = (e: PointerEvent): InkPoint => [
    Math.round(((e.clientX - origin.left) / zoom) * 10) / 10,
    Math.round(((e.clientY - origin.top) / zoom) * 10) / 10,
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

  /** The fingers' centre, and their mean distance from it (0 for one finger). */
  const pinch = (): Pinch => {
    const all = [...fingers.values()];
    const x = all.reduce((n, f) => n + f.x, 0) / all.length;
    const y = all.reduce((n, f) => n + f.y, 0) / all.length;
    const spread = all.reduce((n, f) => n + Math.hypot(f.x - x, f.y - y), 0) / all.length;
    return { x, y, spread };
  };

  const viewNow = (): ZoomView => {
    const rect = canvas.getBoundingClientRect();
    return { zoom, left: rect.left, top: rect.top };
  };

  /**
   * Shows the sheet as `next` has it: the canvas's parent scrolls sideways (styles.css lets
   * it), the page does the rest, as it did unzoomed. False where an edge stopped it short.
   */
  const placeView = (next: ZoomView): boolean => {
    const rect = canvas.getBoundingClientRect();
    const side = canvas.parentElement;
    // Where each scroll was, read before the new size clamps them.
    const sideX = side?.scrollLeft ?? 0;
    const [pageX, pageY] = [window.scrollX, window.scrollY];
    if (next.zoom !== zoom) {
      zoom = next.zoom;
      layout();
    }
    const dx = rect.left - next.left;
    let rest = dx;
    if (side) {
      side.scrollLeft = sideX + dx;
      rest -= side.scrollLeft - sideX;
    }
    window.scrollTo(pageX + rest, pageY + rect.top - next.top);
    const now = viewNow();
    return Math.abs(now.left - next.left) <= 1 && Math.abs(now.top - next.top) <= 1;
  };

  /** Zooms and moves the sheet as the fingers (or the wheel) went `from` → `to`. */
  const follow = (from: Pinch, to: Pinch): void => {
    placeView(zoomView(viewNow(), from, to));
  };

  /** A scroll or pinch starts, or goes on with other fingers, from the view as it is now. */
  const startScroll = (): void => {
    scroll = { start: pinch(), view: viewNow() };
  };

  /** The gesture is over: a zoom near 1 settles on it, and the ink is redrawn sharp. */
  const settle = (at: { x: number; y: number }): void => {
    if (zoom !== 1 && Math.abs(zoom - 1) < SNAP)
      follow({ ...at, spread: zoom }, { ...at, spread: 1 });
    if (zoom !== sharpAt) resize();
  };

  canvas.addEventListener('pointerdown', (e) => {
    if (e.pointerType === 'touch') {
      fingers.set(e.pointerId, { x: e.clientX, y: e.clientY });
      // A second finger makes a scroll, unless a pen writes (a palm then rests on the glass).
      if (fingers.size > 1 && (activePointer === null || activeType === 'touch')) {
        e.preventDefault();
        if (activePointer !== null) cancel();
        canvas.setPointerCapture(e.pointerId);
        startScroll();
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
      // The page follows the fingers, as it would were the canvas not taking the touches;
      // the backing store keeps its scale until they lift, as redrawing it is slow.
      // Past an edge, the gesture goes on from where the sheet stopped, as a page's scroll.
      if (!placeView(zoomView(scroll.view, scroll.start, pinch()))) startScroll();
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
      if (fingers.size > 0) startScroll();
      else {
        settle({ x: e.clientX, y: e.clientY });
        scroll = null;
      }
    }
    finish(e);
  };
  canvas.addEventListener('pointerup', lift);
  canvas.addEventListener('pointercancel', lift);
  canvas.addEventListener('lostpointercapture', lift);
  // Long-press menus and text selection would steal a slow stroke.
  canvas.addEventListener('contextmenu', (e) => e.preventDefault());
  // A trackpad's pinch (and ctrl+wheel) zooms the sheet, not the page, about the pointer.
  canvas.addEventListener(
    'wheel',
    (e) => {
      if (!e.ctrlKey) return;
      e.preventDefault();
      // Points of a stroke under way are measured at the zoom it began with.
      if (activePointer !== null) return;
      const at = { x: e.clientX, y: e.clientY };
      const px = e.deltaY * (e.deltaMode === WheelEvent.DOM_DELTA_LINE ? 16 : 1);
      // A mouse wheel's notch (100 px or more) zooms by a quarter; a trackpad goes smoothly.
      const scale = Math.min(1.25, Math.max(0.8, Math.exp(-px / 100)));
      follow({ ...at, spread: 1 }, { ...at, spread: scale });
      clearTimeout(wheelEnd);
      wheelEnd = window.setTimeout(() => settle(at), WHEEL_END_MS);
    },
    { passive: false },
  );

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
    get zoom() {
      return zoom;
    },
    set zoom(next) {
      const rect = canvas.getBoundingClientRect();
      const at = {
        x: (Math.max(rect.left, 0) + Math.min(rect.right, window.innerWidth)) / 2,
        y: (Math.max(rect.top, 0) + Math.min(rect.bottom, window.innerHeight)) / 2,
      };
      follow({ ...at, spread: zoom }, { ...at, spread: next });
      if (zoom !== sharpAt) resize();
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
