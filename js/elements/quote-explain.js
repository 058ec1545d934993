// "Why this price" in plain words, from the quote verb's machine-readable explanation: the
// parcels, the weight they are billed at and every rule that applied. Text only, in the
// translator's language (`tr` from js/i18n/index.js).
import { intl } from '../runtime/intl.js';

const GRAMS_PER_POUND = 453.59237;

function number(value, locale, options) {
  try {
    return intl(Intl.NumberFormat, locale, options).format(value);
  } catch {
    return String(value);
  }
}

// Grams as kilograms or pounds, the way the service bills them (display only: never money).
export function formatWeight(grams, unit, locale) {
  if (!Number.isFinite(grams)) return '';
  if (unit === 'lb') {
    return number(grams / GRAMS_PER_POUND, locale, { style: 'unit', unit: 'pound', maximumFractionDigits: 1 });
  }
  return number(grams / 1000, locale, { style: 'unit', unit: 'kilogram', maximumFractionDigits: 2 });
}

function parcelWords(parcels, tr) {
  const names = parcels.map((p) =>
    p.packaging === 'box' ? tr.t('quote.why.box', { box: p.box }) : tr.t(p.packaging === 'own' ? 'quote.why.ownPackaging' : 'quote.why.onePackage'),
  );
  return tr.t('quote.why.parcels', { parcels: tr.t('quote.why.parcelCount', { count: parcels.length }), packaging: names.join(', ') });
}

// What the parcels weigh and what they are billed at.
function weightWords(option, tr) {
  const parcels = option.parcels;
  const weight = (grams) => formatWeight(grams, option.weightUnit, tr.locale);
  const actual = parcels.reduce((sum, p) => sum + (p.weight || 0), 0);
  const bySize = parcels.reduce((sum, p) => sum + Math.max(p.dimensionalWeight || 0, p.weight || 0), 0);
  const text = tr.t('quote.why.billed', { weight: weight(option.billableWeight) });
  if (option.billableWeight === actual) return text;
  const details = [tr.t('quote.why.packed', { weight: weight(actual) })];
  if (bySize > actual) details.push(tr.t('quote.why.bySize', { weight: weight(bySize) }));
  if (option.weightUnit) details.push(tr.t(option.weightUnit === 'lb' ? 'quote.why.roundedLb' : 'quote.why.roundedKg'));
  return `${text} (${details.join('; ')})`;
}

// One explanation entry as a sentence; amounts are before tax.
export function ruleWords(entry, option, tr) {
  const money = (minor) => tr.money(minor, option.currency);
  const weight = (grams) => formatWeight(grams, option.weightUnit, tr.locale);
  const percent = (value) => number(value / 100, tr.locale, { style: 'percent', maximumFractionDigits: 2 });
  const amount = money(entry.amount);
  const withAmount = (parts) => tr.t('quote.why.amount', { what: parts.filter(Boolean).join(', '), amount });
  switch (entry.kind) {
    case 'flat':
      return tr.t('quote.why.flat', { amount });
    case 'handling':
      return tr.t('quote.why.handling', { amount });
    case 'weight-tier':
      return tr.t('quote.why.weightTier', { weight: weight(entry.billableWeight), upTo: weight(entry.upTo), amount });
    case 'parcel-tier':
      return tr.t('quote.why.parcelTier', { parcel: entry.parcel + 1, weight: weight(entry.billableWeight), upTo: weight(entry.upTo), amount });
    case 'subtotal-tier':
      return tr.t('quote.why.subtotalTier', { subtotal: money(entry.subtotal), upTo: money(entry.upTo), amount });
    case 'item-tier':
      return tr.t('quote.why.itemTier', { items: tr.t('quote.why.items', { count: entry.units }), upTo: entry.upTo, amount });
    case 'per-item':
      return withAmount([
        tr.t('quote.why.perItem', { first: money(entry.first), additional: money(entry.additional), items: tr.t('quote.why.items', { count: entry.units }) }),
        Number.isSafeInteger(entry.cap) && tr.t('quote.why.capped', { cap: money(entry.cap) }),
      ]);
    case 'percent':
      return withAmount([
        tr.t('quote.why.percent', { percent: percent(entry.percent), subtotal: money(entry.subtotal) }),
        Number.isSafeInteger(entry.min) && tr.t('quote.why.min', { min: money(entry.min) }),
        Number.isSafeInteger(entry.max) && tr.t('quote.why.max', { max: money(entry.max) }),
      ]);
    case 'surcharge': {
      const name = entry.name ? tr.t('quote.why.surcharge', { name: entry.name }) : tr.t('quote.why.remoteSurcharge');
      return withAmount([entry.parcels ? `${name} (${tr.t('quote.why.parcelCount', { count: entry.parcels })})` : name]);
    }
    case 'class-fee': {
      const fee = tr.t('quote.why.classFee', { class: entry.class });
      return withAmount([entry.policy === 'highest' ? `${fee} (${tr.t('quote.why.highestOnly')})` : fee]);
    }
    case 'free-over':
      return tr.t('quote.why.freeOver', { subtotal: money(entry.subtotal), threshold: money(entry.threshold) });
    case 'tax':
      return tr.t(entry.included ? 'quote.why.taxIncluded' : 'quote.why.taxAdded', { percent: percent(entry.percent), amount });
    default:
      return Number.isSafeInteger(entry.amount) ? `${entry.kind}: ${amount}` : '';
  }
}

