#!/usr/bin/env node
// Lists the messages passed to vscode.l10n.t / l10n.t / t / tr in src/**/*.ts (string literals only;
// template literals with ${…} are reported as errors: use {0} placeholders) and writes
// l10n/bundle.l10n.json (English, for translators). Reports keys missing from, or unused in,
// l10n/bundle.l10n.zh-cn.json. --check: exit 1 on any problem, write nothing.
// The same extraction is tested in test/unit/l10n.test.ts.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');

function files(dir) {
  const out = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...files(p));
    else if (e.name.endsWith('.ts')) out.push(p);
  }
  return out.sort();
}

/** Unescapes a JS string literal body. */
function unescape(body) {
  return body.replace(/\\(u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|\r?\n|.)/g, (_, e) => {
    if (e[0] === 'u') return String.fromCodePoint(parseInt(e.replace(/[u{}]/g, ''), 16));
    if (e[0] === 'x') return String.fromCharCode(parseInt(e.slice(1), 16));
    if (e === '\n' || e === '\r\n') return '';
    return { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v', 0: '\0' }[e] ?? e;
  });
}

const CALL = /(?<![\w$.])(?:vscode\.l10n\.t|l10n\.t|t|tr)\(\s*('(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\[\s\S])*`)/g;

const messages = new Map();
const errors = [];
for (const f of files(path.join(ROOT, 'src'))) {
  const src = fs.readFileSync(f, 'utf8');
  for (const m of src.matchAll(CALL)) {
    const lit = m[1];
    const rel = path.relative(ROOT, f);
    if (lit[0] === '`' && lit.includes('${')) { errors.push(`${rel}: template literal with \${…} passed to l10n: ${lit.slice(0, 60)}`); continue; }
    const msg = unescape(lit.slice(1, -1));
    if (!messages.has(msg)) messages.set(msg, rel);
  }
}
const zhPath = path.join(ROOT, 'l10n', 'bundle.l10n.zh-cn.json');
const zh = fs.existsSync(zhPath) ? JSON.parse(fs.readFileSync(zhPath, 'utf8')) : {};
const missing = [...messages.keys()].filter(k => typeof zh[k] !== 'string' || !zh[k].trim());
const unused = Object.keys(zh).filter(k => !messages.has(k));
for (const k of missing) errors.push(`no Chinese for ${JSON.stringify(k)} (${messages.get(k)})`);
for (const k of unused) errors.push(`unused key in bundle.l10n.zh-cn.json: ${JSON.stringify(k)}`);
for (const e of errors) console.error(e);
if (check) process.exit(errors.length ? 1 : 0);
const en = Object.fromEntries([...messages.keys()].sort().map(k => [k, k]));
fs.writeFileSync(path.join(ROOT, 'l10n', 'bundle.l10n.json'), JSON.stringify(en, null, 2) + '\n');
console.log(`${messages.size} messages; ${missing.length} without Chinese; ${unused.length} unused`);
