// The user's corrections, kept on this device so the page still reads their handwriting
// their way on the next visit. Only what the learning needs is stored: the 28×28 image the
// model saw (one byte a pixel) and the label chosen, never the ink or the drawing.

/** The part of the Web Storage API used here (localStorage, or a stand-in in tests). */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface Correction {
  readonly image: Float32Array;
  readonly label: string;
}

export interface CorrectionStore {
  /** Oldest first. */
  readonly all: readonly Correction[];
  add(correction: Correction): void;
  /** Forgets every correction, here and in storage. */
  clear(): void;
}

/** The most corrections kept: every symbol read is compared with each of them. */
export const MAX_CORRECTIONS = 100;
export const STORAGE_KEY = 'ink-calc:corrections';
const VERSION = 1;
const PIXELS = 28 * 28;

interface Stored {
  readonly v: number;
  readonly items: readonly { readonly label: string; readonly image: string }[];
}

/**
 * Corrections loaded from `storage` and saved back on every change. Storage that is
 * missing, full, disabled (private modes) or holds something unreadable never breaks the
 * page: the corrections then last for the page's life only.
 */
export function createCorrectionStore(storage: KeyValueStorage | null): CorrectionStore {
  const items: Correction[] = load(storage);
  const save = (): void => {
    try {
      const stored: Stored = {
        v: VERSION,
        items: items.map((c) => ({ label: c.label, image: encode(c.image) })),
      };
      storage?.setItem(STORAGE_KEY, JSON.stringify(stored));
    } catch {
      // Quota or a disabled storage: keep them in memory.
    }
  };
  return {
    get all() {
      return items;
    },
    add(correction) {
      if (correction.image.length !== PIXELS) return;
      items.push({ image: Float32Array.from(correction.image), label: correction.label });
      if (items.length > MAX_CORRECTIONS) items.splice(0, items.length - MAX_CORRECTIONS);
      save();
    },
    clear() {
      items.length = 0;
      try {
        storage?.removeItem(STORAGE_KEY);
      } catch {
        // Nothing stored can be reached, so nothing stored is left to forget.
      }
    },
  };
}

function load(storage: KeyValueStorage | null): Correction[] {
  let text: string | null;
  try {
    text = storage?.getItem(STORAGE_KEY) ?? null;
  } catch {
    return [];
  }
  if (text === null) return [];
  try {
    const stored = JSON.parse(text) as Partial<Stored>;
    if (stored.v !== VERSION || !Array.isArray(stored.items)) return [];
    return stored.items
      .filter(
        (c): c is Stored['items'][number] =>
          typeof c?.label === 'string' && typeof c.image === 'string',
      )
      .map((c) => ({ label: c.label, image: decode(c.image) }))
      .filter((c): c is Correction => c.image !== null)
      .slice(-MAX_CORRECTIONS);
  } catch {
    return [];
  }
}

/** Pixels in [0, 1] as bytes, base64: about 1 KB a correction. */
function encode(image: Float32Array): string {
  let binary = '';
  for (const v of image)
    binary += String.fromCharCode(Math.round(Math.min(1, Math.max(0, v)) * 255));
  return btoa(binary);
}

function decode(text: string): Float32Array | null {
  let binary: string;
  try {
    binary = atob(text);
  } catch {
    return null;
  }
  if (binary.length !== PIXELS) return null;
  const image = new Float32Array(PIXELS);
  for (let i = 0; i < PIXELS; i++) image[i] = binary.charCodeAt(i) / 255;
  return image;
}
