// Cross-checks the core's time zones against the JavaScript engine's own (ICU) tz data through
// Intl.DateTimeFormat: local wall time and UTC offset for random (zone, instant) pairs in
// 2000-2037 across every zone both know, weighted towards the hours around offset changes, and
// the local -> instant direction (gaps and overlaps) at every change. The table is exact from
// 2000 on; the engine refuses earlier instants.
//
// The core is reached through a backend with three calls (zones, transitions, local times). The
// native backend runs build/native/localtime_batch (override with OD_LOCALTIME_BATCH).
// OD_INTL_SEED picks another random sample; a failure message always names the seed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const utc = (y, m = 1, d = 1) => Date.UTC(y, m - 1, d) / 1000;
const FROM = utc(2000);
const TO = utc(2038);
const UNIFORM_SAMPLES = 12000;
const NEAR_CHANGE_SAMPLES = 12000;
const NEAR = 3 * 3600;
const SEED = Number(process.env.OD_INTL_SEED ?? 20251);

// Where the answers may differ because Node's ICU and the system's tzdata are different
// releases: none in 2000-2037. A difference outside a listed window fails the test.
const KNOWN_DIFFERENCES = [];

// ---- backend: the native batch program -----------------------------------------------------

function nativeBackend() {
  const path = process.env.OD_LOCALTIME_BATCH ?? `${ROOT}build/native/localtime_batch`;
  if (!existsSync(path)) {
    throw new Error(`${path} is missing: build it with ` +
        '`cmake --build build/native --target localtime_batch`');
  }
  const run = (args, lines) => {
    const r = spawnSync(path, args, {
      input: lines.join('\n') + '\n',
      maxBuffer: 1 << 28,
      encoding: 'utf8',
    });
    if (r.status !== 0) throw new Error(`localtime_batch ${args.join(' ')} failed: ${r.stderr}`);
    return r.stdout.trimEnd().split('\n').filter(Boolean).map((l) => JSON.parse(l));
  };
  return {
    name: 'native',
    zones: () => run(['--zones'], [])[0],
    transitions: (zones, from, to) => run(['--transitions', String(from), String(to)], zones),
    localTimes: (pairs) => run([], pairs.map(([z, t]) => `${z} ${t}`)),
    fromLocal: (pairs) => run(['--from-local'], pairs.map(([z, l]) => `${z} ${l}`)),
  };
}

// ---- the reference: Intl.DateTimeFormat ----------------------------------------------------

const formatters = new Map();
function intlLocal(zone, t) {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit',
      hour: '2-digit', minute: '2-digit', second: '2-digit',
    });
    formatters.set(zone, f);
  }
  const text = f.format(t * 1000);
  const m = /^(\d{2})\/(\d{2})\/(\d{4}), (\d{2}):(\d{2}):(\d{2})$/.exec(text);
  if (!m) throw new Error(`unexpected Intl output ${JSON.stringify(text)} for ${zone}`);
  const [, mo, d, y, h, mi, s] = m;
  const offset = Date.UTC(+y, +mo - 1, +d, +h, +mi, +s) / 1000 - t;
  return { local: `${y}-${mo}-${d}T${h}:${mi}:${s}`, offset };
}

