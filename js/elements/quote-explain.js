// "Why this price" in plain words, from the quote verb's machine-readable explanation: the
// parcels, the weight they are billed at and every rule that applied. Text only.
import { formatMoney } from '../runtime/format.js';

const GRAMS_PER_POUND = 453.59237;

function number(value, locale, options) {
  try {
    return new Intl.NumberFormat(locale, options).format(value);
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

function formatPercent(percent, locale) {
  return number(percent / 100, locale, { style: 'percent', maximumFractionDigits: 2 });
}

function plural(count, one, many) {
  return `${count} ${count === 1 ? one : many}`;
}

function parcelWords(parcels) {
  const names = parcels.map((p) => (p.packaging === 'box' ? `box ${p.box}` : p.packaging === 'own' ? 'its own packaging' : 'one package'));
  return `${plural(parcels.length, 'parcel', 'parcels')}: ${names.join(', ')}`;
}

// What the parcels weigh and what they are billed at.
function weightWords(option, locale) {
  const parcels = option.parcels;
  const unit = option.weightUnit;
  const actual = parcels.reduce((sum, p) => sum + (p.weight || 0), 0);
  const bySize = parcels.reduce((sum, p) => sum + Math.max(p.dimensionalWeight || 0, p.weight || 0), 0);
  const text = `Billed weight ${formatWeight(option.billableWeight, unit, locale)}`;
  if (option.billableWeight === actual) return text;
  const details = [`packed weight ${formatWeight(actual, unit, locale)}`];
  if (bySize > actual) details.push(`bulky parcels count by size as ${formatWeight(bySize, unit, locale)}`);
  if (option.weightUnit) details.push(`rounded up to whole ${option.weightUnit === 'lb' ? 'pounds' : 'kilograms'}`);
  return `${text} (${details.join('; ')})`;
}

// One explanation entry as a sentence; amounts are before tax.
export function ruleWords(entry, option, locale) {
  const currency = option.currency;
  const money = (minor) => formatMoney(minor, currency, locale);
  const weight = (grams) => formatWeight(grams, option.weightUnit, locale);
  const amount = money(entry.amount);
  switch (entry.kind) {
    case 'flat':
      return `Flat rate: ${amount}`;
    case 'handling':
      return `Handling: ${amount}`;
    case 'weight-tier':
      return `By weight: ${weight(entry.billableWeight)} falls in the band up to ${weight(entry.upTo)}: ${amount}`;
    case 'parcel-tier':
      return `Parcel ${entry.parcel + 1} at ${weight(entry.billableWeight)}, in the band up to ${weight(entry.upTo)}: ${amount}`;
    case 'subtotal-tier':
      return `By order value: ${money(entry.subtotal)} falls in the band up to ${money(entry.upTo)}: ${amount}`;
    case 'item-tier':
      return `By number of items: ${plural(entry.units, 'item', 'items')}, in the band up to ${entry.upTo}: ${amount}`;
    case 'per-item': {
      let text = `${money(entry.first)} for the first item and ${money(entry.additional)} for each one after (${plural(entry.units, 'item', 'items')})`;
      if (Number.isSafeInteger(entry.cap)) text += `, capped at ${money(entry.cap)}`;
      return `${text}: ${amount}`;
    }
    case 'percent': {
      let text = `${formatPercent(entry.percent, locale)} of the order value of ${money(entry.subtotal)}`;
      if (Number.isSafeInteger(entry.min)) text += `, raised to the minimum of ${money(entry.min)}`;
      if (Number.isSafeInteger(entry.max)) text += `, limited to the maximum of ${money(entry.max)}`;
      return `${text}: ${amount}`;
    }
    case 'surcharge':
      return `${entry.name || 'Remote area'} surcharge${entry.parcels ? ` (${plural(entry.parcels, 'parcel', 'parcels')})` : ''}: ${amount}`;
    case 'class-fee':
      return `Fee for ${entry.class} items${entry.policy === 'highest' ? ' (only the highest such fee applies)' : ''}: ${amount}`;
    case 'free-over':
      return `Free, because the order value of ${money(entry.subtotal)} reaches the free-delivery threshold of ${money(entry.threshold)}`;
    case 'tax':
      return entry.included
        ? `The price includes ${formatPercent(entry.percent, locale)} tax (${amount})`
        : `${formatPercent(entry.percent, locale)} tax (${amount}) is added at checkout`;
    default:
      return Number.isSafeInteger(entry.amount) ? `${entry.kind}: ${amount}` : '';
  }
}

// Every line of "why this price" for one option, or [] when the result carries no explanation.
export function whyLines(option, locale) {
  const lines = [];
  const parcels = Array.isArray(option.parcels) ? option.parcels : null;
  if (option.kind === 'collect') lines.push('Nothing is sent: you collect the order.');
  else if (parcels && parcels.length) {
    lines.push(parcelWords(parcels));
    if (Number.isFinite(option.billableWeight)) lines.push(weightWords(option, locale));
  }
  if (Array.isArray(option.explanation)) {
    for (const entry of option.explanation) {
      if (!entry || typeof entry !== 'object') continue;
      if (entry.kind === 'tax' && entry.amount === 0) continue; // nothing to tax: a free option
      const text = ruleWords(entry, option, locale);
      if (text) lines.push(text);
    }
  }
  return lines;
}

// Carrier days as words: "Next working day", "2–4 working days", "Ready to collect".
export function transitWords(option) {
  const days = option.promise?.transitDays;
  if (!days || !Number.isSafeInteger(days.min) || !Number.isSafeInteger(days.max)) return '';
  if (option.kind === 'collect') return days.max === 0 ? 'Ready to collect' : `Ready to collect in ${plural(days.max, 'working day', 'working days')}`;
  if (days.max === 0) return 'Same day';
  if (days.max === 1) return days.min === 1 ? 'Next working day' : 'Within 1 working day';
  if (days.min === days.max) return `${days.max} working days`;
  return `${days.min}–${days.max} working days`;
}

const EXCLUSION_WORDS = {
  'cannot-ship-to': 'cannot be delivered there',
  'cannot-ship-by': 'cannot go by this service',
  'class-not-carried': 'not carried by this service',
  'no-box-fits': 'too large or heavy for our boxes',
};

export function excludedWords(items) {
  return items.map((item) => `${item.name || item.sku} (${EXCLUSION_WORDS[item.reason] || 'not included'})`).join(', ');
}

const UNAVAILABLE_WORDS = {
  'nothing-to-ship': 'none of these items can go by this service',
  'over-weight-limit': 'the order is too heavy for this service',
  'parcel-over-weight-limit': 'a parcel is too heavy for this service',
  'over-item-limit': 'too many items for this service',
  'over-subtotal-limit': 'the order value is above what this service takes',
};

export function unavailableWords(entry) {
  return `${entry.name || entry.service}: ${UNAVAILABLE_WORDS[entry.reason] || 'not available for this order'}`;
}
