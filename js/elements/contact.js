// <od-contact>: each channel open or closed now with its next change in the store's time and the
// shopper's, the reply-by time, the week's hours in the shopper's time (the store's on request),
// holiday notices ahead, how to reach a person, returns and cancellation, and a contact form
// whose messages are never lost (see contact-form.js and runtime/outbox.js).
import { OdElement } from './base.js';
import { h } from './dom.js';
import { hub } from '../runtime/hub.js';
import { baseRequest } from '../runtime/request.js';
import { pageOutbox } from '../runtime/outbox.js';
import { createContactForm } from './contact-form.js';
import { channelName, weekdayName, replyByText, safeHref, slotsText, statusText } from './contact-text.js';

const ACTION = { phone: 'Call', email: 'E-mail', chat: 'Open chat', messaging: 'Send a message' };

function weekTable(caption, days, locale, zoneText) {
  return h(
    'table',
    { part: 'week', class: 'week' },
    h('caption', { text: caption }),
    days.map((day) =>
      h(
        'tr',
        {},
        h('th', { scope: 'row', text: weekdayName(day.date, locale, true) }),
        h('td', { text: `${slotsText(day.slots)}${zoneText && day.slots?.length ? ` ${zoneText}` : ''}` }),
      ),
    ),
  );
}

function channelItem(channel, context, zoneLabel) {
  const href = safeHref(channel.href);
  const address = channel.type === 'email' || channel.type === 'phone' ? ` ${channel.address || ''}` : '';
  const week = Array.isArray(channel.week) ? channel.week : [];
  const storeWeek = Array.isArray(channel.storeWeek) ? channel.storeWeek : [];
  return h(
    'li',
    { part: 'channel', class: 'channel', 'data-channel': channel.id, 'data-open': String(Boolean(channel.open)) },
    h('p', { part: channel.open ? 'status open' : 'status closed', class: channel.open ? 'open' : 'closed', text: statusText(channel, context) }),
    href && ACTION[channel.type] && h('a', { part: 'action', href, text: `${ACTION[channel.type]}${address}`.trim() }),
    channel.replyBy &&
      h('p', { part: 'reply-by', class: 'muted', text: `Reply by ${replyByText(channel.replyByAt, context.locale, channel.replyBy, context.timeZone)}` }),
    week.length > 0 &&
      h(
        'details',
        { part: 'hours' },
        h('summary', { text: `${channelName(channel)} hours this week, your time` }),
        weekTable(`${channelName(channel)} hours in your time`, week, context.locale, ''),
        weekTable(`${channelName(channel)} hours in the store's time (${zoneLabel})`, storeWeek, context.locale, zoneLabel),
      ),
  );
}

function noticeItem(notice, labels, locale, zoneLabel) {
  const names = (notice.channels || []).map((id) => labels.get(id) || id).join(', ');
  const what = notice.slots?.length ? `${names} open ${slotsText(notice.slots)} ${zoneLabel}` : `${names} closed`;
  const reason = notice.holiday ? `, ${notice.holiday}` : '';
  return h('li', { part: 'notice', text: `${weekdayName(notice.date, locale, true)}${reason}: ${what}` });
}

let resumed = false;
function resumeOnce() {
  if (resumed) return;
  resumed = true;
  pageOutbox().resume();
}

export class OdContact extends OdElement {
  static styles = `
:host { --od-min-block-size: 3em; }
.open { color: var(--od-open-color, #15803d); }
.closed { color: var(--od-closed-color, inherit); }
th { text-align: start; font-weight: normal; }
.field { display: grid; margin-block-end: 0.6em; }
.field-error, .rejected { color: var(--od-error-color, #b91c1c); }
.hp { position: absolute; inset-inline-start: -10000px; inline-size: 1px; block-size: 1px; overflow: hidden; }
`;

  #latest = null;
  #form = null;

  constructor() {
    super();
    this.#form = createContactForm({
      outbox: pageOutbox(),
      currentResult: () => this.#latest,
      freshResult: () => this.#freshResult(),
      locale: () => this.locale,
    });
    // Outside the re-rendered content, so typing is never interrupted by a refresh.
    this.formPart = this.#form.node;
    this.formPart.hidden = true;
    this.contentPart.after(this.formPart);
  }

  connectedCallback() {
    super.connectedCallback();
    resumeOnce(); // messages saved by an earlier visit
  }

  #freshResult() {
    try {
      if (hub.status !== 'ready') return null;
      const result = this.callEngine(hub.engine, baseRequest(this));
      return result && result.ok !== false ? result : null;
    } catch {
      return null;
    }
  }

  callEngine(engine, request) {
    return engine.contact(request);
  }

  show(node, result) {
    super.show(node, result);
    const form = result.form || {};
    const takesMessages = Boolean(form.endpoint || form.mailto || (result.channels || []).some((c) => c.type === 'form'));
    this.formPart.hidden = !takesMessages;
  }

  render(result, { locale, timeZone }) {
    this.#latest = result;
    const channels = Array.isArray(result.channels) ? result.channels : [];
    const zoneLabel = result.timeZoneLabel || result.storeTimeZone || '';
    const first = channels[0];
    const context = {
      locale,
      timeZone,
      storeToday: first?.storeWeek?.[0]?.date,
      shopperToday: first?.week?.[0]?.date,
    };
    const labels = new Map(channels.map((c) => [c.id, channelName(c)]));
    const notices = Array.isArray(result.notices) ? result.notices : [];
    const returns = result.returns;
    return h(
      'div',
      { part: 'panel' },
      channels.length
        ? h('ul', { part: 'channels' }, channels.map((c) => channelItem(c, context, zoneLabel)))
        : h('p', { part: 'empty', text: 'No contact channels.' }),
      notices.length > 0 &&
        h('section', { part: 'notices' }, h('h3', { text: 'Changes to our hours' }), h('ul', {}, notices.map((n) => noticeItem(n, labels, locale, zoneLabel)))),
      result.human && h('p', { part: 'human', text: result.human }),
      returns &&
        h(
          'section',
          { part: 'returns' },
          h('h3', { text: 'Returns and cancellations' }),
          returns.summary && h('p', { text: returns.summary }),
          safeHref(returns.url) && h('a', { part: 'returns-link', href: safeHref(returns.url), text: 'Returns policy' }),
          returns.cancellation?.url && safeHref(returns.cancellation.url) && ' ',
          safeHref(returns.cancellation?.url) && h('a', { part: 'cancel-link', href: safeHref(returns.cancellation.url), text: 'Cancel an order' }),
        ),
    );
  }
}
