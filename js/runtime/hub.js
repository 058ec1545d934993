// The one shared state of the page: the engine's readiness, the cart, the connected widgets.
// Widgets register while connected; the hub tells them to refresh when anything they show
// depends on changes.
import { createEngineFacade } from './engine.js';
import { createCartStore } from './cart.js';
import { createEmitter } from './events.js';
import { inNextTask } from './tasks.js';

const widgets = new Set();

function refreshAll() {
  for (const widget of widgets) widget.scheduleRefresh();
}

// The first answers after the engine starts are the slowest (its code runs for the first time),
// so the engine's start and each widget's first render get a task each, in page order, rather
// than adding up to one long task.
function refreshInTurn() {
  const queue = [...widgets];
  const next = () => {
    const widget = queue.shift();
    if (!widget) return;
    if (widget.isConnected) widget.scheduleRefresh();
    if (queue.length) inNextTask(next);
  };
  inNextTask(next);
}

export const hub = {
  engine: createEngineFacade(),
  status: 'loading', // 'loading' | 'slow' | 'ready' | 'failed'
  failure: null, // {code, message} once slow or failed
  emitter: createEmitter(),
  cart: createCartStore((cart) => {
    refreshAll();
    hub.emitter.emit('cart', cart === null ? null : JSON.parse(JSON.stringify(cart)));
  }),

  register(widget) {
    widgets.add(widget);
  },
  unregister(widget) {
    widgets.delete(widget);
  },
  refreshAll,

  markReady() {
    hub.status = 'ready';
    refreshInTurn();
  },
  // Still loading past the page's patience: widgets show their fallback and say so, and a late
  // engine still brings the values (markReady) while a real failure is still reported.
  markSlow(failure) {
    if (hub.status !== 'loading') return;
    hub.status = 'slow';
    hub.failure = failure;
    refreshAll();
  },
  markFailed(failure) {
    if (hub.status === 'failed') return;
    hub.status = 'failed';
    hub.failure = failure;
    refreshAll();
  },
};
