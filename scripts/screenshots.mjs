#!/usr/bin/env node
// Screenshots of each widget on the demo store, taken with the browser tests' harness (the demo
// server under the strict CSP and headless Chromium), at a fixed moment so they are repeatable:
//
//   node scripts/screenshots.mjs [--out docs/screenshots]      (needs: bash scripts/build.sh wasm js)
//
// The README shows these files, so what it shows is what the widgets really render.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openSession, settled } from '../tests/browser/harness.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const MOMENT = new Date('2026-11-24T10:15:00Z'); // a Tuesday morning, before the 14:00 cutoff
const CART = { items: [{ sku: 'MUG-SLATE', qty: 2, price: 1800 }, { sku: 'TEAPOT-LARGE', qty: 1, price: 6800 }] };

export const SHOTS = [
  { name: 'delivery-promise', path: '/', selector: '#product-promise' },
  { name: 'shipping-quote', path: '/cart.html', selector: '#cart-quote' },
  { name: 'cart-check', path: '/cart.html', selector: '#cart-check' },
  { name: 'contact', path: '/contact.html', selector: '#contact' },
  { name: 'delivery-promise-de', path: '/de/', selector: '#product-promise', destination: { country: 'DE', postcode: '10115' } },
  { name: 'shipping-quote-de', path: '/de/cart.html', selector: '#cart-quote', destination: { country: 'DE', postcode: '10115' } },
  { name: 'audit', path: '/playground.html', selector: '#pg-audit' },
];

export async function takeScreenshots({ outDir = join(root, 'docs/screenshots'), shots = SHOTS } = {}) {
  mkdirSync(outDir, { recursive: true });
  const session = await openSession();
  const written = [];
  try {
    for (const shot of shots) {
      const page = await session.newPage();
      await page.clock.setFixedTime(MOMENT);
      await page.setViewportSize({ width: 900, height: 900 });
      await page.addInitScript(
        ([cart, destination]) => {
          localStorage.setItem('demo-shop:cart:v2', JSON.stringify(cart));
          localStorage.setItem('od:destination', JSON.stringify(destination));
        },
        [CART, shot.destination || { country: 'GB', postcode: 'HX7 8AD' }],
      );
      await page.goto(new URL(shot.path, session.url).href);
      await page.evaluate((destination) => window.Overdeliver?.setDestination(destination), shot.destination || { country: 'GB', postcode: 'HX7 8AD' });
      const state = await settled(page, shot.selector);
      if (state !== 'ready') console.warn(`${shot.name}: the widget shows its fallback (${state})`);
      // The demo keeps room for each widget while it loads; the picture shows the widget itself.
      await page.evaluate((sel) => document.querySelector(sel).style.setProperty('min-block-size', '0'), shot.selector);
      const file = join(outDir, `${shot.name}.png`);
      await page.locator(shot.selector).screenshot({ path: file, animations: 'disabled' });
      written.push(file);
      await page.close();
    }
  } finally {
    await session.close();
  }
  return written;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const at = process.argv.indexOf('--out');
  const files = await takeScreenshots(at > 0 ? { outDir: process.argv[at + 1] } : {});
  for (const file of files) console.log(`wrote ${file}`);
}
