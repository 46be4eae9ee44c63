/** How far the sheet zooms out (to see a long sheet whole) and in (to write small symbols). */
export const MIN_ZOOM = 0.5;
export const MAX_ZOOM = 3;

/** How the surface shows the sheet: its zoom, and where its ink origin lies in client px. */
export interface ZoomView {
  readonly zoom: number;
  readonly left: number;
  readonly top: number;
}

/** Two or more fingers (or the mouse under a wheel): their centre in client px and spread. */
export interface Pinch {
  readonly x: number;
  readonly y: number;
  /** Any measure of how far apart the fingers are: only its ratio between two pinches counts. */
  readonly spread: number;
}

/**
 * The view after the fingers moved `from` → `to`: zoomed by how much their spread changed
 * (within MIN_ZOOM..MAX_ZOOM), with the ink point that lay under their centre now under
 * their new centre, so that the sheet both zooms about the fingers and follows them.
 * Ink coordinates are (client − origin) / zoom in either view.
 */
export function zoomView(view: ZoomView, from: Pinch, to: Pinch): ZoomView {
  const ratio = from.spread > 0 && to.spread > 0 ? to.spread / from.spread : 1;
  // Rounded so that zooming back by the inverse ratio lands on 1 exactly.
  const zoom = Math.round(Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, view.zoom * ratio)) * 1000) / 1000;
  const k = zoom / view.zoom;
  return { zoom, left: to.x - (from.x - view.left) * k, top: to.y - (from.y - view.top) * k };
}
