interface LineOfSymbols {
  readonly symbols: readonly { readonly strokes?: readonly number[] }[];
}

/**
 * The index of the line that holds the newest stroke still on the surface (`strokeCount`
 * strokes, oldest first), where the user's attention is after a pen-up or an undo; the
 * bottom line when no stroke is in a line, as in a photo; -1 when there is no line.
 */
export function newestLine(lines: readonly LineOfSymbols[], strokeCount: number): number {
  const lineOf = new Map<number, number>();
  lines.forEach((line, k) => {
    for (const symbol of line.symbols) for (const i of symbol.strokes ?? []) lineOf.set(i, k);
  });
  for (let i = strokeCount - 1; i >= 0; i--) {
    const k = lineOf.get(i);
    if (k !== undefined) return k;
  }
  return lines.length - 1;
}
