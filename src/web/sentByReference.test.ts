import { describe, expect, it } from 'vitest';
import { receivedByReference } from './receivedByReference.ts';
import { sentByReference } from './sentByReference.ts';

describe('sentByReference', () => {
  it('sends only new items and the receiver puts back the same list', () => {
    const send = sentByReference<number[]>();
    const receive = receivedByReference<number[]>();
    const [a, b, c, d] = [[1], [2], [3], [4]];
    const lists = [[a, b], [a, b, c], [a, c], [], [d, a], [d, d, c]];
    const received = lists.map((list) => receive(send(list)));
    lists.forEach((list, k) => expect(received[k]).toEqual(list));
    // A receiver's items are its own: sent once, then reused by reference.
    expect(received[1]![0]).toBe(received[0]![0]);
    expect(send([a, b])).toEqual([a, b]);
    expect(send([b, a, [5]])).toEqual([1, 0, [5]]);
  });

  it('refuses an index the receiver never had', () => {
    expect(() => receivedByReference<number[]>()([0])).toThrow(/missing/);
  });
});
