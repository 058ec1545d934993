// Message keys are readable names in the sources ('quote.why.perItem'); what ships uses short ids
// instead, the same in the scripts and in dist/i18n/*.json, which keeps them small. Ids are
// numbered in the English catalogue's order, so each shipped catalogue carries the fingerprint
// of that order under "@" and the loader accepts only a catalogue with its own fingerprint: a
// catalogue left over from another build shows English, never the wrong sentence.
import { readFile } from 'node:fs/promises';

// FNV-1a, as base 36.
function hash(text) {
  let value = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) value = Math.imul(value ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return value.toString(36);
}

export function messageIds(english) {
  const keys = Object.keys(english);
  const ids = new Map(keys.map((key, index) => [key, index.toString(36)]));
  return { ids, fingerprint: hash(keys.join('\n')) };
}

// A quoted literal that is exactly a message key becomes its id; everything else is left alone.
const KEY_LITERAL = /(['"])([a-z]+(?:\.[A-Za-z0-9-]+)+)\1/g;
export function compactKeys(source, ids) {
  return source.replace(KEY_LITERAL, (whole, quote, key) => (ids.has(key) ? `${quote}${ids.get(key)}${quote}` : whole));
}

// The catalogue as shipped: ids for keys, and the fingerprint.
export function shippedCatalogue(messages, { ids, fingerprint }) {
  return { '@': fingerprint, ...Object.fromEntries(Object.entries(messages).map(([key, text]) => [ids.get(key) ?? key, text])) };
}

// An esbuild plugin applying compactKeys to every module under js/.
export function messageKeysPlugin(ids) {
  return {
    name: 'message-keys',
    setup(build) {
      build.onLoad({ filter: /[\\/]js[\\/].*\.js$/ }, async (args) => ({ contents: compactKeys(await readFile(args.path, 'utf8'), ids), loader: 'js' }));
    },
  };
}
