#!/usr/bin/env node
// Linear-time check for every regex of src/core, using recheck (pure-JS backend), like
// scripts/check-grammar-regex.mjs does for the grammar. Exits 1 if any regex is not `safe`.
//
// Two sources, so nothing escapes the check:
//  - regex literals (/…/flags), read from the TypeScript syntax tree of every src/core/*.ts file;
//  - regexes built at run time (`new RegExp(…)` from lexicon alternations, templates …): the global
//    RegExp constructor is wrapped, dist/core.js (the bundled core) is loaded and exercised on the
//    test fixtures (analysis and Clean Up), and every pattern it constructs is recorded. The number of
//    `new RegExp` call sites in the source is printed next to it.
//
// Run: node scripts/check-core-regex.mjs   (builds dist/core.js first when it is missing or older
// than src/core). RECHECK_TIMEOUT (ms, default 60000) bounds one regex's analysis; a regex whose
// analysis times out counts as not safe.
process.env.RECHECK_BACKEND ??= 'pure';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const ts = require('typescript');
const { checkSync } = await import('recheck');

const coreDir = path.join(root, 'src', 'core');
const sources = fs.readdirSync(coreDir).filter(f => f.endsWith('.ts')).sort();

// 1. literals and `new RegExp` sites from the syntax tree
const literals = [];
let constructorSites = 0;
for (const f of sources) {
  const file = path.join(coreDir, f);
  const sf = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const visit = node => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const text = node.getText(sf);
      const cut = text.lastIndexOf('/');
      const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
      literals.push({ where: `src/core/${f}:${line}`, source: text.slice(1, cut), flags: text.slice(cut + 1) });
    } else if (ts.isNewExpression(node) && node.expression.getText(sf) === 'RegExp') {
      constructorSites++;
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
}

// 2. patterns built at run time by the bundled core
const dist = path.join(root, 'dist', 'core.js');
const newest = Math.max(...sources.map(f => fs.statSync(path.join(coreDir, f)).mtimeMs));
if (!fs.existsSync(dist) || fs.statSync(dist).mtimeMs < newest) {
  execFileSync(process.execPath, [path.join(root, 'esbuild.js')], { cwd: root, stdio: 'ignore' });
}
const built = new Map();
const NativeRegExp = RegExp;
globalThis.RegExp = new Proxy(NativeRegExp, {
  construct(target, args) {
    const re = Reflect.construct(target, args);
    if (!built.has(re.source + '/' + re.flags)) built.set(re.source + '/' + re.flags, { source: re.source, flags: re.flags });
    return re;
  },
});
const core = require(dist);
const fixtures = path.join(root, 'test', 'fixtures', 'reports');
for (const f of fs.readdirSync(fixtures).filter(n => n.endsWith('.txt'))) {
  const text = fs.readFileSync(path.join(fixtures, f), 'utf8');
  const a = core.analyze(text);
  for (const r of a.reports) void r.indicators;
  core.cleanUp?.(text);
}
globalThis.RegExp = NativeRegExp;

// 3. check each distinct pattern once
const timeout = Number(process.env.RECHECK_TIMEOUT ?? 60000);
const all = [...literals, ...[...built.values()].map(b => ({ where: 'built at run time', ...b }))];
const seen = new Map();
let safe = 0;
let bad = 0;
for (const r of all) {
  const flags = r.flags.replace(/[gy]/g, '');
  const key = `${r.source}/${flags}`;
  let res = seen.get(key);
  if (!res) {
    res = checkSync(r.source, flags, { checker: 'auto', timeout });
    seen.set(key, res);
  } else continue; // report each distinct pattern once
  const shown = r.source.length > 160 ? r.source.slice(0, 157) + '…' : r.source;
  if (res.status === 'safe') {
    safe++;
    if (process.env.VERBOSE) console.log(`safe  ${r.where}  (${res.complexity?.summary ?? ''})  /${shown}/`);
  } else {
    bad++;
    const detail = res.status === 'vulnerable'
      ? `${res.complexity.summary}; attack ${res.attack?.pattern ?? '?'}`
      : `${res.error?.kind ?? '?'} ${res.error?.message ?? ''}`;
    console.error(`FAIL  ${r.where}  ${res.status}: ${detail}\n      /${shown}/${r.flags}`);
  }
}
console.log(`${literals.length} regex literals in ${sources.length} files, ${built.size} patterns built at run time ` +
  `(${constructorSites} new RegExp sites); ${seen.size} distinct: ${safe} safe, ${bad} not safe`);
process.exit(bad ? 1 : 0);
