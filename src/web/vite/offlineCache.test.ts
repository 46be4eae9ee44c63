import { describe, expect, it } from 'vitest';
import { offlineCache, serviceWorkerSource } from './offlineCache.ts';

type Emitted = { fileName: string; source: string };

/** Runs the plugin's generateBundle over a fake bundle and returns the sw.js it emits. */
function emitFor(
  bundle: Record<string, { type: 'chunk'; code: string } | { type: 'asset'; source: string }>,
): Emitted {
  const emitted: Emitted[] = [];
  const hook = offlineCache().generateBundle as unknown as (
    this: { emitFile(f: Emitted): void },
    options: unknown,
    bundle: unknown,
  ) => void;
  hook.call({ emitFile: (f) => emitted.push(f) }, {}, bundle);
  expect(emitted.map((e) => e.fileName)).toEqual(['sw.js']);
  return emitted[0]!;
}

const bundle = (model: string) => ({
  'index.html': { type: 'asset' as const, source: '<!doctype html>' },
  'assets/index-abc.js': { type: 'chunk' as const, code: 'console.log(1)' },
  'assets/index-abc.js.map': { type: 'asset' as const, source: '{}' },
  'model/model.onnx': { type: 'asset' as const, source: model },
});

describe('offlineCache', () => {
  it('lists every built file but source maps, for the worker to keep', () => {
    const sw = emitFor(bundle('v1')).source;
    const files = JSON.parse(/const FILES = (.*);/.exec(sw)![1]!) as string[];
    expect(files).toEqual(['assets/index-abc.js', 'index.html', 'model/model.onnx']);
  });

  it('names a new cache when any file changes, so a new model or page replaces the old', () => {
    const cache = (s: string) => /const CACHE = "(ink-calc-[0-9a-f]{12})"/.exec(s)?.[1];
    const a = cache(emitFor(bundle('v1')).source);
    expect(a).toBeDefined();
    expect(cache(emitFor(bundle('v1')).source)).toBe(a);
    expect(cache(emitFor(bundle('v2')).source)).not.toBe(a);
  });

  it('writes a worker that parses as JavaScript', () => {
    expect(() => new Function(serviceWorkerSource('0123456789ab', ['index.html']))).not.toThrow();
  });
});
