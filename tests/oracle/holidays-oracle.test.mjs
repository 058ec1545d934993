// Compares the built-in public holidays (through tests/tools/holidays_batch) with the
// `date-holidays` npm package, used only here as an independent oracle (a devDependency; none
// of its data ships). For every place and each year 2024-2035 the dates must agree, except for
// the differences listed, each with the official source that settles it, in
// holiday-differences.json. An allow-list entry that no longer matches a difference fails too,
// so the list stays short and true.
//
// Run: build the native tools first (cmake --build build/native --target holidays_batch), then
//   node --test tests/oracle/
// OD_HOLIDAYS_BATCH may point at another holidays_batch binary.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Holidays from 'date-holidays';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const FIRST_YEAR = 2024;
const LAST_YEAR = 2035;

function batchPath() {
  const candidates = [process.env.OD_HOLIDAYS_BATCH, join(root, 'build', 'native', 'holidays_batch')];
  const found = candidates.find((p) => p && existsSync(p));
  assert.ok(found, 'holidays_batch not built: cmake --build build/native --target holidays_batch');
  return found;
}

function ourHolidays() {
  const out = execFileSync(batchPath(), [String(FIRST_YEAR), String(LAST_YEAR)], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(out);
}

// date-holidays' public holidays (its type "public", substitute days included) as dates.
function oracleDates(place, year) {
  const [country, region] = place.split('-');
  const hd = region ? new Holidays(country, region) : new Holidays(country);
  return new Set(
    hd.getHolidays(year)
      .filter((h) => h.type === 'public')
      .map((h) => h.date.slice(0, 10))
      .filter((d) => d.startsWith(String(year))),
  );
}

function loadAllowList() {
  const entries = JSON.parse(readFileSync(join(here, 'holiday-differences.json'), 'utf8')).differences;
  for (const e of entries) {
    assert.ok(Array.isArray(e.places) && e.places.length > 0, `places: ${JSON.stringify(e)}`);
    assert.ok(Array.isArray(e.dates) && e.dates.length > 0, `dates: ${JSON.stringify(e)}`);
    assert.ok(typeof e.holiday === 'string' && e.holiday.length > 0, `holiday: ${JSON.stringify(e)}`);
    assert.ok(e.onlyIn === 'ours' || e.onlyIn === 'date-holidays', `onlyIn: ${JSON.stringify(e)}`);
    assert.ok(typeof e.why === 'string' && e.why.length > 10, `why: ${JSON.stringify(e)}`);
    assert.ok(typeof e.source === 'string' && e.source.length > 5, `source: ${JSON.stringify(e)}`);
  }
  return entries;
}

const ours = ourHolidays();
const places = Object.keys(ours).sort();
const allowList = loadAllowList();
const used = new Set();

function allowed(place, date, onlyIn) {
  const i = allowList.findIndex(
    (e) => e.places.includes(place) && e.onlyIn === onlyIn && e.dates.includes(date),
  );
  if (i >= 0) used.add(`${i}:${place}:${date}`);
  return i >= 0;
}

test('every place the rules know is a place date-holidays knows', () => {
  for (const place of places) {
    const [country, region] = place.split('-');
    const hd = new Holidays();
    const regions = hd.getStates(country);
    assert.ok(hd.getCountries()[country], `${place}: unknown country to the oracle`);
    if (region) assert.ok(regions && regions[region], `${place}: unknown region to the oracle`);
  }
});

let compared = 0;
for (const place of places) {
  test(`${place} ${FIRST_YEAR}-${LAST_YEAR} matches date-holidays`, () => {
    const problems = [];
    for (let year = FIRST_YEAR; year <= LAST_YEAR; ++year) {
      const mine = new Set(ours[place][String(year)].map((h) => h.date));
      const theirs = oracleDates(place, year);
      compared += 1;
      for (const d of mine) {
        if (!theirs.has(d) && !allowed(place, d, 'ours')) problems.push(`${d} only in ours`);
      }
      for (const d of theirs) {
        if (!mine.has(d) && !allowed(place, d, 'date-holidays')) problems.push(`${d} only in date-holidays`);
      }
    }
    assert.deepEqual(problems, [], `${place}: ${problems.join(', ')}`);
  });
}

test('every allow-listed difference is still a difference', () => {
  const stale = [];
  allowList.forEach((e, i) => {
    for (const place of e.places) {
      if (!e.dates.some((d) => used.has(`${i}:${place}:${d}`))) stale.push(`${place} (${e.holiday})`);
    }
    for (const d of e.dates) {
      if (!e.places.some((place) => used.has(`${i}:${place}:${d}`))) stale.push(`${d} (${e.holiday})`);
    }
  });
  assert.deepEqual(stale, []);
  assert.equal(compared, places.length * (LAST_YEAR - FIRST_YEAR + 1));
});
