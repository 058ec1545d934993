// The contact panel's sentences, built from the engine's wall times ({date, time, weekday,
// timeZone, offsetMinutes}) with the widget's translator `tr` (js/i18n/index.js). Everything
// returned is plain text for textContent.
import { closedNote } from './contact-phrases.js';

// "Monday", or with `full` "Monday 16 March", for a "YYYY-MM-DD" date.
export function weekdayName(date, tr, full) {
  return tr.date(date, full ? { weekday: 'long', day: 'numeric', month: 'long' } : { weekday: 'long' }) || date;
}

function nextDay(date) {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

// "Monday 09:00", or "today 09:00" / "tomorrow 09:00" relative to `today` in the same zone.
function dayAndTime(wall, today, tr) {
  if (wall.date === today) return tr.t('contact.today', { time: wall.time });
  if (today && nextDay(today) === wall.date) return tr.t('contact.tomorrow', { time: wall.time });
  return tr.t('contact.dayTime', { day: weekdayName(wall.date, tr), time: wall.time });
}

// "17:30 (18:30 your time)"; the day is named when it is not today, and in the shopper's part
// only when their date differs from the store's.
export function whenText(at, { storeToday, shopperToday, tr }) {
  const store = at.store.date === storeToday ? tr.t('contact.at', { time: at.store.time }) : dayAndTime(at.store, storeToday, tr);
  if (at.store.offsetMinutes === at.shopper.offsetMinutes) return store;
  const shopper = at.shopper.date === at.store.date ? tr.t('contact.at', { time: at.shopper.time }) : dayAndTime(at.shopper, shopperToday, tr);
  return tr.t('contact.bothTimes', { time: store, yours: shopper });
}

const TYPE_LABEL = {
  email: 'contact.type.email',
  chat: 'contact.type.chat',
  phone: 'contact.type.phone',
  form: 'contact.type.form',
  messaging: 'contact.type.messaging',
};

// The store's label in the request's language; for a channel without one (the engine's default,
// or no label at all), the channel type in the widget's language.
export function channelName(channel, tr) {
  if (channel.label && !(channel.labelDefault && TYPE_LABEL[channel.type])) return channel.label;
  return TYPE_LABEL[channel.type] ? tr.t(TYPE_LABEL[channel.type]) : channel.type || channel.id;
}

// "Open now — Phone until 17:30 (18:30 your time)" / "Closed — Phone opens Monday 09:00 (…)".
// An answer with only the instant is shown in the shopper's clock.
export function statusText(channel, context) {
  const { tr } = context;
  const name = channelName(channel, tr);
  const when = channel.nextChangeAt
    ? whenText(channel.nextChangeAt, context)
    : channel.nextChange
      ? tr.time(channel.nextChange, context.timeZone)
      : '';
  if (channel.open) {
    if (!when) return tr.t(channel.schedule === 'roundTheClock' ? 'contact.openAlways' : 'contact.openNoClose', { channel: name });
    return tr.t('contact.openUntil', { channel: name, time: when });
  }
  if (!when) return tr.t('contact.closedNote', { channel: name, note: closedNote(channel, context.searchDays, tr) || tr.t('contact.noOpening') });
  return tr.t('contact.closedOpens', { channel: name, time: when });
}

// "Tuesday 11:00 your time": what a person can act on.
export function replyByText(at, tr, instant, timeZone) {
  if (!at?.shopper) return instant ? tr.time(instant, timeZone) : '';
  return tr.t('contact.yourTime', { day: weekdayName(at.shopper.date, tr), time: at.shopper.time });
}

export function slotsText(slots, tr) {
  if (!slots?.length) return tr.t('contact.closed');
  return slots.map((s) => `${s.start}–${s.end}`).join(', ');
}

// The store's template with {name}, {replyBy} and {hours} filled in; unknown braces stay as typed.
export function fillTemplate(template, values) {
  return String(template || '').replace(/\{(name|replyBy|hours)\}/g, (_, key) => values[key] ?? '');
}

const SAFE_HREF = /^(tel:|mailto:|https:|http:|sms:|whatsapp:|tg:|viber:|\/(?!\/))/i;
// Links come from the engine, which checked them; this keeps script links out regardless.
export function safeHref(href) {
  return typeof href === 'string' && SAFE_HREF.test(href.trim()) ? href.trim() : null;
}
