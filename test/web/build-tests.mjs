#!/usr/bin/env node
// Bundles the web suite (test/web/index.ts + test/web/suite/**/*.test.ts) for the browser's
// web-worker extension host: one CommonJS file, .cache/web-tests/index.js (inside the extension
// folder, which @vscode/test-web serves). `assert` resolves to test/web/support/assert.ts (no Node
// in that host); `vscode` stays external. A Node built-in anywhere in the suite fails the build.
// MOCHA_GREP=<text> builds a suite that runs only the matching tests (and may run fewer than 15).
import esbuild from 'esbuild';
import { builtinModules } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const PROJECT = path.resolve(HERE, '..', '..');
export const OUT = path.join(PROJECT, '.cache', 'web-tests', 'index.js');

function testFiles(dir) {
  const out = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...testFiles(p));
    else if (e.name.endsWith('.test.ts')) out.push(p);
  }
  return out.sort();
}

const files = testFiles(path.join(HERE, 'suite'));
if (!files.length) { console.error('no test/web/suite/**/*.test.ts'); process.exit(1); }
const rel = f => './' + path.relative(PROJECT, f).split(path.sep).join('/');
const NODE = new Set(builtinModules.flatMap(m => [m, `node:${m}`]));

await esbuild.build({
  stdin: {
    contents: `const { runWith } = require(${JSON.stringify(rel(path.join(HERE, 'index.ts')))});\n`
      + `exports.run = () => runWith(() => {\n${files.map(f => `  require(${JSON.stringify(rel(f))});`).join('\n')}\n});\n`,
    resolveDir: PROJECT,
    sourcefile: 'web-tests-entry.js',
    loader: 'js',
  },
  bundle: true,
  platform: 'browser',
  format: 'cjs',
  target: 'es2022',
  sourcemap: 'inline',
  outfile: OUT,
  external: ['vscode'],
  define: { __MOCHA_GREP__: JSON.stringify(process.env.MOCHA_GREP || '') },
  alias: { assert: path.join(HERE, 'support', 'assert.ts') },
  logLevel: 'warning',
  plugins: [{
    name: 'no-node-builtins',
    setup(build) {
      build.onResolve({ filter: /^[a-z:_/]+$/ }, a => (NODE.has(a.path) && a.path !== 'assert'
        ? { errors: [{ text: `Node built-in "${a.path}" imported by ${a.importer}: the web suite runs without Node` }] } : undefined));
    },
  }],
});
console.log(`web suite: ${files.length} files → ${path.relative(PROJECT, OUT)} (${(fs.statSync(OUT).size / 1024).toFixed(0)} KB)`);
