// The page's one door to recognition. It prefers the in-browser worker (private, works
// offline, no server needed) and falls back to the server's API when this browser cannot
// run the model: no WebAssembly, no module workers, or the session failed to start.
import type { RecognitionWithImages } from '../pipeline/recognize.ts';
import type { Ink, ModelImage, Stroke } from '../pipeline/types.ts';
import { modelInfo } from '../runtime/modelInfo.ts';
import { photoAsJpeg, type Photo } from './openPhoto.ts';
import type { FromWorker, ToWorker } from './protocol.ts';
import { receivedByReference } from './receivedByReference.ts';
import { sentByReference } from './sentByReference.ts';

export type RecognizerMode = 'loading' | 'browser' | 'server';

/** What the page asks to read: the ink on the surface, or a photo the user opened. */
export type PageInput = { readonly strokes: Ink } | { readonly photo: Photo };

export interface RecognizerStatus {
  readonly mode: RecognizerMode;
  /** Why the browser model is not used, when it is not. */
  readonly reason?: string;
  /** The model's labels, from its metadata; absent while loading or when unreadable. */
  readonly labels?: readonly string[];
}

export interface Recognizer {
  /**
   * Resolves with the recognition of these strokes or this photo. A request that was still
   * waiting for the model when a newer one arrived rejects with {@link Superseded}: only
   * the latest ink matters, so a backlog of stale drawings is never computed. `images`
   * (what the model saw) come only from the in-browser model, never from the server.
   */
  recognize(input: PageInput): Promise<RecognitionWithImages>;
  /**
   * Teaches the in-browser model a correction: symbols drawn much like `image` lean towards
   * `label` from now on (src/pipeline/score/adaptClassifier.ts). Whether it was taught: not
   * while the model loads, nor when the server reads.
   */
  learn(image: Float32Array, label: string): boolean;
  /** Unlearns every correction. */
  forget(): void;
}

export class Superseded extends Error {
  constructor() {
    super('superseded by a newer drawing');
  }
}

interface Waiting {
  readonly input: PageInput;
  readonly resolve: (r: RecognitionWithImages) => void;
  readonly reject: (e: unknown) => void;
}

