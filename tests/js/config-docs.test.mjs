import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { DOC_PATH, SCHEMA_PATH, currentDocs, renderConfigDocs } from '../../scripts/gen-config-docs.mjs';

test('docs/configuration.md is what the schema generates (run node scripts/gen-config-docs.mjs)', () => {
  assert.equal(readFileSync(DOC_PATH, 'utf8'), currentDocs());
});

test('every top-level section of the schema has a heading', () => {
  const schema = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8'));
  const docs = currentDocs();
  for (const name of Object.keys(schema.properties).filter((n) => n !== '$schema')) assert.match(docs, new RegExp(`^## ${name}$`, 'm'));
});

test('a new property in the schema changes the generated reference', () => {
  const schema = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8'));
  const before = renderConfigDocs(schema);
  schema.properties.store.properties.slogan = { type: 'string', description: 'A new field.' };
  const after = renderConfigDocs(schema);
  assert.notEqual(after, before);
  assert.match(after, /\| `\/store\/slogan` \| string \|  \| A new field\. \|/);
});

test('required properties are marked', () => {
  assert.match(currentDocs(), /\| `\/store\/currency` \| string \| yes \|/);
});
