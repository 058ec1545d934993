// The contact form of <od-contact>: labelled fields with their own error messages, a honeypot,
// a message that is saved before it is sent and shown as "waiting to send" until the store has
// confirmed it, and the store's acknowledgement once it has. Without an endpoint it prepares an
// e-mail instead. Text only: nothing here is ever parsed as HTML.
import { h } from './dom.js';
import { nowIso } from '../runtime/request.js';
import { fillTemplate, replyByText, safeHref } from './contact-text.js';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function field(id, labelText, control) {
  const error = h('p', { id: `${id}-error`, part: 'field-error', class: 'field-error', hidden: true });
  control.id = id;
  control.name = id;
  control.setAttribute('aria-describedby', `${id}-error`);
  return { control, error, row: h('div', { class: 'field', part: 'field' }, h('label', { for: id, text: labelText }), control, error) };
}

// The acknowledgement from the engine's answer for the moment of sending.
export function acknowledgementText(result, name, locale) {
  const ack = result?.acknowledgement;
  if (!ack) return `Thanks, ${name}. We have your message.`;
  const zone = result.timeZoneLabel || ack.timeZone || '';
  return fillTemplate(ack.template, {
    name,
    replyBy: replyByText(ack.replyByAt, locale),
    hours: [ack.hours, zone].filter(Boolean).join(' '),
  });
}

function mailtoWithBody(form, body) {
  const base = safeHref(form?.mailtoHref);
  if (!base) return null;
  return `${base}${base.includes('?') ? '&' : '?'}body=${encodeURIComponent(body)}`;
}

export function createContactForm({ outbox, currentResult, freshResult, locale }) {
  const name = field('od-name', 'Your name', h('input', { type: 'text', autocomplete: 'name', required: true }));
  const email = field('od-email', 'Your e-mail address', h('input', { type: 'email', autocomplete: 'email', required: true }));
  const message = field('od-message', 'Your message', h('textarea', { rows: '5', required: true }));
  // Hidden from people and assistive technology; simple bots fill every field.
  const trap = h('input', { type: 'text', name: 'website', id: 'od-website', tabindex: '-1', autocomplete: 'off' });
  const honeypot = h('div', { class: 'hp', 'aria-hidden': 'true' }, h('label', { for: 'od-website', text: 'Leave this empty' }), trap);
  const button = h('button', { type: 'submit', part: 'submit', text: 'Send message' });
  const status = h('div', { part: 'form-status', class: 'form-status', role: 'status', 'aria-live': 'polite' });
  const acknowledgement = h('p', { part: 'acknowledgement', class: 'acknowledgement', tabindex: '-1', hidden: true });
  const form = h(
    'form',
    { part: 'form', class: 'form', novalidate: true, 'aria-labelledby': 'od-form-heading' },
    h('h3', { id: 'od-form-heading', part: 'form-heading', text: 'Send us a message' }),
    name.row,
    email.row,
    message.row,
    honeypot,
    button,
  );
  const fields = [name, email, message];

  function setError(f, text) {
    f.error.textContent = text || '';
    f.error.hidden = !text;
    if (text) f.control.setAttribute('aria-invalid', 'true');
    else f.control.removeAttribute('aria-invalid');
  }

  function validate() {
    setError(name, name.control.value.trim() ? '' : 'Please enter your name.');
    const address = email.control.value.trim();
    setError(email, EMAIL.test(address) ? '' : 'Please enter an e-mail address we can reply to.');
    setError(message, message.control.value.trim() ? '' : 'Please write your message.');
    return fields.find((f) => f.control.hasAttribute('aria-invalid')) || null;
  }

  function showAcknowledgement(text) {
    acknowledgement.textContent = text;
    acknowledgement.hidden = false;
    acknowledgement.focus();
  }

  function renderPending() {
    const waiting = outbox.pending();
    status.replaceChildren(
      ...waiting.map((m) =>
        h('p', {
          part: 'waiting',
          class: 'waiting',
          'data-key': m.key,
          text: 'Waiting to send: your message is saved on this device and will be sent when the connection allows.',
        }),
      ),
    );
  }

  outbox.subscribe((event) => {
    renderPending();
    if (event.type === 'sent' && event.message?.ack) showAcknowledgement(event.message.ack);
    if (event.type === 'rejected') {
      const href = mailtoWithBody(currentResult()?.form, event.message?.body?.message || '');
      status.append(
        h('p', { part: 'rejected', class: 'rejected', text: 'The store could not accept your message. ' }, href && h('a', { href, text: 'Send it by e-mail instead' })),
      );
    }
  });
  renderPending();

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    acknowledgement.hidden = true;
    const invalid = validate();
    if (invalid) {
      invalid.control.focus();
      return;
    }
    const values = { name: name.control.value.trim(), email: email.control.value.trim(), message: message.control.value.trim() };
    const result = freshResult() || currentResult();
    const ack = acknowledgementText(result, values.name, locale());
    if (trap.value) {
      form.reset();
      showAcknowledgement(ack); // a bot learns nothing
      return;
    }
    const endpoint = result?.form?.endpoint;
    if (!endpoint) {
      const href = mailtoWithBody(result?.form, values.message);
      status.replaceChildren(
        h('p', { part: 'mailto', text: 'This store takes messages by e-mail. ' }, href ? h('a', { href, part: 'mailto-link', text: 'Open your e-mail app with this message' }) : 'No address is listed.'),
      );
      status.querySelector('a')?.focus();
      return;
    }
    outbox.enqueue(endpoint, { ...values, subject: result.form.subject, channel: result.acknowledgement?.channel, page: location.pathname, sentAt: nowIso() }, { ack });
    form.reset();
  });

  return { node: h('div', { part: 'form-area', class: 'form-area' }, form, status, acknowledgement) };
}
