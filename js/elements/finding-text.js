// The sentences of cart-check and audit findings in the widget's language, composed from the
// catalogue by the finding's stable id, the numbers in its `data` and the store's names the
// engine resolved for the request (`names`). A finding whose id this build does not know, or whose
// data lacks something a sentence needs, keeps the engine's English sentence: a notice is never
// missing and never half filled. The English templates say exactly what the engine says
// (tests/wasm/finding-text.test.mjs compares them on every shared vector).

// Thrown by a composer when the answer lacks a value; the engine's sentence is shown instead.
class Missing extends Error {}

function need(value) {
  if (value === undefined || value === null || value === '') throw new Missing();
  return value;
}

// Helpers for one finding: its data, names and the answer's currency, in the translator's language.
function context(finding, tr, currency) {
  const data = finding.data || {};
  const num = (name) => {
    const value = data[name];
    if (!Number.isSafeInteger(value)) throw new Missing();
    return value;
  };
  const name = (kind, id) => need(finding.names?.[kind]?.[need(id)]);
  return {
    tr,
    data,
    num,
    text: (field) => need(data[field]),
    money: (minor) => need(Number.isSafeInteger(minor) ? tr.money(minor, need(currency)) : ''),
    date: (field) => need(tr.date(need(data[field]), { weekday: 'long', day: 'numeric', month: 'long' })),
    // Whole numbers as the engine prints them (no grouping): sizes, weights, minutes, JSON.
    plain: (field) => String(num(field)),
    item: (sku = data.sku) => name('items', sku),
    service: (id = data.service) => name('services', id),
    zone: (id = data.zone) => name('zones', id),
    percent: (field) => tr.t('finding.percent', { number: tr.number(num(field) / 100) }),
    days: (count) => tr.t('finding.days', { count }),
  };
}

const ITEM_REASON = {
  'cannot-ship-to': 'finding.reason.cannot-ship-to',
  'cannot-ship-by': 'finding.reason.cannot-ship-by',
  'class-not-carried': 'finding.reason.class-not-carried',
  'no-box-fits': 'finding.reason.no-box-fits',
};

function cannotShip(x) {
  const { tr, data } = x;
  const country = x.text('country');
  if (data.scope === 'item') {
    const reason = tr.t(ITEM_REASON[data.reason] || 'finding.reason.other');
    return tr.t('finding.cannot-ship.item', { item: x.item(), country, reason });
  }
  if (data.reason === 'destination-not-served') {
    const text = tr.t('finding.cannot-ship.not-served', { country });
    return data.postcodeMayHelp ? `${text} ${tr.t('finding.cannot-ship.postcode')}` : text;
  }
  if (data.reason === 'too-many-to-pack') return tr.t('finding.cannot-ship.too-many');
  return tr.t('finding.cannot-ship.over-limit', { service: x.service(), country });
}

function overStock(x) {
  const { tr, data } = x;
  const count = x.num('available');
  if (data.reason === 'limit') return tr.t('finding.over-stock.limit', { count, item: x.item() });
  if (count === 0) return tr.t('finding.over-stock.none', { item: x.item() });
  return tr.t('finding.over-stock.some', { count, item: x.item() });
}

function neededByMissed(x) {
  const { tr, data } = x;
  const text = tr.t('finding.needed-by-missed', { service: x.service(), date: x.date('promisedBy'), needed: x.date('neededBy') });
  if (!data.fasterService) return text;
  return `${text} ${tr.t('finding.needed-by-missed.faster', { service: x.service(data.fasterService), date: x.date('fasterBy') })}`;
}

function backorderDelay(x) {
  const { tr, data } = x;
  const text = tr.t('finding.backorder-delay', { item: x.item(), days: x.days(x.num('delayDays')), date: x.date('promisedBy') });
  return data.splitShipments ? `${text} ${tr.t('finding.backorder-delay.split', { date: x.date('withoutItBy') })}` : text;
}

function shippingShare(x) {
  const { tr, data } = x;
  const amount = x.money(x.num('shipping'));
  const text =
    data.shareBasisPoints !== undefined
      ? tr.t('finding.shipping-share', { amount, share: x.percent('shareBasisPoints') })
      : tr.t('finding.shipping-share.over', { amount });
  if (!data.cheaperService) return text;
  const cheaper = x.num('cheaperShipping');
  const service = x.service(data.cheaperService);
  const more = cheaper === 0 ? tr.t('finding.cheaper.free', { service }) : tr.t('finding.cheaper.costs', { service, amount: x.money(cheaper) });
  return `${text} ${more}`;
}

