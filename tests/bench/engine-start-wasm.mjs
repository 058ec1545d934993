// What a demo page costs the wasm engine under node: building it from demo/store.json and one
// request of each kind the widgets send (tests/bench/demo-requests.json), the same work as the
// native engine_start_bench. Each round is a fresh node process, so "first" includes everything
// done on first use (the module's code running for the first time, tables built once); "warm"
// is the median per call after the JIT has tiered up.
//   node tests/bench/engine-start-wasm.mjs [rounds]
// Needs dist/ (bash scripts/build.sh wasm).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { loadEngineModule, root } from '../wasm/engine.mjs';

const KINDS = ['contact', 'quote', 'promise', 'check'];

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function timed(fn) {
  const start = performance.now();
  const value = fn();
  return [performance.now() - start, value];
}

// One fresh process: the first construction and first request of each kind, then warm figures.
async function oneRound() {
  const store = readFileSync(join(root, 'demo/store.json'), 'utf8');
  const requests = JSON.parse(readFileSync(join(root, 'tests/bench/demo-requests.json'), 'utf8'));
  const m = await loadEngineModule();
  const out = {};
  const [construct, engine] = timed(() => new m.Engine(store));
  out['engine (first)'] = construct;
  for (const kind of KINDS) {
    const [ms, text] = timed(() => engine[kind](JSON.stringify(requests[kind])));
    if (!JSON.parse(text).ok) throw new Error(`${kind} failed: ${text}`);
    out[`${kind} (first)`] = ms;
  }
  const warm = (fn) => {
    for (let i = 0; i < 200; i++) fn();
    const times = [];
    for (let i = 0; i < 200; i++) times.push(timed(fn)[0]);
    return median(times);
  };
  out['engine (warm)'] = warm(() => new m.Engine(store).delete());
  for (const kind of KINDS) {
    const text = JSON.stringify(requests[kind]);
    out[`${kind} (warm)`] = warm(() => engine[kind](text));
  }
  engine.delete();
  return out;
}

if (process.argv[2] === '--one-round') {
  console.log(JSON.stringify(await oneRound()));
} else {
  const rounds = Number(process.argv[2]) || 5;
  const self = fileURLToPath(import.meta.url);
  const results = [];
  for (let r = 0; r < rounds; r++) {
    results.push(JSON.parse(execFileSync(process.execPath, [self, '--one-round'], { encoding: 'utf8' })));
  }
  console.log(`wasm engine under node, demo store, ${rounds} fresh processes (median, min-max), ms per call`);
  for (const key of Object.keys(results[0])) {
    const values = results.map((r) => r[key]);
    console.log(`${key.padEnd(18)} ${median(values).toFixed(3).padStart(9)}   ${Math.min(...values).toFixed(3)}-${Math.max(...values).toFixed(3)}`);
  }
}
