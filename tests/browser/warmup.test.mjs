// The warm-up worker (dist/overdeliver-warmup.js): it runs the engine's code before the page does,
// so the page's first calls find it compiled; whatever becomes of it, the widgets answer.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { openSession, settled } from './harness.mjs';

const WIDGETS = ['#product-promise', '#product-quote'];

let session;
before(async () => {
  session = await openSession();
});
after(() => session?.close());

async function openIndex(workerRoute) {
  const page = await session.newPage();
  if (workerRoute) await page.route('**/dist/overdeliver-warmup.js', workerRoute);
  await page.goto(session.url);
  await page.evaluate(() => window.Overdeliver.ready);
  for (const selector of WIDGETS) assert.equal(await settled(page, selector, ['ready']), 'ready', selector);
  return page;
}

const warmupOutcome = (page) =>
  page.evaluate(() => performance.getEntriesByName('overdeliver:warm-up').map((mark) => mark.detail));

test('under the strict policy the worker runs the engine once and is gone before the widgets answer', async () => {
  const page = await openIndex();
  assert.deepEqual(await warmupOutcome(page), ['done']);
  await page.waitForFunction(() => true); // let the terminated worker's close reach the test
  assert.equal(page.workers().length, 0, 'the worker was terminated');
  assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
  assert.deepEqual(await page.evaluate(() => window.__odEvents.filter((e) => e.type === 'od-error')), []);
  assert.deepEqual(page.record.errors, []);
  await page.close();
});

test('a worker script that cannot be loaded: the page compiles as it goes and the widgets answer', async () => {
  const page = await openIndex((route) => route.fulfill({ status: 404, body: 'Not found' }));
  assert.deepEqual(await warmupOutcome(page), ['failed']);
  assert.deepEqual(await page.evaluate(() => window.__odEvents.filter((e) => e.type === 'od-error')), []);
  await page.close();
});

test('a worker that never answers: the page waits at most a moment, then the widgets answer', async () => {
  const silent = 'self.onmessage = () => {};';
  const page = await openIndex((route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: silent }));
  assert.deepEqual(await warmupOutcome(page), ['timeout']);
  assert.equal(page.workers().length, 0, 'the silent worker was terminated');
  await page.close();
});

test('a worker that fails while running (its engine cannot start): the widgets answer', async () => {
  const failing = "self.onmessage = () => { throw new Error('broken'); };";
  const page = await openIndex((route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: failing }));
  assert.deepEqual(await warmupOutcome(page), ['failed']);
  await page.close();
});
