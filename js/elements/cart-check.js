// <od-cart-check>: notices about the cart before checkout (free-shipping gap, items that cannot
// ship to the destination, late dates, backorders, duties). mode="audit" shows the store-level
// findings of the engine's audit instead, for merchants.
import { OdElement } from './base.js';
import { h } from './dom.js';

const SEVERITY_LABEL = { info: 'Note', warning: 'Warning', blocker: 'Cannot ship' };

export class OdCartCheck extends OdElement {
  static extraAttributes = ['mode', 'needed-by'];
  static styles = `
:host { --od-min-block-size: 1.5em; }
.finding { padding-inline-start: 0.6em; border-inline-start: 3px solid var(--od-info-color, #6b7280); }
.finding[data-severity='warning'] { border-color: var(--od-warning-color, #b45309); }
.finding[data-severity='blocker'] { border-color: var(--od-blocker-color, #b91c1c); }
`;

  get auditMode() {
    return this.getAttribute('mode') === 'audit';
  }

  buildRequest(request) {
    if (this.auditMode) return request;
    const cart = this.effectiveCart();
    if (!cart) return null;
    const neededBy = this.getAttribute('needed-by');
    return neededBy ? { ...request, cart, neededBy } : { ...request, cart };
  }

  callEngine(engine, request) {
    return this.auditMode ? engine.audit() : engine.check(request);
  }

  render(result) {
    const findings = Array.isArray(result.findings) ? result.findings : [];
    if (!findings.length) {
      return this.auditMode ? h('p', { part: 'empty', text: 'No findings.' }) : h('div', { part: 'empty' });
    }
    return h(
      'ul',
      { part: 'findings' },
      findings.map((finding) =>
        h(
          'li',
          { part: `finding ${finding.severity}`, class: 'finding', 'data-severity': finding.severity, 'data-id': finding.id },
          h('span', { class: 'sr-only', text: `${SEVERITY_LABEL[finding.severity] || 'Note'}: ` }),
          h('span', { part: 'message', text: finding.message }),
        ),
      ),
    );
  }
}
