// The contact form of <od-contact>: labelled fields with their own error messages, a honeypot,
// a message that is saved before it is sent and shown as "waiting to send" until the store has
// confirmed it, and the store's acknowledgement once it has. Without an endpoint it prepares an
// e-mail instead. Text only: nothing here is ever parsed as HTML. The form is built once and
// kept (typing survives refreshes); `translate(tr)` puts its words in the widget's language,
// including any error already shown.
import { h } from './dom.js';
import { nowIso } from '../runtime/request.js';
import { fillTemplate, replyByText, safeHref } from './contact-text.js';
import { acknowledgementHours, acknowledgementTemplate, subjectText, withSubject } from './contact-phrases.js';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

// `label` and `problem` are message keys: the field's label and the error it shows when invalid.
function field(id, label, problem, control) {
  const error = h('p', { id: `${id}-error`, part: 'field-error', class: 'field-error', hidden: true });
  const caption = h('label', { for: id });
  control.id = id;
  control.name = id;
  control.setAttribute('aria-describedby', `${id}-error`);
  return { control, error, caption, label, problem, row: h('div', { class: 'field', part: 'field' }, caption, control, error) };
}

// The acknowledgement from the engine's answer for the moment of sending.
export function acknowledgementText(result, name, tr) {
  const ack = result?.acknowledgement;
  if (!ack) return tr.t('contact.form.thanks', { name });
  const zone = result.timeZoneLabel || ack.timeZone || '';
  return fillTemplate(acknowledgementTemplate(result, tr), {
    name,
    replyBy: replyByText(ack.replyByAt, tr),
    hours: [acknowledgementHours(result, tr), zone].filter(Boolean).join(' '),
  });
}

function mailtoWithBody(result, body, tr) {
  const base = safeHref(withSubject(result?.form?.mailtoHref, result, tr));
  if (!base) return null;
  return `${base}${base.includes('?') ? '&' : '?'}body=${encodeURIComponent(body)}`;
}

export function createContactForm({ outbox, currentResult, freshResult, translator }) {
  const name = field('od-name', 'contact.form.name', 'contact.form.nameMissing', h('input', { type: 'text', autocomplete: 'name', required: true }));
  const email = field('od-email', 'contact.form.email', 'contact.form.emailInvalid', h('input', { type: 'email', autocomplete: 'email', required: true }));
  const message = field('od-message', 'contact.form.message', 'contact.form.messageMissing', h('textarea', { rows: '5', required: true }));
  // Hidden from people and assistive technology; simple bots fill every field.
  const trap = h('input', { type: 'text', name: 'website', id: 'od-website', tabindex: '-1', autocomplete: 'off' });
  const trapLabel = h('label', { for: 'od-website' });
  const honeypot = h('div', { class: 'hp', 'aria-hidden': 'true' }, trapLabel, trap);
  const button = h('button', { type: 'submit', part: 'submit' });
  const heading = h('h3', { id: 'od-form-heading', part: 'form-heading' });
  const status = h('div', { part: 'form-status', class: 'form-status', role: 'status', 'aria-live': 'polite' });
  const acknowledgement = h('p', { part: 'acknowledgement', class: 'acknowledgement', tabindex: '-1', hidden: true });
  const form = h(
    'form',
    { part: 'form', class: 'form', novalidate: true, 'aria-labelledby': 'od-form-heading' },
    heading,
    name.row,
    email.row,
    message.row,
    honeypot,
    button,
  );
  const fields = [name, email, message];

  let tr = translator();

  function setText(node, text) {
    if (node.textContent !== text) node.textContent = text;
  }

  function setError(f, invalid) {
    setText(f.error, invalid ? tr.t(f.problem) : '');
    f.error.hidden = !invalid;
    if (invalid) f.control.setAttribute('aria-invalid', 'true');
    else f.control.removeAttribute('aria-invalid');
  }

  function validate() {
    setError(name, !name.control.value.trim());
    setError(email, !EMAIL.test(email.control.value.trim()));
    setError(message, !message.control.value.trim());
    return fields.find((f) => f.control.hasAttribute('aria-invalid')) || null;
  }

  // The form's words in the widget's language (called on every render of the panel).
  function translate(next) {
    tr = next;
    setText(heading, tr.t('contact.form.heading'));
    for (const f of fields) {
      setText(f.caption, tr.t(f.label));
      if (f.control.hasAttribute('aria-invalid')) setText(f.error, tr.t(f.problem));
    }
    setText(trapLabel, tr.t('contact.form.honeypot'));
    setText(button, tr.t('contact.form.send'));
    for (const waiting of status.querySelectorAll('.waiting')) setText(waiting, tr.t('contact.form.waiting'));
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
          text: tr.t('contact.form.waiting'),
        }),
      ),
    );
  }

  outbox.subscribe((event) => {
    renderPending();
    if (event.type === 'sent' && event.message?.ack) showAcknowledgement(event.message.ack);
    if (event.type === 'rejected') {
      const href = mailtoWithBody(currentResult(), event.message?.body?.message || '', tr);
      status.append(
        h('p', { part: 'rejected', class: 'rejected', text: `${tr.t('contact.form.rejected')} ` }, href && h('a', { href, text: tr.t('contact.form.byEmail') })),
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
    const ack = acknowledgementText(result, values.name, tr);
    if (trap.value) {
      form.reset();
      showAcknowledgement(ack); // a bot learns nothing
      return;
    }
    const endpoint = result?.form?.endpoint;
    if (!endpoint) {
      const href = mailtoWithBody(result, values.message, tr);
      status.replaceChildren(
        h(
          'p',
          { part: 'mailto', text: `${tr.t('contact.form.mailto')} ` },
          href ? h('a', { href, part: 'mailto-link', text: tr.t('contact.form.openMail') }) : tr.t('contact.form.noAddress'),
        ),
      );
      status.querySelector('a')?.focus();
      return;
    }
    outbox.enqueue(endpoint, { ...values, subject: subjectText(result, tr), channel: result.acknowledgement?.channel, page: location.pathname, sentAt: nowIso() }, { ack });
    form.reset();
  });

  translate(tr);
  return { node: h('div', { part: 'form-area', class: 'form-area' }, form, status, acknowledgement), translate };
}
