import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { symbolsNotRead } from '../pipeline/score/symbolsNotRead.ts';
import type { NodeClassifier } from '../runtime/loadNodeClassifier.ts';
import { besideModel } from '../runtime/besideModel.ts';
import { TRAJECTORY_URL_NAME, trajectoryFile } from '../runtime/trajectoryClassifier.ts';

type ModelSource = Pick<NodeClassifier, 'path' | 'labels' | 'info'>;

/**
 * Health, model description, and the model itself for the page: the browser must run the
 * very model the server answers with (a user's MODEL_PATH included), so the bytes are read
 * once, next to the classifier that was loaded from them, not looked up per request. The
 * trajectory model the JSON names beside it goes out under /model/ as TRAJECTORY_URL_NAME,
 * the fixed name the page asks for (loadWebClassifier) whatever the file is called on disk.
 */
export function registerModelRoutes(app: FastifyInstance, classifier: ModelSource): void {
  const name = basename(classifier.path);
  const jsonPath = classifier.path.replace(/\.onnx$/i, '') + '.json';
  // Without a companion JSON the classifier fell back to 0-9; give the page just that
  // rather than an info object whose name is a server path.
  const json = existsSync(jsonPath) ? classifier.info : { labels: classifier.labels };
  const onnx = readFileSync(classifier.path);
  const jsonBytes = Buffer.from(JSON.stringify(json));
  const trajectory = trajectoryFile(json as NodeClassifier['info']);
  const trajectoryPath = trajectory && besideModel(classifier.path, trajectory);
  // loadNodeClassifier has refused a JSON naming a file that is not there; without a
  // trajectory there is no route, and the page, reading the same JSON, never asks for one.
  const moved = trajectoryPath && existsSync(trajectoryPath) ? readFileSync(trajectoryPath) : null;

  app.get('/api/health', async () => ({ status: 'ok', model: name }));

  app.get('/api/model', async () => ({
    ...describe(name, json),
    // A user's model may know fewer symbols than the app reads: say which, up front.
    cannotRead: symbolsNotRead(classifier.labels),
  }));

  app.get('/model/model.onnx', fileHandler(onnx, 'application/octet-stream'));
  app.get('/model/model.json', fileHandler(jsonBytes, 'application/json; charset=utf-8'));
  if (moved)
    app.get(`/model/${TRAJECTORY_URL_NAME}`, fileHandler(moved, 'application/octet-stream'));
}

/**
 * The model's JSON minus the per-epoch history, which is training's business: the image
 * model's, and the trajectory model's it describes.
 */
function describe(name: string, json: Record<string, unknown>): Record<string, unknown> {
  const out = withoutHistory({ model: name, ...json });
  if (out.trajectory && typeof out.trajectory === 'object') {
    out.trajectory = withoutHistory(out.trajectory as Record<string, unknown>);
  }
  return out;
}

function withoutHistory(json: Record<string, unknown>): Record<string, unknown> {
  const { training, ...rest } = json;
  const out: Record<string, unknown> = { ...rest };
  if (training && typeof training === 'object') {
    const kept: Record<string, unknown> = { ...training };
    delete kept.history;
    out.training = kept;
  }
  return out;
}

function fileHandler(
  bytes: Buffer,
  type: string,
): (request: FastifyRequest, reply: FastifyReply) => FastifyReply {
  const etag = `"${createHash('sha256').update(bytes).digest('base64url').slice(0, 27)}"`;
  return (request, reply) => {
    // no-cache, not max-age: a restart with another MODEL_PATH must reach the page at
    // once, while the ETag keeps an unchanged model to a 304.
    reply.header('cache-control', 'no-cache').header('etag', etag);
    if (request.headers['if-none-match'] === etag) return reply.code(304).send();
    return reply.type(type).send(bytes);
  };
}
