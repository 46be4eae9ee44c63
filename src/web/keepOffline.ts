/**
 * Registers the service worker the build emits (sw.js, see vite/offlineCache.ts), which
 * keeps the page, the wasm runtime and the model in the browser, so that after one visit
 * ink-calc opens and reads handwriting with no network. Calls `onReady` once it does.
 * Where there is none (the dev server, a file: URL, a browser without service workers),
 * the page simply stays online-only.
 */
export function keepOffline(onReady: () => void): void {
  if (!('serviceWorker' in navigator)) return;
  navigator.serviceWorker.register('./sw.js').then(
    (registration) => {
      const worker = registration.active ?? registration.waiting ?? registration.installing;
      if (worker?.state === 'activated') onReady();
      else worker?.addEventListener('statechange', () => worker.state === 'activated' && onReady());
    },
    () => undefined,
  );
}
