// The page's single engine, as objects in and objects out. Every method answers with a result
// object, {ok:true,...} or {ok:false, errors:[{path, message}]}; none throws.

function errorResult(message) {
  return { ok: false, errors: [{ path: '', message }] };
}

const NOT_READY = 'The engine is not ready yet.';

function toText(value) {
  return typeof value === 'string' ? value : JSON.stringify(value ?? {});
}

function parse(text) {
  try {
    const result = JSON.parse(text);
    return result && typeof result === 'object' ? result : errorResult('The engine gave no answer.');
  } catch {
    return errorResult('The engine gave an unreadable answer.');
  }
}

export function createEngineFacade() {
  let module = null;
  let engine = null;

  function run(fn) {
    if (!engine) return errorResult(NOT_READY);
    try {
      return parse(fn());
    } catch (error) {
      return errorResult(`The engine failed: ${error && error.message ? error.message : error}`);
    }
  }

  return {
    attach(loadedModule, configText) {
      module = loadedModule;
      engine = new module.Engine(configText);
    },
    get ready() {
      return engine !== null;
    },
    // A new configuration replaces the current one only when it is valid; either way the answer
    // is its validation ({ok, errors:[{path, message}]}).
    reconfigure(configText) {
      if (!module) return errorResult(NOT_READY);
      let candidate;
      try {
        candidate = new module.Engine(String(configText));
      } catch (error) {
        return errorResult(`The engine failed: ${error && error.message ? error.message : error}`);
      }
      let result;
      try {
        result = parse(candidate.validate());
      } catch (error) {
        result = errorResult(`The engine failed: ${error && error.message ? error.message : error}`);
      }
      const retired = result.ok ? engine : candidate;
      if (result.ok) engine = candidate;
      try {
        retired?.delete?.();
      } catch {
        // already released
      }
      return result;
    },
    validate: () => run(() => engine.validate()),
    quote: (request) => run(() => engine.quote(toText(request))),
    promise: (request) => run(() => engine.promise(toText(request))),
    check: (request) => run(() => engine.check(toText(request))),
    contact: (request) => run(() => engine.contact(toText(request))),
    audit: () => run(() => engine.audit()),
    pack: (request) => run(() => module.pack(toText(request))),
    localtime: (zone, instant) => run(() => module.localtime(String(zone), String(instant))),
    holidays: (code, year) => run(() => module.holidays(String(code), Number(year) | 0)),
    version: () => (module ? module.version() : null),
  };
}
