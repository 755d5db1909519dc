#!/usr/bin/env node
// Runs Clean Up (src/core/cleanup.ts, the same core as the command, the formatter and `govreport clean`)
// over every report of a corpus and proves that no report line is lost.
//
//   node scripts/check-cleanup-corpus.mjs [DIR ...]     (default /tmp/corpus; *.md and *.txt, recursively)
//
// A *report line* is defined by structure: every non-blank line inside a report that the analysis
// finds (from its title to its end, 名词解释 included) and keeps (not skipped as page chrome, which
// never has a full stop), and every line of the YAML front matter (its `title:` may be the only source of place and year). A report
// line is *lost* when a Clean Up edit deletes it or changes its non-blank characters (line splits
// and blank changes are allowed). Also counted: removed lines with a full stop (。),
// which are prose wherever they stand. Exit status 1 when any report line or prose line is lost.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const esbuild = require('esbuild');

// bundle the core pieces this check needs (analysis and Clean Up) from the sources
const bundle = path.join(os.tmpdir(), `govreport-cleanup-check-${process.pid}.cjs`);
await esbuild.build({
  stdin: {
    contents: "export { analyze } from './src/core/analyze'; export { cleanUp, applyEdits, frontMatterEnd } from './src/core/cleanup'; export { splitLines } from './src/core/text'; export { isChromeLine } from './src/core/chrome';",
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true, platform: 'node', format: 'cjs', outfile: bundle, logLevel: 'error',
});
const core = require(bundle);
fs.rmSync(bundle, { force: true });

const dirs = process.argv.slice(2);
if (!dirs.length) dirs.push('/tmp/corpus');
const files = [];
const walk = d => {
  for (const e of fs.readdirSync(d, { withFileTypes: true })) {
    const p = path.join(d, e.name);
    if (e.isDirectory()) walk(p);
    else if (/\.(md|txt)$/i.test(e.name)) files.push(p);
  }
};
for (const d of dirs) walk(d);
files.sort();

const nonWs = s => s.replace(/\s+/g, '');
let lines = 0, reportLines = 0, removed = 0, removedBytes = 0, lost = 0, proseLost = 0, splits = 0, reports = 0, changed = 0;
const samples = [];
const t0 = Date.now();
for (const file of files) {
  const text = fs.readFileSync(file, 'utf8');
  const all = core.splitLines(text);
  lines += all.length;
  const r = core.cleanUp(text);
  removed += r.removedLines;
  splits += r.splits;
  if (r.edits.length) changed++;
  removedBytes += text.length - core.applyEdits(text, r.edits).length;
  // report lines: front matter + non-blank lines inside the reports the analysis finds
  const keep = new Set();
  for (let k = 0; k < core.frontMatterEnd(all); k++) keep.add(k);
  const a = core.analyze(text);
  reports += a.reports.length;
  let k = 0;
  for (const rep of a.reports) {
    while (k < all.length && all[k].end < rep.start) k++;
    for (let j = k; j < all.length && all[j].start < rep.end; j++) if (!core.isChromeLine(all[j].text)) keep.add(j);
  }
  // which lines the edits remove (deletions) or cut (a run-on line that loses a chrome piece)
  let e = 0;
  for (let j = 0; j < all.length; j++) {
    const w = nonWs(all[j].text);
    if (!w) continue;
    while (e < r.edits.length && r.edits[e].end <= all[j].start) e++;
    const ed = r.edits[e];
    const touched = ed && ed.start <= all[j].start && all[j].end <= ed.end;
    const gone = touched && (ed.newText === '' || nonWs(ed.newText) !== w);
    if (!gone) continue;
    if (keep.has(j)) {
      lost++;
      if (samples.length < 20) samples.push(`LOST  ${file}:${j + 1}: ${all[j].text.trim().slice(0, 80)}`);
    } else if (w.includes('。')) {
      proseLost++;
      if (samples.length < 20) samples.push(`PROSE ${file}:${j + 1}: ${all[j].text.trim().slice(0, 80)}`);
    }
  }
  for (let j = 0; j < all.length; j++) if (keep.has(j) && nonWs(all[j].text)) reportLines++;
}
for (const s of samples) console.log(s);
console.log(`files ${files.length}, reports ${reports}, lines ${lines}, report lines ${reportLines}`);
console.log(`Clean Up changed ${changed} files: ${removed} chrome lines removed (${removedBytes} characters), ${splits} run-on splits`);
console.log(`lines of report text lost: ${lost}; prose lines (with 。) lost outside reports: ${proseLost}  (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
process.exit(lost || proseLost ? 1 : 0);
