// The wasm engine as JavaScript sees it: its exports, and failures that come back as values.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadEngineModule, root } from './engine.mjs';

function assertErrorValue(text) {
  assert.equal(typeof text, 'string', 'the engine answers with JSON text');
  const result = JSON.parse(text);
  assert.equal(result.ok, false);
  assert.ok(Array.isArray(result.errors) && result.errors.length > 0, 'at least one error');
  for (const error of result.errors) {
    assert.equal(typeof error.path, 'string');
    assert.equal(typeof error.message, 'string');
    assert.ok(error.message.length > 0);
  }
  return result;
}

test('the module exports exactly Engine, pack, localtime, holidays and version', async () => {
  const m = await loadEngineModule();
  for (const name of ['Engine', 'pack', 'localtime', 'holidays', 'version']) {
    assert.equal(typeof m[name], 'function', name);
  }
  const engine = new m.Engine('{}');
  for (const method of ['validate', 'quote', 'promise', 'check', 'contact', 'audit']) {
    assert.equal(typeof engine[method], 'function', method);
  }
  engine.delete();
});

test('the engine version is the package version', async () => {
  const m = await loadEngineModule();
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  assert.equal(m.version(), version);
});

test('a configuration that is not JSON is reported by validate, not thrown', async () => {
  const m = await loadEngineModule();
  const engine = new m.Engine('{"store": ');
  assertErrorValue(engine.validate());
  engine.delete();
});

test('an empty configuration text is reported as an error value', async () => {
  const m = await loadEngineModule();
  const engine = new m.Engine('');
  assertErrorValue(engine.validate());
  engine.delete();
});

test('every request verb answers a malformed request with an error value', async () => {
  const m = await loadEngineModule();
  const engine = new m.Engine('{}');
  for (const verb of ['quote', 'promise', 'check', 'contact']) {
    assertErrorValue(engine[verb]('{"cart": [1, 2'));
  }
  engine.delete();
});

test('an engine built from an invalid configuration answers every verb with an error value', async () => {
  const m = await loadEngineModule();
  const engine = new m.Engine('not json at all');
  for (const verb of ['quote', 'promise', 'check', 'contact']) {
    assertErrorValue(engine[verb]('{}'));
  }
  assertErrorValue(engine.audit());
  engine.delete();
});

test('pack answers a malformed request with an error value', async () => {
  const m = await loadEngineModule();
  assertErrorValue(m.pack('[{"boxes":'));
});

test('localtime answers an unknown zone with an error value', async () => {
  const m = await loadEngineModule();
  assertErrorValue(m.localtime('Not/AZone', '2025-01-01T00:00:00Z'));
});

test('holidays answers an unknown place with an error value', async () => {
  const m = await loadEngineModule();
  assertErrorValue(m.holidays('??', 2025));
});

test('a deeply nested request is an error value and the module keeps working', async () => {
  const m = await loadEngineModule();
  const engine = new m.Engine('{}');
  const deep = '['.repeat(20000) + ']'.repeat(20000);
  const text = engine.quote(deep);
  assert.equal(JSON.parse(text).ok, false);
  assertErrorValue(m.pack('{'));
  engine.delete();
});
