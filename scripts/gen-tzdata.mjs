#!/usr/bin/env node
// Builds the compact IANA time-zone table compiled into the core (wasm/core/time/time_zone.cpp).
//
// Input: the host's compiled tzdata (TZif v2+ files) and tzdata.zi for the list of zone and link
// names. Output: one C++ source defining the arrays declared in core/time/time_zone_data.hpp.
//
// For each name we keep the UTC offset in force at the cut-off (1970 by default), every later
// offset change up to the point where the POSIX TZ footer takes over, and that footer. Compiled
// tzdata ("fat" files) spells out transitions up to 2037 that the footer already implies; those are
// dropped after checking that the footer reproduces each of them exactly, which is what keeps the
// table small. Identical timelines (links, and zones that only differ before the cut-off) share
// one entry.
//
// Usage: node scripts/gen-tzdata.mjs --out FILE [--zoneinfo DIR] [--since YEAR] [--stats]

import { readFileSync, writeFileSync, mkdirSync, renameSync } from 'node:fs';
import { dirname, join } from 'node:path';

const SECONDS_PER_DAY = 86400;

function parseArgs(argv) {
  const args = { zoneinfo: '/usr/share/zoneinfo', out: null, since: 1970, stats: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--zoneinfo') args.zoneinfo = argv[++i];
    else if (a === '--out') args.out = argv[++i];
    else if (a === '--since') args.since = Number(argv[++i]);
    else if (a === '--stats') args.stats = true;
    else throw new Error(`unknown argument ${a}`);
  }
  if (!args.out) throw new Error('--out FILE is required');
  if (!Number.isInteger(args.since) || args.since < 1970 || args.since > 2037) {
    throw new Error('--since must be a year in 1970..2037 (times are stored as unsigned seconds)');
  }
  return args;
}

// ---- names ---------------------------------------------------------------------------------

// "Factory" is tzdata's placeholder for "no zone configured", not a place; it is left out.
const EXCLUDED_NAMES = new Set(['Factory']);

function readZoneNames(zoneinfo) {
  const text = readFileSync(join(zoneinfo, 'tzdata.zi'), 'utf8');
  const version = /^# version (\S+)/m.exec(text)?.[1] ?? 'unknown';
  const names = new Set();
  for (const line of text.split('\n')) {
    const f = line.split(/\s+/);
    if (f[0] === 'Z') names.add(f[1]);
    else if (f[0] === 'L') names.add(f[2]);
  }
  for (const n of EXCLUDED_NAMES) names.delete(n);
  return { version, names: [...names].sort(byBytes) };
}

