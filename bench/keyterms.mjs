#!/usr/bin/env node
// Key Terms / Term Trends benchmark (issue 13): the background model (data/background.json) —
// size on disk and gzipped (≈ its share of the VSIX), read + parse + index time (first load in a
// fresh process, then the median of 5 reloads), and the time to rank one report's counts against it
// (rankKeyTerms, counts segmented once with jieba), Key Terms of a whole report (jieba in-process +
// ranking), a term's trend over the years and the terms that rose and fell between two periods.
// Bundles the TypeScript sources it measures into .cache/ with esbuild. Prints one line
// "BENCH_KEYTERMS {json}". Usage: node bench/keyterms.mjs
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const file = path.join(ROOT, 'data', 'background.json');
if (!fs.existsSync(file)) {
  console.error('bench/keyterms.mjs: data/background.json missing (node scripts/build-background.mjs)');
  process.exit(2);
}

const esbuild = require('esbuild');
fs.mkdirSync(path.join(ROOT, '.cache'), { recursive: true });
const tmp = fs.mkdtempSync(path.join(ROOT, '.cache', 'bench-keyterms-'));
const entry = path.join(tmp, 'entry.ts');
const src = p => JSON.stringify(path.join(ROOT, p));
fs.writeFileSync(entry, [
  `export { rankKeyTerms, keyTermsOfTexts, termCounts } from ${src('src/core/keywords')};`,
  `export { termTrends, termShifts } from ${src('src/core/trends')};`,
  `export { loadBackgroundSync } from ${src('src/node/background')};`,
  `export { JiebaSegmenter } from ${src('src/node/jiebaSegmenter')};`,
  `export { domainVocabulary } from ${src('src/core/segmenter')};`,
  `export { analyze } from ${src('src/core/analyze')};`,
].join('\n'));
esbuild.buildSync({ entryPoints: [entry], bundle: true, platform: 'node', format: 'cjs', target: 'node20', outfile: path.join(tmp, 'entry.cjs'), external: ['nodejs-jieba'], logLevel: 'warning' });
const lib = require(path.join(tmp, 'entry.cjs'));
fs.rmSync(tmp, { recursive: true, force: true });

const median = xs => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = x => Math.round(x * 10) / 10;
const time = (fn, n = 5) => {
  const out = [];
  let result;
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    result = fn();
    out.push(performance.now() - t0);
  }
  return { ms: median(out), result };
};

const bytes = fs.statSync(file).size;
const gzipBytes = zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
const first = lib.loadBackgroundSync(file);
const reload = time(() => lib.loadBackgroundSync(file).background);
const bg = first.background;

const report = fs.readFileSync(path.join(ROOT, 'test/fixtures/reports/000_e8c23d3aa62e93d4.txt'), 'utf8');
const analysis = lib.analyze(report);
const t0 = performance.now();
const jieba = new lib.JiebaSegmenter(lib.domainVocabulary());
const jiebaLoadMs = performance.now() - t0;
const counts = await lib.termCounts(report, jieba);
const r0 = analysis.reports[0];
// first ranking decodes the rows it needs (cold), then warm
const coldRuns = [];
for (let i = 0; i < 3; i++) {
  const fresh = lib.loadBackgroundSync(file).background;
  const c0 = performance.now();
  lib.rankKeyTerms(counts, fresh, { year: r0.year, place: r0.place });
  coldRuns.push(performance.now() - c0);
}
const rank = time(() => lib.rankKeyTerms(counts, bg, { year: r0.year, place: r0.place }), 9);
const kt0 = performance.now();
await lib.keyTermsOfTexts([report], jieba, { background: bg, analysis });
const keyTermsMs = performance.now() - kt0;
const trend = time(() => lib.termTrends(['新质生产力', '供给侧结构性改革', '疫情'], bg));
const shifts = time(() => lib.termShifts(bg, [2014, 2016], [2023, 2025]), 3);

const out = {
  backgroundBytes: bytes,
  backgroundGzipBytes: gzipBytes,
  backgroundTerms: bg.size,
  backgroundReports: bg.totalDocs,
  backgroundFirstLoadMs: ms(first.loadMs),
  backgroundReloadMs: ms(reload.ms),
  reportChars: report.length,
  reportTermTypes: counts.size,
  rankColdMs: ms(median(coldRuns)),
  rankMs: ms(rank.ms),
  keyTermsReportMs: ms(keyTermsMs),
  jiebaLoadMs: ms(jiebaLoadMs),
  trend3TermsMs: ms(trend.ms),
  shiftsMs: ms(shifts.ms),
  heapMB: Math.round(process.memoryUsage().heapUsed / 1048576),
};
console.log(`BENCH_KEYTERMS ${JSON.stringify(out)}`);
