// Events that cross the Shadow DOM boundary and reach the host page's listeners.

export function emit(target, name, detail) {
  try {
    target.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true, detail }));
  } catch {
    // A throwing listener of the host page must not stop the widgets.
  }
}

// A failure as the host page sees it: a stable code and a readable sentence.
export function failure(code, message) {
  return { code, message: String(message || code) };
}

// A tiny emitter for the page-level API (Overdeliver.on / off).
export function createEmitter() {
  const listeners = new Map();
  return {
    on(name, fn) {
      if (typeof fn !== 'function') return;
      if (!listeners.has(name)) listeners.set(name, new Set());
      listeners.get(name).add(fn);
    },
    off(name, fn) {
      listeners.get(name)?.delete(fn);
    },
    emit(name, value) {
      for (const fn of [...(listeners.get(name) || [])]) {
        try {
          fn(value);
        } catch (error) {
          // A listener's mistake is reported but never breaks the other listeners.
          console.warn('[overdeliver] listener failed:', error);
        }
      }
    },
  };
}
