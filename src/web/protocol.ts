// Messages between the page and the recognition worker. Kept in one place so both ends
// agree on the shapes; images travel as transferable Float32Arrays.
import type { RecognizeInput } from '../pipeline/recognize.ts';
import type { ModelImage, Recognition } from '../pipeline/types.ts';

export type ToWorker =
  | { readonly type: 'init'; readonly modelUrl: string; readonly labelsUrl: string }
  /** Strokes, or the luminance of a photo the user opened (copied, not transferred). */
  | { readonly type: 'recognize'; readonly id: number; readonly input: RecognizeInput }
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
      readonly images: readonly ModelImage[];
    }
  | { readonly type: 'error'; readonly id: number; readonly message: string };
