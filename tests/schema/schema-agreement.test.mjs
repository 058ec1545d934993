// The JSON Schema that ships in dist/ and the engine's parser must agree: every example
// configuration passes both, every invalid example fails both (the parser side runs in
// tests/native/config_parser_test.cpp over the same files).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const readJson = (path) => JSON.parse(readFileSync(join(root, path), 'utf8'));
const schema = readJson('wasm/api/config.schema.json');
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

const jsonFiles = (dir) =>
  readdirSync(join(root, dir)).filter((f) => f.endsWith('.json')).map((f) => `${dir}/${f}`);

for (const file of [...jsonFiles('tests/configs/valid'), 'demo/store.json']) {
  test(`schema accepts ${file}`, () => {
    const ok = validate(readJson(file));
    assert.ok(ok, JSON.stringify(validate.errors, null, 2));
  });
}

for (const file of jsonFiles('tests/configs/invalid')) {
  const example = readJson(file);
  test(`schema rejects ${file}: ${example.description}`, () => {
    assert.equal(validate(example.config), false);
  });
}
