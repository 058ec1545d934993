// The contact panel against the real engine and the demo store: messages reach the store's
// endpoint exactly once through offline spells, reloads and server errors; the acknowledgement
// quotes the engine's reply-by; the form works from the keyboard; no text is parsed as HTML.
// The store's endpoint (/api/contact) is forwarded to a recording server started here.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openSession, root, settled, shadowText } from './harness.mjs';

let session;
let endpoint;

// Records every POST; answers `failures` of them with 503 first (Infinity: until told otherwise).
function startEndpoint() {
  const state = { posts: [], failures: 0 };
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      let parsed = null;
      try {
        parsed = JSON.parse(body);
      } catch {}
      const failing = state.failures > 0;
      if (failing) state.failures -= 1;
      state.posts.push({ key: req.headers['idempotency-key'], body: parsed, status: failing ? 503 : 201 });
      res.writeHead(failing ? 503 : 201, { 'Content-Type': 'application/json' });
      res.end(failing ? '{"ok":false}' : '{"ok":true}');
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ state, server, url: `http://127.0.0.1:${server.address().port}/` })),
  );
}

const delivered = (key) => endpoint.state.posts.filter((p) => p.key === key && p.status < 300);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

before(async () => {
  endpoint = await startEndpoint();
  session = await openSession();
  await session.context.route('**/api/contact', async (route) => {
    const response = await route.fetch({ url: endpoint.url });
    await route.fulfill({ response });
  });
});
after(async () => {
  await session?.close();
  await new Promise((resolve) => endpoint?.server.close(resolve));
});

async function openContact() {
  const page = await session.newPage();
  await page.goto(`${session.url}contact.html`);
  assert.equal(await settled(page, '#contact'), 'ready');
  return page;
}

async function fillAndSend(page, name, message = 'Is the large bowl dishwasher safe?') {
  await page.fill('#contact #od-name', name);
  await page.fill('#contact #od-email', 'sam@example.com');
  await page.fill('#contact #od-message', message);
  await page.click('#contact button[type="submit"]');
}

const outbox = (page) => page.evaluate(() => JSON.parse(localStorage.getItem('od:outbox') || '[]'));
const acknowledgement = (page) => page.locator('#contact [part="acknowledgement"]');

test('a message sent while offline waits visibly and reaches the endpoint exactly once when back online', async () => {
  const page = await openContact();
  await session.context.setOffline(true);
  await fillAndSend(page, 'Offline Olive');
  await page.locator('#contact [part="waiting"]').waitFor();
  assert.match(await page.locator('#contact [part="form-status"]').textContent(), /Waiting to send/);
  const [saved] = await outbox(page);
  assert.equal(saved.body.name, 'Offline Olive');
  await sleep(1500);
  assert.equal(endpoint.state.posts.filter((p) => p.key === saved.key).length, 0);

  await session.context.setOffline(false);
  await acknowledgement(page).waitFor({ state: 'visible', timeout: 15000 });
  await sleep(1500); // room for a duplicate to show up
  assert.equal(endpoint.state.posts.filter((p) => p.key === saved.key).length, 1);
  assert.equal(delivered(saved.key)[0].body.idempotencyKey, saved.key);
  assert.deepEqual(await outbox(page), []);
  assert.equal(await page.locator('#contact [part="waiting"]').count(), 0);
  await page.close();
});

test('a message waiting across a reload is still delivered once, and acknowledged after the reload', async () => {
  const page = await openContact();
  endpoint.state.failures = Infinity;
  await fillAndSend(page, 'Reload Rita');
  await page.waitForFunction(() => JSON.parse(localStorage.getItem('od:outbox') || '[]').some((m) => m.tries > 0));
  const [saved] = await outbox(page);
  await page.reload();
  assert.equal(await settled(page, '#contact'), 'ready');
  await page.locator('#contact [part="waiting"]').waitFor();
  endpoint.state.failures = 0;
  await acknowledgement(page).waitFor({ state: 'visible', timeout: 20000 });
  assert.match(await acknowledgement(page).textContent(), /^Thanks, Reload Rita\. /);
  await sleep(1500);
  assert.equal(delivered(saved.key).length, 1);
  assert.deepEqual(await outbox(page), []);
  await page.close();
});

test('server errors are retried with the same idempotency key until one succeeds', async () => {
  const page = await openContact();
  endpoint.state.failures = 2;
  await fillAndSend(page, 'Retry Ruby');
  await acknowledgement(page).waitFor({ state: 'visible', timeout: 15000 });
  const attempts = endpoint.state.posts.filter((p) => p.body?.name === 'Retry Ruby');
  assert.deepEqual(attempts.map((p) => p.status), [503, 503, 201]);
  assert.equal(new Set(attempts.map((p) => p.key)).size, 1);
  assert.equal(attempts[0].body.idempotencyKey, attempts[0].key);
  await page.close();
});

