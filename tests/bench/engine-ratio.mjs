#!/usr/bin/env node
// The engine's requests natively and in wasm under Node, on identical work
// (tests/bench/portable/engine_ops_loops.cpp): a quote of a 50-line cart and a promise of a
// 20-line cart against the demo store, the demo store's contact status, a pack of 100 units, and
// a calibration on 1,000,000 past shipments. Builds both programs if needed, runs them one after
// the other, checks they computed the same answers, and prints ops/s (wall and CPU) and the
// wasm/native ratios. Exit status 1 when the answers differ.
//   Usage: node tests/bench/engine-ratio.mjs [--seconds 1]   (timing per operation and build)
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { secondsArg } from './measure.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const target = 'engine_ops_loops';
const seconds = secondsArg(1);
const env = { ...process.env, NODE_PATH: '/usr/share/nodejs' };
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, env, encoding: 'utf8', maxBuffer: 1 << 24 });
const loadAverage = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

execFileSync('bash', ['scripts/build.sh', 'native', 'wasm'], { cwd: root, env, stdio: 'ignore' });
run('cmake', ['--build', 'build/native', '--target', target]);
run('cmake', ['--build', 'build/wasm', '--target', target]);
// The Emscripten program is CommonJS, inside a package that is "type": "module".
writeFileSync(`${root}build/wasm/bench/package.json`, '{"type": "commonjs"}\n');

const parse = (text) => new Map(text.trim().split('\n').map((l) => JSON.parse(l)).map((r) => [r.name, r]));
const loadBefore = loadAverage();
const native = parse(run(`build/native/${target}`, [String(seconds)]));
const wasm = parse(run('node', [`build/wasm/bench/${target}.js`, String(seconds)]));
console.log(`${seconds} s per operation and build; load average ${loadBefore} before, ${loadAverage()} after`);

const fmt = (n) => n.toLocaleString('en-GB', { maximumFractionDigits: 0 }).padStart(12);
const label = (r) => (r.unit === 'rows' ? `${r.name} (rows/s)` : r.name);
console.log(`${'operation'.padEnd(30)} ${'native ops/s'.padStart(12)} ${'wasm ops/s'.padStart(12)}  wasm/native  (CPU time: native, wasm, wasm/native)`);
let mismatch = false;
const ratios = [];
for (const [name, n] of native) {
  const w = wasm.get(name);
  const differ = !w || w.checksum !== n.checksum;
  if (differ) mismatch = true;
  if (!w) {
    console.log(`${label(n).padEnd(30)} ${fmt(n.opsPerSecond)}  (no wasm answer!)`);
    continue;
  }
  const wall = w.opsPerSecond / n.opsPerSecond;
  const cpu = w.opsPerCpuSecond / n.opsPerCpuSecond;
  ratios.push(`ratio engine ${name}: wasm/native = ${cpu.toFixed(2)} (CPU time; wall ${wall.toFixed(2)})`);
  console.log(
    `${label(n).padEnd(30)} ${fmt(n.opsPerSecond)} ${fmt(w.opsPerSecond)}  ${wall.toFixed(2).padStart(11)}` +
      `  (${fmt(n.opsPerCpuSecond).trim()}, ${fmt(w.opsPerCpuSecond).trim()}, ${cpu.toFixed(2)})` +
      `${differ ? '  (answers differ!)' : ''}`,
  );
}
const n = native.get('calibrate-1m-rows');
const w = wasm.get('calibrate-1m-rows');
if (n && w) {
  console.log(
    `calibrate ${n.rows.toLocaleString('en-GB')} rows (${(n.historyBytes / 1e6).toFixed(1)} MB, ${n.rowsUsed.toLocaleString('en-GB')} used): ` +
      `native ${n.secondsPerCalibration.toFixed(2)} s, wasm ${w.secondsPerCalibration.toFixed(2)} s per calibration (wall, mean of ${n.calibrations} and ${w.calibrations})`,
  );
}
for (const line of ratios) console.log(line);
if (mismatch) console.log('engine-ratio: native and wasm answers differ');
process.exitCode = mismatch ? 1 : 0;
