// Where the loader was served from: the glue and the .wasm sit next to it. A classic script knows
// itself through document.currentScript; a module script does not, so fall back to the tag that
// names the bundle or carries the configuration.

const BUNDLE_NAME = /\/overdeliver(?:\.min)?\.js(?:[?#]|$)/;

export function findLoaderScript(doc = document) {
  const current = doc.currentScript;
  if (current && current.src) return current;
  const scripts = [...doc.querySelectorAll('script[src]')];
  return (
    scripts.find((s) => s.hasAttribute('data-config') && BUNDLE_NAME.test(s.src)) ||
    scripts.find((s) => BUNDLE_NAME.test(s.src)) ||
    scripts.find((s) => s.hasAttribute('data-config')) ||
    null
  );
}

export function assetUrl(loaderScript, name) {
  const base = loaderScript && loaderScript.src ? loaderScript.src : document.baseURI;
  return new URL(name, base).href;
}
