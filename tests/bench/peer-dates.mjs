// Business-calendar arithmetic in the wasm engine against the same computation written with
// date-fns + date-holidays in JavaScript, under Node, in one run:
//   holidays  the public holidays of England and Wales for a year
//   reply-by  "a reply within 8 business hours" on a channel open Mon–Fri 09:00–17:30
//             in Europe/London, closed on public holidays: the instant the reply is due
// Both sides are checked to agree before they are timed.
//
//   node tests/bench/peer-dates.mjs [--seconds 1]
import Holidays from 'date-holidays';
import { addDays, format, getISODay } from 'date-fns';
import { loadEngineModule } from '../wasm/engine.mjs';
import { measure, printRow, ratioLine, secondsArg } from './measure.mjs';

const SECONDS = secondsArg();
const ZONE = 'Europe/London';
const OPEN = 9 * 3600;
const CLOSE = 17 * 3600 + 30 * 60;
const REPLY_SECONDS = 8 * 3600;

const config = {
  store: { name: 'Bench', currency: 'GBP', timeZone: ZONE, country: 'GB' },
  origins: [{ id: 'studio', country: 'GB', timeZone: ZONE }],
  zones: [{ id: 'uk', match: [{ country: 'GB' }] }],
  services: [{ id: 'std', name: 'Standard', rates: [{ zone: 'uk', rules: [{ kind: 'flat', amount: 395 }] }] }],
  contact: {
    timeZone: ZONE,
    channels: [
      {
        id: 'email',
        type: 'email',
        label: { en: 'E-mail' },
        address: 'hello@example.com',
        hours: Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri'].map((d) => [d, [['09:00', '17:30']]])),
        holidays: 'GB-ENG',
        reply: { businessHours: 8 },
      },
    ],
  },
};

// ---- the JavaScript peer -------------------------------------------------------------------

const holidays = new Holidays('GB', 'ENG');
const closedDays = new Map(); // year -> Set of 'yyyy-MM-dd' (public and bank holidays)
function holidaySet(year) {
  let set = closedDays.get(year);
  if (!set) {
    set = new Set(holidays.getHolidays(year).filter((h) => h.type === 'public' || h.type === 'bank').map((h) => h.date.slice(0, 10)));
    closedDays.set(year, set);
  }
  return set;
}

const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: ZONE, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
});
function localOf(ms) {
  const p = Object.fromEntries(parts.formatToParts(new Date(ms)).map((x) => [x.type, x.value]));
  return { y: +p.year, m: +p.month, d: +p.day, seconds: +p.hour * 3600 + +p.minute * 60 + +p.second };
}
// The UTC instant of a London wall-clock time (the later one in a repeated hour).
function instantOf(date, seconds) {
  const guess = Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()) + seconds * 1000;
  let ms = guess;
  for (let i = 0; i < 2; i++) {
    const l = localOf(ms);
    const shown = Date.UTC(l.y, l.m - 1, l.d) + l.seconds * 1000;
    ms += guess - shown;
  }
  return ms;
}

function replyByJs(nowMs) {
  const now = localOf(nowMs);
  let day = new Date(now.y, now.m - 1, now.d);
  let from = now.seconds;
  let remaining = REPLY_SECONDS;
  for (let guard = 0; guard < 400; guard++) {
    const open = getISODay(day) <= 5 && !holidaySet(day.getFullYear()).has(format(day, 'yyyy-MM-dd'));
    if (open) {
      const start = Math.max(OPEN, from);
      if (start < CLOSE) {
        if (remaining <= CLOSE - start) return instantOf(day, start + remaining);
        remaining -= CLOSE - start;
      }
    }
    day = addDays(day, 1);
    from = 0;
  }
  return null;
}

const holidaysJs = (year) => holidays.getHolidays(year).filter((h) => h.type === 'public' || h.type === 'bank');

// ---- the run --------------------------------------------------------------------------------

const m = await loadEngineModule();
const engine = new m.Engine(JSON.stringify(config));
const validation = JSON.parse(engine.validate());
if (!validation.ok) throw new Error(`bench configuration invalid: ${JSON.stringify(validation.errors)}`);

const iso = (ms) => new Date(ms).toISOString().replace('.000Z', 'Z');
function replyByWasm(nowMs) {
  const result = JSON.parse(engine.contact(JSON.stringify({ now: iso(nowMs), shopperTimeZone: ZONE })));
  return result.ok === false ? null : Date.parse(result.channels[0].replyBy);
}

// The same instants on both sides: every 37 minutes over two years.
const instants = [];
for (let ms = Date.UTC(2026, 0, 1); ms < Date.UTC(2028, 0, 1); ms += 37 * 60 * 1000) instants.push(Math.floor(ms / 1000) * 1000);

let agree = 0;
const differ = [];
for (const t of instants) {
  const a = replyByWasm(t);
  const b = replyByJs(t);
  if (a === b) agree++;
  else if (differ.length < 3) differ.push(`${iso(t)}: wasm ${a && iso(a)}, js ${b && iso(b)}`);
}

let hAgree = 0;
for (let year = 2000; year < 2100; year++) {
  const w = JSON.parse(m.holidays('GB-ENG', year)).map((h) => h.date).join();
  const j = holidaysJs(year).map((h) => h.date.slice(0, 10)).join();
  if (w === j) hAgree++;
}

console.log(`reply-by agreement: ${agree}/${instants.length}${differ.length ? `; first differences: ${differ.join(' | ')}` : ''}`);
console.log(`holiday lists agreeing (2000-2099): ${hAgree}/100`);

let i = 0;
const replyWasm = measure('reply-by, wasm engine (contact verb, JSON in/out)', SECONDS, () => replyByWasm(instants[i++ % instants.length]));
i = 0;
const replyJs = measure('reply-by, date-fns + date-holidays', SECONDS, () => replyByJs(instants[i++ % instants.length]));
i = 0;
const replyJsCold = measure('reply-by, date-fns + date-holidays, no holiday cache', SECONDS, () => {
  closedDays.clear();
  return replyByJs(instants[i++ % instants.length]);
});
let y = 0;
const holWasm = measure('holidays GB-ENG for a year, wasm engine', SECONDS, () => m.holidays('GB-ENG', 2000 + (y++ % 100)));
y = 0;
const holJs = measure('holidays GB-ENG for a year, date-holidays', SECONDS, () => holidaysJs(2000 + (y++ % 100)));

for (const r of [replyWasm, replyJs, replyJsCold, holWasm, holJs]) printRow(r);
ratioLine('reply-by', replyWasm, replyJs);
ratioLine('reply-by (peer without a holiday cache)', replyWasm, replyJsCold);
ratioLine('holidays', holWasm, holJs);
engine.delete();
