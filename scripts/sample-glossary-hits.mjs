#!/usr/bin/env node
// Draws a sample of the built-in glossary's longest-match hits over development-corpus reports, for
// judging by hand (test/fixtures/glossary-precision.json holds the judged samples; its `about` says
// how each was drawn). Deterministic: the same corpus, glossary and options give the same sample.
//
//   node esbuild.js && node scripts/sample-glossary-hits.mjs --sample 4…10 [--corpus /tmp/corpus] [--per 5] [--seed 4] [--out FILE]
//
// Files are the corpus's .md/.txt files in sorted path order (as scripts/screen-glossary-keys.mjs
// walks them), numbered from 0. The earlier samples took: 1 — every 16th file (i % 16 == 0);
// 2 — every 32nd from the 8th (i % 32 == 8); 3 — every 11th from the 5th (i % 11 == 5). Later
// samples are disjoint from those and from each other:
//   4 — i % 8 == 4 (every 8th from the 4th), minus any file of samples 1–3;
//   5 — i % 16 == 2 (every 16th from the 2nd), minus any file of samples 1–4;
//   6 — i % 16 == 10 (every 16th from the 10th), minus any file of samples 1–5;
//   7 — i % 16 == 6 (every 16th from the 6th), minus any file of samples 1–6;
//   8 — i % 16 == 14 (every 16th from the 14th), minus any file of samples 1–7;
//   9 — i % 16 == 1 (every 16th from the 1st), minus any file of samples 1–8;
//  10 — i % 16 == 3 (every 16th from the 3rd), minus any file of samples 1–9.
// From each file, `--per` hits of GlossaryIndex.findAll (the matcher the hover uses) are taken,
// evenly spaced over the file's hits from a seeded random offset. Each hit is written as an excerpt
// of its line with up to 16 characters either side (`at` = the match's offset in the excerpt), with
// `judged` = the term the matcher chose and `ok: true` for the judge to correct; `file` and `matched` are kept in
// the draft only (drop it before appending to the fixture). A file whose text contains an excerpt
// of the existing fixture is reported (a report repeated under two names would leak a judged hit).
import fs from 'node:fs';
import path from 'node:path';
import { corpusFiles } from './lib/corpus.mjs';
import { ROOT, loadCore, option as opt } from './lib/script.mjs';

const core = loadCore();
const DIR = path.resolve(opt('--corpus', '/tmp/corpus'));
const SAMPLE = Number(opt('--sample', '4'));
const PER = Number(opt('--per', '5'));
const SEED = Number(opt('--seed', String(SAMPLE)));
const OUT = opt('--out', `/tmp/glossary-sample-${SAMPLE}.json`);
const CTX = 16;

const RULES = {
  1: (i) => i % 16 === 0,
  2: (i) => i % 32 === 8,
  3: (i) => i % 11 === 5,
  4: (i) => i % 8 === 4,
  5: (i) => i % 16 === 2,
  6: (i) => i % 16 === 10,
  7: (i) => i % 16 === 6,
  8: (i) => i % 16 === 14,
  9: (i) => i % 16 === 1,
  10: (i) => i % 16 === 3,
};
if (!RULES[SAMPLE] || SAMPLE < 4) throw new Error('--sample must be 4 to 10 (1–3 are in the fixture already)');
const taken = (i) => Object.entries(RULES).some(([s, rule]) => Number(s) < SAMPLE && rule(i));

/** mulberry32: a small seeded PRNG, so the sample can be drawn again. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}


const entries = JSON.parse(fs.readFileSync(path.join(ROOT, 'data/glossary.json'), 'utf8')).entries;
const index = new core.GlossaryIndex([{ id: 'builtin', label: 'built-in', entries }]);
const fixture = JSON.parse(fs.readFileSync(path.join(ROOT, 'test/fixtures/glossary-precision.json'), 'utf8')).items;
const files = corpusFiles(DIR);
const rand = rng(SEED);

/** The excerpt of `text` around [start, end): its line (or lines), up to CTX characters either side. */
function excerpt(text, start, end) {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  let lineEnd = text.indexOf('\n', end);
  if (lineEnd < 0) lineEnd = text.length;
  const from = Math.max(lineStart, start - CTX);
  const to = Math.min(lineEnd, end + CTX);
  return { text: text.slice(from, to).replace(/\r?\n/g, ' ').replace(/\r/g, ' '), at: start - from };
}

const items = [];
const byLevel = new Map();
const byEra = new Map();
const leaks = [];
let reports = 0;
files.forEach((file, i) => {
  if (!RULES[SAMPLE](i) || taken(i)) return;
  const text = fs.readFileSync(file, 'utf8');
  const hits = index.findAll(text);
  if (hits.length === 0) return;
  reports++;
  const rel = path.relative(DIR, file);
  const level = rel.split(path.sep)[0];
  byLevel.set(level, (byLevel.get(level) ?? 0) + 1);
  const year = Number((/(\d{4})[^/\\]*$/.exec(rel) ?? [])[1]);
  const era = Number.isFinite(year) ? `${Math.floor(year / 5) * 5}s` : '?';
  byEra.set(era, (byEra.get(era) ?? 0) + 1);
  const leak = fixture.find((it) => it.text.length >= 24 && text.includes(it.text));
  if (leak) leaks.push(`${rel}: ${leak.text}`);
  const n = Math.min(PER, hits.length);
  const step = hits.length / n;
  const offset = rand() * step;
  for (let k = 0; k < n; k++) {
    const m = hits[Math.floor(offset + k * step)];
    const ex = excerpt(text, m.start, m.end);
    items.push({ text: ex.text, at: ex.at, judged: m.entry.term, ok: true, file: rel, matched: m.matched });
  }
});

fs.writeFileSync(OUT, JSON.stringify({ sample: SAMPLE, seed: SEED, per: PER, reports, items }, null, 1) + '\n');
console.log(`sample ${SAMPLE}: ${items.length} hits from ${reports} reports → ${OUT}`);
console.log('levels:', JSON.stringify(Object.fromEntries(byLevel)));
console.log('eras:', JSON.stringify(Object.fromEntries([...byEra].sort())));
if (leaks.length) console.log(`files containing an excerpt already in the fixture (${leaks.length}):\n  ${leaks.join('\n  ')}`);