test('the form is usable from the keyboard alone, errors included', async () => {
  const page = await openContact();
  const focused = () => page.evaluate(() => document.querySelector('#contact').shadowRoot.activeElement?.id || '');
  for (let i = 0; i < 60 && (await focused()) !== 'od-name'; i += 1) await page.keyboard.press('Tab');
  assert.equal(await focused(), 'od-name');
  for (let i = 0; i < 3; i += 1) await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.querySelector('#contact').shadowRoot.activeElement?.textContent), 'Send message');
  await page.keyboard.press('Enter'); // nothing filled in
  assert.equal(await focused(), 'od-name');
  assert.equal(await page.getAttribute('#contact #od-name', 'aria-invalid'), 'true');
  assert.match(await page.locator('#contact #od-name-error').textContent(), /enter your name/);

  await page.keyboard.type('Keyboard Kim');
  await page.keyboard.press('Tab');
  await page.keyboard.type('kim@example.com');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Do you ship to Ireland?');
  await page.keyboard.press('Tab'); // the honeypot is skipped
  await page.keyboard.press('Enter');
  await acknowledgement(page).waitFor({ state: 'visible', timeout: 15000 });
  assert.equal(await focused(), '');
  assert.equal(await page.evaluate(() => document.querySelector('#contact').shadowRoot.activeElement?.getAttribute('part')), 'acknowledgement');
  assert.equal(endpoint.state.posts.filter((p) => p.body?.name === 'Keyboard Kim').length, 1);
  await page.close();
});

test('a filled honeypot sends nothing', async () => {
  const page = await openContact();
  await page.evaluate(() => (document.querySelector('#contact').shadowRoot.querySelector('[name="website"]').value = 'spam.example'));
  await fillAndSend(page, 'Bot Bob');
  await acknowledgement(page).waitFor({ state: 'visible' });
  await sleep(500);
  assert.equal(endpoint.state.posts.filter((p) => p.body?.name === 'Bot Bob').length, 0);
  assert.deepEqual(await outbox(page), []);
  await page.close();
});

test('no store or shopper text is ever parsed as HTML', async () => {
  const config = JSON.parse(readFileSync(join(root, 'demo/store.json'), 'utf8'));
  const markup = '<img src=x onerror="window.__pwned=1">';
  config.contact.human = { en: `Ask ${markup}` };
  config.contact.acknowledgement = { en: '<b>Thanks</b>, {name}. Reply by {replyBy}.' };
  config.contact.channels[0].label = { en: `<i>Phone</i>${markup}` };
  const page = await session.newPage();
  await page.route('**/store.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(config) }));
  await page.goto(`${session.url}contact.html`);
  assert.equal(await settled(page, '#contact'), 'ready');
  await fillAndSend(page, markup, `<script>window.__pwned=2</script>`);
  await acknowledgement(page).waitFor({ state: 'visible', timeout: 15000 });
  const shadow = await page.evaluate(() => {
    const root = document.querySelector('#contact').shadowRoot;
    return { img: root.querySelectorAll('img, b, i, script').length, text: root.textContent, pwned: window.__pwned ?? null };
  });
  assert.equal(shadow.img, 0);
  assert.equal(shadow.pwned, null);
  assert.ok(shadow.text.includes(`Ask ${markup}`));
  assert.ok(shadow.text.includes(`<b>Thanks</b>, ${markup}. Reply by `));
  await page.close();
});

test('without an endpoint the form prepares an e-mail with a useful subject instead', async () => {
  const config = JSON.parse(readFileSync(join(root, 'demo/store.json'), 'utf8'));
  delete config.contact.endpoint;
  const page = await session.newPage();
  await page.route('**/store.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(config) }));
  await page.goto(`${session.url}contact.html`);
  assert.equal(await settled(page, '#contact'), 'ready');
  const before = endpoint.state.posts.length;
  await fillAndSend(page, 'Mail Mo', 'Two mugs & a jug?');
  const href = await page.getAttribute('#contact [part="mailto-link"]', 'href');
  assert.equal(href, 'mailto:hello@calderclayworks.example?subject=Question%20for%20Calder%20Clayworks&body=Two%20mugs%20%26%20a%20jug%3F');
  assert.equal(endpoint.state.posts.length, before);
  assert.deepEqual(await outbox(page), []);
  await page.close();
});

test("the acknowledgement quotes the engine's reply-by and the store's hours", async () => {
  const page = await session.newPage();
  // Friday 13 March 2026, 16:00 in London: eight business hours run to Monday 15:30.
  await page.clock.setFixedTime(new Date('2026-03-13T16:00:00Z'));
  await page.goto(`${session.url}contact.html`);
  assert.equal(await settled(page, '#contact'), 'ready');
  const engine = await page.evaluate(() =>
    window.Overdeliver.engine.contact({ now: '2026-03-13T16:00:00Z', shopperTimeZone: 'Europe/London' }).acknowledgement,
  );
  assert.equal(engine.replyByAt.shopper.time, '15:30');
  await fillAndSend(page, 'Sam');
  await acknowledgement(page).waitFor({ state: 'visible', timeout: 15000 });
  assert.equal(
    await acknowledgement(page).textContent(),
    "Thanks, Sam. A person will reply by Monday 15:30 your time (we're open 09:00–17:30 UK time).",
  );
  assert.match(await shadowText(page, '#contact'), /Open now — Phone until 17:30/);
  await page.close();
});
