#!/usr/bin/env node
// The download budget a shopper pays: gzip -9 sizes of what a page loads.
// Budget: 120 KB for loader + glue + wasm together, 10 KB for the loader (1 KB = 1000 bytes).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const KB = 1000;
const TOTAL_BUDGET = 120 * KB;
const LOADER_BUDGET = 10 * KB;

const files = ['overdeliver.js', 'overdeliver-engine.js', 'overdeliver.wasm'];
let failed = false;
let total = 0;
const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;

for (const name of files) {
  let raw;
  try {
    raw = readFileSync(join(dist, name));
  } catch {
    console.log(`budget: dist/${name} is missing (run scripts/build.sh)`);
    failed = true;
    continue;
  }
  const gz = gzipSync(raw, { level: 9 }).length;
  total += gz;
  const limit = name === 'overdeliver.js' ? ` (budget ${kb(LOADER_BUDGET)})` : '';
  console.log(`budget: dist/${name.padEnd(22)} ${kb(raw.length).padStart(9)} raw  ${kb(gz).padStart(8)} gzip${limit}`);
  if (name === 'overdeliver.js' && gz > LOADER_BUDGET) {
    console.log(`budget: the loader is over its budget by ${kb(gz - LOADER_BUDGET)}`);
    failed = true;
  }
}
console.log(`budget: total ${kb(total)} gzip of ${kb(TOTAL_BUDGET)}`);
if (total > TOTAL_BUDGET) {
  console.log(`budget: over the total budget by ${kb(total - TOTAL_BUDGET)}`);
  failed = true;
}
process.exitCode = failed ? 1 : 0;
