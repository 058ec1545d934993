// The delivery promise's texts: countdown, dispatch day, zone names (js/elements/promise-text.js).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  civilDateIn,
  countdownText,
  dispatchDayKind,
  nextTickDelay,
  sameWallClock,
  widestCountdownText,
  zoneName,
} from '../../js/elements/promise-text.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

test('the countdown rounds down to the minute, so it never promises time that is not there', () => {
  assert.equal(countdownText(2 * HOUR + 14 * MINUTE + 59_999, 'en-US'), '2 hr 14 min');
});

test('the countdown keeps two digits for its smaller unit, so its width holds while it ticks', () => {
  assert.equal(countdownText(2 * HOUR + 9 * MINUTE, 'en-US'), '2 hr 09 min');
  assert.equal(countdownText(2 * DAY + 3 * HOUR, 'en-US'), '2 days 03 hr');
  assert.equal(countdownText(9 * MINUTE, 'en-US'), '9 min');
});

test('in the last minute the countdown says less than a minute rather than zero', () => {
  assert.equal(countdownText(59_999, 'en-US'), '< 1 min');
  assert.equal(countdownText(0, 'de'), '< 1 Min.');
});

test('the countdown speaks the locale', () => {
  assert.equal(countdownText(2 * HOUR + 14 * MINUTE, 'de'), '2 Std. 14 Min.');
  assert.equal(countdownText(2 * HOUR + 14 * MINUTE, 'fr').replace(/\s/g, ' '), '2 h 14 min'); // French spaces are narrow
});

test('the reserved width covers the longer texts still to come, such as a day turning into hours', () => {
  assert.equal(widestCountdownText(DAY + 30 * MINUTE, 'en-US'), '23 hr 59 min');
  assert.equal(widestCountdownText(2 * HOUR + 14 * MINUTE, 'en-US'), '2 hr 14 min');
  assert.equal(widestCountdownText(30 * MINUTE, 'en-US'), '< 1 min');
});

test('the next tick comes just after the minute shown runs out, and just after the cutoff at the end', () => {
  assert.equal(nextTickDelay(2 * HOUR + 14 * MINUTE + 30_000), 30_001);
  assert.equal(nextTickDelay(5 * MINUTE), 1);
  assert.equal(nextTickDelay(20_000), 20_001);
  assert.equal(nextTickDelay(0), 0);
});

test('the shopper’s today is the date on their own clock', () => {
  const instant = Date.parse('2026-11-24T20:00:00Z');
  assert.equal(civilDateIn(instant, 'Europe/London'), '2026-11-24');
  assert.equal(civilDateIn(instant, 'Pacific/Auckland'), '2026-11-25');
});

test('the dispatch day is today, tomorrow, a weekday within the week, or a date', () => {
  assert.equal(dispatchDayKind('2026-11-24', '2026-11-24'), 'today');
  assert.equal(dispatchDayKind('2026-11-25', '2026-11-24'), 'tomorrow');
  assert.equal(dispatchDayKind('2026-11-30', '2026-11-24'), 'weekday');
  assert.equal(dispatchDayKind('2026-12-01', '2026-11-24'), 'date');
});

test('a shopper already past the origin’s dispatch date (across the date line) hears today', () => {
  assert.equal(dispatchDayKind('2026-11-25', '2026-11-26'), 'today');
});

test('zones whose clocks read the same are not named; zones that differ are', () => {
  const winter = Date.parse('2026-11-25T14:00:00Z');
  assert.equal(sameWallClock(winter, 'Europe/Dublin', 'Europe/London'), true);
  assert.equal(sameWallClock(winter, 'Europe/Berlin', 'Europe/London'), false);
  assert.equal(sameWallClock(winter, 'Europe/London', undefined), true);
});

test('a zone is named in the shopper’s language, as a phrase that already says “time”', () => {
  const at = Date.parse('2026-11-25T14:00:00Z');
  assert.equal(zoneName('Europe/London', 'en-GB', at), 'United Kingdom Time');
  assert.equal(zoneName('Europe/Berlin', 'de', at), 'Mitteleuropäische Zeit');
  assert.equal(zoneName('Europe/Paris', 'es', at), 'hora de Europa central');
});

test('a zone name never comes out empty, even for a zone Intl does not know', () => {
  assert.equal(zoneName('Mars/Olympus_Mons', 'en', 0), 'Olympus Mons');
});
