// The destination picker of <od-shipping-quote>: a disclosure ("Delivering to United Kingdom,
// LS1 4AP") that opens a small form with a country list and a postcode field. Plain form
// controls with labels, so it works by keyboard and with assistive technology as browsers make
// them. It lives outside the widget's live content and is updated in place, never rebuilt while
// the shopper uses it, so focus and typing survive live updates.
import { h } from './dom.js';

let displayNames = new Map();
export function countryName(code, locale) {
  const key = locale || '';
  try {
    if (!displayNames.has(key)) displayNames.set(key, new Intl.DisplayNames(locale ? [locale] : undefined, { type: 'region' }));
    return displayNames.get(key).of(code) || code;
  } catch {
    return code;
  }
}

export class DestinationPicker {
  #countries = '';
  #onChoose;

  constructor(onChoose) {
    this.#onChoose = onChoose;
    this.summary = h('summary', { part: 'picker-summary', class: 'picker-summary' });
    this.country = h('select', { id: 'od-country', name: 'country', autocomplete: 'country', part: 'picker-country' });
    this.postcode = h('input', {
      id: 'od-postcode',
      name: 'postcode',
      type: 'text',
      autocomplete: 'postal-code',
      spellcheck: 'false',
      size: '10',
      maxlength: '16',
      part: 'picker-postcode',
    });
    this.form = h(
      'form',
      { part: 'picker-form', class: 'picker-form' },
      h('label', { for: 'od-country', text: 'Country' }),
      this.country,
      h('label', { for: 'od-postcode', text: 'Postcode' }),
      this.postcode,
      h('button', { type: 'submit', part: 'picker-button', text: 'Update delivery options' }),
    );
    this.node = h('details', { part: 'picker', class: 'picker' }, this.summary, this.form);
    this.node.hidden = true;
    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#choose();
    });
    this.country.addEventListener('change', () => {
      this.postcode.value = ''; // a postcode of the previous country means nothing in the new one
      this.#choose();
    });
  }

  #choose() {
    const destination = { country: this.country.value };
    const postcode = this.postcode.value.trim();
    if (postcode) destination.postcode = postcode;
    this.#onChoose(destination);
  }

  // True while the shopper is in the form: values are not overwritten under their fingers.
  #inUse() {
    const active = this.node.getRootNode().activeElement;
    return Boolean(active) && this.form.contains(active);
  }

  // `countries`: codes the store ships to; `destination`: what the quote was for (or null).
  update({ countries, destination, locale, open = false }) {
    const codes = [...new Set([...(countries || []), destination?.country].filter((c) => typeof c === 'string' && c))];
    const named = codes.map((code) => [code, countryName(code, locale)]).sort((a, b) => a[1].localeCompare(b[1], locale));
    const key = `${locale}|${named.map(([code]) => code).join(',')}`;
    if (key !== this.#countries) {
      this.#countries = key;
      const selected = this.country.value;
      this.country.replaceChildren(...named.map(([code, name]) => h('option', { value: code, text: name })));
      if (selected) this.country.value = selected;
    }
    if (!this.#inUse()) {
      if (destination?.country) this.country.value = destination.country;
      this.postcode.value = destination?.postcode || '';
    }
    const where = destination?.country
      ? `${countryName(destination.country, locale)}${destination.postcode ? `, ${destination.postcode}` : ''}`
      : '';
    const text = where ? `Delivering to ${where} (change)` : 'Choose where to deliver';
    if (this.summary.textContent !== text) this.summary.textContent = text;
    if (open) this.node.open = true;
    this.node.hidden = false;
  }

  hide() {
    this.node.hidden = true;
  }
}
