// Every shared vector against the wasm engine, and — when the native CLI is built — the same
// vector through the CLI: the two must print the very same JSON.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { runVerb } from './engine.mjs';
import { VERBS, cliPath, configTextOf, loadVectors, partialMismatches, runCli } from './vectors.mjs';

const vectors = loadVectors();
const haveCli = existsSync(cliPath);

if (!vectors.length) {
  test('shared vectors', { skip: 'no vectors under tests/vectors yet' }, () => {});
}

for (const vector of vectors) {
  const name = `${vector.file}: ${vector.description ?? vector.verb}`;

  test(`${name} (wasm)`, async () => {
    assert.ok(VERBS.includes(vector.verb), `unknown verb "${vector.verb}"`);
    assert.ok(vector.expected && typeof vector.expected === 'object', 'a vector needs "expected"');
    const result = await runVerb(vector.verb, { configText: configTextOf(vector), request: vector.request });
    const mismatches = partialMismatches(vector.expected, result);
    assert.deepEqual(mismatches, [], `wasm result: ${JSON.stringify(result)}`);
  });

  test(`${name} (native and wasm agree)`, { skip: haveCli ? false : 'build/native/overdeliver not built' }, async () => {
    const configText = configTextOf(vector);
    const wasm = await runVerb(vector.verb, { configText, request: vector.request });
    const native = runCli(vector, configText);
    assert.deepEqual(wasm, native);
  });
}