const RETURNS = {
  free: 'finding.returns.free',
  shopper: 'finding.returns.shopper',
  fixed: 'finding.returns.fixed',
  unstated: 'finding.returns.unstated',
};

function returnsSummary(x, finding) {
  if (finding.storeWritten) throw new Missing(); // the store's own words, already in its language
  const key = need(RETURNS[x.data.cost]);
  const amount = x.data.cost === 'fixed' ? x.money(x.num('costAmount')) : '';
  return x.tr.t(key, { days: x.days(x.num('days')), amount });
}

function perItemOvercharge(x) {
  const { tr } = x;
  const units = x.num('units');
  const parcels = x.num('parcels');
  return tr.t('finding.per-item-overcharge', {
    service: x.service(),
    zone: x.zone(),
    amount: x.money(x.num('overcharge')),
    units: tr.t('finding.units', { count: units }),
    item: x.item(),
    parcels: tr.t('finding.parcels', { count: parcels }),
  });
}

function promiseTighter(x) {
  const { tr, data } = x;
  const handling = data.part === 'handling';
  const what = handling ? tr.t('finding.handlingAt', { origin: x.text('origin') }) : tr.t('finding.serviceTo', { service: x.service(), zone: x.zone() });
  return tr.t('finding.promise-tighter-than-history', {
    what,
    days: tr.t('finding.businessDays', { count: x.num('configuredDays') }),
    history: x.num('historyDays'),
    late: x.percent('lateBasisPoints'),
  });
}

// Finding id -> its message.
const MESSAGES = {
  'free-shipping-gap': (x) => x.tr.t('finding.free-shipping-gap', { amount: x.money(x.num('remaining')) }),
  'cannot-ship': cannotShip,
  'over-stock': overStock,
  'needed-by-missed': neededByMissed,
  'backorder-delay': backorderDelay,
  'shipping-share-high': shippingShare,
  'duties-on-arrival': (x) => x.tr.t('finding.duties-on-arrival', { country: x.text('country') }),
  'returns-summary': returnsSummary,
  'per-item-overcharge': perItemOvercharge,
  'uncovered-destination': (x) => x.tr.t('finding.uncovered-destination', { country: x.text('country') }),
  'item-fits-no-box': (x) => x.tr.t('finding.item-fits-no-box', { item: x.item() }),
  'speed-without-date': (x) => x.tr.t('finding.speed-without-date', { service: x.service(), zone: x.zone() }),
  'no-returns-policy': (x) => x.tr.t('finding.no-returns-policy'),
  'return-costs-unstated': (x) => x.tr.t('finding.return-costs-unstated'),
  'slow-reply-promise': (x) => x.tr.t('finding.slow-reply-promise', { channel: x.text('channel') }),
  'no-human-channel': (x) => x.tr.t('finding.no-human-channel'),
  'promise-tighter-than-history': promiseTighter,
  'no-contact-hours': (x) => x.tr.t('finding.no-contact-hours'),
};

function perItemEvidence(x) {
  const { tr } = x;
  return tr.t('finding.per-item-overcharge.evidence', {
    units: tr.t('finding.unitsPack', { count: x.num('units') }),
    parcels: tr.t('finding.parcels', { count: x.num('parcels') }),
    charged: x.money(x.num('charged')),
    perParcel: x.money(x.num('perParcel')),
    affected: tr.t('finding.itemsAffected', { count: x.num('itemsAffected') }),
  });
}

function perItemFix(x, finding) {
  const { tr, data } = x;
  const path = need(finding.path);
  if (data.first === undefined || data.capped) return tr.t('finding.per-item-overcharge.fixRule', { path });
  const example = `{"kind": "perParcel", "tiers": [{"upTo": ${x.plain('parcelUpTo')}, "amount": ${x.plain('first')}}]}`;
  return tr.t('finding.per-item-overcharge.fixParcel', { path, example });
}

function promiseTighterEvidence(x) {
  const { tr, data } = x;
  const key = data.part === 'handling' ? 'finding.promise-tighter-than-history.evidenceHandling' : 'finding.promise-tighter-than-history.evidenceTransit';
  return tr.t(key, { late: x.plain('late'), shipments: x.plain('shipments'), days: tr.t('finding.businessDays', { count: x.num('configuredDays') }) });
}

