// Small timing helpers shared by the peer benchmarks: run a function for a fixed time after a
// warm-up, report operations per second, and print "A/B" ratios in one recognisable format.

export function secondsArg(fallback = 1) {
  const i = process.argv.indexOf('--seconds');
  const value = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

export function measure(name, seconds, fn) {
  const warmUntil = performance.now() + Math.min(200, seconds * 200);
  while (performance.now() < warmUntil) fn();
  let ops = 0;
  const start = performance.now();
  const end = start + seconds * 1000;
  while (performance.now() < end) {
    for (let k = 0; k < 8; k++) fn();
    ops += 8;
  }
  const elapsed = (performance.now() - start) / 1000;
  return { name, opsPerSecond: ops / elapsed };
}

export function printRow({ name, opsPerSecond }) {
  console.log(`${name.padEnd(58)} ${Math.round(opsPerSecond).toLocaleString('en-GB').padStart(12)} ops/s`);
}

// "ratio <label>: wasm/peer = x.xx" (above 1: the engine is faster).
export function ratioLine(label, ours, peer) {
  console.log(`ratio ${label}: wasm/peer = ${(ours.opsPerSecond / peer.opsPerSecond).toFixed(2)}`);
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
