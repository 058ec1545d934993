// The destination picker of <od-shipping-quote>: a disclosure ("Delivering to United Kingdom,
// LS1 4AP") that opens a small form with a country list and a postcode field. Plain form
// controls with labels, so it works by keyboard and with assistive technology as browsers make
// them. It lives outside the widget's live content and is updated in place, never rebuilt while
// the shopper uses it, so focus and typing survive live updates; its words follow the widget's
// translator on every update.
import { intl } from '../runtime/intl.js';
import { h } from './dom.js';

export function countryName(code, locale) {
  try {
    return intl(Intl.DisplayNames, locale ? [locale] : undefined, { type: 'region' }).of(code) || code;
  } catch {
    return code;
  }
}

// Only a real change touches the DOM (no needless mutations under assistive technology).
function setText(node, text) {
  if (node.textContent !== text) node.textContent = text;
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
    this.countryLabel = h('label', { for: 'od-country' });
    this.postcodeLabel = h('label', { for: 'od-postcode' });
    this.button = h('button', { type: 'submit', part: 'picker-button' });
    this.form = h(
      'form',
      { part: 'picker-form', class: 'picker-form' },
      this.countryLabel,
      this.country,
      this.postcodeLabel,
      this.postcode,
      this.button,
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

  // `countries`: codes the store ships to; `destination`: what the quote was for (or null);
  // `tr`: the widget's translator.
  update({ countries, destination, tr, open = false }) {
    const locale = tr.locale;
    setText(this.countryLabel, tr.t('quote.country'));
    setText(this.postcodeLabel, tr.t('quote.postcode'));
    setText(this.button, tr.t('quote.update'));
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
    setText(this.summary, where ? tr.t('quote.deliveringTo', { place: where }) : tr.t('quote.chooseDestination'));
    if (open) this.node.open = true;
    this.node.hidden = false;
  }

  hide() {
    this.node.hidden = true;
  }
}
