// Loads the built browser engine (dist/overdeliver-engine.js + dist/overdeliver.wasm) in Node.
// The glue is a classic (CommonJS-style) script while this package is "type": "module", so it is
// compiled as a CommonJS function body here; the .wasm is read from disk and handed over as
// wasmBinary because the glue's own fetch() of a file path fails under Node.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

export const root = fileURLToPath(new URL('../..', import.meta.url));
export const gluePath = join(root, 'dist/overdeliver-engine.js');
export const wasmPath = join(root, 'dist/overdeliver.wasm');

let modulePromise = null;

function loadFactory() {
  const source = readFileSync(gluePath, 'utf8');
  const wrapper = vm.compileFunction(source, ['module', 'exports', 'require', '__dirname', '__filename'], {
    filename: gluePath,
  });
  const module = { exports: {} };
  wrapper(module, module.exports, createRequire(gluePath), dirname(gluePath), gluePath);
  if (typeof module.exports !== 'function') throw new Error('The glue exported no module factory.');
  return module.exports;
}

// The Emscripten module: { Engine, pack, localtime, holidays, version }. Loaded once per process.
export function loadEngineModule() {
  modulePromise ??= loadFactory()({
    wasmBinary: readFileSync(wasmPath),
    print() {},
    printErr() {},
  });
  return modulePromise;
}

// Runs one verb as the CLI would, returning the parsed JSON result. `config` is JSON text.
export async function runVerb(verb, { configText, request }) {
  const m = await loadEngineModule();
  switch (verb) {
    case 'pack':
      return JSON.parse(m.pack(JSON.stringify(request)));
    case 'localtime':
      return JSON.parse(m.localtime(String(request.zone), String(request.instant)));
    case 'holidays':
      return JSON.parse(m.holidays(String(request.code), Number(request.year)));
    default: {
      const engine = new m.Engine(configText);
      try {
        if (verb === 'validate') return JSON.parse(engine.validate());
        if (verb === 'audit') return JSON.parse(engine.audit());
        if (!['quote', 'promise', 'check', 'contact'].includes(verb)) throw new Error(`Unknown verb ${verb}`);
        return JSON.parse(engine[verb](JSON.stringify(request)));
      } finally {
        engine.delete();
      }
    }
  }
}
