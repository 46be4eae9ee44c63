import type { Ink, InkPoint, Stroke } from '../pipeline/types.ts';
import { STROKE_KEY, type SheetRecord } from './sheetRecord.ts';
import { SHEET_LIMITS } from './sheetRoom.ts';
import { strokeId } from './strokeId.ts';

export interface KeptSheet {
  readonly ink: Ink;
  /** Keyed as symbolKey keys them, for this visit's strokes. */
  readonly corrections: Map<string, string>;
  readonly layouts: Set<string>;
}

/**
 * The sheet a SheetRecord kept, with fresh strokes and the user's choices keyed by them;
 * null for anything else that storage held (another version, a damaged record). Ink over
 * the sheet's limits is cut at them, so that a record from elsewhere cannot overfill it.
 */
export function readSheetRecord(value: unknown): KeptSheet | null {
  const record = value as Partial<SheetRecord> | null;
  if (record?.v !== 1 || !Array.isArray(record.strokes)) return null;
  const ink: Stroke[] = [];
  let points = 0;
  for (const raw of record.strokes as unknown[]) {
    const stroke = readStroke(raw);
    if (stroke === null) return null;
    points += stroke.length;
    if (ink.length >= SHEET_LIMITS.strokes || points > SHEET_LIMITS.points) break;
    ink.push(stroke);
  }
  const fresh = (key: unknown): string | null => {
    if (typeof key !== 'string' || !STROKE_KEY.test(key)) return null;
    const indexes = key.split(/[, ]/).map(Number);
    if (!indexes.every((i) => i < ink.length)) return null;
    return key.replace(/\d+/g, (i) => String(strokeId(ink[Number(i)]!)));
  };
  const corrections = new Map<string, string>();
  for (const entry of Array.isArray(record.corrections) ? (record.corrections as unknown[]) : []) {
    if (!Array.isArray(entry) || typeof entry[1] !== 'string') continue;
    const key = fresh(entry[0]);
    if (key !== null) corrections.set(key, entry[1]);
  }
  const layouts = new Set<string>();
  for (const entry of Array.isArray(record.layouts) ? (record.layouts as unknown[]) : []) {
    const key = fresh(entry);
    if (key !== null) layouts.add(key);
  }
  return { ink, corrections, layouts };
}

function readStroke(raw: unknown): Stroke | null {
  if (!Array.isArray(raw) || raw.length === 0) return null;
  const points: InkPoint[] = [];
  for (const p of raw as unknown[]) {
    if (!Array.isArray(p) || p.length < 2 || p.length > 3) return null;
    if (!p.every((v) => typeof v === 'number' && Number.isFinite(v))) return null;
    points.push(p as unknown as InkPoint);
  }
  return points;
}
