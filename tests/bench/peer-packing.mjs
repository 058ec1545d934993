// Packing one container against binpackingjs (pack3D) on the published OR-Library problems in
// ../shared/data/packing: volume utilisation of the one container and time per problem, under Node.
//
//   node tests/bench/peer-packing.mjs [--dir /work/shared/data/packing] [--per-set 20]
//
// The engine's pack verb fills as many parcels as it needs; the utilisation counted is that of
// its fullest parcel, which is what one container would hold. Rotations: the files allow each
// edge to stand vertical or not. binpackingjs is given exactly those orientations; the engine's
// request knows "any", "keep-flat" (one edge vertical) and "none", so an item allowed on two
// edges is sent as keep-flat on the first of them: fewer orientations, never more.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { pack3D, RotationType } from 'binpackingjs/3d';
import { loadEngineModule } from '../wasm/engine.mjs';

function arg(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
}
const DIR = arg('--dir', '/work/shared/data/packing');
const PER_SET = Number(arg('--per-set', 20));

function readProblems(file) {
  const lines = readFileSync(file, 'utf8').split('\n').map((l) => l.trim().split(/\s+/).filter(Boolean).map(Number)).filter((l) => l.length);
  const problems = [];
  let at = 1;
  for (let p = 0; p < lines[0][0]; p++) {
    const container = lines[at + 1];
    const types = lines[at + 2][0];
    at += 3;
    const items = [];
    let malformed = false;
    for (let t = 0; t < types; t++, at++) {
      const d = lines[at];
      if (!d || d.length !== 8) {
        malformed = true;
        continue;
      }
      items.push({ id: String(d[0]), dims: [d[1], d[3], d[5]], vertical: [d[2], d[4], d[6]].map(Boolean), qty: d[7] });
    }
    if (!malformed) problems.push({ container, items });
  }
  return problems;
}

const volume = ([a, b, c]) => a * b * c;

function engineRequest({ container, items }) {
  return {
    boxes: [{ id: 'container', inner: container, outer: container, emptyWeight: 0, maxWeight: 1_000_000 }],
    items: items.map(({ id, dims, vertical, qty }) => {
      const upright = vertical.filter(Boolean).length;
      if (upright === 3) return { id, dims, weight: 1, qty, rotation: 'any' };
      if (upright === 0) return { id, dims, weight: 1, qty, rotation: 'none' };
      const edge = vertical.indexOf(true);
      const flat = dims.filter((_, k) => k !== edge);
      return { id, dims: [flat[0], flat[1], dims[edge]], weight: 1, qty, rotation: 'keep-flat' };
    }),
  };
}

// A utilisation only counts if the placements are real: inside the container, never overlapping.
let faults = 0;
function checkPlacements(container, items) {
  for (let a = 0; a < items.length; a++) {
    const { position: p, dims: d } = items[a];
    if ([0, 1, 2].some((k) => p[k] < 0 || p[k] + d[k] > container[k])) faults++;
    for (let b = a + 1; b < items.length; b++) {
      const { position: q, dims: e } = items[b];
      if ([0, 1, 2].every((k) => p[k] < q[k] + e[k] && q[k] < p[k] + d[k])) faults++;
    }
  }
}

function engineUtilisation(module, problem) {
  const result = JSON.parse(module.pack(JSON.stringify(engineRequest(problem))));
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  for (const parcel of result.parcels) checkPlacements(problem.container, parcel.items);
  const fullest = Math.max(0, ...result.parcels.map((p) => p.items.reduce((s, i) => s + volume(i.dims), 0)));
  return fullest / volume(problem.container);
}

// binpackingjs: width x height x depth with height vertical; rotation types name which edge goes
// where, so an orientation is allowed when the edge it stands on may be vertical.
const ROTATIONS = {
  [RotationType.WHD]: 1, [RotationType.HWD]: 0, [RotationType.HDW]: 2,
  [RotationType.DHW]: 1, [RotationType.DWH]: 0, [RotationType.WDH]: 2,
};
function peerUtilisation({ container, items }) {
  const list = [];
  for (const { id, dims, vertical, qty } of items) {
    const allowedRotations = Object.entries(ROTATIONS).filter(([, edge]) => vertical[edge]).map(([r]) => Number(r));
    for (let k = 0; k < qty; k++) {
      list.push({ name: `${id}-${k}`, width: dims[0], height: dims[1], depth: dims[2], weight: 0, allowedRotations });
    }
  }
  const result = pack3D({ bins: [{ name: 'container', width: container[0], height: container[2], depth: container[1], maxWeight: 1e12 }], items: list });
  const bin = result.packedBins[0];
  const filled = bin ? bin.items.reduce((s, i) => s + i.sourceItem.width * i.sourceItem.height * i.sourceItem.depth, 0) : 0;
  return filled / volume(container);
}

const module = await loadEngineModule();
const rows = [];
for (let f = 1; f <= 9; f++) {
  const file = join(DIR, `thpack${f}.txt`);
  if (!existsSync(file)) continue;
  const problems = readProblems(file).slice(0, PER_SET);
  if (!problems.length) continue;
  const row = { set: f, problems: problems.length, ours: 0, peer: 0, oursMs: 0, peerMs: 0 };
  for (const problem of problems) {
    let t = performance.now();
    row.ours += engineUtilisation(module, problem);
    row.oursMs += performance.now() - t;
    t = performance.now();
    row.peer += peerUtilisation(problem);
    row.peerMs += performance.now() - t;
  }
  rows.push(row);
}

console.log('set  problems  engine%  binpackingjs%  engine ms/problem  binpackingjs ms/problem');
const total = { n: 0, ours: 0, peer: 0, oursMs: 0, peerMs: 0 };
for (const r of rows) {
  console.log(
    `${String(r.set).padEnd(4)} ${String(r.problems).padStart(8)}  ${((100 * r.ours) / r.problems).toFixed(1).padStart(7)}  ${((100 * r.peer) / r.problems).toFixed(1).padStart(13)}  ${(r.oursMs / r.problems).toFixed(2).padStart(17)}  ${(r.peerMs / r.problems).toFixed(2).padStart(23)}`,
  );
  total.n += r.problems;
  total.ours += r.ours;
  total.peer += r.peer;
  total.oursMs += r.oursMs;
  total.peerMs += r.peerMs;
}
console.log(`all  ${String(total.n).padStart(8)}  ${((100 * total.ours) / total.n).toFixed(1).padStart(7)}  ${((100 * total.peer) / total.n).toFixed(1).padStart(13)}  ${(total.oursMs / total.n).toFixed(2).padStart(17)}  ${(total.peerMs / total.n).toFixed(2).padStart(23)}`);
console.log(`engine placement faults (outside the container or overlapping): ${faults}`);
console.log(`ratio packing utilisation: wasm/peer = ${(total.ours / total.peer).toFixed(2)}`);
console.log(`ratio packing speed: wasm/peer = ${(total.peerMs / total.oursMs).toFixed(2)} (time per problem, peer over engine)`);
