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

  describe('the worker', () => {
    const SCOPE = 'https://calc.example/app/';
    const FILES = ['assets/index-abc.js', 'index.html', 'model/model.onnx'];

    /** Runs sw.js against an in-memory Cache Storage and a scripted network. */
    function boot(network: (url: string) => Response | Error) {
      const store = new Map<string, Map<string, Response>>();
      const handlers = new Map<string, (e: unknown) => void>();
      const fetched: string[] = [];
      const open = async (name: string) => {
        const c = store.get(name) ?? new Map<string, Response>();
        store.set(name, c);
        return {
          put: async (k: string, r: Response) => void c.set(k, r),
          addAll: async (reqs: Request[]) => {
            for (const q of reqs) c.set(q.url, await doFetch(q));
          },
        };
      };
      const match = async (k: string) => {
        for (const c of store.values()) if (c.has(k)) return c.get(k)!.clone();
        return undefined;
      };
      const doFetch = async (q: Request | string): Promise<Response> => {
        const url = typeof q === 'string' ? q : q.url;
        fetched.push(url);
        const r = network(url);
        if (r instanceof Error) throw r;
        return r;
      };
      const self = {
        registration: { scope: SCOPE },
        addEventListener: (t: string, h: (e: unknown) => void) => handlers.set(t, h),
        skipWaiting: async () => undefined,
        clients: { claim: async () => undefined },
      };
      const caches = {
        open,
        match,
        keys: async () => [...store.keys()],
        delete: async (k: string) => store.delete(k),
      };
      new Function('self', 'caches', 'fetch', serviceWorkerSource('0123456789ab', FILES))(
        self,
        caches,
        doFetch,
      );

      const waitFor = async (type: string, extra: object = {}) => {
        const pending: Promise<unknown>[] = [];
        let answer: Promise<Response> | undefined;
        handlers.get(type)!({
          ...extra,
          waitUntil: (p: Promise<unknown>) => pending.push(p),
          respondWith: (p: Promise<Response>) => (answer = p),
        });
        const response = answer ? await answer : undefined;
        await Promise.all(pending);
        return response;
      };
      return {
        fetched,
        install: () => waitFor('install'),
        get: (url: string, mode = 'same-origin') =>
          waitFor('fetch', { request: { url, method: 'GET', mode } }),
      };
    }

    it('serves the page, hashed assets and the model from its cache when the network is gone', async () => {
      let online = true;
      const sw = boot((url) => (online ? new Response(`net ${url}`) : new TypeError('offline')));
      await sw.install();
      online = false;
      expect(await (await sw.get(SCOPE, 'navigate'))!.text()).toBe(`net ${SCOPE}index.html`);
      expect(await (await sw.get(`${SCOPE}assets/index-abc.js`))!.text()).toContain('index-abc.js');
      expect(await (await sw.get(`${SCOPE}model/model.onnx`))!.text()).toContain('model.onnx');
    });

    it('asks the network first for the page and the model, and keeps what it answers', async () => {
      let version = 1;
      const sw = boot((url) => new Response(`v${version} ${url}`));
      await sw.install();
      version = 2;
      expect(await (await sw.get(`${SCOPE}model/model.onnx`))!.text()).toMatch(/^v2/);
      expect(await (await sw.get(`${SCOPE}assets/index-abc.js`))!.text()).toMatch(/^v1/);
    });

    it('leaves the API and other pages alone, even opened as a page', async () => {
      const sw = boot((url) => new Response(`net ${url}`));
      await sw.install();
      expect(await sw.get(`${SCOPE}api/health`, 'navigate')).toBeUndefined();
      expect(await sw.get(`${SCOPE}api/recognize`)).toBeUndefined();
      expect(await sw.get('https://elsewhere.example/x.js')).toBeUndefined();
    });
  });
});
