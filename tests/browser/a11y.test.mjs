// Accessibility of the demo pages with the widgets rendered (axe-core, WCAG 2 A and AA rules),
// with the canned engine so that every widget shows a value.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { openSession, settled } from './harness.mjs';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let session;
before(async () => {
  session = await openSession({ fakeEngine: true });
});
after(() => session?.close());

const PAGES = {
  'index.html': ['#product-promise', '#product-quote'],
  'cart.html': ['#cart-check', '#cart-promise', '#cart-quote'],
  'contact.html': ['#contact'],
  'fixtures/product.html': ['#promise', '#quote', '#contact', '#audit'],
};

for (const [path, widgets] of Object.entries(PAGES)) {
  test(`${path} has no WCAG 2 A/AA violations with its widgets rendered`, async () => {
    const page = await session.newPage();
    await page.goto(`${session.url}${path}`);
    for (const selector of widgets) assert.equal(await settled(page, selector), 'ready', selector);
    await page.evaluate(axeSource); // through the debugger protocol, so the page's CSP allows it
    const violations = await page.evaluate(async () => {
      const result = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] } });
      return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    });
    assert.deepEqual(violations, []);
    await page.close();
  });
}
