// The shipped types (js/types/overdeliver.d.ts) and the custom elements manifest
// (js/types/custom-elements.json) must describe what the sources define: every tag, every
// observed attribute and every event a widget dispatches. Read from the sources, so a new
// attribute or event fails here until it is documented.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const read = (path) => readFileSync(`${root}/${path}`, 'utf8');
const manifest = JSON.parse(read('js/types/custom-elements.json'));
const dts = read('js/types/overdeliver.d.ts');

// Attributes every element declares, and whatever the page sets on them besides.
const GLOBAL_ATTRIBUTES = ['lang', 'state'];

const strings = (text) => [...text.matchAll(/'([^']+)'/g)].map((m) => m[1]);

// Named string-array constants of a module: export const X = ['a', 'b'];
function arrayConstants(source) {
  const constants = {};
  for (const m of source.matchAll(/const\s+([A-Z_]+)\s*=\s*\[([^\]]*)\]/g)) constants[m[1]] = strings(m[2]);
  return constants;
}

function elementFiles() {
  return readdirSync(`${root}/js/elements`).filter((f) => f.endsWith('.js')).map((f) => `js/elements/${f}`);
}

const allConstants = Object.assign({}, ...elementFiles().map((f) => arrayConstants(read(f))));

// The tags and their classes, from the ELEMENTS table in js/widgets.js.
function definedTags() {
  const index = read('js/widgets.js');
  const table = /const ELEMENTS = \{([\s\S]*?)\};/.exec(index)[1];
  const tags = {};
  for (const m of table.matchAll(/'(od-[a-z-]+)':\s*(\w+)/g)) {
    const importLine = new RegExp(`import \\{[^}]*\\b${m[2]}\\b[^}]*\\} from '\\./(elements/[\\w-]+\\.js)'`).exec(index);
    tags[m[1]] = { className: m[2], file: `js/${importLine[1]}` };
  }
  return tags;
}

function listWithSpreads(body) {
  const names = strings(body);
  for (const m of body.matchAll(/\.\.\.([A-Z_]+)/g)) names.push(...(allConstants[m[1]] || []));
  return names;
}

function baseAttributes() {
  const body = /observedAttributes\(\)\s*\{\s*return \[([\s\S]*?)\]/.exec(read('js/elements/base.js'))[1];
  return listWithSpreads(body.replace(/\.\.\.this\.extraAttributes/, ''));
}

function ownAttributes(file) {
  const source = read(file);
  const list = /static extraAttributes\s*=\s*\[([\s\S]*?)\];/.exec(source);
  if (list) return listWithSpreads(list[1]);
  const named = /static extraAttributes\s*=\s*([A-Z_]+);/.exec(source);
  return named ? allConstants[named[1]] || [] : [];
}

function eventsIn(file) {
  const source = read(file);
  const names = [...source.matchAll(/emit\(\s*this\s*,\s*'([a-z-]+)'/g), ...source.matchAll(/new CustomEvent\(\s*'([a-z-]+)'/g)].map((m) => m[1]);
  return [...new Set(names)];
}

function declaration(tag) {
  for (const module of manifest.modules) {
    for (const d of module.declarations || []) if (d.tagName === tag) return { module, d };
  }
  return null;
}

const tags = definedTags();

test('the sources define the four tags', () => {
  assert.deepEqual(Object.keys(tags).sort(), ['od-cart-check', 'od-contact', 'od-delivery-promise', 'od-shipping-quote']);
});

for (const [tag, { className, file }] of Object.entries(tags)) {
  test(`${tag} is in the manifest with its class and module`, () => {
    const found = declaration(tag);
    assert.ok(found, `${tag} missing from custom-elements.json`);
    assert.equal(found.d.name, className);
    assert.equal(found.module.path, file);
    assert.ok(found.module.exports.some((e) => e.kind === 'custom-element-definition' && e.name === tag));
  });

  test(`${tag}: the manifest lists exactly the attributes the element observes`, () => {
    const code = [...new Set([...baseAttributes(), ...ownAttributes(file)])].sort();
    const listed = declaration(tag).d.attributes.map((a) => a.name).filter((n) => !GLOBAL_ATTRIBUTES.includes(n)).sort();
    assert.deepEqual(listed, code);
  });

  test(`${tag}: the manifest lists every event the element dispatches`, () => {
    const code = [...eventsIn('js/elements/base.js'), ...eventsIn(file)];
    const listed = declaration(tag).d.events.map((e) => e.name);
    for (const name of code) assert.ok(listed.includes(name), `${name} not listed for ${tag}`);
  });

  test(`${tag}: the types map the tag to an element interface`, () => {
    assert.match(dts, new RegExp(`'${tag}':\\s*Od\\w+Element;`));
  });

  test(`${tag}: the types document every attribute the element observes`, () => {
    const iface = className.replace(/^Od/, 'Od') + 'Element';
    const doc = new RegExp(`/\\*\\* <${tag} ([^>]*)> \\*/\\s*export interface ${iface}`).exec(dts);
    assert.ok(doc, `no attribute comment for ${tag}`);
    const listed = doc[1].split(/\s+/).sort();
    assert.deepEqual(listed, [...new Set([...baseAttributes(), ...ownAttributes(file)])].sort());
  });
}

test('every event dispatched by any element is typed', () => {
  for (const file of elementFiles()) {
    for (const name of eventsIn(file)) assert.match(dts, new RegExp(`'${name}'`), `${name} (${file})`);
  }
});

test('every page-level API event is typed', () => {
  const names = new Set();
  for (const file of ['js/index.js', ...readdirSync(`${root}/js/runtime`).map((f) => `js/runtime/${f}`)]) {
    for (const m of read(file).matchAll(/emitter\.emit\(\s*'([a-z-]+)'/g)) names.add(m[1]);
  }
  const map = /interface OverdeliverEventMap \{([\s\S]*?)\}/.exec(dts)[1];
  assert.ok(names.size > 0);
  for (const name of names) assert.match(map, new RegExp(`\\b${name}:`), name);
});

test('every method of window.Overdeliver is typed', () => {
  const api = read('js/runtime/api.js');
  const body = /return Object\.freeze\(\{([\s\S]*)\}\);\s*\}\s*$/.exec(api)[1];
  const methods = [...body.matchAll(/^\s{4}(\w+)\(/gm)].map((m) => m[1]);
  const fields = [...body.matchAll(/^\s{4}(\w+)[,:]/gm)].map((m) => m[1]);
  const iface = /export interface Overdeliver \{([\s\S]*?)\n\}/.exec(dts)[1];
  assert.ok(methods.includes('setCart'));
  for (const name of [...methods, ...fields]) assert.match(iface, new RegExp(`\\b${name}\\b`), name);
});

test('every engine verb is typed', () => {
  const body = /const publicEngine = Object\.freeze\(\{([\s\S]*?)\}\);/.exec(read('js/runtime/api.js'))[1];
  const verbs = [...body.matchAll(/^\s+(\w+):/gm)].map((m) => m[1]);
  const iface = /export interface OverdeliverEngine \{([\s\S]*?)\n\}/.exec(dts)[1];
  for (const verb of verbs) assert.match(iface, new RegExp(`\\b${verb}\\(`), verb);
});
