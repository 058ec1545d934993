// Bundles js/ into the scripts a page loads, each one classic script (IIFE, minified) that also
// works when loaded with type="module":
//   dist/overdeliver.js          the loader (js/index.js): engine, configuration, window.Overdeliver
//   dist/overdeliver-widgets.js  the <od-*> elements (js/widgets.js), added to the page by the loader
//   dist/overdeliver-carts.js    the platform cart reader, added only for data-cart-source
//   dist/overdeliver-warmup.js   the warm-up worker, started by the loader (js/warmup-worker.js)
// The widgets script takes the loader's shared runtime modules (js/runtime/shared.js) from the
// loader at run time instead of bundling copies of them.
import { build } from 'esbuild';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { messageIds, messageKeysPlugin, shippedCatalogue } from './message-ids.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const jsDir = `${root}/js`;
const { version } = JSON.parse(await readFile(`${root}/package.json`, 'utf8'));
const { default: english } = await import(`${root}/js/i18n/messages/en.js`);
const messages = messageIds(english); // short ids for message keys (scripts/message-ids.mjs)

const common = {
  bundle: true,
  format: 'iife',
  minify: true,
  target: ['chrome100', 'firefox100', 'safari15.4'],
  legalComments: 'none',
  logLevel: 'warning',
};
// Message keys become short ids in both the loader and the widgets script (scripts/message-ids.mjs).
const define = { __OD_VERSION__: JSON.stringify(version), __OD_MESSAGES__: JSON.stringify(messages.fingerprint) };

const loader = await build({
  ...common,
  entryPoints: [`${jsDir}/index.js`],
  outfile: `${root}/dist/overdeliver.js`,
  define,
  plugins: [messageKeysPlugin(messages.ids)],
  metafile: true,
});

// The table of shared modules, read from js/runtime/shared.js: "'runtime/hub.js': hub," lines.
const sharedSource = await readFile(`${jsDir}/runtime/shared.js`, 'utf8');
const sharedKey = /SHARED_KEY = Symbol\.for\('([^']+)'\)/.exec(sharedSource)[1];
const sharedPaths = [...sharedSource.matchAll(/^\s+'([\w/.-]+\.js)': \w+,$/gm)].map((m) => m[1]);

// The names a module exports, as esbuild sees them.
async function exportsOf(file) {
  const result = await build({ entryPoints: [file], bundle: false, format: 'esm', write: false, metafile: true, logLevel: 'silent' });
  return Object.values(result.metafile.outputs)[0].exports;
}

// Imports of a shared module become a read of the loader's table.
const useLoaderModules = {
  name: 'use-loader-modules',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /\.js$/ }, (args) => {
      if (args.kind === 'entry-point') return undefined;
      const path = relative(jsDir, fileURLToPath(new URL(args.path, `file://${args.resolveDir}/`)));
      return sharedPaths.includes(path) ? { path, namespace: 'loader-module' } : undefined;
    });
    pluginBuild.onLoad({ filter: /.*/, namespace: 'loader-module' }, async (args) => {
      const names = await exportsOf(`${jsDir}/${args.path}`);
      const table = `globalThis[Symbol.for(${JSON.stringify(sharedKey)})][${JSON.stringify(args.path)}]`;
      return { contents: `export const { ${names.join(', ')} } = ${table};`, loader: 'js' };
    });
  },
};

const widgets = await build({
  ...common,
  entryPoints: [`${jsDir}/widgets.js`],
  outfile: `${root}/dist/overdeliver-widgets.js`,
  define,
  plugins: [useLoaderModules, messageKeysPlugin(messages.ids)],
  metafile: true,
});

// A module in both scripts would ship twice and, if it holds state, split the page in two.
const inLoader = new Set(Object.keys(loader.metafile.inputs));
const twice = Object.keys(widgets.metafile.inputs).filter((input) => inLoader.has(input));
if (twice.length) {
  throw new Error(`bundled into both the loader and the widgets script: ${twice.join(', ')}; share them through js/runtime/shared.js`);
}

// The platform cart reader, loaded by the loader only for tags with data-cart-source.
await build({
  ...common,
  entryPoints: [`${jsDir}/adapters/standalone.js`],
  outfile: `${root}/dist/overdeliver-carts.js`,
});

// The warm-up worker, started by the loader: it runs the engine's code once off the main thread.
await build({
  ...common,
  entryPoints: [`${jsDir}/warmup-worker.js`],
  outfile: `${root}/dist/overdeliver-warmup.js`,
});

// Types and the custom elements manifest ship next to the bundle for editors and TypeScript.
await copyFile(`${root}/js/types/overdeliver.d.ts`, `${root}/dist/overdeliver.d.ts`);
await copyFile(`${root}/js/types/custom-elements.json`, `${root}/dist/custom-elements.json`);

// Widget text catalogues other than English (which is in the widgets script), fetched on demand.
await mkdir(`${root}/dist/i18n`, { recursive: true });
for (const lang of ['de', 'fr', 'es', 'nl', 'it']) {
  const { default: catalogue } = await import(`${root}/js/i18n/messages/${lang}.js`);
  await writeFile(`${root}/dist/i18n/${lang}.json`, JSON.stringify(shippedCatalogue(catalogue, messages)));
}
