#!/usr/bin/env node
// Screens the glossary's short keys over a corpus: for every term or alias of at most 3 characters
// (or the keys given with --keys a,b,c), how often the longest match fires and in which contexts
// (one character either side), most frequent first — a key that fires inside other words
// (外企 in 境外企业, 高企 in 房价高企) shows up at once. Developer-run:
//
//   node esbuild.js && node scripts/screen-glossary-keys.mjs [corpus-dir=/tmp/corpus] [--keys 外企,高企] [--max 3]
//
// Fix a false context with a longer entry, a sense, `quoted: true`, or a blocker in data/term-blockers.json
// (src/core/glossary.ts), then add the case to test/unit/glossaryPrecision.test.ts.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { corpusFiles } from './lib/corpus.mjs';

const require = createRequire(import.meta.url);
const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const core = require(path.join(ROOT, 'dist/core.js'));
const args = process.argv.slice(2);
const opt = (name) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const DIR = path.resolve(args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? '/tmp/corpus');
const MAX = Number(opt('--max') ?? 3);
const only = opt('--keys') ? new Set(opt('--keys').split(',').map(k => core.normalizeTerm(k))) : null;

const entries = JSON.parse(fs.readFileSync(path.join(ROOT, 'data/glossary.json'), 'utf8')).entries;
const index = new core.GlossaryIndex([{ id: 'builtin', label: 'built-in', entries }]);

const perKey = new Map();
for (const file of corpusFiles(DIR)) {
  const text = fs.readFileSync(file, 'utf8');
  for (const m of index.findAll(text)) {
    const key = core.normalizeTerm(m.matched);
    if (only ? !only.has(key) : key.length > MAX) continue;
    const ctx = `${text.slice(Math.max(0, m.start - 1), m.start)}[${m.matched}]${text.slice(m.end, m.end + 1)}`.replace(/\n/g, '⏎');
    if (!perKey.has(key)) perKey.set(key, { n: 0, term: m.entry.term, ctx: new Map() });
    const k = perKey.get(key);
    k.n++;
    k.ctx.set(ctx, (k.ctx.get(ctx) ?? 0) + 1);
  }
}
for (const [key, k] of [...perKey].sort((a, b) => b[1].n - a[1].n)) {
  const top = [...k.ctx].sort((a, b) => b[1] - a[1]).slice(0, 10).map(([c, n]) => `${c}:${n}`).join('  ');
  console.log(`${key}\t${k.term}\t${k.n}\t${top}`);
}
