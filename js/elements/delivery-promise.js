// <od-delivery-promise>: "Order within 2 h 14 min for dispatch today — arrives by Thu 27 Nov",
// then "often by Tue 25 Nov" when the likely date is earlier than the promised one. Works for
// one product (sku, qty) or the cart.
//
// Dates are the engine's civil dates in the destination's calendar, formatted without any zone
// shift; the cutoff is shown in the shopper's zone, with the origin's zone named when its clock
// reads differently ("Order by 15:00 your time (14:00 United Kingdom Time)"). The visible line
// ticks and is hidden from assistive technology; a screen reader gets one full sentence that
// changes only when the promise does, so the live region does not speak every minute.
//
// The countdown is the engine's `orderBy` instant minus the clock. The engine's instants are the
// truth: when the cutoff passes the engine is asked again for the next one, never computed here.
import { OdElement } from './base.js';
import { h } from './dom.js';
import { productCart, PRODUCT_ATTRIBUTES } from './product.js';
import { translator } from '../i18n/index.js';
import { failure } from '../runtime/events.js';
import { nowIso } from '../runtime/request.js';
import {
  civilDateIn,
  countdownText,
  dispatchDayKind,
  nextTickDelay,
  sameWallClock,
  widestCountdownText,
  zoneName,
} from './promise-text.js';

const HEADLINE_KEYS = { today: 'promise.orderWithin', tomorrow: 'promise.orderWithinTomorrow', weekday: 'promise.orderWithinOn', date: 'promise.orderWithinOn' };
const SPOKEN_KEYS = { today: 'promise.spokenToday', tomorrow: 'promise.spokenTomorrow', weekday: 'promise.spokenOn', date: 'promise.spokenOn' };
const LONG_DATE = { weekday: 'long', day: 'numeric', month: 'long' };
// How far the wall clock may drift from the monotonic clock between ticks before the promise is
// asked again: more is a clock set by hand or by the system, or a machine that slept.
const CLOCK_JUMP_MS = 2_000;

// A translated template with nodes in place of some placeholders: each placeholder is filled
// with its own name first, then the text is cut at those names.
function fillWithNodes(tr, key, params, nodes) {
  const marked = { ...params };
  for (const name of Object.keys(nodes)) marked[name] = `{${name}}`;
  const pattern = new RegExp(`(${Object.keys(nodes).map((name) => `\\{${name}\\}`).join('|')})`);
  return tr
    .t(key, marked)
    .split(pattern)
    .filter(Boolean)
    .map((piece) => nodes[piece.slice(1, -1)] ?? piece);
}

export class OdDeliveryPromise extends OdElement {
  static extraAttributes = [...PRODUCT_ATTRIBUTES, 'service'];
  static styles = `
/* Room for the two usual lines (the promise and "often by"), so their arrival moves nothing. */
:host { --od-min-block-size: 3em; }
p { margin: 0; }
.line { display: block; }
[part="latest"] { white-space: nowrap; }
/* The countdown's box is as wide as the widest text it will show before the cutoff, and its
   figures are all one width: the words after it never move while it ticks. */
[part="countdown"] { display: inline-grid; font-variant-numeric: tabular-nums; white-space: nowrap; }
[part="countdown"] > span, [part="countdown"]::after { grid-area: 1 / 1; justify-self: start; }
[part="countdown"]::after { content: attr(data-widest); visibility: hidden; }
`;

