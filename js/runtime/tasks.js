// Splitting work into tasks of their own, so that the browser can paint and answer input in
// between and no one piece blocks the main thread for long.

export function inNextTask(fn) {
  if (globalThis.scheduler?.postTask) globalThis.scheduler.postTask(fn).catch(() => {});
  else setTimeout(fn, 0);
}

export function nextTask() {
  return new Promise((resolve) => inNextTask(resolve));
}
