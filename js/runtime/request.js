// What every request shares: the moment, the shopper's time zone, the destination.
import { destinationOf } from './destination.js';
import { declaredLanguageOf } from '../i18n/language.js';

// Whole seconds: the engine takes instants to the second.
export function nowIso(now = Date.now()) {
  return new Date(Math.floor(now / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

// Read again only when the UTC offset moves (a journey, a daylight-saving change): building the
// Intl object that knows the zone costs more than the request that carries it.
let zone = null;
let zoneOffset = NaN;
export function shopperTimeZone() {
  const offset = new Date().getTimezoneOffset();
  if (zone === null || offset !== zoneOffset) {
    zoneOffset = offset;
    try {
      zone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
    } catch {
      zone = 'UTC';
    }
  }
  return zone;
}

export function baseRequest(element) {
  const request = { now: nowIso(), shopperTimeZone: shopperTimeZone() };
  // The page's language picks store-written texts ({"en": ..., "de": ...}) in the engine's
  // answers; without one the engine uses the store's own locale.
  const language = declaredLanguageOf(element);
  if (language) request.language = language;
  const destination = destinationOf(element);
  if (destination) request.destination = destination;
  return request;
}
