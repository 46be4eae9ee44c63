/**
 * Canvas pixels the backing store may hold, zoomed: Safari on iOS refuses a canvas larger
 * than this, and a tall sheet at 3× would otherwise take hundreds of megabytes.
 */
const MOST_PIXELS = 4096 * 4096;

/**
 * Canvas pixels per ink px for a `width`×`height` (ink px) surface shown at `zoom`: one per
 * device pixel, so zoomed ink stays sharp, unless that passes MOST_PIXELS, when zooming in
 * blurs a little rather than take more; never below what it renders unzoomed.
 */
export function backingScale(dpr: number, zoom: number, width: number, height: number): number {
  const sharp = dpr * zoom;
  const most = Math.sqrt(MOST_PIXELS / Math.max(1, width * height));
  return Math.min(sharp, Math.max(dpr, most));
}
