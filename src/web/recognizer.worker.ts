// The recognition worker: owns the onnxruntime session so that wasm start-up and
// inference never block drawing on the main thread. Requests are answered in order.
import { adaptClassifier, type Example } from '../pipeline/score/adaptClassifier.ts';
import { readingMemo } from '../pipeline/readingMemo.ts';
import { recognize, type RecognizeInput } from '../pipeline/recognize.ts';
import type { Classifier, ModelImage, Stroke } from '../pipeline/types.ts';
import { loadWebClassifier } from '../runtime/loadWebClassifier.ts';
import { MAX_CORRECTIONS } from './createCorrectionStore.ts';
import type { FromWorker, ToWorker, WorkerInput } from './protocol.ts';
import { receivedByReference } from './receivedByReference.ts';
import { sentByReference } from './sentByReference.ts';

const scope = self as unknown as {
  postMessage(message: FromWorker, transfer?: Transferable[]): void;
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
};

let classifier: Promise<Classifier> | null = null;
// The user's corrections (the page replays those it kept from earlier visits), newest
// last: the classifier leans towards them for symbols drawn alike. Bounded, since every
// symbol is compared with each.
const examples: Example[] = [];
// Each line's reading by its ink: a pen-up re-reads only the line it changed. What the
// classifier says changes with the corrections, so they clear it.
const memo = readingMemo();
// The page sends the strokes it sent before as indexes, and is sent only images it lacks.
const receiveStrokes = receivedByReference<Stroke>();
const sendImages = sentByReference<ModelImage>();

scope.onmessage = (event) => {
  const message = event.data;
  if (message.type === 'init') {
    const started = performance.now();
    classifier = loadWebClassifier(message.modelUrl, { labelsUrl: message.labelsUrl }).then((c) =>
      adaptClassifier(c, () => examples),
    );
    classifier.then(
      (c) =>
        scope.postMessage({ type: 'ready', labels: c.labels, ms: performance.now() - started }),
      (e: unknown) => scope.postMessage({ type: 'failed', message: errorText(e) }),
    );
    return;
  }
  if (message.type === 'learn') {
    examples.push({ image: message.image as ModelImage, label: message.label });
    if (examples.length > MAX_CORRECTIONS) examples.shift();
    memo.clear();
    return;
  }
  if (message.type === 'forget') {
    examples.length = 0;
    memo.clear();
    return;
  }
  void answer(message.id, message.input);
};

async function answer(id: number, sent: WorkerInput): Promise<void> {
  try {
    // Before any wait: the strokes are put back in the order the page sent them.
    const input: RecognizeInput =
      'strokes' in sent ? { strokes: receiveStrokes(sent.strokes) } : sent;
    if (!classifier) throw new Error('the worker was asked to recognise before init');
    const result = await recognize(input, await classifier, { withImages: true, memo });
    const { images = [], ...recognition } = result;
    // New images are copied to be transferred, since the memo keeps the originals.
    const given = sendImages(images).map((image) =>
      typeof image === 'number' ? image : (Float32Array.from(image) as ModelImage),
    );
    scope.postMessage(
      { type: 'result', id, recognition, images: given },
      given.flatMap((image) => (typeof image === 'number' ? [] : [image.buffer])),
    );
  } catch (e) {
    scope.postMessage({ type: 'error', id, message: errorText(e) });
  }
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