  #timer = 0;
  #orderBy = NaN;
  #passedCutoff = NaN;
  #clockMark = { wall: 0, monotonic: 0 };
  #onVisible = () => {
    if (document.visibilityState === 'visible') this.tick();
  };

  connectedCallback() {
    super.connectedCallback();
    // A hidden tab's timers are throttled or stopped: on its return the countdown is brought up
    // to the clock at once (and the engine asked again if a cutoff passed meanwhile).
    document.addEventListener('visibilitychange', this.#onVisible);
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    document.removeEventListener('visibilitychange', this.#onVisible);
    clearTimeout(this.#timer);
  }

  // Brings the countdown to the clock and plans the next change; past the cutoff, asks again.
  tick() {
    clearTimeout(this.#timer);
    if (Number.isNaN(this.#orderBy) || !this.isConnected) return;
    if (this.#clockJumped()) {
      // The promise was the answer for another clock: ask again for this one.
      this.#passedCutoff = NaN;
      this.#orderBy = NaN;
      this.scheduleRefresh();
      return;
    }
    const left = this.#orderBy - Date.now();
    if (left <= 0) {
      this.#passedCutoff = this.#orderBy;
      this.#orderBy = NaN;
      this.scheduleRefresh();
      return;
    }
    const countdown = this.shadowRoot.querySelector('[part="countdown"]');
    const text = countdown?.firstElementChild;
    if (text) {
      // The box only ever keeps or gains width: a narrower text leaves the words after it where
      // they were.
      countdown.style.minInlineSize = `${countdown.getBoundingClientRect().width}px`;
      text.textContent = countdownText(left, translator(this).locale);
    }
    this.#timer = setTimeout(() => this.tick(), nextTickDelay(left));
  }

  buildRequest(request) {
    const cart = productCart(this) || this.effectiveCart();
    if (!cart) return null;
    // "Now" is the clock at the moment of asking — never a moment kept from earlier, so a tab
    // woken from sleep asks about the present — and never before a cutoff this widget has seen
    // pass, so a timer that fires a few milliseconds early (or the whole-second rounding) cannot
    // bring back the cutoff that just ended. A shopper clock that is wrong shifts the question
    // and the countdown alike, so the widget shows the engine's answer for that clock; a clock
    // set right meanwhile (or a machine waking) is a jump against the monotonic clock, and the
    // next tick asks again.
    if (Date.parse(request.now) < this.#passedCutoff) request.now = nowIso(this.#passedCutoff);
    const service = this.getAttribute('service');
    return service ? { ...request, cart, service } : { ...request, cart };
  }

  callEngine(engine, request) {
    return engine.promise(request);
  }

  render(result, { timeZone }) {
    const promise = result.promise;
    // No promise (no transit days for the zone, no cutoffs, ...): the fallback stays, nothing is
    // guessed. The engine's reason goes with the od-error event.
    if (!promise || !/^\d{4}-\d{2}-\d{2}$/.test(promise.latest ?? '')) {
      clearTimeout(this.#timer);
      this.#orderBy = NaN;
      throw failure('no-promise', `No delivery date can be promised${result.unavailable ? ` (${result.unavailable})` : ''}.`);
    }
    const tr = translator(this);
    const now = Date.now();
    const orderBy = Date.parse(promise.orderBy);
    const left = orderBy - now;
    const often = promise.earliest && promise.earliest < promise.latest ? promise.earliest : '';

    const lines = [];
    const spoken = [];
    let cutoffNote = null; // after "often by", which belongs with the date above it
    if (left > 0) {
      const dayKind = dispatchDayKind(promise.dispatch, civilDateIn(now, timeZone)) || 'date';
      const day = dayKind === 'weekday' ? tr.date(promise.dispatch, { weekday: 'long' }) : tr.date(promise.dispatch);
      const spokenDay = dayKind === 'weekday' ? day : tr.date(promise.dispatch, LONG_DATE);
      const orderByText = this.#orderByText(tr, orderBy, now, timeZone, promise.originTimeZone);

      const countdown = h(
        'span',
        { part: 'countdown', 'data-widest': widestCountdownText(left, tr.locale) },
        h('span', { text: countdownText(left, tr.locale) }),
      );
      const latest = h('span', { part: 'latest', class: 'accent', text: tr.date(promise.latest) });
      lines.push(h('span', { part: 'headline' }, fillWithNodes(tr, HEADLINE_KEYS[dayKind], { day }, { countdown, date: latest })));
      if (orderByText.zoned) cutoffNote = h('span', { part: 'cutoff', class: 'muted', text: tr.t('promise.cutoffAt', { time: orderByText.text }) });
      spoken.push(tr.t(SPOKEN_KEYS[dayKind], { orderBy: tr.t('promise.cutoffAt', { time: orderByText.text }), day: spokenDay, date: tr.date(promise.latest, LONG_DATE) }));
    } else {
      lines.push(h('span', { part: 'headline' }, fillWithNodes(tr, 'promise.arrivesBy', {}, { date: h('span', { part: 'latest', class: 'accent', text: tr.date(promise.latest) }) })));
      spoken.push(tr.t('promise.spokenArrives', { date: tr.date(promise.latest, LONG_DATE) }));
    }
    if (often) {
      lines.push(h('span', { part: 'earliest', class: 'muted', text: tr.t('promise.often', { date: tr.date(often) }) }));
      spoken.push(tr.t('promise.spokenOften', { date: tr.date(often, LONG_DATE) }));
    }
    if (cutoffNote) lines.push(cutoffNote);

    this.#orderBy = left > 0 ? orderBy : NaN;
    this.#clockMark = { wall: now, monotonic: performance.now() };
    // The first tick runs once the new content is in place (show() follows render()).
    clearTimeout(this.#timer);
    if (left > 0) {
      this.#timer = setTimeout(() => this.tick(), nextTickDelay(left));
    } else if (Number.isFinite(orderBy) && !(orderBy <= this.#passedCutoff)) {
      // The clock is already past this cutoff: ask for the next one (once per cutoff).
      this.#passedCutoff = orderBy;
      this.scheduleRefresh();
    }

    return h(
      'div',
      { part: 'promise' },
      h('p', { 'aria-hidden': 'true', class: 'visual' }, lines.map((line) => h('span', { class: 'line' }, line))),
      h('p', { class: 'sr-only', part: 'sentence', text: spoken.join(' ') }),
    );
  }

  #clockJumped() {
    const wall = Date.now() - this.#clockMark.wall;
    const monotonic = performance.now() - this.#clockMark.monotonic;
    return Math.abs(wall - monotonic) > CLOCK_JUMP_MS;
  }

  // The cutoff as the shopper reads it: their own clock (with the weekday when it is not their
  // today), and the origin's clock and zone name when the two read differently.
  #orderByText(tr, orderBy, now, shopperZone, originZone) {
    const withDay = civilDateIn(orderBy, shopperZone) !== civilDateIn(now, shopperZone);
    const shopperTime = tr.time(new Date(orderBy).toISOString(), shopperZone, withDay);
    if (!originZone || sameWallClock(orderBy, shopperZone, originZone)) {
      return { text: tr.t('promise.clockTime', { time: shopperTime }), zoned: false };
    }
    const originTime = tr.time(new Date(orderBy).toISOString(), originZone, false);
    return {
      text: tr.t('promise.bothTimes', {
        yourTime: tr.t('promise.yourTime', { time: shopperTime }),
        zoneTime: tr.t('promise.zoneTime', { time: originTime, zone: zoneName(originZone, tr.locale, orderBy) }),
      }),
      zoned: true,
    };
  }
}
