/**
 * The pen's width in the ink of a w × h grid (`ink(x, y)`, false outside it): ink area over
 * half its boundary, since a line l long and s wide has area l·s and boundary 2(l + s), and
 * l·s / (l + s) is about s when the line is long. 0 where there is no ink.
 */
export function strokeWidth(ink: (x: number, y: number) => boolean, w: number, h: number): number {
  let area = 0;
  let edges = 0;
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) {
      if (!ink(x, y)) continue;
      area++;
      edges += +!ink(x - 1, y) + +!ink(x + 1, y) + +!ink(x, y - 1) + +!ink(x, y + 1);
    }
  return area / Math.max(1, edges / 2);
}
