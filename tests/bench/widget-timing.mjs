// The widgets on the demo pages in headless Chromium: time from the loader's script tag to the
// first value each widget shows, and the main-thread time the widgets cost (the page's script and
// task time with the widgets, less the same page with the loader blocked). Medians of N loads.
// Then, on the cart page, the main-thread time of one cart change: every cart widget asks the
// engine again and shows the answer (median of N batches of 200 changes).
//
//   node tests/bench/widget-timing.mjs [--runs 7]
import { openSession } from '../browser/harness.mjs';
import { median } from './measure.mjs';

const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg >= 0 ? Number(process.argv[runsArg + 1]) : 7;
const PAGES = {
  'index.html': ['product-promise', 'product-quote'],
  'cart.html': ['cart-check', 'cart-promise', 'cart-quote'],
  'contact.html': ['contact'],
};

function recordFirstValues() {
  window.__firstValue = {};
  window.__firstState = {};
  document.addEventListener('od-ready', (e) => {
    window.__firstValue[e.target.id] ??= performance.now();
  });
  document.addEventListener('od-error', (e) => {
    window.__firstState[e.target.id] ??= e.detail?.code ?? 'error';
  });
}

async function mainThreadMs(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  return {
    async read() {
      const { metrics } = await cdp.send('Performance.getMetrics');
      const m = Object.fromEntries(metrics.map((x) => [x.name, x.value]));
      return (m.TaskDuration ?? 0) * 1000;
    },
  };
}

async function load(session, path, { withWidgets }) {
  const page = await session.newPage();
  await page.addInitScript(recordFirstValues);
  if (!withWidgets) await page.route('**/dist/overdeliver.js', (route) => route.abort('blockedbyclient'));
  const meter = await mainThreadMs(page);
  await page.goto(`${session.url}${path === 'index.html' ? '' : path}`);
  await page.waitForLoadState('load');
  if (withWidgets) {
    await page.evaluate(() => window.Overdeliver.ready.catch(() => {}));
    await page.waitForFunction(
      (ids) => ids.every((id) => ['ready', 'fallback'].includes(document.getElementById(id)?.getAttribute('state'))),
      PAGES[path],
      { timeout: 15000 },
    );
  }
  await page.waitForTimeout(100);
  const taskMs = await meter.read();
  const firsts = await page.evaluate(() => {
    const loader = performance.getEntriesByType('resource').find((r) => r.name.endsWith('/dist/overdeliver.js'));
    return { start: loader ? loader.startTime : null, values: window.__firstValue, states: window.__firstState };
  });
  await page.close();
  return { taskMs, firsts };
}

// Cart changes in a row, each awaited only as far as the widgets' refresh (a microtask), so the
// time is the widgets' own: building requests, the engine, and rendering.
async function cartUpdateTiming(session) {
  const page = await session.newPage();
  await page.goto(`${session.url}cart.html`);
  await page.waitForFunction(() => ['cart-check', 'cart-promise', 'cart-quote'].every((id) => document.getElementById(id)?.getAttribute('state') === 'ready'), null, { timeout: 15000 });
  const perUpdate = [];
  for (let batch = 0; batch <= RUNS; batch++) {
    const ms = await page.evaluate(async (n) => {
      const start = performance.now();
      for (let i = 0; i < n; i++) {
        window.Overdeliver.setCart({ items: [{ sku: 'MUG-SLATE', qty: 1 + (i % 7), price: 1800 }, { sku: 'TEA-TOWEL', qty: 1 + (i % 3), price: 1200 }] });
        await null;
        await null;
      }
      return (performance.now() - start) / n;
    }, 200);
    if (batch > 0) perUpdate.push(ms); // the first batch warms up
  }
  await page.close();
  return `cart.html     one cart change, all three cart widgets: median ${median(perUpdate).toFixed(2)} ms of main thread (${RUNS} batches of 200)`;
}

const session = await openSession();
try {
  const summary = [];
  for (const [path, ids] of Object.entries(PAGES)) {
    const toFirst = Object.fromEntries(ids.map((id) => [id, []]));
    const withMs = [];
    const withoutMs = [];
    for (let run = 0; run < RUNS; run++) {
      const a = await load(session, path, { withWidgets: true });
      withMs.push(a.taskMs);
      for (const id of ids) {
        if (a.firsts.values[id] != null && a.firsts.start != null) toFirst[id].push(a.firsts.values[id] - a.firsts.start);
      }
      const b = await load(session, path, { withWidgets: false });
      withoutMs.push(b.taskMs);
    }
    for (const id of ids) {
      const values = toFirst[id];
      summary.push(
        values.length
          ? `${path.padEnd(13)} #${id.padEnd(16)} script tag -> first value: median ${median(values).toFixed(1)} ms (${values.length} loads)`
          : `${path.padEnd(13)} #${id.padEnd(16)} shows its fallback (its request kind is not in this engine build)`,
      );
    }
    const cost = median(withMs) - median(withoutMs);
    summary.push(`${path.padEnd(13)} main-thread time of the widgets: median ${cost.toFixed(1)} ms (page ${median(withMs).toFixed(1)} ms with, ${median(withoutMs).toFixed(1)} ms without)`);
  }
  summary.push(await cartUpdateTiming(session));
  console.log(summary.join('\n'));
} finally {
  await session.close();
}
