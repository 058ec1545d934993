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

// Starts downloading and compiling the module at once. With a server that labels it
// application/wasm the browser compiles it while it streams in, off the main thread; servers that
// do not still work, through a plain download. Resolves with the compiled WebAssembly.Module.
async function compile(url) {
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
    if (typeof WebAssembly.compileStreaming === 'function' && type.startsWith('application/wasm')) {
      return await WebAssembly.compileStreaming(response);
    }
    return await WebAssembly.compile(await response.arrayBuffer());
  } catch (error) {
    throw failure('wasm-invalid', `The engine could not be started: ${error.message}`);
  }
}

async function instantiate(compiled, imports) {
  const module = await compiled;
  try {
    return { instance: await WebAssembly.instantiate(module, imports), module };
  } catch (error) {
    throw failure('wasm-invalid', `The engine could not be started: ${error.message}`);
  }
}

// Starts downloading and compiling the .wasm; resolves with the WebAssembly.Module, which the
// warm-up worker also runs.
export function compileWasm(wasmUrl) {
  if (typeof WebAssembly !== 'object') {
    return Promise.reject(failure('wasm-unsupported', 'This browser cannot run WebAssembly.'));
  }
  const compiled = compile(wasmUrl);
  compiled.catch(() => {}); // reported through loadModule
  return compiled;
}

// Resolves with the Emscripten module (Engine class and free functions) or rejects with a failure.
// `compiled` is compileWasm's promise: the .wasm downloads and compiles while the glue loads.
export function loadModule({ glueUrl, compiled, doc = document }) {
  if (typeof WebAssembly !== 'object') {
    return Promise.reject(failure('wasm-unsupported', 'This browser cannot run WebAssembly.'));
  }
  return loadGlue(glueUrl, doc).then((factory) => {
    // The glue waits forever when instantiateWasm never calls back, so failures race it.
    let fail;
    const failed = new Promise((_, reject) => (fail = reject));
    const ready = factory({
      instantiateWasm(imports, receive) {
        instantiate(compiled, imports).then(
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
