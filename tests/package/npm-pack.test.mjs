// What a store gets from the registry: `npm pack`, installed into an empty folder with no network,
// serves a page on which the widgets work in headless Chromium.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { chromium } from 'playwright-core';
import { root, settled, shadowText } from '../browser/harness.mjs';

const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'";
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.wasm': 'application/wasm' };

let work;
let tarball;
let packed;
let server;
let baseUrl;
let browser;

function npm(args, cwd) {
  return execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' } });
}

// A static server for the store folder, with the strict policy a careful store sends.
function serve(dir) {
  return new Promise((resolve) => {
    const s = createServer((req, res) => {
      const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      const file = normalize(join(dir, path === '/' ? 'index.html' : path));
      if (!file.startsWith(dir + sep) || !existsSync(file)) return res.writeHead(404).end('Not found');
      res.writeHead(200, { 'Content-Type': TYPES[extname(file)] || 'application/octet-stream', 'Content-Security-Policy': CSP });
      res.end(readFileSync(file));
    });
    s.listen(0, '127.0.0.1', () => resolve(s));
  });
}

before(async () => {
  work = mkdtempSync(join(tmpdir(), 'od-pack-'));
  const packDir = join(work, 'pack');
  execFileSync('mkdir', ['-p', packDir]);
  [packed] = JSON.parse(npm(['pack', '--json', '--pack-destination', packDir], root));
  tarball = join(packDir, packed.filename);

  const store = join(work, 'store');
  execFileSync('mkdir', ['-p', store]);
  writeFileSync(join(store, 'package.json'), JSON.stringify({ name: 'a-store', version: '1.0.0', private: true }));
  npm(['install', '--offline', '--no-audit', '--no-fund', tarball], store);

  // The page a store writes: the widgets from node_modules, its own configuration.
  copyFileSync(join(root, 'demo/store.json'), join(store, 'store.json'));
  writeFileSync(
    join(store, 'index.html'),
    `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>A store</title>
<script src="/node_modules/overdeliver/dist/overdeliver.js" data-config="/store.json" defer></script></head>
<body>
<od-delivery-promise id="promise" country="GB" sku="MUG-SLATE" qty="1" price="1800">Fallback promise</od-delivery-promise>
<od-shipping-quote id="quote" country="GB" sku="MUG-SLATE" qty="1" price="1800">Fallback quote</od-shipping-quote>
<od-cart-check id="check" country="GB" data-cart='{"items":[{"sku":"MUG-SLATE","qty":1,"price":1800}]}'>Fallback check</od-cart-check>
<od-contact id="contact" country="GB">Fallback contact</od-contact>
</body></html>`,
  );
  server = await serve(store);
  baseUrl = `http://127.0.0.1:${server.address().port}/`;
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
});

after(async () => {
  await browser?.close();
  if (server) await new Promise((resolve) => server.close(resolve));
  if (work) rmSync(work, { recursive: true, force: true });
});

test('the package holds the loader, widgets, engine, .wasm, schema, types, manifest, catalogues, cart reader and README, and nothing else', () => {
  const files = packed.files.map((f) => f.path).sort();
  assert.deepEqual(files, [
    'README.md',
    'dist/custom-elements.json',
    'dist/i18n/de.json',
    'dist/i18n/es.json',
    'dist/i18n/fr.json',
    'dist/i18n/it.json',
    'dist/i18n/nl.json',
    'dist/overdeliver-carts.js',
    'dist/overdeliver-engine.js',
    'dist/overdeliver-warmup.js',
    'dist/overdeliver-widgets.js',
    'dist/overdeliver.d.ts',
    'dist/overdeliver.js',
    'dist/overdeliver.schema.json',
    'dist/overdeliver.wasm',
    'package.json',
  ]);
});

test('the package installs offline into an empty folder with no dependencies of its own', () => {
  const installed = join(work, 'store/node_modules/overdeliver');
  assert.ok(existsSync(join(installed, 'dist/overdeliver.wasm')));
  const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
  assert.equal(manifest.dependencies, undefined);
  assert.ok(existsSync(join(installed, manifest.main)), `main (${manifest.main}) is in the package`);
});

test('a page served from the installed package shows every widget under the strict policy', async () => {
  const page = await browser.newPage({ locale: 'en-GB', timezoneId: 'Europe/London' });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.addInitScript(() => {
    window.__violations = [];
    window.__errors = [];
    document.addEventListener('od-error', (e) => window.__errors.push({ id: e.target.id, message: e.detail.message }));
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective));
  });
  await page.goto(baseUrl);
  assert.equal(await page.evaluate(() => window.Overdeliver.ready.then(() => 'ready', (e) => e.code)), 'ready');
  for (const selector of ['#quote', '#contact']) assert.equal(await settled(page, selector), 'ready', selector);
  // Promises and cart checks answer once the engine offers them; until then they say so.
  for (const selector of ['#promise', '#check']) {
    if ((await settled(page, selector)) === 'ready') continue;
    const why = await page.evaluate((sel) => window.__errors.filter((e) => e.id === sel.slice(1)).map((e) => e.message), selector);
    assert.ok(why.length && why.every((m) => /not available/.test(m)), `${selector}: ${why}`);
  }
  assert.match(await shadowText(page, '#quote'), /£\d+\.\d\d/);
  assert.ok((await shadowText(page, '#contact')).length > 0);
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(errors, []);
  await page.close();
});
