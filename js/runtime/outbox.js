// Messages on their way to the store. A message is written to localStorage (under "od:") before
// any attempt to send it, and leaves only when the endpoint has confirmed it, so a closed tab,
// a reload or a dropped connection never loses it. Every attempt carries the same idempotency
// key, so a store whose endpoint honours the key receives it once even when a confirmation is
// lost on the way back. Tabs take turns through a Web Lock, so two tabs never send together.
const OUTBOX_KEY = 'od:outbox';
const LOCK_NAME = 'od:outbox';
const MAX_DELAY_MS = 60_000;
// Client errors that will not change on a retry; everything else (network, 5xx, 408, 429) is retried.
const RETRYABLE_4XX = new Set([408, 425, 429]);

function readAll() {
  try {
    const list = JSON.parse(localStorage.getItem(OUTBOX_KEY) || '[]');
    return Array.isArray(list) ? list.filter((m) => m && typeof m.key === 'string') : [];
  } catch {
    return [];
  }
}

function writeAll(list) {
  try {
    if (list.length) localStorage.setItem(OUTBOX_KEY, JSON.stringify(list));
    else localStorage.removeItem(OUTBOX_KEY);
    return true;
  } catch {
    return false; // storage full or blocked: the caller still sends, without the safety net
  }
}

// randomUUID needs a secure context; getRandomValues does not.
const newKey = () => crypto.randomUUID?.() ?? Array.from(crypto.getRandomValues(new Uint32Array(4)), (n) => n.toString(36)).join('-');

function withLock(fn) {
  if (navigator.locks?.request) return navigator.locks.request(LOCK_NAME, fn);
  return fn();
}

export function createOutbox(baseDelayMs = 1000) {
  const listeners = new Set();
  let timer = null;
  let running = false;
  let again = false;

  const notify = (event) => listeners.forEach((fn) => fn(event, readAll()));

  function schedule(list) {
    clearTimeout(timer);
    timer = null;
    if (!list.length) return;
    const soonest = Math.min(...list.map((m) => m.next || 0));
    timer = setTimeout(flush, Math.max(0, soonest - Date.now()));
  }

  async function attempt(message) {
    try {
      const response = await fetch(message.endpoint, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': message.key },
        body: JSON.stringify(message.body),
      });
      if (response.ok) return 'sent';
      if (response.status >= 400 && response.status < 500 && !RETRYABLE_4XX.has(response.status)) return 'rejected';
      return 'retry';
    } catch {
      return 'retry';
    }
  }

  async function sendDue() {
    // Read inside the lock: another tab may have sent some already.
    for (const message of readAll()) {
      if ((message.next || 0) > Date.now()) continue;
      if (navigator.onLine === false) break;
      const outcome = await attempt(message);
      const list = readAll();
      const index = list.findIndex((m) => m.key === message.key);
      if (outcome === 'retry') {
        if (index >= 0) {
          const tries = (list[index].tries || 0) + 1;
          list[index] = { ...list[index], tries, next: Date.now() + Math.min(MAX_DELAY_MS, baseDelayMs * 2 ** (tries - 1)) };
          writeAll(list);
        }
        notify({ type: 'waiting', message: list[index] || message });
        continue;
      }
      if (index >= 0) list.splice(index, 1);
      writeAll(list);
      notify({ type: outcome, message });
    }
  }

  async function flush() {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      do {
        again = false;
        await withLock(sendDue);
      } while (again);
    } finally {
      running = false;
      schedule(readAll());
    }
  }

  // Sends due messages at once when the connection returns, and picks up other tabs' changes.
  window.addEventListener('online', () => {
    const list = readAll().map((m) => ({ ...m, next: 0 }));
    writeAll(list);
    flush();
  });
  window.addEventListener('storage', (event) => {
    if (event.key === OUTBOX_KEY) {
      notify({ type: 'changed' });
      schedule(readAll());
    }
  });

  return {
    // Saves the message first, then tries to send it. Returns the stored entry.
    enqueue(endpoint, body, extra = {}) {
      const key = newKey();
      const message = { key, endpoint, body: { ...body, idempotencyKey: key }, created: Date.now(), tries: 0, next: 0, ...extra };
      writeAll([...readAll(), message]);
      notify({ type: 'waiting', message });
      flush();
      return message;
    },
    pending: readAll,
    flush,
    // A new visit is a fresh chance: messages left by an earlier one are tried at once.
    resume() {
      writeAll(readAll().map((m) => ({ ...m, next: 0 })));
      flush();
    },
    subscribe(fn) {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
  };
}

let shared = null;
// One outbox per page, shared by every <od-contact>.
export function pageOutbox() {
  shared ??= createOutbox();
  return shared;
}
