import type { InkPoint, Stroke } from '../pipeline/types.ts';
import { renderScene, type Palette, type Scene } from './renderScene.ts';

export interface InkSurface {
  /** Replaces what is shown (committed ink, boxes, answer) and redraws on the next frame. */
  show(scene: Omit<Scene, 'live' | 'answerReveal'>): void;
  /** The drawing area in CSS px, which is also the unit of recorded strokes. */
  readonly width: number;
  readonly height: number;
}

const ANSWER_MS = 420;

/**
 * The drawing surface: Pointer Events for mouse, pen and touch alike, one pointer at a
 * time (a resting palm or second finger is ignored), points in CSS px relative to the
 * canvas, rendered at device resolution. A finished stroke goes to `onStroke`.
 */
export function createInkSurface(
  canvas: HTMLCanvasElement,
  onStroke: (stroke: Stroke) => void,
): InkSurface {
  const ctx = canvas.getContext('2d')!;
  let cssWidth = canvas.clientWidth || 1;
  let cssHeight = canvas.clientHeight || 1;
  let palette = readPalette(canvas);
  let scene: Omit<Scene, 'live' | 'answerReveal'> = { strokes: [], boxes: [], answers: [] };
  let live: InkPoint[] | null = null;
  let activePointer: number | null = null;
  let origin = { left: 0, top: 0 };
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
    renderScene(ctx, { ...scene, live, answerReveal: reveal }, palette, cssWidth, cssHeight);
    if (reveal.some((r) => r < 1)) schedule();
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
    live = null;
    if (stroke && stroke.length > 0) onStroke(stroke);
    schedule();
  };

  canvas.addEventListener('pointerdown', (e) => {
    if (e.pointerType === 'mouse' && e.button !== 0) return;
    if (activePointer !== null) {
      // A second finger or a resting palm is ignored, unless the first pointer is gone
      // without an up event (it happens), which must not lock the canvas.
      if (canvas.hasPointerCapture(activePointer)) return;
      finish({ pointerId: activePointer } as PointerEvent);
    }
    e.preventDefault();
    activePointer = e.pointerId;
    canvas.setPointerCapture(e.pointerId);
    const rect = canvas.getBoundingClientRect();
    origin = { left: rect.left, top: rect.top };
    live = [point(e)];
    schedule();
  });
  canvas.addEventListener('pointermove', (e) => {
    if (e.pointerId !== activePointer || !live) return;
    const events = typeof e.getCoalescedEvents === 'function' ? e.getCoalescedEvents() : [];
    for (const ev of events.length > 0 ? events : [e]) live.push(point(ev));
    schedule();
  });
  canvas.addEventListener('pointerup', finish);
  canvas.addEventListener('pointercancel', finish);
  canvas.addEventListener('lostpointercapture', finish);
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
