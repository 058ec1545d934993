// Loads the Emscripten glue (a classic script next to the loader) and the .wasm, each once.
import { failure } from './events.js';

const GLUE_GLOBAL = 'OverdeliverEngine';

function loadGlue(url, doc) {
  if (typeof window[GLUE_GLOBAL] === 'function') return Promise.resolve(window[GLUE_GLOBAL]);
  return new Promise((resolve, reject) => {
    const script = doc.createElement('script');
    script.src = url;
    script.async = true;
    script.onload = () =>
      typeof window[GLUE_GLOBAL] === 'function'
        ? resolve(window[GLUE_GLOBAL])
        : reject(failure('engine-unavailable', 'The engine script loaded but defined no engine.'));
    script.onerror = () =>
      reject(failure('engine-unavailable', 'The engine script could not be loaded.'));
    (doc.head || doc.documentElement).appendChild(script);
  });
}

// Streams the module while it downloads when the server labels it application/wasm; servers that
// do not still work, through a plain download.
async function instantiate(url, imports) {
  let response;
  try {
    response = await fetch(url, { credentials: 'same-origin' });
  } catch (error) {
    throw failure('wasm-unavailable', `The engine could not be downloaded: ${error.message}`);
  }
  if (!response.ok) {
    throw failure('wasm-unavailable', `The engine could not be downloaded (HTTP ${response.status}).`);
  }
  try {
    const type = response.headers.get('content-type') || '';
    if (typeof WebAssembly.instantiateStreaming === 'function' && type.startsWith('application/wasm')) {
      return await WebAssembly.instantiateStreaming(response, imports);
    }
    return await WebAssembly.instantiate(await response.arrayBuffer(), imports);
  } catch (error) {
    throw failure('wasm-invalid', `The engine could not be started: ${error.message}`);
  }
}

// Resolves with the Emscripten module (Engine class and free functions) or rejects with a failure.
export function loadModule({ glueUrl, wasmUrl, doc = document }) {
  if (typeof WebAssembly !== 'object') {
    return Promise.reject(failure('wasm-unsupported', 'This browser cannot run WebAssembly.'));
  }
  return loadGlue(glueUrl, doc).then((factory) => {
    // The glue waits forever when instantiateWasm never calls back, so failures race it.
    let fail;
    const failed = new Promise((_, reject) => (fail = reject));
    const ready = factory({
      instantiateWasm(imports, receive) {
        instantiate(wasmUrl, imports).then(
          ({ instance, module }) => receive(instance, module),
          fail,
        );
        return {};
      },
      onAbort(reason) {
        fail(failure('engine-aborted', `The engine stopped: ${reason}`));
      },
      print() {},
      printErr() {},
    });
    return Promise.race([ready, failed]);
  });
}
