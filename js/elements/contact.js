// <od-contact>: each channel open or closed now with its next change in the store's time and the
// shopper's, the reply-by time, the week's hours in the shopper's time (the store's on request),
// holiday notices ahead, how to reach a person, returns and cancellation, and a contact form
// whose messages are never lost (see contact-form.js and runtime/outbox.js). The widget's own
// words come from the translator; the store's texts (channel labels, the person statement,
// returns summary, acknowledgement) arrive from the engine in the request's language.
import { OdElement } from './base.js';
import { h } from './dom.js';
import { hub } from '../runtime/hub.js';
import { baseRequest } from '../runtime/request.js';
import { pageOutbox } from '../runtime/outbox.js';
import { createContactForm } from './contact-form.js';
import { channelName, weekdayName, replyByText, safeHref, slotsText, statusText } from './contact-text.js';
import { translator } from '../i18n/index.js';
import { humanText, returnsText, withSubject } from './contact-phrases.js';

const ACTION = {
  phone: 'contact.action.phone',
  email: 'contact.action.email',
  chat: 'contact.action.chat',
  messaging: 'contact.action.messaging',
};

function weekTable(caption, days, tr, zoneText) {
  return h(
    'table',
    { part: 'week', class: 'week' },
    h('caption', { text: caption }),
    days.map((day) =>
      h(
        'tr',
        {},
        h('th', { scope: 'row', text: weekdayName(day.date, tr, true) }),
        h('td', { text: `${slotsText(day.slots, tr)}${zoneText && day.slots?.length ? ` ${zoneText}` : ''}` }),
      ),
    ),
  );
}

function channelItem(channel, context, zoneLabel) {
  const { tr } = context;
  const href = safeHref(withSubject(channel.href, context.result, tr));
  const name = channelName(channel, tr);
  const week = Array.isArray(channel.week) ? channel.week : [];
  const storeWeek = Array.isArray(channel.storeWeek) ? channel.storeWeek : [];
  return h(
    'li',
    { part: 'channel', class: 'channel', 'data-channel': channel.id, 'data-open': String(Boolean(channel.open)) },
    h('p', { part: channel.open ? 'status open' : 'status closed', class: channel.open ? 'open' : 'closed', text: statusText(channel, context) }),
    href && ACTION[channel.type] && h('a', { part: 'action', href, text: tr.t(ACTION[channel.type], { address: channel.address || '' }).trim() }),
    channel.replyBy &&
      h('p', { part: 'reply-by', class: 'muted', text: tr.t('contact.replyBy', { time: replyByText(channel.replyByAt, tr, channel.replyBy, context.timeZone) }) }),
    week.length > 0 &&
      h(
        'details',
        { part: 'hours' },
        h('summary', { text: tr.t('contact.hoursSummary', { channel: name }) }),
        weekTable(tr.t('contact.hoursYours', { channel: name }), week, tr, ''),
        weekTable(tr.t('contact.hoursStore', { channel: name, zone: zoneLabel }), storeWeek, tr, zoneLabel),
      ),
  );
}

function noticeItem(notice, labels, tr, zoneLabel) {
  const channels = tr.list((notice.channels || []).map((id) => labels.get(id) || id));
  const what = notice.slots?.length
    ? tr.t('contact.noticeOpen', { channels, hours: slotsText(notice.slots, tr), zone: zoneLabel })
    : tr.t('contact.noticeClosed', { channels });
  const date = [weekdayName(notice.date, tr, true), notice.holiday].filter(Boolean).join(', ');
  return h('li', { part: 'notice', text: tr.t('contact.notice', { date, what }) });
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
      translator: () => translator(this),
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

  render(result, { timeZone }) {
    this.#latest = result;
    const tr = translator(this);
    this.#form.translate(tr);
    const channels = Array.isArray(result.channels) ? result.channels : [];
    const zoneLabel = result.timeZoneLabel || result.storeTimeZone || '';
    const first = channels[0];
    const context = {
      tr,
      result,
      searchDays: result.searchDays,
      timeZone,
      storeToday: first?.storeWeek?.[0]?.date,
      shopperToday: first?.week?.[0]?.date,
    };
    const labels = new Map(channels.map((c) => [c.id, channelName(c, tr)]));
    const notices = Array.isArray(result.notices) ? result.notices : [];
    const returns = result.returns;
    return h(
      'div',
      { part: 'panel' },
      channels.length
        ? h('ul', { part: 'channels' }, channels.map((c) => channelItem(c, context, zoneLabel)))
        : h('p', { part: 'empty', text: tr.t('contact.empty') }),
      notices.length > 0 &&
        h('section', { part: 'notices' }, h('h3', { text: tr.t('contact.changes') }), h('ul', {}, notices.map((n) => noticeItem(n, labels, tr, zoneLabel)))),
      result.human && h('p', { part: 'human', text: humanText(result, tr) }),
      returns &&
        h(
          'section',
          { part: 'returns' },
          h('h3', { text: tr.t('contact.returns') }),
          returns.summary && h('p', { text: returnsText(returns, tr) }),
          safeHref(returns.url) && h('a', { part: 'returns-link', href: safeHref(returns.url), text: tr.t('contact.returnsPolicy') }),
          returns.cancellation?.url && safeHref(returns.cancellation.url) && ' ',
          safeHref(returns.cancellation?.url) && h('a', { part: 'cancel-link', href: safeHref(returns.cancellation.url), text: tr.t('contact.cancel') }),
        ),
    );
  }
}
