// Builds the bundles: the VS Code entry, the Node CLI, the pure core (CommonJS) and the segmenter worker.
// `node esbuild.js` builds once; `--watch` rebuilds on change; `--production` minifies.
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
  // native addon: loaded at run time from node_modules, never bundled
  external: ['vscode', 'nodejs-jieba'],
};

const builds = [
  // banner and footer stamp when the bundle starts and ends loading, so activation can report its cost
  { ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js',
    banner: { js: '"use strict";globalThis.__govreportLoad = { start: performance.now(), end: 0 };' },
    footer: { js: 'globalThis.__govreportLoad.end = performance.now();' } },
  { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  { ...common, entryPoints: ['src/core/index.ts'], outfile: 'dist/core.js' },
  // the jieba worker thread (Key Terms): loaded by the extension on first use, never at activation
  { ...common, entryPoints: ['src/node/segmenterWorker.ts'], outfile: 'dist/segmenterWorker.js' },
];

async function main() {
  if (watch) {
    const ctxs = await Promise.all(builds.map(b => esbuild.context(b)));
    await Promise.all(ctxs.map(c => c.watch()));
    return;
  }
  await Promise.all(builds.map(b => esbuild.build(b)));
  require('fs').chmodSync('dist/cli.js', 0o755);
}

main().catch(e => { console.error(e); process.exit(1); });
