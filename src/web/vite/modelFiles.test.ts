import { mkdtempSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { modelFiles, type ModelFilesOptions } from './modelFiles.ts';
import { offlineCache } from './offlineCache.ts';

type Asset = { type: 'asset'; fileName: string; source: string | Uint8Array };
type Bundle = Record<string, Asset>;

/** A model folder as training leaves it: the image model, its JSON, maybe a trajectory model. */
function modelDir(json: object, trajectory?: string): ModelFilesOptions {
  const dir = mkdtempSync(join(tmpdir(), 'ink-calc-model-files-'));
  writeFileSync(join(dir, 'symbols.onnx'), 'image model');
  writeFileSync(join(dir, 'symbols.json'), JSON.stringify(json));
  if (trajectory) writeFileSync(join(dir, trajectory), 'trajectory model');
  return { onnx: join(dir, 'symbols.onnx'), labels: join(dir, 'symbols.json') };
}

/** Runs modelFiles' then offlineCache's generateBundle, as vite build does, over one bundle. */
function build(options: ModelFilesOptions): { bundle: Bundle; warnings: string[] } {
  const bundle: Bundle = {};
  const warnings: string[] = [];
  const context = {
    emitFile: (f: Asset) => void (bundle[f.fileName] = { ...f, type: 'asset' }),
    warn: (m: string) => void warnings.push(m),
  };
  type Hook = (this: typeof context, options: unknown, bundle: unknown) => void;
  (modelFiles(options).generateBundle as unknown as Hook).call(context, {}, bundle);
  (offlineCache().generateBundle as unknown as Hook).call(context, {}, bundle);
  return { bundle, warnings };
}

const precached = (bundle: Bundle): string[] =>
  JSON.parse(/const FILES = (.*);/.exec(String(bundle['sw.js']!.source))![1]!) as string[];

/** The dev server's answer for one URL. */
async function dev(
  options: ModelFilesOptions,
  url: string,
): Promise<{ status: number; type?: string; body: string } | 'next'> {
  let handler!: (req: IncomingMessage, res: ServerResponse, next: () => void) => void;
  const server = { middlewares: { use: (h: typeof handler) => void (handler = h) } };
  (modelFiles(options).configureServer as unknown as (s: typeof server) => void)(server);
  return new Promise((resolve) => {
    const headers: Record<string, string> = {};
    const res = {
      statusCode: 200,
      setHeader: (k: string, v: string) => void (headers[k] = v),
      end(body: string | Buffer) {
        resolve({ status: this.statusCode, type: headers['content-type'], body: String(body) });
      },
    };
    handler({ url } as IncomingMessage, res as unknown as ServerResponse, () => resolve('next'));
  });
}

describe('modelFiles', () => {
  const LABELS = ['0', '1'];
  let withTrajectory: ModelFilesOptions;
  let without: ModelFilesOptions;

  beforeEach(() => {
    withTrajectory = modelDir(
      { labels: LABELS, trajectory: { file: 'symbols.trajectory.onnx' } },
      'symbols.trajectory.onnx',
    );
    without = modelDir({ labels: LABELS });
  });

  it('builds the trajectory model the JSON names as model/trajectory.onnx, kept offline', () => {
    const { bundle, warnings } = build(withTrajectory);
    expect(warnings).toEqual([]);
    expect(String(bundle['model/trajectory.onnx']?.source)).toBe('trajectory model');
    expect(String(bundle['model/model.onnx']?.source)).toBe('image model');
    expect(precached(bundle)).toEqual([
      'model/model.json',
      'model/model.onnx',
      'model/trajectory.onnx',
    ]);
  });

  it('builds none for a JSON that names none', () => {
    const { bundle, warnings } = build(without);
    expect(warnings).toEqual([]);
    expect(Object.keys(bundle).sort()).toEqual(['model/model.json', 'model/model.onnx', 'sw.js']);
    expect(precached(bundle)).toEqual(['model/model.json', 'model/model.onnx']);
  });

  it('warns when the named trajectory model is missing', () => {
    const options = modelDir({ labels: LABELS, trajectory: { file: 'gone.onnx' } });
    const { bundle, warnings } = build(options);
    expect(bundle['model/trajectory.onnx']).toBeUndefined();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/gone\.onnx, which is missing/);
  });

  it('serves it in dev, and 404s it where the JSON names none', async () => {
    expect(await dev(withTrajectory, '/model/trajectory.onnx?v=1')).toEqual({
      status: 200,
      type: 'application/octet-stream',
      body: 'trajectory model',
    });
    expect(await dev(withTrajectory, '/model/model.onnx')).toMatchObject({ body: 'image model' });
    expect(await dev(without, '/model/trajectory.onnx')).toMatchObject({ status: 404 });
    expect(await dev(without, '/src/main.ts')).toBe('next');
  });
});
