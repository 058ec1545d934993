#!/usr/bin/env node
// Time core throughput, natively and in wasm under Node, on identical loops
// (tests/bench/portable/time_core_loops.cpp): converting UTC <-> local time over a mix of zones,
// and business-day arithmetic over a three-calendar lane with public holidays.
// Builds both programs if needed, runs them, checks they computed the same answers, and prints
// ops/s and the wasm/native ratio.      Usage: node tests/bench/time-ratio.mjs
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const target = 'time_core_loops';
const env = { ...process.env, NODE_PATH: '/usr/share/nodejs' };
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, env, encoding: 'utf8' });

execFileSync('bash', ['scripts/build.sh', 'native', 'wasm'], { cwd: root, env, stdio: 'ignore' });
run('cmake', ['--build', 'build/native', '--target', target]);
run('cmake', ['--build', 'build/wasm', '--target', target]);
// The Emscripten program is CommonJS, inside a package that is "type": "module".
writeFileSync(`${root}build/wasm/bench/package.json`, '{"type": "commonjs"}\n');

const parse = (text) => new Map(text.trim().split('\n').map((l) => JSON.parse(l)).map((r) => [r.name, r]));
const native = parse(run(`build/native/${target}`, []));
const wasm = parse(run('node', [`build/wasm/bench/${target}.js`]));

const fmt = (n) => n.toLocaleString('en-GB', { maximumFractionDigits: 0 }).padStart(12);
console.log(`${'loop'.padEnd(24)} ${'native ops/s'.padStart(12)} ${'wasm ops/s'.padStart(12)}  wasm/native`);
let mismatch = false;
for (const [name, n] of native) {
  const w = wasm.get(name);
  if (!w) continue;
  if (w.checksum !== n.checksum) mismatch = true;
  const ratio = (w.opsPerSecond / n.opsPerSecond).toFixed(2);
  console.log(`${name.padEnd(24)} ${fmt(n.opsPerSecond)} ${fmt(w.opsPerSecond)}  ${ratio}${w.checksum !== n.checksum ? '  (answers differ!)' : ''}`);
}
process.exitCode = mismatch ? 1 : 0;
