// <od-delivery-promise> against the real engine, with the page's clock driven by the test
// (Playwright's page.clock). The store (fixtures/promise-store.json) dispatches from London
// Monday to Saturday, cutoff 14:00 (Saturday 11:00), handling 0–1 days, UK transit 1–2 days.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { openSession, settled, shadowText } from './harness.mjs';

const TUESDAY_BEFORE_CUTOFF = new Date('2026-11-24T11:44:00Z'); // London is on GMT in November
const MINUTE = 60_000;

// One browser per shopper zone, opened when a test first needs it.
const sessions = new Map();
async function sessionIn(timezoneId) {
  if (!sessions.has(timezoneId)) sessions.set(timezoneId, await openSession({ timezoneId }));
  return sessions.get(timezoneId);
}
after(() => Promise.all([...sessions.values()].map((session) => session.close())));

// The fixture page with the clock installed at `time`, then paused at `pauseAt` once the engine
// is there, so that every later step of time is the test's.
async function openAt(time, { pauseAt, timezoneId = 'Europe/London' } = {}) {
  const session = await sessionIn(timezoneId);
  const page = await session.newPage();
  await page.addInitScript(() => {
    window.__layoutShifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__layoutShifts.push(entry.value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.clock.install({ time });
  await page.goto(`${session.url}fixtures/promise.html`);
  await page.evaluate(() => window.Overdeliver.ready);
  await page.clock.pauseAt(pauseAt ?? new Date(time.getTime() + 90_000));
  return page;
}

// What the sighted shopper reads: the visible lines, one per line.
async function visibleLines(page, selector) {
  return page.evaluate((sel) => {
    const lines = document.querySelector(sel).shadowRoot.querySelectorAll('[part="content"] .line');
    return [...lines].map((line) => line.textContent);
  }, selector);
}

// What a screen reader gets: the accessibility tree of the element (aria-hidden parts left out).
async function accessibleText(page, selector) {
  return page.locator(selector).ariaSnapshot();
}

async function waitForLine(page, selector, pattern) {
  await page.waitForFunction(
    ([sel, source]) => {
      const content = document.querySelector(sel)?.shadowRoot?.querySelector('[part="content"]');
      return content && !content.hidden && new RegExp(source).test(content.textContent);
    },
    [selector, pattern.source],
    { timeout: 15000, polling: 50 },
  );
}

test('before the cutoff it counts down to today’s cutoff and names the promised and the likely date', async () => {
  const page = await openAt(TUESDAY_BEFORE_CUTOFF); // paused at 11:45:30, 2 h 14 min 30 s to go
  assert.equal(await settled(page, '#product'), 'ready');
  await waitForLine(page, '#product', /2 hrs 14 mins/);
  assert.deepEqual(await visibleLines(page, '#product'), [
    'Order within 2 hrs 14 mins for dispatch today — arrives by Fri 27 Nov',
    'often by Wed 25 Nov',
  ]);
  await page.clock.runFor(5 * MINUTE);
  await waitForLine(page, '#product', /2 hrs 09 mins/);
  await page.clock.runFor(70 * MINUTE); // 13:00:30
  await waitForLine(page, '#product', /Order within 59 mins for dispatch today/);
  await page.close();
});

test('after the clock jumps past the cutoff (a sleeping tab) it shows the next dispatch day’s cutoff and the later dates', async () => {
  const page = await openAt(TUESDAY_BEFORE_CUTOFF);
  await waitForLine(page, '#product', /2 hrs 14 mins/);
  // Like a laptop lid closed at 11:45:30 and opened at 14:00:30: due timers fire once.
  await page.clock.fastForward('02:15:00');
  await waitForLine(page, '#product', /for dispatch tomorrow/);
  assert.deepEqual(await visibleLines(page, '#product'), [
    'Order within 23 hrs 59 mins for dispatch tomorrow — arrives by Mon 30 Nov',
    'often by Thu 26 Nov',
  ]);
  assert.deepEqual(page.record.errors, []);
  await page.close();
});

test('the moment the cutoff passes, the countdown switches to the next one without waiting for a tick', async () => {
  const page = await openAt(TUESDAY_BEFORE_CUTOFF, { pauseAt: new Date('2026-11-24T13:58:30Z') });
  await waitForLine(page, '#product', /Order within 1 min for dispatch today/);
  await page.clock.runFor(90_000 + 1); // 14:00:00.001
  await waitForLine(page, '#product', /Order within 23 hrs 59 mins for dispatch tomorrow — arrives by Mon 30 Nov/);
  await page.close();
});

test('a shopper clock set right while the page is open brings the promise back to the true cutoff', async () => {
  // The clock starts wrong, past the cutoff: the engine answers for tomorrow's dispatch.
  const page = await openAt(new Date('2026-11-24T14:28:00Z'));
  await waitForLine(page, '#product', /for dispatch tomorrow/);
  await page.clock.setSystemTime(new Date('2026-11-24T11:45:30Z')); // set right: 2 h 30 min back
  await page.clock.runFor(MINUTE);
  await waitForLine(page, '#product', /^Order within 2 hrs 13 mins for dispatch today — arrives by Fri 27 Nov/);
  await page.close();
});

test('after Saturday’s cutoff the dispatch day is named by its weekday', async () => {
  const page = await openAt(new Date('2026-11-28T11:58:00Z'));
  await waitForLine(page, '#product', /for dispatch on Monday/);
  assert.deepEqual(await visibleLines(page, '#product'), [
    'Order within 2 days 02 hrs for dispatch on Monday — arrives by Thu 3 Dec',
    'often by Tue 1 Dec',
  ]);
  await page.close();
});

test('a screen reader gets one full sentence with the cutoff time and both dates, not the ticking countdown', async () => {
  const page = await openAt(TUESDAY_BEFORE_CUTOFF);
  await waitForLine(page, '#product', /2 hrs 14 mins/);
  const spoken = await accessibleText(page, '#product');
  assert.match(spoken, /Order by 14:00 for dispatch today, and it arrives by Friday 27 November\. It often arrives by Wednesday 25 November\./);
  assert.doesNotMatch(spoken, /within|mins/);
  const hidden = await page.evaluate(() =>
    document.querySelector('#product').shadowRoot.querySelector('[part="countdown"]').closest('[aria-hidden="true"]') !== null,
  );
  assert.equal(hidden, true, 'the ticking countdown is hidden from assistive technology');
  await page.close();
});

test('the countdown ticks for an hour and a half without moving anything on the page', async () => {
  const page = await openAt(TUESDAY_BEFORE_CUTOFF);
  await waitForLine(page, '#product', /2 hrs 14 mins/);
  const geometry = () =>
    page.evaluate(() => {
      const root = document.querySelector('#product').shadowRoot;
      const latest = root.querySelector('[part="latest"]').getBoundingClientRect();
      return {
        latest: [latest.x, latest.y],
        host: document.querySelector('#product').getBoundingClientRect().height,
        next: document.querySelector('#after-product').getBoundingClientRect().y,
        countdown: root.querySelector('[part="countdown"]').textContent,
      };
    });
  const first = await geometry();
  const seen = new Set([first.countdown]);
  await page.evaluate(() => (window.__layoutShifts = [])); // from here on, only the ticking
  // 2 hrs 14 mins down to 44 mins: through "2 hrs 10" → "2 hrs 09", "2 hrs" → "1 hr", "1 hr" → "59 mins".
  for (let minute = 0; minute < 90; minute++) {
    await page.clock.runFor(MINUTE);
    await new Promise((resolve) => setTimeout(resolve, 20)); // real time for a frame to render (the page's own timers are paused)
    const now = await geometry();
    seen.add(now.countdown);
    assert.deepEqual({ ...now, countdown: '' }, { ...first, countdown: '' }, `moved at "${now.countdown}"`);
  }
  assert.ok(seen.has('1 hr 59 mins') && seen.has('59 mins') && seen.has('44 mins'), [...seen].join(', '));
  assert.deepEqual(await page.evaluate(() => window.__layoutShifts.filter((value) => value > 0)), []);
  await page.close();
});

test('a shopper in another zone reads the cutoff in their own time and in the store’s, named', async () => {
  const page = await openAt(TUESDAY_BEFORE_CUTOFF, { timezoneId: 'Europe/Berlin' });
  await waitForLine(page, '#product', /2 hrs 14 mins/);
  const lines = await visibleLines(page, '#product');
  assert.deepEqual(lines, [
    'Order within 2 hrs 14 mins for dispatch today — arrives by Fri 27 Nov',
    'often by Wed 25 Nov',
    'Order by 15:00 your time (14:00 United Kingdom Time)',
  ]);
  assert.match(await accessibleText(page, '#product'), /Order by 15:00 your time \(14:00 United Kingdom Time\) for dispatch today, and it arrives by Friday 27 November\./);
  await page.close();
});

test('across the date line the cutoff carries its weekday and the dates stay the destination’s', async () => {
  // Wednesday 09:00 in Auckland is Tuesday 20:00 in London: past Tuesday's cutoff.
  const page = await openAt(new Date('2026-11-24T19:58:00Z'), { timezoneId: 'Pacific/Auckland' });
  await waitForLine(page, '#product', /for dispatch/);
  const lines = await visibleLines(page, '#product');
  assert.deepEqual(lines, [
    'Order within 18 hrs 00 mins for dispatch today — arrives by Mon 30 Nov',
    'often by Thu 26 Nov',
    'Order by Thu 03:00 your time (14:00 United Kingdom Time)',
  ]);
  await page.close();
});

test('the cart mode waits for a cart, then promises the slowest line', async () => {
  const page = await openAt(TUESDAY_BEFORE_CUTOFF);
  assert.equal(await page.getAttribute('#cart', 'state'), 'waiting');
  await page.evaluate(() =>
    window.Overdeliver.setCart({ items: [{ sku: 'MUG', qty: 2, price: 1800 }, { sku: 'TEAPOT', qty: 1, price: 6800 }] }),
  );
  await waitForLine(page, '#cart', /arrives by/);
  // The teapot is back in stock on Monday 14 December.
  assert.match((await visibleLines(page, '#cart'))[0], /for dispatch on Mon 14 Dec — arrives by Thu 17 Dec$/);
  await page.close();
});

test('in German the whole promise reads in German', async () => {
  const page = await openAt(TUESDAY_BEFORE_CUTOFF);
  await waitForLine(page, '#german', /Bestellen/);
  assert.deepEqual(await visibleLines(page, '#german'), [
    'Bestellen Sie innerhalb von 2 Std. 14 Min. für Versand heute — Ankunft bis Fr., 27. Nov.',
    'oft schon bis Mi., 25. Nov.',
  ]);
  assert.match(await accessibleText(page, '#german'), /Bestellen Sie bis 14:00 Uhr, dann versenden wir heute und die Lieferung kommt bis Freitag, 27\. November\./);
  await page.close();
});

test('without transit days for the destination it shows only its fallback, never a guessed date', async () => {
  const page = await openAt(TUESDAY_BEFORE_CUTOFF);
  assert.equal(await settled(page, '#no-transit-days'), 'fallback');
  const shown = await page.evaluate(() => {
    const el = document.querySelector('#no-transit-days');
    const content = el.shadowRoot.querySelector('[part="content"]');
    return { fallbackHidden: el.shadowRoot.querySelector('[part="fallback"]').hidden, contentHidden: content.hidden, content: content.textContent };
  });
  assert.deepEqual(shown, { fallbackHidden: false, contentHidden: true, content: '' });
  assert.equal(await shadowText(page, '#no-transit-days'), '');
  const errors = await page.evaluate(() => window.__odEvents.filter((e) => e.type === 'od-error' && e.target === 'od-delivery-promise'));
  assert.deepEqual(errors.map((e) => [e.detail, e.message]), [['no-promise', 'No delivery date can be promised (no-transit-days).']]);
  await page.close();
});
