// Promises per second for a 20-line cart of the demo store in the wasm module under node, end to
// end (JSON in, JSON out through embind): the same request as the native promise_bench. When
// build/native/promise_bench is built it runs too, and the wasm/native ratio is printed.
//   node tests/bench/promise-wasm.mjs [--seconds 1]
// Needs dist/ (bash scripts/build.sh wasm); the native side needs `bash scripts/build.sh native`.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadEngineModule, root } from '../wasm/engine.mjs';
import { performance } from 'node:perf_hooks';
import { median, secondsArg } from './measure.mjs';

const seconds = secondsArg(1);
const request = readFileSync(join(root, 'tests/bench/twenty-line-promise.json'), 'utf8');
const demoStore = readFileSync(join(root, 'demo/store.json'), 'utf8');
const lines = JSON.parse(request).cart.items.length;

// Promises per second of wall time and of this process's CPU time: on a shared machine the CPU
// rate moves less with the load, so the ratio is taken on it (Google Benchmark's default too).
function rates(fn) {
  const warmUntil = performance.now() + Math.min(200, seconds * 200);
  while (performance.now() < warmUntil) fn();
  let ops = 0;
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  while (performance.now() < start + seconds * 1000) {
    for (let k = 0; k < 8; k++) fn();
    ops += 8;
  }
  const wall = (performance.now() - start) / 1000;
  const cpu = process.cpuUsage(cpuStart);
  return { wall: ops / wall, cpu: ops / ((cpu.user + cpu.system) / 1e6) };
}

const perSecond = (value) => `${Math.round(value).toLocaleString('en-GB').padStart(9)}/s`;
function printRates(name, { wall, cpu }) {
  console.log(`${name.padEnd(58)} ${perSecond(cpu)} per CPU second, ${perSecond(wall)} wall`);
}

const m = await loadEngineModule();
const engine = new m.Engine(demoStore);
let wasm;
let label;
try {
  const answer = JSON.parse(engine.promise(request));
  if (!answer.ok || !answer.promise) throw new Error(`promise failed: ${JSON.stringify(answer)}`);
  const shipments = answer.promise.shipments?.length ?? 1;
  label = `promise verb, ${lines}-line demo cart (${shipments} shipments)`;
  console.log(`wasm under node ${process.version}, ${seconds} s per round, median of 3 rounds`);
  const rounds = [1, 2, 3].map(() => rates(() => engine.promise(request)));
  wasm = { wall: median(rounds.map((r) => r.wall)), cpu: median(rounds.map((r) => r.cpu)) };
  printRates(`${label}, wasm`, wasm);
} finally {
  engine.delete();
}

const nativeProgram = join(root, 'build/native/promise_bench');
if (existsSync(nativeProgram)) {
  const report = JSON.parse(
    execFileSync(nativeProgram, ['--benchmark_format=json', '--benchmark_repetitions=3', `--benchmark_min_time=${seconds}`], { encoding: 'utf8' }),
  );
  const row = report.benchmarks.find((b) => b.aggregate_name === 'median');
  const toSeconds = { ns: 1e-9, us: 1e-6, ms: 1e-3, s: 1 }[row.time_unit];
  const native = { wall: 1 / (row.real_time * toSeconds), cpu: 1 / (row.cpu_time * toSeconds) };
  printRates(`${label}, native`, native);
  console.log(`ratio promise ${lines}-line cart: wasm/native = ${(wasm.cpu / native.cpu).toFixed(2)} (CPU time; wall ${(wasm.wall / native.wall).toFixed(2)})`);
} else {
  console.log('native: build/native/promise_bench is not built (bash scripts/build.sh native); no ratio');
}
