// Builds the bundles: the VS Code entry, the Node CLI, the pure core (CommonJS) and the segmenter worker.
// `node esbuild.js` builds once; `--watch` rebuilds on change; `--production` minifies.
// `require('./esbuild.js').builds` gives the options (bench/bundles.mjs reports their sizes).
const esbuild = require('esbuild');

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'info',
  // Han characters as UTF-8, not \uXXXX escapes (which made the bundles ~26 % larger)
  charset: 'utf8',
  // native addon: loaded at run time from node_modules, never bundled
  external: ['vscode', 'nodejs-jieba'],
};

/**
 * Data files the extension reads from its own folder instead of carrying them in the bundle: a
 * `require('…/data/glossary.json')` (which the core makes on first use only) becomes a read of
 * <extension>/data/glossary.json at that moment. The bundle stays small, the data is parsed once
 * and only when a hover, search or segmenter first needs it, and larger data (more glossary
 * entries, frequency tables) costs nothing at activation. The files ship in the VSIX
 * (.vscodeignore); the CLI keeps them bundled (one self-contained file). data/background.json (the
 * Key Terms / Term Trends model, ~2 MB) is never imported by the extension's code — it reads the
 * file on first use (src/features/shared/background.ts) — and is matched here too, so that an
 * import of it could never put it into extension.js; so is data/reportTerms.json (the terms reports
 * define, read on the first jargon hover: src/features/shared/reportTerms.ts).
 */
const DATA_FROM_DISK = /(^|[\\/])data[\\/]((?:glossary[\w.-]*|background|reportTerms)\.json)$/;
/** @type {import('esbuild').Plugin} */
const dataFromDisk = {
  name: 'data-from-disk',
  setup(build) {
    build.onResolve({ filter: DATA_FROM_DISK }, args => {
      const m = DATA_FROM_DISK.exec(args.path);
      if (!m || m[2].endsWith('.schema.json')) return undefined;
      return { path: m[2], namespace: 'data-from-disk' };
    });
    build.onLoad({ filter: /.*/, namespace: 'data-from-disk' }, args => ({
      loader: 'js',
      contents: `module.exports = JSON.parse(require('fs').readFileSync(require('path').join(__dirname, '..', 'data', ${JSON.stringify(args.path)}), 'utf8'));`,
    }));
  },
};

const builds = [
  // banner and footer stamp when the bundle starts and ends loading, so activation can report its cost
  { ...common, entryPoints: ['src/extension.node.ts'], outfile: 'dist/extension.js',
    banner: { js: '"use strict";globalThis.__govreportLoad = { start: performance.now(), end: 0 };' },
    footer: { js: 'globalThis.__govreportLoad.end = performance.now();' },
    plugins: [dataFromDisk] },
  { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  { ...common, entryPoints: ['src/core/index.ts'], outfile: 'dist/core.js' },
  // the jieba worker thread (Key Terms): loaded by the extension on first use, never at activation;
  // it gets its words from the extension (workerData), so it carries no glossary data
  { ...common, entryPoints: ['src/node/segmenterWorker.ts'], outfile: 'dist/segmenterWorker.js' },
  // Compare's analysis worker thread: report texts in, the comparison out (started by a compare of
  // files, never at activation); the core with its data, but not the glossary (data-from-disk)
  { ...common, entryPoints: ['src/node/analysisWorker.ts'], outfile: 'dist/analysisWorker.js', plugins: [dataFromDisk] },
];

// The browser (VS Code for the Web: vscode.dev, github.dev): the web-worker extension host loads a
// CommonJS bundle (`browser` in package.json); Key Terms' jieba-wasm runs in its own web worker
// (an IIFE for importScripts) with the wasm copied next to it. A Node built-in that sneaks into
// either fails the build (esbuild would otherwise resolve some of them to empty stubs via a
// package's "browser" field, or leave a require() that throws at run time).
const NODE_BUILTINS = new Set(require('module').builtinModules.flatMap(m => [m, `node:${m}`]));
/** @type {import('esbuild').Plugin} */
const noNodeBuiltins = {
  name: 'no-node-builtins',
  setup(build) {
    build.onResolve({ filter: /^[a-z:_/]+$/ }, args => (NODE_BUILTINS.has(args.path)
      ? { errors: [{ text: `Node built-in "${args.path}" imported by ${args.importer}: the browser bundle cannot use Node modules` }] }
      : undefined));
  },
};
/** @type {import('esbuild').BuildOptions} */
const browser = {
  bundle: true,
  platform: 'browser',
  target: 'es2022',
  sourcemap: !production,
  minify: production,
  logLevel: 'info',
  charset: 'utf8',
  external: ['vscode'],
  plugins: [noNodeBuiltins],
};
builds.push(
  { ...browser, format: 'cjs', entryPoints: ['src/extension.browser.ts'], outfile: 'dist/web/extension.js',
    banner: { js: '"use strict";globalThis.__govreportLoad = { start: performance.now(), end: 0 };' },
    footer: { js: 'globalThis.__govreportLoad.end = performance.now();' } },
  { ...browser, format: 'iife', entryPoints: ['src/browser/jiebaWorker.ts'], outfile: 'dist/web/jiebaWorker.js',
    // jieba-wasm's web build: its "exports" map hides pkg/web; the wasm bytes come in by message,
    // so its default `new URL(…, import.meta.url)` is never used
    alias: { 'jieba-wasm-web': './node_modules/jieba-wasm/pkg/web/jieba_rs_wasm.js' },
    define: { 'import.meta.url': '""' } },
  // Compare's analysis web worker (an IIFE started from a blob URL, like jieba's)
  { ...browser, format: 'iife', entryPoints: ['src/browser/analysisWorker.ts'], outfile: 'dist/web/analysisWorker.js' },
);
const JIEBA_WASM = 'node_modules/jieba-wasm/pkg/web/jieba_rs_wasm_bg.wasm';

async function main() {
  require('fs').mkdirSync('dist/web', { recursive: true });
  require('fs').copyFileSync(JIEBA_WASM, 'dist/web/jieba_rs_wasm_bg.wasm');
  if (watch) {
    const ctxs = await Promise.all(builds.map(b => esbuild.context(b)));
    await Promise.all(ctxs.map(c => c.watch()));
    return;
  }
  await Promise.all(builds.map(b => esbuild.build(b)));
  require('fs').chmodSync('dist/cli.js', 0o755);
}

module.exports = { builds };

if (require.main === module) main().catch(e => { console.error(e); process.exit(1); });