// Every line of "why this price" for one option, or [] when the result carries no explanation.
export function whyLines(option, tr) {
  const lines = [];
  const parcels = Array.isArray(option.parcels) ? option.parcels : null;
  if (option.kind === 'collect') lines.push(tr.t('quote.why.collect'));
  else if (parcels && parcels.length) {
    lines.push(parcelWords(parcels, tr));
    if (Number.isFinite(option.billableWeight)) lines.push(weightWords(option, tr));
  }
  if (Array.isArray(option.explanation)) {
    for (const entry of option.explanation) {
      if (!entry || typeof entry !== 'object') continue;
      if (entry.kind === 'tax' && entry.amount === 0) continue; // nothing to tax: a free option
      const text = ruleWords(entry, option, tr);
      if (text) lines.push(text);
    }
  }
  return lines;
}

// Carrier days as words: "Next working day", "2–4 working days", "Ready to collect".
export function transitWords(option, tr) {
  const days = option.promise?.transitDays;
  if (!days || !Number.isSafeInteger(days.min) || !Number.isSafeInteger(days.max)) return '';
  if (option.kind === 'collect') return days.max === 0 ? tr.t('quote.readyToCollect') : tr.t('quote.readyIn', { count: days.max });
  if (days.max === 0) return tr.t('quote.sameDay');
  if (days.max === 1) return tr.t(days.min === 1 ? 'quote.nextDay' : 'quote.withinOneDay');
  if (days.min === days.max) return tr.t('quote.workingDays', { count: days.max });
  return tr.t('quote.workingDaysRange', { min: days.min, max: days.max });
}

// Every reason key spelled out, so the catalogue test sees each one.
const EXCLUDED = {
  'cannot-ship-to': 'quote.excluded.cannot-ship-to',
  'cannot-ship-by': 'quote.excluded.cannot-ship-by',
  'class-not-carried': 'quote.excluded.class-not-carried',
  'no-box-fits': 'quote.excluded.no-box-fits',
};

export function excludedWords(items, tr) {
  return items.map((item) => `${item.name || item.sku} (${tr.t(EXCLUDED[item.reason] || 'quote.excluded.other')})`).join(', ');
}

const UNAVAILABLE = {
  'nothing-to-ship': 'quote.unavailable.nothing-to-ship',
  'over-weight-limit': 'quote.unavailable.over-weight-limit',
  'parcel-over-weight-limit': 'quote.unavailable.parcel-over-weight-limit',
  'over-item-limit': 'quote.unavailable.over-item-limit',
  'over-subtotal-limit': 'quote.unavailable.over-subtotal-limit',
};

export function unavailableWords(entry, tr) {
  return `${entry.name || entry.service}: ${tr.t(UNAVAILABLE[entry.reason] || 'quote.unavailable.other')}`;
}
