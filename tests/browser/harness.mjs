// Shared set-up for the browser tests: the demo server on a free port and a headless Debian
// Chromium driven by playwright-core (no browser download: /usr/bin/chromium).
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CSP, startServer } from '../../scripts/serve.mjs';

export const root = fileURLToPath(new URL('../..', import.meta.url));
const fixturesDir = fileURLToPath(new URL('./fixtures/', import.meta.url));

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

// The demo's store.json when present; otherwise a minimal configuration served in its place.
function storeConfig() {
  const demo = join(root, 'demo/store.json');
  return existsSync(demo) ? null : readFileSync(join(fixturesDir, 'minimal-store.json'), 'utf8');
}

const FIXTURE_TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json' };

// Test pages under /fixtures/ (served from tests/browser/fixtures with the same CSP), and with
// `fakeEngine` a canned stand-in for the engine glue.
async function routeFixtures(context, { csp, fakeEngine }) {
  await context.route('**/fixtures/**', (route) => {
    const name = new URL(route.request().url()).pathname.replace(/^\/fixtures\//, '');
    const file = join(fixturesDir, name);
    if (!existsSync(file) || name.includes('..')) return route.fulfill({ status: 404, body: 'Not found' });
    const headers = csp ? { 'Content-Security-Policy': CSP } : {};
    return route.fulfill({
      status: 200,
      headers,
      contentType: FIXTURE_TYPES[extname(file)] || 'application/octet-stream',
      body: readFileSync(file),
    });
  });
  if (fakeEngine) {
    await context.route('**/dist/overdeliver-engine.js', (route) =>
      route.fulfill({ status: 200, contentType: 'text/javascript', body: readFileSync(join(fixturesDir, 'fake-engine.js')) }),
    );
  }
}

// `timezoneId` is the shopper's zone (IANA), London unless a test needs the shopper elsewhere.
export async function openSession({ csp = true, fakeEngine = false, timezoneId = 'Europe/London' } = {}) {
  const { server, url } = await startServer({ port: 0, csp });
  const profile = mkdtempSync(join(tmpdir(), 'od-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
    locale: 'en-GB',
    timezoneId,
  });
  await routeFixtures(context, { csp, fakeEngine });
  const fallbackConfig = storeConfig();
  if (fallbackConfig !== null) {
    await context.route('**/store.json', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: fallbackConfig }),
    );
  }
  return {
    url,
    context,
    // A fresh page that records CSP violations, page errors and console messages.
    async newPage() {
      const page = await context.newPage();
      const record = { errors: [], console: [] };
      page.on('pageerror', (error) => record.errors.push(String(error)));
      page.on('console', (message) => record.console.push(`${message.type()}: ${message.text()}`));
      await page.addInitScript(() => {
        window.__cspViolations = [];
        window.__odEvents = [];
        document.addEventListener('securitypolicyviolation', (event) =>
          window.__cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`),
        );
        for (const name of ['od-ready', 'od-error']) {
          document.addEventListener(name, (event) =>
            window.__odEvents.push({ type: name, target: event.target.localName, detail: event.detail?.code ?? null, message: event.detail?.message ?? null }),
          );
        }
      });
      return Object.assign(page, { record });
    },
    async close() {
      await context.close();
      await new Promise((resolve) => server.close(resolve));
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

// Waits until the element's state attribute is one of `states`, and returns it.
export async function settled(page, selector, states = ['ready', 'fallback']) {
  await page.waitForFunction(
    ([sel, wanted]) => wanted.includes(document.querySelector(sel)?.getAttribute('state')),
    [selector, states],
    { timeout: 15000 },
  );
  return page.evaluate((sel) => document.querySelector(sel).getAttribute('state'), selector);
}

export async function shadowText(page, selector) {
  return page.evaluate((sel) => {
    const el = document.querySelector(sel);
    return el.shadowRoot.querySelector('[part="content"]').textContent;
  }, selector);
}
