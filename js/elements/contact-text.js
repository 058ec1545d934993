import { formatInstant } from '../runtime/format.js';

// The contact panel's sentences, built from the engine's wall times ({date, time, weekday,
// timeZone, offsetMinutes}). Everything returned is plain text for textContent.

// "Monday", or with `full` "Monday 16 March", for a "YYYY-MM-DD" date.
export function weekdayName(date, locale, full) {
  try {
    const options = full ? { weekday: 'long', day: 'numeric', month: 'long' } : { weekday: 'long' };
    return new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(new Date(`${date}T12:00:00Z`));
  } catch {
    return date;
  }
}

function nextDay(date) {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

// "Monday 09:00", or "today 09:00" / "tomorrow 09:00" relative to `today` in the same zone.
function dayAndTime(wall, today, locale) {
  if (wall.date === today) return `today ${wall.time}`;
  if (today && nextDay(today) === wall.date) return `tomorrow ${wall.time}`;
  return `${weekdayName(wall.date, locale)} ${wall.time}`;
}

// "17:30 (18:30 your time)"; the day is named when it is not today, and in the shopper's part
// only when their date differs from the store's.
export function whenText(at, { storeToday, shopperToday, locale }) {
  const store = at.store.date === storeToday ? at.store.time : dayAndTime(at.store, storeToday, locale);
  if (at.store.offsetMinutes === at.shopper.offsetMinutes) return store;
  const shopper = at.shopper.date === at.store.date ? at.shopper.time : dayAndTime(at.shopper, shopperToday, locale);
  return `${store} (${shopper} your time)`;
}

const TYPE_LABEL = { email: 'E-mail', chat: 'Live chat', phone: 'Phone', form: 'Message us', messaging: 'Messaging' };

export function channelName(channel) {
  return channel.label || TYPE_LABEL[channel.type] || channel.type || channel.id;
}

// "Open now — Phone until 17:30 (18:30 your time)" / "Closed — Phone opens Monday 09:00 (…)".
// An answer with only the instant is shown in the shopper's clock.
export function statusText(channel, context) {
  const name = channelName(channel);
  const when = channel.nextChangeAt
    ? whenText(channel.nextChangeAt, context)
    : channel.nextChange
      ? formatInstant(channel.nextChange, context.locale, context.timeZone)
      : '';
  if (channel.open) {
    if (!when) return `Open now — ${name}, ${channel.schedule === 'roundTheClock' ? 'round the clock' : 'no closing time ahead'}`;
    return `Open now — ${name} until ${when}`;
  }
  if (!when) return `Closed — ${name}: ${channel.nextChangeNote || 'no opening time ahead'}`;
  return `Closed — ${name} opens ${when}`;
}

// "Tuesday 11:00 your time": what a person can act on.
export function replyByText(at, locale, instant, timeZone) {
  if (!at?.shopper) return instant ? formatInstant(instant, locale, timeZone) : '';
  return `${weekdayName(at.shopper.date, locale)} ${at.shopper.time} your time`;
}

export function slotsText(slots) {
  if (!slots?.length) return 'Closed';
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
