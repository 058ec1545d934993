// The warm-up worker (dist/overdeliver-warmup.js), started by the loader. A browser compiles each
// WebAssembly function the first time it runs, on the thread that runs it, so the engine's first
// answers would each hold the page's main thread for tens of milliseconds. The loader hands this
// worker the compiled module and the configuration; the worker builds an engine and answers one
// request of each kind, and the code it compiled serves every instance of the module, the page's
// included. Whatever happens here, the page goes on: it only waits for "done" or "failed".
import { warmupRequests } from './runtime/warmup-requests.js';

self.onmessage = async ({ data }) => {
  try {
    self.importScripts(data.glueUrl);
    const module = await self.OverdeliverEngine({
      instantiateWasm(imports, receive) {
        WebAssembly.instantiate(data.module, imports).then((instance) => receive(instance, data.module));
        return {};
      },
      print() {},
      printErr() {},
    });
    const engine = new module.Engine(data.configText);
    engine.validate();
    for (const [verb, request] of warmupRequests(data.configText, data)) engine[verb](JSON.stringify(request));
    engine.delete();
    self.postMessage('done');
  } catch {
    self.postMessage('failed');
  }
};
