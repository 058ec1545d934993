// What ships must run under a strict CSP and never parse data as HTML.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './harness.mjs';

const distScripts = readdirSync(join(root, 'dist')).filter((name) => name.endsWith('.js'));

test('dist/ holds the loader, the widgets, the warm-up worker, the engine glue and the platform cart reader', () => {
  assert.deepEqual(distScripts.sort(), ['overdeliver-carts.js', 'overdeliver-engine.js', 'overdeliver-warmup.js', 'overdeliver-widgets.js', 'overdeliver.js']);
});

for (const name of distScripts) {
  test(`dist/${name} contains no eval( and no new Function`, () => {
    const source = readFileSync(join(root, 'dist', name), 'utf8');
    assert.doesNotMatch(source, /\beval\s*\(/);
    assert.doesNotMatch(source, /new\s+Function\b/);
  });
}

function sources(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(dir, entry.name)) : entry.name.endsWith('.js') ? [join(dir, entry.name)] : [],
  );
}

test('the widget sources never write HTML: no innerHTML, outerHTML, insertAdjacentHTML or document.write', () => {
  for (const file of [...sources(join(root, 'js')), join(root, 'dist/overdeliver.js'), join(root, 'dist/overdeliver-widgets.js')]) {
    const source = readFileSync(file, 'utf8');
    assert.doesNotMatch(source, /\b(innerHTML|outerHTML|insertAdjacentHTML|document\.write)\b/, file);
  }
});
