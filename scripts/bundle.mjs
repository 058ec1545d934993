// Bundles js/ into dist/overdeliver.js: one classic script (IIFE, minified) that also works when
// loaded with type="module".
import { build } from 'esbuild';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { messageIds, messageKeysPlugin, shippedCatalogue } from './message-ids.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const { version } = JSON.parse(await readFile(`${root}/package.json`, 'utf8'));
const { default: english } = await import(`${root}/js/i18n/messages/en.js`);
const messages = messageIds(english); // short ids for message keys (scripts/message-ids.mjs)

await build({
  entryPoints: [`${root}/js/index.js`],
  outfile: `${root}/dist/overdeliver.js`,
  bundle: true,
  format: 'iife',
  minify: true,
  target: ['chrome100', 'firefox100', 'safari15.4'],
  define: { __OD_VERSION__: JSON.stringify(version), __OD_MESSAGES__: JSON.stringify(messages.fingerprint) },
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [messageKeysPlugin(messages.ids)],
});

// The platform cart reader, loaded by the loader only for tags with data-cart-source.
await build({
  entryPoints: [`${root}/js/adapters/standalone.js`],
  outfile: `${root}/dist/overdeliver-carts.js`,
  bundle: true,
  format: 'iife',
  minify: true,
  target: ['chrome100', 'firefox100', 'safari15.4'],
  legalComments: 'none',
  logLevel: 'warning',
});

// Types and the custom elements manifest ship next to the bundle for editors and TypeScript.
await copyFile(`${root}/js/types/overdeliver.d.ts`, `${root}/dist/overdeliver.d.ts`);
await copyFile(`${root}/js/types/custom-elements.json`, `${root}/dist/custom-elements.json`);

// Widget text catalogues other than English (which is in the loader), fetched on demand.
await mkdir(`${root}/dist/i18n`, { recursive: true });
for (const lang of ['de', 'fr', 'es', 'nl', 'it']) {
  const { default: catalogue } = await import(`${root}/js/i18n/messages/${lang}.js`);
  await writeFile(`${root}/dist/i18n/${lang}.json`, JSON.stringify(shippedCatalogue(catalogue, messages)));
}
