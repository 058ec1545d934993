// The contact answer's default phrases (channel names, how to reach a person, the e-mail subject,
// the acknowledgement, returns terms, why a channel will not open) are composed by the widget in
// its language. In English they must be the engine's, word for word: every shared contact vector
// is run through the wasm engine and compared, and again with returns terms added.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runVerb } from './engine.mjs';
import { configTextOf, loadVectors } from './vectors.mjs';
import { registerCatalogue, translator } from '../../js/i18n/index.js';
import { acknowledgementHours, acknowledgementTemplate, closedNote, humanText, returnsText, subjectText, withSubject } from '../../js/elements/contact-phrases.js';
import { channelName } from '../../js/elements/contact-text.js';
import de from '../../js/i18n/messages/de.js';

registerCatalogue('de', de);

const english = translator('en-GB');
const german = translator('de');
const vectors = loadVectors().filter((v) => v.verb === 'contact' && v.expected?.ok !== false);

const answerOf = (vector, configText = configTextOf(vector)) => runVerb('contact', { configText, request: vector.request ?? {} });

function englishMatches(answer) {
  assert.equal(humanText(answer, english), answer.human, 'human');
  assert.equal(subjectText(answer, english), answer.form.subject, 'subject');
  if (answer.acknowledgement) {
    assert.equal(acknowledgementTemplate(answer, english), answer.acknowledgement.template, 'acknowledgement');
    assert.equal(acknowledgementHours(answer, english), answer.acknowledgement.hours, 'acknowledgement hours');
  }
  if (answer.returns) assert.equal(returnsText(answer.returns, english), answer.returns.summary, 'returns');
  for (const channel of answer.channels) {
    assert.equal(channelName(channel, english), channel.label, `${channel.id} name`);
    assert.equal(withSubject(channel.href, answer, english), channel.href, `${channel.id} link`);
    if (!channel.open && channel.nextChangeNote) assert.equal(closedNote(channel, answer.searchDays, english), channel.nextChangeNote, `${channel.id} note`);
  }
}

test('the shared contact vectors use the engine’s default phrases', async () => {
  const answers = await Promise.all(vectors.map((v) => answerOf(v)));
  assert.ok(answers.length >= 10);
  assert.ok(answers.every((a) => a.humanDefault && a.form.subjectDefault && a.channels.every((c) => c.labelDefault)));
});

for (const vector of vectors) {
  test(`${vector.file}: the widget's English phrases are the engine's`, async () => {
    englishMatches(await answerOf(vector));
  });
}

const RETURNS = [
  { days: 30, cost: 'free', cancellation: { untilDispatch: true } },
  { days: 1, cost: 'shopper' },
  { days: 14, cost: 'fixed', costAmount: 495 },
  { days: 14 },
  { days: 0 },
];

for (const returns of RETURNS) {
  test(`returns terms ${JSON.stringify(returns)}: English as the engine's, and German`, async () => {
    const vector = vectors[0];
    const config = JSON.parse(configTextOf(vector));
    config.returns = returns;
    const answer = await answerOf(vector, JSON.stringify(config));
    assert.equal(answer.returns.summaryDefault, true);
    englishMatches(answer);
    const text = returnsText(answer.returns, german);
    assert.notEqual(text, answer.returns.summary);
    assert.doesNotMatch(text, /\{\w+\}/);
  });
}

test('in German the default phrases are German and the store’s own texts stay as the engine chose them', async () => {
  const vector = vectors.find((v) => v.file.includes('reply-by-across-easter'));
  const answer = await answerOf(vector);
  assert.equal(humanText(answer, german), 'Einen Menschen erreichen Sie per E-Mail oder über das Kontaktformular.');
  assert.equal(subjectText(answer, german), 'Frage an Calder Clayworks');
  assert.deepEqual(
    answer.channels.map((c) => channelName(c, german)),
    ['E-Mail', 'Nachricht an uns'],
  );
  assert.equal(acknowledgementTemplate(answer, german), 'Danke, {name}. Ein Mensch antwortet bis {replyBy} (wir sind {hours} für Sie da).');
  const email = answer.channels.find((c) => c.type === 'email');
  assert.match(withSubject(email.href, answer, german), /\?subject=Frage%20an%20Calder%20Clayworks$/);

  const own = {
    ...answer,
    humanDefault: undefined,
    human: 'Ruth answers.',
    form: { ...answer.form, subjectDefault: undefined, subject: 'Hallo' },
    channels: answer.channels.map((c) => ({ ...c, labelDefault: undefined, label: 'Postfach' })),
  };
  assert.equal(humanText(own, german), 'Ruth answers.');
  assert.equal(subjectText(own, german), 'Hallo');
  assert.equal(channelName(own.channels[0], german), 'Postfach');
  assert.equal(withSubject(email.href, own, german), email.href);
});

test('round the clock and never-open channels: German notes and acknowledgement', async () => {
  const vector = vectors.find((v) => v.file.includes('round-the-clock-and-never-open'));
  const answer = await answerOf(vector);
  const never = answer.channels.find((c) => c.schedule === 'never');
  assert.equal(closedNote(never, answer.searchDays, german), 'Dieser Kanal hat keine Öffnungszeiten.');
  assert.equal(acknowledgementTemplate(answer, german), 'Danke, {name}. Ein Mensch antwortet bis {replyBy}.');
  assert.equal(acknowledgementHours(answer, german), 'rund um die Uhr');
  const closed = { id: 'x', schedule: 'hours', open: false, nextChangeNote: 'Does not open within the next 62 days.' };
  assert.equal(closedNote(closed, 62, german), 'Öffnet nicht innerhalb der nächsten 62 Tage.');
  assert.equal(closedNote(closed, 62, english), closed.nextChangeNote);
});
