// The widgets' languages. A widget asks `translator(this)` for a translator in the language of
// its own `lang` attribute, the closest [lang] ancestor, or the document, falling back to
// English; messages, money, dates, times and relative times then come out in that language:
//
//   const tr = translator(this);
//   tr.t('quote.freeRemaining', { amount: tr.money(420, 'GBP') });   // "Add £4.20 more for free delivery."
//   tr.date('2026-11-27');                                           // "Fri 27 Nov" / "Fr., 27. Nov."
//
// Store-written texts from the configuration ({"en": "...", "de": "..."} or a plain string) are
// chosen with `localized(text, tr.lang)`, the same rule the engine uses.
import { formatDate, formatDuration, formatInstant, formatMoney } from '../runtime/format.js';
import { intl } from '../runtime/intl.js';
import en from './messages/en.js';

import { DEFAULT_LANGUAGE, declaredLanguageOf, languageTagOf, wellFormed } from './language.js';

export { DEFAULT_LANGUAGE, declaredLanguageOf, languageTagOf };

import { CATALOGUES, LANGUAGES, configureCatalogues, loadCatalogue, registerCatalogue } from './catalogues.js';

export { CATALOGUES, LANGUAGES, configureCatalogues, loadCatalogue, registerCatalogue };

registerCatalogue('en', en);

// A tag ("de-CH", "fr", "pt-BR") to the catalogue that serves it; English when none does.
export function supportedLanguage(tag) {
  const primary = String(tag || '').toLowerCase().split(/[-_]/)[0];
  return LANGUAGES.includes(primary) ? primary : DEFAULT_LANGUAGE;
}

function pluralCategory(locale, count) {
  try {
    return intl(Intl.PluralRules, locale).select(count);
  } catch {
    return count === 1 ? 'one' : 'other';
  }
}

function numberText(value, locale) {
  try {
    return intl(Intl.NumberFormat, locale).format(value);
  } catch {
    return String(value);
  }
}

// Fills {name} placeholders. Numbers are formatted for the locale; a placeholder without a
// value stays visible as {name}, so a missing parameter is noticed instead of hidden.
export function formatMessage(template, params = {}, locale = DEFAULT_LANGUAGE) {
  let text = template;
  if (template && typeof template === 'object') {
    const count = Number(params.count);
    text = template[pluralCategory(locale, count)] ?? template.other ?? '';
  }
  return String(text).replace(/\{([A-Za-z0-9_]+)\}/g, (whole, name) => {
    if (!Object.prototype.hasOwnProperty.call(params, name)) return whole;
    const value = params[name];
    if (value === null || value === undefined) return '';
    return typeof value === 'number' ? numberText(value, locale) : String(value);
  });
}

// The message `key` in `language` (English when that catalogue lacks it; the key itself when
// no catalogue has it).
export function message(language, key, params, locale = language) {
  const catalogue = CATALOGUES[supportedLanguage(language)] || CATALOGUES[DEFAULT_LANGUAGE];
  const template = catalogue[key] ?? CATALOGUES[DEFAULT_LANGUAGE][key];
  if (template === undefined) return key;
  return formatMessage(template, params, locale);
}

// Store-written text: a string, or {"en": ..., "de-CH": ...}. Exact tag, then the primary
// subtag, then the first entry (the store's default) — as the engine's LocalizedText::in.
export function localized(text, tag) {
  if (typeof text === 'string') return text;
  if (!text || typeof text !== 'object') return '';
  const entries = Object.entries(text).filter(([, value]) => typeof value === 'string');
  if (!entries.length) return '';
  const wanted = String(tag || '');
  const primary = wanted.split('-')[0];
  return (
    entries.find(([lang]) => lang === wanted)?.[1] ??
    entries.find(([lang]) => lang === primary)?.[1] ??
    entries[0][1]
  );
}

const RELATIVE_UNITS = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

// "in 3 hours", "tomorrow", "vor 2 Tagen": the largest whole unit of the difference.
export function formatRelative(milliseconds, locale) {
  if (!Number.isFinite(milliseconds)) return '';
  const [unit, size] = RELATIVE_UNITS.find(([, ms]) => Math.abs(milliseconds) >= ms) || RELATIVE_UNITS[2];
  const value = Math.trunc(milliseconds / size);
  try {
    return intl(Intl.RelativeTimeFormat, locale, { numeric: 'auto' }).format(value, unit);
  } catch {
    return '';
  }
}

export function formatList(items, locale, type = 'conjunction') {
  try {
    return intl(Intl.ListFormat, locale, { style: 'long', type }).format(items.map(String));
  } catch {
    return items.join(', ');
  }
}

function percentText(ratio, locale) {
  try {
    return intl(Intl.NumberFormat, locale, { style: 'percent', maximumFractionDigits: 0 }).format(ratio);
  } catch {
    return `${Math.round(ratio * 100)} %`;
  }
}

// Formatting follows the most specific tag in the text's own language: an element's `locale`
// attribute ("de-CH" on a German page keeps Swiss conventions), the declared tag, then the
// browser's ("en-GB" dates on a page that declares nothing). A language that is not served
// formats in English like its text, so a page never mixes two languages.
function formattingLocale(element, tag, lang) {
  const candidates = element ? [element.getAttribute?.('locale'), declaredLanguageOf(element), globalThis.navigator?.language] : [tag];
  for (const candidate of candidates) {
    const wanted = candidate && wellFormed(candidate);
    if (wanted && wanted.split('-')[0].toLowerCase() === lang) return wanted;
  }
  return lang;
}

// A translator for an element (or a language tag).
export function translator(elementOrTag) {
  const element = typeof elementOrTag === 'string' ? null : elementOrTag;
  const tag = element ? languageTagOf(element) : wellFormed(elementOrTag) || DEFAULT_LANGUAGE;
  const lang = supportedLanguage(tag);
  // Until its catalogue has arrived a language shows English text, formatted in English too (the
  // loader re-renders the widgets when it arrives); `complete` says whether it is already `lang`.
  const complete = Boolean(CATALOGUES[lang]);
  if (!complete) loadCatalogue(lang);
  const locale = formattingLocale(element, tag, complete ? lang : DEFAULT_LANGUAGE);
  return Object.freeze({
    lang,
    locale,
    complete,
    t: (key, params) => message(lang, key, params, locale),
    has: (key) => Object.prototype.hasOwnProperty.call(CATALOGUES[lang] || {}, key),
    text: (storeText) => localized(storeText, tag),
    money: (minor, currency) => formatMoney(minor, currency, locale),
    date: (civilDate, options) => formatDate(civilDate, locale, options),
    time: (instant, timeZone, withDay = true) => formatInstant(instant, locale, timeZone, withDay),
    duration: (milliseconds) => formatDuration(milliseconds, locale),
    relative: (milliseconds) => formatRelative(milliseconds, locale),
    number: (value) => numberText(value, locale),
    percent: (ratio) => percentText(ratio, locale),
    list: (items, type) => formatList(items, locale, type),
  });
}
