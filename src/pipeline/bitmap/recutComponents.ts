import type { ComponentMap, InkComponent } from './connectedComponents.ts';

/** How a stage cuts one component: its pieces (relabelled in `labels`), or null to keep it. */
export type CutComponent = (
  c: InkComponent,
  index: number,
  labels: Int32Array,
  newId: () => number,
) => readonly InkComponent[] | null;

/**
 * A component map with each component cut as `cut` says, on a copy of the labels: new
 * pieces take ids after the map's largest, and the components come out left to right (then
 * top down), as segmentation expects them.
 */
export function recutComponents(map: ComponentMap, cut: CutComponent): ComponentMap {
  const labels = Int32Array.from(map.labels);
  let nextId = map.components.reduce((m, c) => Math.max(m, c.id), 0) + 1;
  const newId = (): number => nextId++;
  const out = map.components.flatMap((c, index) => cut(c, index, labels, newId) ?? [c]);
  out.sort((a, b) => a.box.x - b.box.x || a.box.y - b.box.y || a.id - b.id);
  return { components: out, labels };
}
