// Pure text helpers of <od-delivery-promise>: the countdown, the dispatch day as the shopper
// says it, and the name of the zone a cutoff is set in. Everything comes from Intl; nothing here
// touches the DOM.
import { intl } from '../runtime/intl.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

function unitText(value, unit, locale, digits = 1) {
  const options = { style: 'unit', unit, unitDisplay: unit === 'day' ? 'long' : 'short', minimumIntegerDigits: digits };
  return intl(Intl.NumberFormat, locale, options).format(value);
}

// The time left until a cutoff, rounded down to the minute (never promising a minute that is not
// there): "2 h 09 min", "2 days 03 h", "< 1 min". The smaller unit keeps two digits so that,
// with tabular figures, the text keeps its width while it counts down.
export function countdownText(milliseconds, locale) {
  const left = Math.max(0, milliseconds);
  if (left < MINUTE) return `< ${unitText(1, 'minute', locale)}`;
  const days = Math.floor(left / DAY);
  const hours = Math.floor((left % DAY) / HOUR);
  const minutes = Math.floor((left % HOUR) / MINUTE);
  if (days) return `${unitText(days, 'day', locale)} ${unitText(hours, 'hour', locale, 2)}`;
  if (hours) return `${unitText(hours, 'hour', locale)} ${unitText(minutes, 'minute', locale, 2)}`;
  return unitText(minutes, 'minute', locale);
}

// The longest text the countdown shows from `milliseconds` down to zero: the widget reserves
// its width once, so the words after the countdown never move while it ticks. Each shape
// ("d h", "h min", "min", "< 1 min") is longest at its largest value; tabular figures make
// equal lengths equal widths.
export function widestCountdownText(milliseconds, locale) {
  const candidates = [milliseconds, DAY - MINUTE, HOUR - MINUTE, 0]
    .filter((value) => value <= milliseconds)
    .map((value) => countdownText(value, locale));
  return candidates.reduce((widest, text) => (text.length > widest.length ? text : widest), '');
}

// The milliseconds until the countdown's text next changes: just past the next whole minute
// left, or just past the cutoff itself.
export function nextTickDelay(milliseconds) {
  if (milliseconds <= 0) return 0;
  return (milliseconds % MINUTE) + 1;
}

// The civil date (YYYY-MM-DD) of an instant in a time zone.
export function civilDateIn(instantMs, timeZone) {
  try {
    const parts = intl(Intl.DateTimeFormat, 'en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(new Date(instantMs));
    const part = (type) => parts.find((p) => p.type === type)?.value;
    return `${part('year')}-${part('month')}-${part('day')}`;
  } catch {
    return '';
  }
}

function dayNumber(civilDate) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(civilDate));
  return match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / DAY : NaN;
}

// How the shopper hears the dispatch day: 'today', 'tomorrow', 'weekday' (within the coming
// week) or 'date'. The dispatch date is in the origin's calendar; a shopper whose own date is
// already past it (across the date line) is told "today": the parcel leaves within their today.
export function dispatchDayKind(dispatch, shopperToday) {
  const days = dayNumber(dispatch) - dayNumber(shopperToday);
  if (Number.isNaN(days)) return null;
  if (days <= 0) return 'today';
  if (days === 1) return 'tomorrow';
  return days < 7 ? 'weekday' : 'date';
}

const WALL_CLOCK = { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };

// Whether two zones show the same wall-clock date and time at an instant (Europe/Dublin and
// Europe/London do in winter): then naming the store's zone would only add noise.
export function sameWallClock(instantMs, zoneA, zoneB) {
  if (!zoneA || !zoneB || zoneA === zoneB) return true;
  const wall = (timeZone) => intl(Intl.DateTimeFormat, 'en-GB', { timeZone, ...WALL_CLOCK }).format(new Date(instantMs));
  try {
    return wall(zoneA) === wall(zoneB);
  } catch {
    return true;
  }
}

// The zone's name in the shopper's language, as a phrase that already says "time": "United
// Kingdom Time", "Mitteleuropäische Zeit", "heure : Royaume-Uni". The generic name does not
// change with daylight saving; engines without it give the specific name, then the offset
// ("GMT+1"), then the zone's city.
export function zoneName(timeZone, locale, instantMs = Date.now()) {
  for (const timeZoneName of ['longGeneric', 'long', 'shortOffset', 'short']) {
    try {
      const part = intl(Intl.DateTimeFormat, locale, { timeZone, timeZoneName })
        .formatToParts(new Date(instantMs))
        .find((p) => p.type === 'timeZoneName');
      if (part?.value) return part.value;
    } catch {
      // this style, or this zone, is unknown to the engine: try the next
    }
  }
  return String(timeZone || '').split('/').pop().replace(/_/g, ' ');
}