export function createRecognizer(onStatus: (status: RecognizerStatus) => void): Recognizer {
  const base = document.baseURI;
  const labelsUrl = new URL('model/model.json', base).href;
  let mode: RecognizerMode = 'loading';
  let worker: Worker | null = null;
  let waiting: Waiting | null = null;
  // One request at a time: while one computes, the next waits and is replaced if the
  // user keeps drawing.
  let busy: Waiting | null = null;
  let busyId = 0;
  // The worker keeps the strokes and the page the images of the last message each way.
  const sendStrokes = sentByReference<Stroke>();
  const receiveImages = receivedByReference<ModelImage>();

  const settle = (outcome: { ok: RecognitionWithImages } | { err: unknown }): void => {
    const w = busy;
    busy = null;
    if (w) {
      if ('ok' in outcome) w.resolve(outcome.ok);
      else w.reject(outcome.err);
    }
    flush();
  };

  const flush = (): void => {
    if (!waiting || busy || mode === 'loading') return;
    busy = waiting;
    waiting = null;
    if (mode === 'browser' && worker) {
      busyId += 1;
      const { input } = busy;
      worker.postMessage({
        type: 'recognize',
        id: busyId,
        input:
          'strokes' in input
            ? { strokes: sendStrokes(input.strokes) }
            : { image: input.photo.image },
      } satisfies ToWorker);
      return;
    }
    recognizeOnServer(new URL('api/recognize', base).href, busy.input).then(
      (ok) => settle({ ok }),
      (err: unknown) => settle({ err }),
    );
  };

  const useServer = (reason: string): void => {
    if (mode === 'server') return;
    mode = 'server';
    worker?.terminate();
    worker = null;
    // A request the dead worker will never answer goes to the server instead.
    if (busy) {
      waiting ??= busy;
      busy = null;
    }
    flush();
    // The worker would have reported the model's labels; the server's model is described
    // by the same file, and the correction keypad offers exactly those.
    void readLabels(labelsUrl).then((labels) =>
      onStatus(labels ? { mode: 'server', reason, labels } : { mode: 'server', reason }),
    );
  };

  const startWorker = (): void => {
    worker = new Worker(new URL('./recognizer.worker.ts', import.meta.url), {
      type: 'module',
      name: 'ink-calc recognizer',
    });
    worker.onmessage = (event: MessageEvent<FromWorker>) => {
      const m = event.data;
      if (m.type === 'ready') {
        mode = 'browser';
        onStatus({ mode, labels: m.labels });
        flush();
      } else if (m.type === 'failed') {
        useServer(m.message);
      } else if (m.type === 'result') {
        // Every result is put together, awaited or not, to stay in step with the worker.
        let outcome: { ok: RecognitionWithImages } | { err: unknown };
        try {
          outcome = { ok: { ...m.recognition, images: receiveImages(m.images) } };
        } catch (err) {
          outcome = { err };
        }
        if (m.id === busyId) settle(outcome);
      } else if (m.id === busyId) {
        settle({ err: new Error(`Recognition failed: ${m.message}`) });
      }
    };
    // A worker that cannot even load (blocked, or syntax this browser lacks) never says
    // 'failed'; after start-up an error is one request's, reported by message.
    worker.onerror = (event) => {
      event.preventDefault();
      if (mode === 'loading') useServer(event.message || 'the recognition worker did not start');
    };
    worker.postMessage({
      type: 'init',
      modelUrl: new URL('model/model.onnx', base).href,
      labelsUrl,
    } satisfies ToWorker);
  };

  if (typeof WebAssembly !== 'object' || typeof Worker !== 'function') {
    queueMicrotask(() => useServer('this browser cannot run WebAssembly in a worker'));
  } else {
    try {
      startWorker();
    } catch (e) {
      const reason = e instanceof Error ? e.message : String(e);
      queueMicrotask(() => useServer(reason));
    }
  }

  return {
    recognize(input) {
      return new Promise<RecognitionWithImages>((resolve, reject) => {
        waiting?.reject(new Superseded());
        waiting = { input, resolve, reject };
        flush();
      });
    },
    learn(image, label) {
      if (mode !== 'browser' || !worker) return false;
      worker.postMessage({
        type: 'learn',
        image: Float32Array.from(image),
        label,
      } satisfies ToWorker);
      return true;
    },
    forget() {
      worker?.postMessage({ type: 'forget' } satisfies ToWorker);
    },
  };
}

async function recognizeOnServer(url: string, input: PageInput): Promise<RecognitionWithImages> {
  const request =
    'strokes' in input
      ? { type: 'application/json', body: JSON.stringify({ strokes: input.strokes }) }
      : { type: 'image/jpeg', body: await photoAsJpeg(input.photo) };
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': request.type },
      body: request.body,
    });
  } catch {
    throw new Error(
      'This browser cannot run the recogniser and the server could not be reached; check the connection.',
    );
  }
  const body = (await response.json().catch(() => null)) as
    (RecognitionWithImages & { error?: { message?: string } }) | null;
  if (!response.ok || body === null || typeof body.text !== 'string') {
    const message = body?.error?.message ?? `the server answered HTTP ${response.status}`;
    throw new Error(`Recognition failed: ${message}`);
  }
  return body;
}

/**
 * The labels in the model's metadata, read as the worker reads them (a missing file means
 * a bare model of the digits 0-9); undefined when the file cannot be read.
 */
async function readLabels(url: string): Promise<readonly string[] | undefined> {
  try {
    const response = await fetch(url);
    if (response.status === 404) return modelInfo(undefined, url).labels;
    if (!response.ok) return undefined;
    return modelInfo(await response.json(), url).labels;
  } catch {
    return undefined;
  }
}
