#!/usr/bin/env node
// Bundle sizes (part of `npm run bench`, also `node bench/bundles.mjs`): builds every bundle of
// esbuild.js as the VSIX ships it (--production: minified) in memory with a metafile, and prints
// each bundle's size and its largest inputs — to see what a bundle carries (data, dependencies)
// and that the glossary data is bundled once (in extension.js and cli.js, not in the worker).
// Prints `BENCH_BUNDLES {json}` for bench/run.mjs.
import esbuild from 'esbuild';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(ROOT);
process.argv.push('--production');
const { builds } = createRequire(import.meta.url)(path.join(ROOT, 'esbuild.js'));

const kb = n => `${(n / 1024).toFixed(1)} KB`;
const result = {};
for (const b of builds) {
  const r = await esbuild.build({ ...b, write: false, metafile: true, logLevel: 'silent' });
  const [outfile, out] = Object.entries(r.metafile.outputs).find(([f]) => f.endsWith('.js'));
  const inputs = Object.entries(out.inputs).map(([file, v]) => ({ file, bytes: v.bytesInOutput })).sort((a, b) => b.bytes - a.bytes);
  const name = path.relative('dist', b.outfile);   // web/extension.js apart from extension.js
  result[name] = { bytes: out.bytes, top: inputs.slice(0, 5) };
  console.log(`${name.padEnd(22)} ${kb(out.bytes).padStart(10)}   ${inputs.slice(0, 4).map(i => `${i.file} ${kb(i.bytes)}`).join(', ')}`);
}
console.log(`BENCH_BUNDLES ${JSON.stringify(result)}`);
