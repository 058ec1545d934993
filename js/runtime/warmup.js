// The page's side of the warm-up worker (js/warmup-worker.js): started at once so that its script
// loads while the engine downloads, then given the compiled module and the configuration. The
// engine's first calls on the page wait for it (at most WAIT_LIMIT_MS), and then run code that is
// already compiled instead of compiling it on the main thread.
import { nowIso, shopperTimeZone } from './request.js';

const WAIT_LIMIT_MS = 1500;

export function startWarmup(workerUrl) {
  let worker = null;
  let outcome = null; // set once the worker has finished, failed or been given up
  let settle = () => {};
  const finish = (result) => {
    if (outcome) return;
    outcome = result;
    worker?.terminate();
    worker = null;
    settle(result);
  };
  try {
    worker = typeof Worker === 'function' ? new Worker(workerUrl) : null;
  } catch {
    worker = null; // a policy without workers: the page compiles as it goes
  }
  if (!worker) outcome = 'unavailable';
  else {
    // A worker script that fails to load reports here, possibly before run() is called.
    worker.onerror = () => finish('failed');
    worker.onmessage = (event) => finish(event.data === 'done' ? 'done' : 'failed');
  }

  return {
    // Resolves with 'done', 'failed', 'timeout' or 'unavailable'; never rejects.
    run({ module, glueUrl, configText }) {
      if (outcome) return Promise.resolve(outcome);
      return new Promise((resolve) => {
        const timer = setTimeout(() => finish('timeout'), WAIT_LIMIT_MS);
        settle = (result) => {
          clearTimeout(timer);
          resolve(result);
        };
        try {
          worker.postMessage({ module, glueUrl, configText, now: nowIso(), shopperTimeZone: shopperTimeZone() });
        } catch {
          finish('failed');
        }
      });
    },
    cancel: () => finish('cancelled'),
  };
}
