// Display formatting with Intl. The engine computes; this only shows. Money arrives in integer
// minor units, civil dates as YYYY-MM-DD, instants as ISO 8601 UTC.
import { intl } from './intl.js';

function formatter(kind, locale, options) {
  return intl(kind === 'number' ? Intl.NumberFormat : Intl.DateTimeFormat, locale, options);
}

export function localeOf(element) {
  const tagged = element.closest?.('[lang]')?.getAttribute('lang');
  const candidates = [element.getAttribute?.('locale'), tagged, navigator.language].filter(Boolean);
  return candidates.find(supported);
}

const supportedTags = new Map();
function supported(tag) {
  if (!supportedTags.has(tag)) {
    let known = false;
    try {
      known = Intl.NumberFormat.supportedLocalesOf([tag]).length > 0;
    } catch {
      // not a well-formed language tag
    }
    supportedTags.set(tag, known);
  }
  return supportedTags.get(tag);
}

// Digits after the decimal point for a currency (JPY 0, GBP 2, KWD 3), as Intl knows them.
const digitsByCurrency = new Map();
export function currencyDigits(currency, locale) {
  const key = `${currency}|${locale ?? ''}`;
  if (!digitsByCurrency.has(key)) {
    const options = formatter('number', locale, { style: 'currency', currency }).resolvedOptions();
    digitsByCurrency.set(key, options.maximumFractionDigits);
  }
  return digitsByCurrency.get(key);
}

// Integer minor units to a decimal string, without floating point: 123456 GBP -> "1234.56".
export function minorToDecimal(minor, digits) {
  const units = BigInt(minor);
  const negative = units < 0n;
  const abs = (negative ? -units : units).toString().padStart(digits + 1, '0');
  const whole = abs.slice(0, abs.length - digits);
  const fraction = digits ? `.${abs.slice(abs.length - digits)}` : '';
  return `${negative ? '-' : ''}${whole}${fraction}`;
}

export function formatMoney(minor, currency, locale) {
  if (!Number.isSafeInteger(minor) || typeof currency !== 'string') return '';
  try {
    const digits = currencyDigits(currency, locale);
    // A decimal string keeps exactness where Intl accepts strings; older engines round-trip a Number.
    return formatter('number', locale, { style: 'currency', currency }).format(minorToDecimal(minor, digits));
  } catch {
    return '';
  }
}

function civilToUtc(date) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(date));
  if (!match) return null;
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}

// A civil date as "Thu 27 Nov" in the shopper's language. Civil dates have no zone: format in UTC.
export function formatDate(date, locale, options = { weekday: 'short', day: 'numeric', month: 'short' }) {
  const utc = civilToUtc(date);
  return utc ? formatter('date', locale, { ...options, timeZone: 'UTC' }).format(utc) : '';
}

// An instant in the shopper's zone: "Thu 14:00" (weekday omitted when `withDay` is false).
export function formatInstant(instant, locale, timeZone, withDay = true) {
  const time = Date.parse(instant);
  if (Number.isNaN(time)) return '';
  const options = { hour: 'numeric', minute: '2-digit', timeZone };
  if (withDay) options.weekday = 'short';
  try {
    return formatter('date', locale, options).format(new Date(time));
  } catch {
    return formatter('date', locale, { ...options, timeZone: undefined }).format(new Date(time));
  }
}

// A duration rounded down to minutes: "2 h 14 min", "3 days 2 h".
export function formatDuration(milliseconds, locale) {
  const totalMinutes = Math.max(0, Math.floor(milliseconds / 60000));
  const days = Math.floor(totalMinutes / 1440);
  const hours = Math.floor((totalMinutes % 1440) / 60);
  const minutes = totalMinutes % 60;
  const parts = days ? [['day', days], ['hour', hours]] : hours ? [['hour', hours], ['minute', minutes]] : [['minute', minutes]];
  return parts
    .filter(([, value], index) => value || index === 0)
    .map(([unit, value]) =>
      formatter('number', locale, { style: 'unit', unit, unitDisplay: unit === 'day' ? 'long' : 'short' }).format(value),
    )
    .join(' ');
}
