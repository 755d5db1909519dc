#!/usr/bin/env node
// Linear-time check for every regex in syntaxes/govreport.tmLanguage.json, using recheck (pure-JS backend).
// Exits 1 if any regex is not reported `safe`.
//
// Oniguruma → JS conversion (recheck understands ECMAScript syntax, checked with the `u` flag):
//   \h → [0-9a-fA-F], \H → [^0-9a-fA-F], \A → ^, \z / \Z → $, \x{HHHH} → \u{HHHH}.
// Skipped (listed in the output, never silently): regexes using \G, atomic groups (?>…),
// possessive quantifiers (*+ ++ ?+), absent operator (?~…), conditionals (?(…)…),
// inline option groups (?i) (?x) (?m), \K, and anything else JS cannot parse.
// Lookbehind-containing regexes cannot be analysed by the automaton checker, so the
// `auto` checker falls back to fuzzing for them (reported as "safe (fuzz)").
process.env.RECHECK_BACKEND ??= 'pure';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const { checkSync } = await import('recheck');
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const file = process.argv[2] ?? path.join(root, 'syntaxes', 'govreport.tmLanguage.json');
const grammar = JSON.parse(fs.readFileSync(file, 'utf8'));

/** Walks the grammar and yields [jsonPath, regexSource] for match/begin/end/while. */
function* regexes(node, where) {
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) { yield* regexes(node[i], `${where}[${i}]`); }
  } else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (['match', 'begin', 'end', 'while'].includes(k) && typeof v === 'string') { yield [`${where}.${k}`, v]; }
      else { yield* regexes(v, `${where}.${k}`); }
    }
  }
}

const UNSUPPORTED = [
  [/\\G/, '\\G anchor'], [/\(\?>/, 'atomic group'], [/(?<!\\)[*+?}][+](?![^[]*\])/, 'possessive quantifier'],
  [/\(\?~/, 'absent operator'], [/\(\?\(/, 'conditional'], [/\(\?[imx-]+[):]/, 'inline options'], [/\\K/, '\\K'],
];

function toJs(src) {
  for (const [re, why] of UNSUPPORTED) { if (re.test(src)) { return { skip: why }; } }
  const js = src
    .replace(/\\h/g, '[0-9a-fA-F]').replace(/\\H/g, '[^0-9a-fA-F]')
    .replace(/\\A/g, '^').replace(/\\[zZ]/g, '$')
    .replace(/\\x\{([0-9a-fA-F]+)\}/g, '\\u{$1}');
  try { new RegExp(js, 'u'); } catch (e) { return { skip: `not valid JS: ${e.message}` }; }
  return { js };
}

const timeout = Number(process.env.RECHECK_TIMEOUT ?? 30000);
let bad = 0, safe = 0;
const skipped = [];
const seen = new Map();
for (const [where, src] of regexes(grammar, '$')) {
  const conv = toJs(src);
  if (conv.skip) { skipped.push(`${where}: ${conv.skip}: ${src}`); continue; }
  let res = seen.get(conv.js);
  if (!res) { res = checkSync(conv.js, 'u', { checker: 'auto', timeout }); seen.set(conv.js, res); }
  if (res.status === 'safe') {
    safe++;
    console.log(`safe  ${where}  (${res.complexity?.summary ?? ''})`);
  } else {
    bad++;
    const detail = res.status === 'vulnerable'
      ? `${res.complexity.summary}; attack ${res.attack?.pattern ?? '?'}`
      : `${res.error?.kind ?? '?'} ${res.error?.message ?? ''}`;
    console.error(`FAIL  ${where}  ${res.status}: ${detail}\n      ${src}`);
  }
}
for (const s of skipped) { console.log(`skip  ${s}`); }
console.log(`\n${safe} safe, ${bad} not safe, ${skipped.length} skipped (Oniguruma-only)`);
process.exit(bad ? 1 : 0);
