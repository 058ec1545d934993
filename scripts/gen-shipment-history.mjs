// Writes a synthetic shipment history CSV for the demo store (demo/store.json) to standard
// output, for benchmarks and manual runs of `overdeliver calibrate`:
//   node scripts/gen-shipment-history.mjs ROWS [SEED] > history.csv
// Orders fall on 2025-01-01 .. 2026-10-31 (UTC); handling takes 0-2 days and transit follows a
// fixed discrete distribution per service, in calendar days (good enough for load, not for
// checking figures: the native tests generate exact histories themselves).
const rows = Number(process.argv[2] ?? 1000000);
let seed = Number(process.argv[3] ?? 1) >>> 0;
if (!Number.isInteger(rows) || rows < 0) {
  console.error('usage: gen-shipment-history.mjs ROWS [SEED]');
  process.exit(2);
}

// xorshift32: deterministic for a seed.
function random() {
  seed ^= seed << 13; seed >>>= 0;
  seed ^= seed >>> 17;
  seed ^= seed << 5; seed >>>= 0;
  return seed / 4294967296;
}
function pick(weights) {
  let r = random();
  for (let i = 0; i < weights.length; i++) {
    if ((r -= weights[i]) < 0) return i;
  }
  return weights.length - 1;
}

const lanes = [
  { service: 'standard', country: 'GB', postcodes: ['LS1 1AA', 'M1 2AB', 'HS2 9ZZ', 'EH1 1YZ'],
    transit: [0, 0.45, 0.35, 0.12, 0.05, 0.03] },
  { service: 'standard', country: 'GB', postcodes: ['BT1 1AA', 'BT7 3GH'],
    transit: [0, 0, 0.5, 0.3, 0.15, 0.05] },
  { service: 'express', country: 'GB', postcodes: ['SW1A 1AA', 'LS6 2QT'],
    transit: [0, 0.9, 0.08, 0.02] },
  { service: 'international', country: 'IE', postcodes: ['D02 X285', ''],
    transit: [0, 0, 0.3, 0.4, 0.2, 0.07, 0.03] },
  { service: 'international', country: 'DE', postcodes: ['10115', '80331'],
    transit: [0, 0, 0, 0.35, 0.4, 0.15, 0.07, 0.03] },
];
const laneWeights = [0.55, 0.05, 0.2, 0.1, 0.1];
const start = Date.UTC(2025, 0, 1);
const span = Date.UTC(2026, 9, 31) - start;
const day = 86400000;
const iso = (ms) => new Date(ms).toISOString().slice(0, 19) + 'Z';

const out = [];
const flush = () => { process.stdout.write(out.join('')); out.length = 0; };
out.push('order_id,ordered_at,shipped_at,delivered_at,service,country,postcode\n');
for (let i = 0; i < rows; i++) {
  const lane = lanes[pick(laneWeights)];
  const ordered = start + Math.floor(random() * span / 1000) * 1000;
  const shipped = ordered + pick([0.5, 0.35, 0.15]) * day + 3 * 3600000;
  const delivered = shipped + pick(lane.transit) * day + 2 * 3600000;
  const postcode = lane.postcodes[Math.floor(random() * lane.postcodes.length)];
  out.push(`A${i + 1},${iso(ordered)},${iso(shipped)},${iso(delivered)},${lane.service},` +
           `${lane.country},${postcode.includes(' ') ? `"${postcode}"` : postcode}\n`);
  if (out.length >= 10000) flush();
}
flush();
