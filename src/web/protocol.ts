// Messages between the page and the recognition worker. Kept in one place so both ends
// agree on the shapes; images travel as transferable Float32Arrays.
import type { Ink, Recognition } from '../pipeline/types.ts';

export type ToWorker =
  | { readonly type: 'init'; readonly modelUrl: string; readonly labelsUrl: string }
  | { readonly type: 'recognize'; readonly id: number; readonly strokes: Ink }
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
      readonly images: readonly Float32Array[];
    }
  | { readonly type: 'error'; readonly id: number; readonly message: string };

/** A recognition as the page uses it: images are absent when the server answered. */
export interface PageRecognition extends Recognition {
  readonly images?: readonly Float32Array[];
}
