import { describe, expect, it } from 'vitest';
import { regroupReading, type Way } from './regroupReading.ts';

/** Groupings named by their symbols; a reading is valid when the text parses as `digits op digits`. */
const way = (text: string, total: number): Way<string> => ({ spans: [...text], total });
const read = (w: Way<string> | undefined) => {
  const picked = w ? [...w.spans] : [];
  return { picked, valid: /^\d+[+×]\d+$/.test(picked.join('')) };
};

describe('regroupReading', () => {
  it('keeps the best grouping when it calculates', () => {
    const r = regroupReading([way('2+2', -1), way('2×2', -1.1)], read, 0.05);
    expect(r).toEqual({ reading: { picked: [...'2+2'], valid: true }, regrouped: false });
  });

  it('takes the next best that calculates and joins parts, close enough in probability', () => {
    const ways = [way('32··1', -1), way('32·:·1', -1.2), way('32×1', -2), way('32+1', -2.5)];
    const r = regroupReading(ways, read, 0.05);
    expect(r.reading.picked.join('')).toBe('32×1');
    expect(r.regrouped).toBe(true);
    // Too unlikely against the best: nothing else is taken.
    expect(regroupReading(ways, read, 0.5).regrouped).toBe(false);
  });

  it('never splits a symbol, and leaves a reading still being written', () => {
    expect(regroupReading([way('%', -0.1), way('90', -0.5)], read, 0.05).regrouped).toBe(false);
    expect(regroupReading([way('12+', -1), way('124', -1.5)], read, 0.05).regrouped).toBe(false);
  });

  it('reads nothing when no grouping gets through', () => {
    expect(regroupReading([], read, 0.05)).toEqual({
      reading: { picked: [], valid: false },
      regrouped: false,
    });
  });
});
