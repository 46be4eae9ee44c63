import { describe, expect, it } from 'vitest';
import {
  createCorrectionStore,
  MAX_CORRECTIONS,
  STORAGE_KEY,
  type KeyValueStorage,
} from './createCorrectionStore.ts';

/** An in-memory Web Storage: the platform API, not our code. */
function memoryStorage(): KeyValueStorage & { readonly map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
  };
}

function image(seed: number): Float32Array {
  return Float32Array.from({ length: 784 }, (_, i) => ((i * 7919 + seed * 104729) % 1000) / 999);
}

function cosine(a: Float32Array, b: Float32Array): number {
  let ab = 0;
  let aa = 0;
  let bb = 0;
  for (let i = 0; i < a.length; i++) {
    ab += a[i]! * b[i]!;
    aa += a[i]! * a[i]!;
    bb += b[i]! * b[i]!;
  }
  return ab / Math.sqrt(aa * bb);
}

describe('createCorrectionStore', () => {
  it('keeps corrections across visits, images to within a grey level', () => {
    const storage = memoryStorage();
    createCorrectionStore(storage).add({ image: image(1), label: '7' });
    createCorrectionStore(storage).add({ image: image(2), label: '(' });
    const next = createCorrectionStore(storage).all;
    expect(next.map((c) => c.label)).toEqual(['7', '(']);
    next[0]!.image.forEach((v, i) =>
      expect(Math.abs(v - image(1)[i]!)).toBeLessThanOrEqual(0.5 / 255),
    );
    // Far above the similarity the learning asks for (0.97 for the same shape).
    expect(cosine(next[1]!.image, image(2))).toBeGreaterThan(0.9999);
    // About a kilobyte each, so the bound fits any browser's quota.
    expect(storage.map.get(STORAGE_KEY)!.length).toBeLessThan(2 * 1100);
  });

  it('keeps the newest MAX_CORRECTIONS', () => {
    const storage = memoryStorage();
    const store = createCorrectionStore(storage);
    for (let k = 0; k < MAX_CORRECTIONS + 5; k++)
      store.add({ image: image(k), label: String(k % 10) });
    const loaded = createCorrectionStore(storage).all;
    expect(loaded).toHaveLength(MAX_CORRECTIONS);
    expect(cosine(loaded[0]!.image, image(5))).toBeGreaterThan(0.9999);
  });

  it('forgets everything on clear, in storage too', () => {
    const storage = memoryStorage();
    const store = createCorrectionStore(storage);
    store.add({ image: image(1), label: '1' });
    store.clear();
    expect(store.all).toEqual([]);
    expect(storage.map.has(STORAGE_KEY)).toBe(false);
    expect(createCorrectionStore(storage).all).toEqual([]);
  });

  it.each([
    ['not JSON', '{'],
    ['another version', JSON.stringify({ v: 99, items: [] })],
    ['no items', JSON.stringify({ v: 1 })],
    ['a wrong image', JSON.stringify({ v: 1, items: [{ label: '1', image: 'AAAA' }] })],
    ['not base64', JSON.stringify({ v: 1, items: [{ label: '1', image: '%%%' }] })],
    ['null items', JSON.stringify({ v: 1, items: [null, 3] })],
  ])('starts empty from storage holding %s', (_, text) => {
    const storage = memoryStorage();
    storage.setItem(STORAGE_KEY, text);
    const store = createCorrectionStore(storage);
    expect(store.all).toEqual([]);
    store.add({ image: image(1), label: '4' });
    expect(createCorrectionStore(storage).all.map((c) => c.label)).toEqual(['4']);
  });

  it('lasts the page when storage is missing or throws', () => {
    const throwing: KeyValueStorage = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => {
        throw new Error('SecurityError');
      },
    };
    for (const storage of [null, throwing]) {
      const store = createCorrectionStore(storage);
      store.add({ image: image(1), label: '9' });
      expect(store.all.map((c) => c.label)).toEqual(['9']);
      store.clear();
      expect(store.all).toEqual([]);
    }
  });

  it('ignores an image that is not 28×28', () => {
    const store = createCorrectionStore(memoryStorage());
    store.add({ image: new Float32Array(10), label: '1' });
    expect(store.all).toEqual([]);
  });
});
