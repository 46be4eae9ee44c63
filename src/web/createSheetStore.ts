import type { SheetRecord } from './sheetRecord.ts';

/** Whether the sheet is kept: written, about to be, or not at all on this device. */
export type SheetState = 'saving' | 'saved' | 'unavailable' | 'failed';

export interface SheetStore {
  /** What an earlier visit kept (readSheetRecord reads it); null when nothing can be read. */
  load(): Promise<unknown>;
  /**
   * Keeps the sheet once the changes pause: `record` is asked for it at writing time, and
   * returns null when the surface holds nothing to keep (a photo, which is not kept).
   */
  save(record: () => SheetRecord | null): void;
  /** Writes a waiting change at once: the page is being hidden and may not come back. */
  flush(): void;
}

const DB = 'ink-calc';
const STORE = 'sheet';
const KEY = 'current';
/** A pen-up's write waits this long for the next, so a burst of strokes is one write. */
const DEBOUNCE_MS = 300;
/** At most this much longer, for a moment when the page has nothing else to do. */
const IDLE_MS = 500;

/**
 * The sheet kept in IndexedDB, on this device only. Storage that is missing, refused
 * (private modes, blocked site data) or full never breaks the page: `onState` says so
 * and the sheet lasts for the page's life.
 */
export function createSheetStore(
  factory: IDBFactory | null,
  onState: (state: SheetState) => void,
): SheetStore {
  let db: Promise<IDBDatabase | null> | null = null;
  let pending: (() => SheetRecord | null) | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let idle: number | undefined;
  let unavailable = false;

  const open = (): Promise<IDBDatabase | null> =>
    (db ??= new Promise<IDBDatabase | null>((resolve) => {
      if (!factory) return resolve(null);
      try {
        const request = factory.open(DB, 1);
        request.onupgradeneeded = () => request.result.createObjectStore(STORE);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => resolve(null);
        request.onblocked = () => resolve(null);
      } catch {
        resolve(null);
      }
    }).then((opened) => {
      unavailable = !opened;
      if (unavailable) onState('unavailable');
      return opened;
    }));

  const cancel = (): void => {
    clearTimeout(timer);
    if (idle !== undefined) cancelIdleCallback(idle);
    idle = undefined;
  };

  // Copying the whole sheet waits for an idle moment, so that it never holds up a stroke
  // being drawn or an answer arriving.
  const writeWhenIdle = (): void => {
    if (typeof requestIdleCallback !== 'function') return void write();
    idle = requestIdleCallback(() => void write(), { timeout: IDLE_MS });
  };

  const write = async (): Promise<void> => {
    cancel();
    const take = pending;
    pending = null;
    const record = take?.();
    if (!record) {
      if (!pending) onState('saved');
      return;
    }
    const opened = await open();
    if (!opened) return onState('unavailable');
    try {
      const tx = opened.transaction(STORE, 'readwrite');
      tx.objectStore(STORE).put(record, KEY);
      tx.oncomplete = () => {
        if (!pending) onState('saved');
      };
      tx.onerror = () => onState('failed');
      tx.onabort = () => onState('failed');
    } catch {
      onState('failed');
    }
  };

  return {
    async load() {
      const opened = await open();
      if (!opened) return null;
      return new Promise<unknown>((resolve) => {
        try {
          const request = opened.transaction(STORE).objectStore(STORE).get(KEY);
          request.onsuccess = () => resolve(request.result ?? null);
          request.onerror = () => resolve(null);
        } catch {
          resolve(null);
        }
      });
    },
    save(record) {
      pending = record;
      if (!unavailable) onState('saving');
      cancel();
      timer = setTimeout(writeWhenIdle, DEBOUNCE_MS);
    },
    flush() {
      if (pending) void write();
    },
  };
}
