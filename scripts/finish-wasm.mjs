// Publishes the linked module into dist/: the Emscripten glue minified (it ships as written,
// names and all) as overdeliver-engine.js, and the .wasm after one more size pass of wasm-opt
// run to a fixed point. Run by the wasm build after every link.
// Usage: node scripts/finish-wasm.mjs LINK_DIR DIST_DIR
import { transform } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [linkDir, distDir] = process.argv.slice(2);
if (!linkDir || !distDir) {
  console.error('usage: node scripts/finish-wasm.mjs LINK_DIR DIST_DIR');
  process.exit(2);
}
mkdirSync(distDir, { recursive: true });

const glue = readFileSync(join(linkDir, 'overdeliver.js'), 'utf8');
// A classic script: esbuild keeps its top-level names (OverdeliverEngine) as they are.
const { code } = await transform(glue, { minify: true, legalComments: 'none', target: 'es2020' });
writeFileSync(join(distDir, 'overdeliver-engine.js'), code);

// The features are those Emscripten emits by default; wasm-opt validates the result.
execFileSync('wasm-opt', [
  '-Oz', '--converge', '--strip-debug', '--strip-producers',
  '--enable-mutable-globals', '--enable-sign-ext', '--enable-bulk-memory',
  '--enable-nontrapping-float-to-int',
  join(linkDir, 'overdeliver.wasm'), '-o', join(distDir, 'overdeliver.wasm'),
], { stdio: 'inherit' });