function intlAccepts(zone) {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

// Offset changes as Intl sees them: a two-week scan, then bisection to the second.
function intlTransitions(zone, from, to) {
  const step = 14 * 86400;
  const out = [];
  let prevT = from;
  let prev = intlLocal(zone, prevT).offset;
  for (let t = from + step; t < to + step; t += step) {
    const off = intlLocal(zone, t).offset;
    if (off !== prev) {
      let lo = prevT, hi = t;  // offset(lo) = prev, offset(hi) != prev
      while (hi - lo > 1) {
        const mid = Math.floor((lo + hi) / 2);
        if (intlLocal(zone, mid).offset === prev) lo = mid;
        else hi = mid;
      }
      if (hi < to) out.push(hi);
    }
    prev = off;
    prevT = t;
  }
  return out;
}

// ---- helpers -------------------------------------------------------------------------------

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function isKnownDifference(zone, t) {
  return KNOWN_DIFFERENCES.find((k) => k.zone === zone && t >= k.from && t < k.to);
}

function iso(t) {
  return new Date(t * 1000).toISOString().replace('.000', '');
}

// ---- the comparison ------------------------------------------------------------------------

const backend = nativeBackend();
const { version, zones: ourZones } = backend.zones();
const intlZones = new Set(Intl.supportedValuesOf('timeZone'));
// Intl also accepts the link names it does not list (US/Eastern, GB, Asia/Kolkata ...).
const zones = ourZones.filter((z) => intlZones.has(z) || intlAccepts(z));
const unexplained = [];
const explained = new Map();

function record(zone, t, what) {
  const known = isKnownDifference(zone, t);
  if (known) explained.set(known, (explained.get(known) ?? 0) + 1);
  else unexplained.push(`${zone} @ ${iso(t)} (${t}): ${what}`);
}

function assertNoUnexplainedDifferences() {
  assert.deepEqual(unexplained.splice(0), [], `seed ${SEED}`);
}

// Offset changes in [from, to) per zone: ours and Intl's must be the same; returns the union.
function compareTransitions(from, to) {
  const byZone = new Map();
  for (const { zone, transitions } of backend.transitions(zones, from, to)) {
    const ours = new Set(transitions.map(([t]) => t));
    const theirs = intlTransitions(zone, from, to);
    for (const t of theirs) if (!ours.has(t)) record(zone, t, 'Intl changes offset here, we do not');
    for (const t of ours) {
      // Intl's two-week scan can miss two changes within a fortnight; ask it about the instant.
      if (!theirs.includes(t) && intlLocal(zone, t - 1).offset === intlLocal(zone, t).offset) {
        record(zone, t, 'we change offset here, Intl does not');
      }
    }
    byZone.set(zone, [...new Set([...ours, ...theirs])].sort((a, b) => a - b));
  }
  return byZone;
}

// Local time and offset of each (zone, instant); then back from that wall time, the chosen
// instant must show the same wall time, be the earlier of two in an overlap, and be this very
// instant otherwise.
function compareLocalTimes(pairs) {
  const results = backend.localTimes(pairs);
  assert.equal(results.length, pairs.length);
  results.forEach((r, i) => {
    const [zone, instant] = pairs[i];
    assert.equal(r.zone, zone);
    assert.equal(r.error, undefined, `${zone} ${instant}: ${r.error}`);
    const ref = intlLocal(zone, instant);
    if (r.local !== ref.local || r.offset !== ref.offset) {
      record(zone, instant, `ours ${r.local} (${r.offset}s), Intl ${ref.local} (${ref.offset}s)`);
      return;
    }
    const back = intlLocal(zone, r.fromLocal).local;
    const ok = back === ref.local && r.kind !== 'gap' &&
        (r.kind === 'unique'
            ? r.fromLocal === instant
            : r.earlier === r.fromLocal && r.earlier < r.later &&
                (instant === r.earlier || instant === r.later) &&
                intlLocal(zone, r.later).local === ref.local);
    if (!ok) record(zone, instant, `from ${r.local} we gave ${JSON.stringify(r)}, Intl ${back}`);
  });
}

// A wall time inside each forward jump must come out as a gap, moved forward by its length.
function compareGaps(changesByZone) {
  const queries = [];
  for (const [zone, ts] of changesByZone) {
    for (const t of ts) {
      const before = intlLocal(zone, t - 1).offset, after = intlLocal(zone, t).offset;
      if (after <= before) continue;
      const wall = t + before + Math.floor((after - before) / 2);  // middle of the skipped span
      queries.push({ zone, t, before, after, wall });
    }
  }
  const results = backend.fromLocal(queries.map((q) => [q.zone, iso(q.wall).slice(0, 19)]));
  assert.equal(results.length, queries.length);
  results.forEach((r, i) => {
    const q = queries[i];
    const expected = q.wall - q.before;  // read with the old offset: lands after the change
    const ok = r.kind === 'gap' && r.instant === expected && r.later === expected &&
        r.earlier === q.wall - q.after &&
        intlLocal(q.zone, expected).local === iso(q.wall + q.after - q.before).slice(0, 19);
    if (!ok) record(q.zone, q.t, `gap at ${r.local ?? r.error}: ${JSON.stringify(r)}`);
  });
  return queries.length;
}

function changeBoundaries(changesByZone) {
  const pairs = [];
  for (const [zone, ts] of changesByZone) for (const t of ts) pairs.push([zone, t - 1], [zone, t]);
  return pairs;
}

let changes2000 = new Map();

test('every zone Intl lists is in the compiled table', () => {
  const missing = [...intlZones].filter((z) => !ourZones.includes(z));
  assert.deepEqual(missing, [], `tzdata ${version} lacks zones ICU has`);
  assert.ok(zones.length >= intlZones.size, `only ${zones.length} zones in common`);
});

test('offset changes agree with Intl in every zone, 2000-2037', (t) => {
  changes2000 = compareTransitions(FROM, TO);
  const count = [...changes2000.values()].reduce((n, ts) => n + ts.length, 0);
  t.diagnostic(`backend ${backend.name}, tzdata ${version} vs ICU ${process.versions.tz}: ` +
      `${zones.length} zones, ${count} offset changes`);
  assert.ok(count > 10000, `only ${count} offset changes found`);
  assertNoUnexplainedDifferences();
});

test(`local time and offset agree with Intl for ${UNIFORM_SAMPLES + NEAR_CHANGE_SAMPLES} random pairs and at every change, 2000-2037`, (t) => {
  const random = mulberry32(SEED);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const pairs = [];
  for (let i = 0; i < UNIFORM_SAMPLES; i++) {
    pairs.push([pick(zones), FROM + Math.floor(random() * (TO - FROM))]);
  }
  const changes = [];
  for (const [zone, ts] of changes2000) for (const c of ts) changes.push([zone, c]);
  for (let i = 0; i < NEAR_CHANGE_SAMPLES; i++) {
    const [zone, c] = pick(changes);
    pairs.push([zone, c + Math.floor(random() * (2 * NEAR + 1)) - NEAR]);
  }
  pairs.push(...changeBoundaries(changes2000));
  compareLocalTimes(pairs);
  t.diagnostic(`seed ${SEED}: ${pairs.length} (zone, instant) pairs compared`);
  assertNoUnexplainedDifferences();
});

test('wall times skipped by a change move forward by the gap, as Intl confirms, 2000-2037', (t) => {
  const gaps = compareGaps(changes2000);
  t.diagnostic(`${gaps} gaps checked`);
  assert.ok(gaps > 5000, `only ${gaps} gaps`);
  assertNoUnexplainedDifferences();
});
