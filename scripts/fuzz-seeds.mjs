// Writes libFuzzer seed corpora from the shared vectors and example configurations:
// <out>/config/*, <out>/quote/*, <out>/pack/*, ... one file per seed.
import { mkdirSync, readdirSync, readFileSync, writeFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const out = process.argv[2] ?? 'build/fuzz/corpus';
const root = new URL('..', import.meta.url).pathname;

function* jsonFiles(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* jsonFiles(path);
    else if (name.endsWith('.json')) yield path;
  }
}

let count = 0;
function seed(kind, name, text) {
  mkdirSync(join(out, kind), { recursive: true });
  writeFileSync(join(out, kind, name), text);
  count++;
}

seed('config', 'demo-store.json', readFileSync(join(root, 'demo/store.json'), 'utf8'));
for (const file of jsonFiles(join(root, 'tests/configs'))) {
  const doc = JSON.parse(readFileSync(file, 'utf8'));
  seed('config', file.replaceAll('/', '_'), JSON.stringify(doc.config ?? doc));
}
for (const file of jsonFiles(join(root, 'tests/vectors'))) {
  const vector = JSON.parse(readFileSync(file, 'utf8'));
  const name = file.replaceAll('/', '_');
  if (vector.config) seed('config', name, JSON.stringify(vector.config));
  if (vector.verb === 'localtime') {
    seed('time', name, `${vector.request.zone}|${vector.request.instant}`);
  } else if (vector.verb === 'holidays') {
    seed('time', name, `${vector.request.code}|${vector.request.year}`);
  } else if (vector.request !== undefined) {
    seed(vector.verb, name, JSON.stringify(vector.request));
  }
}
console.log(`fuzz: ${count} seeds written to ${out}`);
