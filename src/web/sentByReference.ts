/** A list as sent: an item the receiver had in the previous list is its index there. */
export type ByReference<T> = readonly (number | T)[];

/**
 * The sending end of a channel for lists that mostly repeat from one message to the next
 * (the sheet's strokes, the images the model saw): an item that was in the previous list
 * goes as its index there, so that only new items are copied across. Every list it returns
 * must reach a receivedByReference, in order, or the two ends fall out of step.
 */
export function sentByReference<T extends object>(): (items: readonly T[]) => ByReference<T> {
  let previous = new Map<T, number>();
  return (items) => {
    const next = new Map<T, number>();
    const message = items.map((item, i) => {
      if (!next.has(item)) next.set(item, i);
      return previous.get(item) ?? item;
    });
    previous = next;
    return message;
  };
}