// Sorted by UTF-8 bytes (all names are ASCII), the order std::string_view comparison uses.
function byBytes(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// ---- TZif (RFC 8536) -----------------------------------------------------------------------

function parseTzif(buf, name) {
  if (buf.toString('latin1', 0, 4) !== 'TZif') throw new Error(`${name}: not a TZif file`);
  const version = buf[4];
  if (version < 0x32) throw new Error(`${name}: TZif version 1 has no 64-bit data or footer`);
  const counts = (at) => {
    const c = [];
    for (let i = 0; i < 6; i++) c.push(buf.readUInt32BE(at + 20 + 4 * i));
    const [isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt] = c;
    return { isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt };
  };
  const v1 = counts(0);
  const v1Size =
    v1.timecnt * 5 + v1.typecnt * 6 + v1.charcnt + v1.leapcnt * 8 + v1.isstdcnt + v1.isutcnt;
  const h2 = 44 + v1Size;
  if (buf.toString('latin1', h2, h2 + 4) !== 'TZif') throw new Error(`${name}: no v2 header`);
  const c = counts(h2);
  if (c.leapcnt !== 0) throw new Error(`${name}: leap-second ("right/") data is not supported`);
  let p = h2 + 44;
  const times = [];
  for (let i = 0; i < c.timecnt; i++, p += 8) times.push(Number(buf.readBigInt64BE(p)));
  const typeIdx = [];
  for (let i = 0; i < c.timecnt; i++, p += 1) typeIdx.push(buf[p]);
  const types = [];
  for (let i = 0; i < c.typecnt; i++, p += 6) types.push({ utoff: buf.readInt32BE(p) });
  p += c.charcnt + c.leapcnt * 12 + c.isstdcnt + c.isutcnt;
  if (buf[p] !== 0x0a) throw new Error(`${name}: missing footer`);
  const end = buf.indexOf(0x0a, p + 1);
  const footer = buf.toString('latin1', p + 1, end);
  return {
    initial: types[0].utoff,  // RFC 8536: type 0 applies before the first transition
    transitions: times.map((t, i) => ({ t, off: types[typeIdx[i]].utoff })),
    footer,
  };
}

// ---- POSIX TZ footer (the same rules the C++ evaluates; used here to check what we drop) ----

function parsePosixTz(s) {
  let i = 0;
  const name = () => {
    if (s[i] === '<') {
      const j = s.indexOf('>', i);
      if (j < 0) throw new Error(`bad TZ name in "${s}"`);
      i = j + 1;
    } else {
      const m = /^[A-Za-z]{3,}/.exec(s.slice(i));
      if (!m) throw new Error(`bad TZ name in "${s}"`);
      i += m[0].length;
    }
  };
  // [+-]hh[:mm[:ss]] -> seconds; hours up to maxHours.
  const hms = (maxHours) => {
    const m = /^([+-]?)(\d{1,3})(?::(\d{2}))?(?::(\d{2}))?/.exec(s.slice(i));
    if (!m) throw new Error(`bad time in "${s}"`);
    i += m[0].length;
    const h = Number(m[2]);
    if (h > maxHours) throw new Error(`hour out of range in "${s}"`);
    const v = h * 3600 + Number(m[3] ?? 0) * 60 + Number(m[4] ?? 0);
    return m[1] === '-' ? -v : v;
  };
  const date = () => {
    let m;
    const rest = s.slice(i);
    let rule;
    if ((m = /^M(\d{1,2})\.(\d)\.(\d)/.exec(rest))) {
      rule = { kind: 'M', month: +m[1], week: +m[2], weekday: +m[3] };
    } else if ((m = /^J(\d{1,3})/.exec(rest))) {
      rule = { kind: 'J', day: +m[1] };
    } else if ((m = /^(\d{1,3})/.exec(rest))) {
      rule = { kind: 'n', day: +m[1] };
    } else {
      throw new Error(`bad rule date in "${s}"`);
    }
    i += m[0].length;
    rule.time = 7200;
    if (s[i] === '/') {
      i++;
      rule.time = hms(167);
    }
    return rule;
  };
  name();
  const stdOff = -hms(24);
  if (i === s.length) return { stdOff, dst: null };
  name();
  let dstOff = stdOff + 3600;
  if (i < s.length && s[i] !== ',') dstOff = -hms(24);
  if (s[i] !== ',') throw new Error(`DST without rule in "${s}"`);
  i++;
  const start = date();
  if (s[i] !== ',') throw new Error(`bad rule in "${s}"`);
  i++;
  const end = date();
  if (i !== s.length) throw new Error(`trailing text in "${s}"`);
  return { stdOff, dst: { off: dstOff, start, end } };
}

function daysFromCivil(y, m, d) {
  return Math.floor(Date.UTC(y, m - 1, d) / 1000 / SECONDS_PER_DAY);
}
function isLeap(y) {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

// Local seconds (since the epoch) at which a rule date falls in year y.
function ruleLocalTime(rule, y) {
  const jan1 = daysFromCivil(y, 1, 1);
  let day;
  if (rule.kind === 'J') day = jan1 + rule.day - 1 + (isLeap(y) && rule.day >= 60 ? 1 : 0);
  else if (rule.kind === 'n') day = jan1 + rule.day;
  else {
    const first = daysFromCivil(y, rule.month, 1);
    const firstWeekday = (((first + 4) % 7) + 7) % 7;  // Sunday = 0; 1970-01-01 was a Thursday
    day = first + ((rule.weekday - firstWeekday + 7) % 7) + 7 * (rule.week - 1);
    const monthDays = new Date(Date.UTC(y, rule.month, 0)).getUTCDate();
    while (day - first >= monthDays) day -= 7;
  }
  return day * SECONDS_PER_DAY + rule.time;
}

// The footer's offset changes in year y as UTC instants, in order; a DST end that coincides
// with the next start is ordered first so that "DST all year" stays in DST.
function yearEvents(tz, y) {
  const { dst } = tz;
  const start = { t: ruleLocalTime(dst.start, y) - tz.stdOff, off: dst.off, order: 1 };
  const end = { t: ruleLocalTime(dst.end, y) - dst.off, off: tz.stdOff, order: 0 };
  return [start, end].sort((a, b) => a.t - b.t || a.order - b.order);
}

function yearOf(t) {
  return new Date(t * 1000).getUTCFullYear();
}

function footerOffsetAt(tz, t) {
  if (!tz.dst) return tz.stdOff;
  for (let y = yearOf(t) + 1; ; y--) {
    const ev = yearEvents(tz, y);
    if (t >= ev[1].t) return ev[1].off;
    if (t >= ev[0].t) return ev[0].off;
  }
}

// Offset changes implied by the footer with a < t <= b.
function footerChanges(tz, a, b) {
  if (!tz.dst) return [];
  const out = [];
  let off = footerOffsetAt(tz, a);
  for (let y = yearOf(a) - 1; y <= yearOf(b) + 1; y++) {
    for (const e of yearEvents(tz, y)) {
      if (e.t > a && e.t <= b && e.off !== off) {
        out.push({ t: e.t, off: e.off });
        off = e.off;
      }
    }
  }
  return out;
}

// ---- timelines -----------------------------------------------------------------------------

function buildTimeline(tzif, cutoff, name) {
  let initial = tzif.initial;
  const changes = [];
  for (const tr of tzif.transitions) {
    if (tr.t <= cutoff) initial = tr.off;
    else if (tr.off !== (changes.at(-1)?.off ?? initial)) changes.push(tr);
  }
  const footer = tzif.footer === '' ? null : parsePosixTz(tzif.footer);
  // Keep changes[0..c]; from changes[c] on the footer must give exactly the same offsets.
  let c = changes.length - 1;
  if (footer) {
    if (c >= 0 && footerOffsetAt(footer, changes[c].t) !== changes[c].off) {
      throw new Error(`${name}: footer "${tzif.footer}" disagrees with the last transition`);
    }
    while (c > 0) {
      const prev = changes[c - 1];
      const implied = footerChanges(footer, prev.t, changes[c].t);
      const reproduced =
        footerOffsetAt(footer, prev.t) === prev.off &&
        implied.length === 1 &&
        implied[0].t === changes[c].t &&
        implied[0].off === changes[c].off;
      if (!reproduced) break;
      c--;
    }
    if (changes.length === 0 && (footer.dst || footer.stdOff !== initial)) {
      throw new Error(`${name}: no transitions but footer "${tzif.footer}" differs from ${initial}`);
    }
  }
  const kept = changes.slice(0, c + 1);
  for (const off of [initial, ...kept.map((k) => k.off)]) {
    if (Math.abs(off) >= SECONDS_PER_DAY) throw new Error(`${name}: offset ${off} out of range`);
  }
  for (const k of kept) {
    if (k.t > 0xffffffff) throw new Error(`${name}: transition ${k.t} beyond unsigned 32 bits`);
  }
  // The core resolves local times by probing offsets a day apart, which needs changes at least
  // a day apart (tzdata's closest are a week apart).
  for (let i = 1; i < changes.length; i++) {
    if (changes[i].t - changes[i - 1].t < SECONDS_PER_DAY) {
      throw new Error(`${name}: offset changes less than a day apart at ${changes[i].t}`);
    }
  }
  return { initial, kept, footer: tzif.footer, dropped: changes.length - kept.length };
}

// ---- C++ output ----------------------------------------------------------------------------

function cArray(type, name, values, perLine = 12) {
  const lines = [];
  for (let i = 0; i < values.length; i += perLine) {
    lines.push('    ' + values.slice(i, i + perLine).join(', ') + ',');
  }
  if (values.length === 0) lines.push('    0,');  // C++ forbids empty arrays; never read
  return `const ${type} ${name}[] = {\n${lines.join('\n')}\n};\n`;
}

function pushLeb128(out, value) {
  if (!Number.isSafeInteger(value) || value < 0) throw new Error(`cannot encode ${value}`);
  do {
    let byte = value % 128;
    value = Math.floor(value / 128);
    if (value > 0) byte += 128;
    out.push(byte);
  } while (value > 0);
}

function cString(s) {
  return '"' + s.replace(/[\\"\0]/g, (m) => (m === '\0' ? '\\0' : '\\' + m)) + '"';
}

function main() {
  const args = parseArgs(process.argv.slice(2));
  const cutoff = daysFromCivil(args.since, 1, 1) * SECONDS_PER_DAY;
  const { version, names } = readZoneNames(args.zoneinfo);

  const timelineIndex = new Map();  // key -> index
  const timelines = [];
  const zones = [];
  let droppedTransitions = 0;
  for (const name of names) {
    const tzif = parseTzif(readFileSync(join(args.zoneinfo, name)), name);
    const tl = buildTimeline(tzif, cutoff, name);
    const key = JSON.stringify([tl.initial, tl.kept.map((k) => [k.t, k.off]), tl.footer]);
    let index = timelineIndex.get(key);
    if (index === undefined) {
      index = timelines.length;
      timelineIndex.set(key, index);
      timelines.push(tl);
      droppedTransitions += tl.dropped;
    }
    zones.push({ name, timeline: index });
  }

  const offsets = [...new Set(timelines.flatMap((tl) => [tl.initial, ...tl.kept.map((k) => k.off)]))]
    .sort((a, b) => a - b);
  const offsetIndex = new Map(offsets.map((o, i) => [o, i]));
  const footers = [...new Set(timelines.map((tl) => tl.footer))].sort(byBytes);
  const footerIndex = new Map(footers.map((f, i) => [f, i]));

  // Everything goes out as compact byte streams that the core indexes once, at first use; see
  // time_zone_data.hpp for the formats. Per timeline: LEB128(transition count), initial offset
  // index, footer index. Per transition, the gap to the previous one of the same timeline (the
  // first: to the epoch) and the new offset:
  //   LEB128(2 * hours)                     whole hours, and the offset goes back to the one
  //                                         before the previous transition (DST on, DST off)
  //   LEB128(2 * seconds + 1), offset index anything else
  // Nearly all transitions are the first kind: two bytes each.
  const timelineCodes = [];
  const transitionCodes = [];
  let transitionCount = 0;
  let flips = 0;
  for (const tl of timelines) {
    pushLeb128(timelineCodes, tl.kept.length);
    timelineCodes.push(offsetIndex.get(tl.initial), footerIndex.get(tl.footer));
    let prevTime = 0;
    let beforePrev = null;
    let prevOffset = tl.initial;
    for (const k of tl.kept) {
      const gap = k.t - prevTime;
      if (gap % 3600 === 0 && k.off === beforePrev) {
        pushLeb128(transitionCodes, (gap / 3600) * 2);
        flips++;
      } else {
        pushLeb128(transitionCodes, gap * 2 + 1);
        transitionCodes.push(offsetIndex.get(k.off));
      }
      prevTime = k.t;
      beforePrev = prevOffset;
      prevOffset = k.off;
      transitionCount++;
    }
  }
  const nameBytes = names.reduce((n, name) => n + name.length + 1, 0);

  const limits = [
    [offsets.length, 255, 'offsets'],
    [footers.length, 255, 'footers'],
    [transitionCount, 0xffffffff, 'transitions'],
    [timelines.length, 0xffff, 'timelines'],
    [zones.length, 0xffff, 'names'],
    [Math.max(...names.map((n) => n.length)), 255, 'characters in a name'],
  ];
  for (const [n, max, what] of limits) {
    if (n > max) throw new Error(`too many ${what} (${n}) for the table's field widths`);
  }

  // Bytes of constant data on a 32-bit target (wasm32).
  const sizes = {
    names: nameBytes + 1,
    zoneTimelines: 2 * zones.length,
    timelines: timelineCodes.length,
    transitions: transitionCodes.length,
    offsets: 4 * offsets.length,
    footers: footers.reduce((n, f) => n + f.length + 1, 0) + 4 * footers.length,
  };
  const total = Object.values(sizes).reduce((x, y) => x + y, 0);

  const out = `// Generated by scripts/gen-tzdata.mjs from tzdata ${version}. Do not edit.
// ${zones.length} names, ${timelines.length} distinct timelines since ${args.since}, ` +
      `${transitionCount} transitions, ${footers.length} footers: ${total} bytes of data.
#include "core/time/time_zone_data.hpp"

namespace od {
namespace tzdata {

const char kVersion[] = ${cString(version)};
const int32_t kSinceYear = ${args.since};

const uint16_t kZoneCount = ${zones.length};
const char kNames[] =
${names.map((n) => '    ' + cString(n + '\0')).join('\n')};
${cArray('uint16_t', 'kZoneTimelines', zones.map((z) => z.timeline), 16)}
const uint16_t kTimelineCount = ${timelines.length};
${cArray('uint8_t', 'kTimelineCodes', timelineCodes, 24)}const uint32_t kTimelineCodeBytes = ${timelineCodes.length};
const uint32_t kTransitionCount = ${transitionCount};
${cArray('uint8_t', 'kTransitionCodes', transitionCodes, 24)}const uint32_t kTransitionCodeBytes = ${transitionCodes.length};

${cArray('int32_t', 'kOffsets', offsets, 10)}
const uint8_t kFooterCount = ${footers.length};
const char* const kFooters[] = {
${footers.map((f) => '    ' + cString(f) + ',').join('\n')}
};

}  // namespace tzdata
}  // namespace od
`;
  mkdirSync(dirname(args.out), { recursive: true });
  // Write then rename, so an interrupted build never leaves a half-written source behind.
  writeFileSync(args.out + '.tmp', out);
  renameSync(args.out + '.tmp', args.out);

  if (args.stats) {
    const summary = {
      version,
      since: args.since,
      names: zones.length,
      timelines: timelines.length,
      transitions: transitionCount,
      transitionsAsFlips: flips,
      decodedRam: 5 * transitionCount,
      transitionsImpliedByFooters: droppedTransitions,
      offsets: offsets.length,
      footers: footers.length,
      bytes: { ...sizes, total },
    };
    process.stdout.write(JSON.stringify(summary, null, 2) + '\n');
  }
}

main();
