// The pack and quote verbs on 100-unit carts inside the wasm module under node, end to end
// (JSON in, JSON out): the same requests as the native quote_bench, so the figures compare.
//   node tests/bench/packing-wasm.mjs [iterations]
// Needs dist/ (bash scripts/build.sh wasm).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadEngineModule, root } from '../wasm/engine.mjs';

const iterations = Number(process.argv[2]) || 500;
const packRequest = readFileSync(join(root, 'tests/bench/hundred-unit-pack.json'), 'utf8');
const quoteRequest = readFileSync(join(root, 'tests/bench/hundred-unit-quote.json'), 'utf8');
const demoStore = readFileSync(join(root, 'demo/store.json'), 'utf8');

// Median and best of `rounds` rounds of `iterations` calls, in milliseconds per call.
function measure(call, rounds = 5) {
  for (let i = 0; i < Math.min(50, iterations); i++) call(); // warm up the JIT tiers
  const perCall = [];
  for (let r = 0; r < rounds; r++) {
    const start = performance.now();
    for (let i = 0; i < iterations; i++) call();
    perCall.push((performance.now() - start) / iterations);
  }
  perCall.sort((a, b) => a - b);
  return { median: perCall[Math.floor(rounds / 2)], best: perCall[0] };
}

const m = await loadEngineModule();
const packed = JSON.parse(m.pack(packRequest));
if (!packed.ok) throw new Error(`pack failed: ${JSON.stringify(packed.errors)}`);
const units = packed.parcels.reduce((n, p) => n + p.items.length, 0) + packed.unpacked.length;

const engine = new m.Engine(demoStore);
try {
  const quoted = JSON.parse(engine.quote(quoteRequest));
  if (!quoted.ok) throw new Error(`quote failed: ${JSON.stringify(quoted.errors)}`);
  const pack = measure(() => m.pack(packRequest));
  const quote = measure(() => engine.quote(quoteRequest));
  const row = (name, t, note) =>
    console.log(`${name.padEnd(34)} ${t.median.toFixed(3).padStart(8)} ms  (best ${t.best.toFixed(3)} ms)  ${note}`);
  console.log(`wasm under node ${process.version}, ${iterations} calls per round, median of 5 rounds`);
  row('pack verb, 100 units', pack, `${units} units into ${packed.parcels.length} parcels`);
  row('quote verb, 100-unit demo cart', quote, `${quoted.options.length} options`);
} finally {
  engine.delete();
}