function promiseTighterFix(x, finding) {
  const { tr, data } = x;
  const key = data.part === 'handling' ? 'finding.promise-tighter-than-history.fixHandling' : 'finding.promise-tighter-than-history.fixTransit';
  return tr.t(key, { path: need(finding.path), days: x.plain('historyDays') });
}

// Audit finding id -> [evidence, fix].
const AUDIT_DETAILS = {
  'per-item-overcharge': [perItemEvidence, perItemFix],
  'uncovered-destination': [
    (x) => x.tr.t(x.data.reason === 'no-zone' ? 'finding.uncovered-destination.noZone' : 'finding.uncovered-destination.noRate', { country: x.text('country') }),
    (x) => x.tr.t('finding.uncovered-destination.fix', { country: x.text('country') }),
  ],
  'item-fits-no-box': [
    (x) =>
      x.tr.t('finding.item-fits-no-box.evidence', {
        item: x.item(),
        width: x.plain('width'),
        length: x.plain('length'),
        depth: x.plain('depth'),
        weight: x.plain('weight'),
        load: x.plain('heaviestLoad'),
      }),
    (x) => x.tr.t('finding.item-fits-no-box.fix'),
  ],
  'speed-without-date': [(x, f) => x.tr.t('finding.speed-without-date.evidence', { path: need(f.path) }), (x) => x.tr.t('finding.speed-without-date.fix')],
  'no-returns-policy': [(x) => x.tr.t('finding.no-returns-policy.evidence'), (x) => x.tr.t('finding.no-returns-policy.fix')],
  'return-costs-unstated': [(x) => x.tr.t('finding.return-costs-unstated.evidence'), (x) => x.tr.t('finding.return-costs-unstated.fix')],
  'slow-reply-promise': [
    (x) =>
      x.tr.t('finding.slow-reply-promise.evidence', {
        amount: x.plain('amount'),
        unit: x.text('unit'),
        minutes: x.plain('promiseMinutes'),
        dayMinutes: x.plain('businessDayMinutes'),
      }),
    (x) => x.tr.t('finding.slow-reply-promise.fix'),
  ],
  'no-human-channel': [
    (x) =>
      x.num('channels') === 0
        ? x.tr.t('finding.no-human-channel.none')
        : x.tr.t('finding.no-human-channel.evidence', { channels: x.tr.t('finding.channelsMarked', { count: x.num('channels') }) }),
    (x) => x.tr.t('finding.no-human-channel.fix'),
  ],
  'promise-tighter-than-history': [promiseTighterEvidence, promiseTighterFix],
  'no-contact-hours': [
    (x) => {
      const rows = need(x.data.channels);
      return x.tr.t('finding.no-contact-hours.evidence', { channels: rows.map((row) => need(row.channel)).join(', ') });
    },
    (x) => x.tr.t('finding.no-contact-hours.fix'),
  ],
};

// Action kind -> its button label.
const LABELS = {
  'add-to-cart': (x, _, action) => x.tr.t('finding.action.add-to-cart', { amount: x.money(action.amount ?? x.num('remaining')) }),
  'switch-service': (x, _, action) => x.tr.t('finding.action.switch-service', { service: x.service(action.service) }),
  'split-shipment': (x) => x.tr.t('finding.action.split-shipment'),
  'remove-item': (x) => x.tr.t('finding.action.remove-item', { item: x.item() }),
  'set-quantity': (x) => x.tr.t('finding.action.set-quantity', { count: x.num('available') }),
  'open-returns-policy': (x) => x.tr.t('finding.action.open-returns-policy'),
};

function composed(compose, finding, tr, currency, fallback, ...rest) {
  if (!compose) return fallback;
  try {
    return compose(context(finding, tr, currency), finding, ...rest);
  } catch (error) {
    if (error instanceof Missing) return fallback;
    throw error;
  }
}

// {message, label, evidence, fix} of a finding in the translator's language; `currency` is the
// answer's. Each falls back to the engine's own text.
export function findingTexts(finding, tr, currency) {
  const detail = AUDIT_DETAILS[finding.id] || [];
  const action = finding.action;
  return {
    message: composed(MESSAGES[finding.id], finding, tr, currency, finding.message),
    label: action ? composed(LABELS[action.kind], finding, tr, currency, action.label, action) : undefined,
    evidence: composed(detail[0], finding, tr, currency, finding.evidence),
    fix: composed(detail[1], finding, tr, currency, finding.fix),
  };
}
