// The contact answer's engine-written phrases in the widget's language. The engine marks each
// text that is its own default rather than the store's (`labelDefault`, `humanDefault`,
// `summaryDefault`, `subjectDefault`, `templateDefault`); those are composed here from the
// catalogue and the answer's facts, and the store's own texts are shown as the engine chose them.
// When a fact is missing the engine's English phrase stays.

const WAY = {
  phone: 'contact.way.phone',
  email: 'contact.way.email',
  chat: 'contact.way.chat',
  form: 'contact.way.form',
  messaging: 'contact.way.messaging',
};

// "You can reach a person by phone or by e-mail." from the channels a person answers.
export function humanText(result, tr) {
  if (!result.humanDefault) return result.human;
  const channels = Array.isArray(result.channels) ? result.channels : [];
  if (!channels.length) return tr.t('contact.human.none');
  const ways = [...new Set(channels.filter((c) => c.human).map((c) => WAY[c.type]))];
  if (ways.includes(undefined)) return result.human;
  if (!ways.length) return tr.t('contact.human.automated');
  return tr.t('contact.human.ways', { ways: tr.list(ways.map((key) => tr.t(key)), 'disjunction') });
}

const RETURN_COST = {
  free: 'contact.returns.free',
  shopper: 'contact.returns.shopper',
  fixed: 'contact.returns.fixed',
};

// "You can return items within 30 days; returns are free. You can cancel your order until it is
// dispatched."
export function returnsText(returns, tr) {
  if (!returns.summaryDefault || !Number.isSafeInteger(returns.days)) return returns.summary;
  const days = tr.t('finding.days', { count: returns.days });
  const cost = RETURN_COST[returns.cost];
  const terms =
    returns.days === 0
      ? tr.t('contact.returns.none')
      : cost
        ? tr.t(cost, { days })
        : tr.t('contact.returns.within', { days });
  return returns.cancellation?.untilDispatch ? `${terms} ${tr.t('contact.returns.cancel')}` : terms;
}

// The e-mail subject: the store's, or "Question for <store>".
export function subjectText(result, tr) {
  const form = result?.form || {};
  if (!form.subjectDefault) return form.subject;
  return form.storeName ? tr.t('contact.subject.store', { store: form.storeName }) : tr.t('contact.subject.site');
}

// A mailto: link from the engine with the subject in the widget's language.
export function withSubject(href, result, tr) {
  if (!href || !result?.form?.subjectDefault || !/^mailto:/i.test(href)) return href;
  return href.replace(/([?&]subject=)[^&]*/, (_, start) => start + encodeURIComponent(subjectText(result, tr)));
}

// Why a closed channel has no opening time ahead (the search always spans many days).
export function closedNote(channel, searchDays, tr) {
  if (channel.schedule === 'never') return tr.t('contact.note.never');
  if (channel.schedule === 'hours' && !channel.open && Number.isSafeInteger(searchDays)) {
    return tr.t('contact.note.closedAhead', { count: searchDays });
  }
  return channel.nextChangeNote;
}

// The acknowledgement template ({name}, {replyBy}, {hours} stay for the form to fill).
export function acknowledgementTemplate(result, tr) {
  const ack = result.acknowledgement;
  if (!ack.templateDefault) return ack.template;
  const channel = (result.channels || []).find((c) => c.id === ack.channel);
  if (!channel) return ack.template;
  const keep = { name: '{name}', replyBy: '{replyBy}', hours: '{hours}' };
  if (!ack.replyBy) return tr.t('contact.ack.later', keep);
  if (channel.schedule === 'roundTheClock') {
    return channel.human ? tr.t('contact.ack.personBy', keep) : tr.t('contact.ack.weBy', keep);
  }
  return channel.human ? tr.t('contact.ack.personOpen', keep) : tr.t('contact.ack.weOpen', keep);
}

// The hours the acknowledgement quotes: "24 hours a day" for a channel that never closes.
export function acknowledgementHours(result, tr) {
  const ack = result.acknowledgement;
  const channel = (result.channels || []).find((c) => c.id === ack.channel);
  return channel?.schedule === 'roundTheClock' ? tr.t('contact.ack.allDay') : ack.hours;
}
