#!/usr/bin/env node
// npm run bench: runs every benchmark script in bench/ that exists and prints their results.
// Each script prints a line "BENCH_<NAME> {json}" (or a JSON line with a "bench" key); the summary
// is written to bench/results.json.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const scripts = ['bundles.mjs', 'core.mjs', 'segmenter.mjs', 'keyterms.mjs', 'compare.mjs', 'vscode.mjs', 'web.mjs'].filter(f => fs.existsSync(path.join(HERE, f)));
const results = {};
let failed = false;
for (const s of scripts) {
  console.log(`\n=== ${s}`);
  const r = spawnSync(process.execPath, ['--expose-gc', path.join(HERE, s)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  process.stdout.write(r.stdout);
  if (r.status !== 0) { failed = true; console.error(`${s} exited with ${r.status}`); }
  for (const line of r.stdout.split('\n')) {
    const m = /^BENCH_(\w+) (.*)$/.exec(line);
    if (m) results[m[1].toLowerCase()] = JSON.parse(m[2]);
    else if (/^\{"bench":"/.test(line)) { const j = JSON.parse(line); results[j.bench] = j; }
  }
}
results.date = new Date().toISOString();
fs.writeFileSync(path.join(HERE, 'results.json'), JSON.stringify(results, null, 2) + '\n');
console.log(`\nwrote bench/results.json`);
process.exit(failed ? 1 : 0);
