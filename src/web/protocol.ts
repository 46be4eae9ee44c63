// Messages between the page and the recognition worker. Kept in one place so both ends
// agree on the shapes; images travel as transferable Float32Arrays. Strokes and images go
// by reference to the previous message (sentByReference), so that a pen-up copies what it
// changed rather than the whole sheet.
import type { RecognizeInput } from '../pipeline/recognize.ts';
import type { ModelImage, Recognition, Stroke } from '../pipeline/types.ts';
import type { ByReference } from './sentByReference.ts';

/** What the worker reads: the strokes, or a photo's luminance. */
export type WorkerInput =
  { readonly strokes: ByReference<Stroke> } | Extract<RecognizeInput, { readonly image: unknown }>;

export type ToWorker =
  | { readonly type: 'init'; readonly modelUrl: string; readonly labelsUrl: string }
  /** Strokes, or the luminance of a photo the user opened (copied, not transferred). */
  | { readonly type: 'recognize'; readonly id: number; readonly input: WorkerInput }
  /** The user corrected a symbol: the image the model saw and the label they chose. */
  | { readonly type: 'learn'; readonly image: Float32Array; readonly label: string }
  /** The user asked to forget every correction. */
  | { readonly type: 'forget' };

export type FromWorker =
  | { readonly type: 'ready'; readonly labels: readonly string[]; readonly ms: number }
  | { readonly type: 'failed'; readonly message: string }
  | {
      readonly type: 'result';
      readonly id: number;
      readonly recognition: Recognition;
      /** What the model saw for each symbol. */
      readonly images: ByReference<ModelImage>;
    }
  | { readonly type: 'error'; readonly id: number; readonly message: string };
