// <od-contact>: each channel with its own hours — open or closed now, the next change in the
// shopper's time, and the time a reply is promised by.
import { OdElement } from './base.js';
import { h } from './dom.js';
import { formatInstant } from '../runtime/format.js';

const TYPE_LABEL = { email: 'Email', chat: 'Live chat', phone: 'Phone', form: 'Message' };

export class OdContact extends OdElement {
  static styles = `
:host { --od-min-block-size: 3em; }
.channel { display: flex; flex-wrap: wrap; gap: 0 0.5em; align-items: baseline; }
.open { color: var(--od-open-color, #15803d); }
.closed { color: var(--od-closed-color, inherit); }
`;

  callEngine(engine, request) {
    return engine.contact(request);
  }

  render(result, { locale, timeZone }) {
    const channels = Array.isArray(result.channels) ? result.channels : [];
    if (!channels.length) return h('p', { part: 'empty', text: 'No contact channels.' });
    return h(
      'ul',
      { part: 'channels' },
      channels.map((channel) => {
        const next = channel.nextChange ? formatInstant(channel.nextChange, locale, timeZone) : '';
        return h(
          'li',
          { part: 'channel', class: 'channel', 'data-channel': channel.id, 'data-open': String(Boolean(channel.open)) },
          h('span', { part: 'channel-name', class: 'accent', text: channel.name || TYPE_LABEL[channel.type] || channel.type || channel.id }),
          h('span', {
            part: channel.open ? 'status open' : 'status closed',
            class: channel.open ? 'open' : 'closed',
            text: channel.open ? 'Open now' : 'Closed',
          }),
          next && h('span', { part: 'next-change', class: 'muted', text: channel.open ? `until ${next}` : `opens ${next}` }),
          channel.replyBy &&
            h('span', { part: 'reply-by', class: 'muted', text: `Reply by ${formatInstant(channel.replyBy, locale, timeZone)}` }),
        );
      }),
    );
  }
}
