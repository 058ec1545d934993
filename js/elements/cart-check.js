// <od-cart-check>: notices about the cart before checkout (free-shipping gap, items that cannot
// ship to the destination, stock, shipping cost, duties, returns). The engine's messages are
// shown as text in a polite live region (never an alert: a notice must not interrupt), and
// rebuilt as the cart changes. A notice with an action has a button that emits `od-action`
// ({id, action, data}) for the store to wire to its own cart.
//
// mode="audit" shows the store-level findings of the engine's audit instead, each with its
// evidence, a concrete fix and the setting at fault, for a merchant page.
//
// Every sentence is the widget's: notices, their buttons, the audit's evidence and fixes are
// composed from the catalogue by the finding's id and data (finding-text.js), with the store's
// names as the engine resolved them for the request's language; a finding this build does not
// know shows the engine's English sentence.
import { OdElement } from './base.js';
import { findingTexts } from './finding-text.js';
import { h } from './dom.js';
import { emit } from '../runtime/events.js';
import { translator } from '../i18n/index.js';

const SEVERITY = { info: 'check.severity.info', warning: 'check.severity.warning', blocker: 'check.severity.blocker' };

export class OdCartCheck extends OdElement {
  static extraAttributes = ['mode', 'needed-by', 'service'];
  static styles = `
:host { --od-min-block-size: 1.5em; }
.finding { padding-inline-start: 0.6em; border-inline-start: 3px solid var(--od-info-color, #6b7280); }
.finding[data-severity='warning'] { border-color: var(--od-warning-color, #b45309); }
.finding[data-severity='blocker'] { border-color: var(--od-blocker-color, #b91c1c); }
.action { margin-inline-start: 0.5em; font: inherit; cursor: pointer; }
.detail { display: block; margin: 0.2em 0 0; }
.label { font-weight: 600; }
code { font-size: 0.9em; }
`;

  #findings = [];

  constructor() {
    super();
    // One listener for every button, present and future: a notice keeps its node while its text
    // is unchanged, so the finding is looked up at click time, from the latest result.
    this.shadowRoot.addEventListener('click', (event) => {
      const button = event.target?.closest?.('button[data-finding]');
      if (!button) return;
      const finding = this.#findings[Number(button.getAttribute('data-finding'))];
      if (!finding || !finding.action) return;
      emit(this, 'od-action', { id: finding.id, action: { ...finding.action }, data: JSON.parse(JSON.stringify(finding.data ?? {})) });
    });
  }

  get auditMode() {
    return this.getAttribute('mode') === 'audit';
  }

  buildRequest(request) {
    if (this.auditMode) return request;
    const cart = this.effectiveCart();
    if (!cart) return null;
    const out = { ...request, cart };
    const neededBy = this.getAttribute('needed-by');
    if (neededBy) out.neededBy = neededBy;
    const service = this.getAttribute('service');
    if (service) out.service = service;
    return out;
  }

  callEngine(engine, request) {
    return this.auditMode ? engine.audit() : engine.check(request);
  }

  render(result) {
    const tr = translator(this);
    const findings = Array.isArray(result.findings) ? result.findings : [];
    this.#findings = findings;
    if (!findings.length) {
      return this.auditMode ? h('p', { part: 'empty', text: tr.t('check.auditEmpty') }) : h('div', { part: 'empty' });
    }
    return h(
      'ul',
      { part: 'findings' },
      findings.map((finding, index) => {
        const texts = findingTexts(finding, tr, result.currency);
        return this.auditMode ? this.auditItem(finding, texts, tr) : this.notice(finding, texts, index, tr);
      }),
    );
  }

  item(finding, texts, tr, ...children) {
    return h(
      'li',
      { part: `finding ${finding.severity}`, class: 'finding', 'data-severity': finding.severity, 'data-id': finding.id },
      h('span', { class: 'sr-only', text: `${tr.t(SEVERITY[finding.severity] || SEVERITY.info)} ` }),
      h('span', { part: 'message', text: texts.message }),
      ...children,
    );
  }

  notice(finding, texts, index, tr) {
    const label = texts.label;
    return this.item(
      finding,
      texts,
      tr,
      label ? h('button', { type: 'button', part: 'action', class: 'action', 'data-finding': index, text: label }) : null,
    );
  }

  auditItem(finding, texts, tr) {
    const detail = (name, label, content) =>
      content ? h('span', { part: name, class: 'detail' }, h('span', { class: 'label', text: `${tr.t(label)} ` }), content) : null;
    return this.item(
      finding,
      texts,
      tr,
      detail('evidence', 'check.evidence', texts.evidence),
      detail('fix', 'check.fix', texts.fix),
      detail('path', 'check.setting', finding.path && h('code', { text: finding.path })),
    );
  }
}
