import type { ByReference } from './sentByReference.ts';

/**
 * The receiving end of a sentByReference channel: puts back each item sent as an index
 * from the list received before it.
 */
export function receivedByReference<T extends object>(): (message: ByReference<T>) => T[] {
  let previous: readonly T[] = [];
  return (message) => {
    const items = message.map((entry) => {
      if (typeof entry !== 'number') return entry;
      const item = previous[entry];
      if (item === undefined) throw new Error(`item ${entry} of the previous list is missing`);
      return item;
    });
    previous = items;
    return items;
  };
}
