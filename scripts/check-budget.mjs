#!/usr/bin/env node
// The download budget a shopper pays: gzip -9 sizes of what a page loads.
// Budget: 120 KB for loader + widgets + glue + wasm together, 10 KB for the loader alone
// (1 KB = 1000 bytes). The platform cart reader loads only with data-cart-source: it is listed,
// and counted in a second total for such pages.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const KB = 1000;
const TOTAL_BUDGET = 120 * KB;
const LOADER_BUDGET = 10 * KB;
const LOADER = 'overdeliver.js';

const files = ['overdeliver.js', 'overdeliver-widgets.js', 'overdeliver-warmup.js', 'overdeliver-engine.js', 'overdeliver.wasm'];
const optional = ['overdeliver-carts.js'];
let failed = false;
const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;

function measure(name, note = '') {
  let raw;
  try {
    raw = readFileSync(join(dist, name));
  } catch {
    console.log(`budget: dist/${name} is missing (run scripts/build.sh)`);
    failed = true;
    return 0;
  }
  const gz = gzipSync(raw, { level: 9 }).length;
  console.log(`budget: dist/${name.padEnd(22)} ${kb(raw.length).padStart(9)} raw  ${kb(gz).padStart(8)} gzip${note}`);
  return gz;
}

let total = 0;
for (const name of files) {
  const gz = measure(name, name === LOADER ? ` (budget ${kb(LOADER_BUDGET)})` : '');
  total += gz;
  if (name === LOADER && gz > LOADER_BUDGET) {
    console.log(`budget: the loader is over its budget by ${kb(gz - LOADER_BUDGET)}`);
    failed = true;
  }
}
let withOptional = total;
for (const name of optional) withOptional += measure(name, ' (only with data-cart-source)');

console.log(`budget: total ${kb(total)} gzip of ${kb(TOTAL_BUDGET)} (${kb(withOptional)} with the cart reader)`);
if (total > TOTAL_BUDGET) {
  console.log(`budget: over the total budget by ${kb(total - TOTAL_BUDGET)}`);
  failed = true;
}
process.exitCode = failed ? 1 : 0;
