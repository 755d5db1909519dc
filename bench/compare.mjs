#!/usr/bin/env node
// Compare Reports over 1,000 reports, as the extension host runs it (src/features/compare/load.ts:
// read + decode + analyse each file in time slices, then the matrix and the series in slices), with
// the event-loop delay measured by perf_hooks.monitorEventLoopDelay while it runs. The reports are
// the development corpus (/tmp/corpus) when present, else copies of the test fixtures in a temp
// folder (copies of the same reports: duplicate place-years make pairing heavier than real folders,
// and the 374 KB nine-report fixture is one analysis call of ~100 ms). Prints BENCH_COMPARE {json}
// with withinBudget (p99 event-loop delay ≤ 50 ms); BENCH_COMPARE_STRICT=1 makes it fail over budget.
import esbuild from 'esbuild';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const N = 1000;

// the loader, bundled from the sources (no vscode)
const out = path.join(os.tmpdir(), `govreport-bench-compare-${process.pid}.cjs`);
await esbuild.build({
  stdin: {
    contents: `export { analyze, decodeReport } from './src/core';
      export { compareReport } from './src/core/compare';
      export { computeComparison } from './src/features/compare/compute';
      export { mapSliced } from './src/features/compare/slices';`,
    resolveDir: ROOT, loader: 'ts',
  },
  bundle: true, platform: 'node', format: 'cjs', target: 'es2022', charset: 'utf8', outfile: out, logLevel: 'silent',
  loader: { '.json': 'json' },
});
const lib = (await import(pathToFileURL(out).href)).default;
fs.rmSync(out, { force: true });

function walk(dir, acc) {
  for (const n of fs.readdirSync(dir).sort()) {
    const p = path.join(dir, n);
    const st = fs.statSync(p);
    if (st.isDirectory()) walk(p, acc);
    else if (/\.(md|txt)$/i.test(n)) acc.push(p);
  }
  return acc;
}
let files;
let source;
let tmp;
if (fs.existsSync('/tmp/corpus') && !process.env.BENCH_NO_CORPUS) { // BENCH_NO_CORPUS=1: as CI (fixtures only)
  const all = walk('/tmp/corpus', []);
  files = Array.from({ length: N }, (_, i) => all[i % all.length]);
  source = '/tmp/corpus';
} else {
  const fx = walk(path.join(ROOT, 'test/fixtures/reports'), []).concat(walk(path.join(ROOT, 'test/fixtures/workspace'), []));
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'govreport-bench-'));
  files = Array.from({ length: N }, (_, i) => {
    const p = path.join(tmp, `r${i}${path.extname(fx[i % fx.length])}`);
    fs.copyFileSync(fx[i % fx.length], p);
    return p;
  });
  source = 'test fixtures ×' + Math.ceil(N / fx.length);
}

const h = monitorEventLoopDelay({ resolution: 5 });
// a "keystroke" every 10 ms: how late the editor would answer
const lags = [];
let expected = performance.now() + 10;
const tick = setInterval(() => { const now = performance.now(); lags.push(now - expected); expected = now + 10; }, 10);
h.enable();
const t0 = performance.now();
const loaded = await lib.mapSliced(files, async (f, i) => {
  const text = lib.decodeReport(await fs.promises.readFile(f)).text;
  const a = lib.analyze(text);
  return a.reports.map((r, k) => lib.compareReport(`${i}#${k}`, f, r));
}, { budgetMs: 15 });
const reports = loaded.results.flat();
const tLoad = performance.now() - t0;
const tc = performance.now();
const result = await lib.computeComparison(reports, (m, ...a) => m.replace(/\{(\d+)\}/g, (_, k) => String(a[k])), { includeLowConfidence: false, budgetMs: 15 });
const total = performance.now() - t0;
await new Promise(r => setTimeout(r, 30)); // let the timers that a last long task delayed fire and be counted
h.disable();
clearInterval(tick);
if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
lags.sort((a, b) => a - b);
const ms = ns => Math.round(ns / 1e4) / 100;
const res = {
  reports: reports.length, files: files.length, source,
  loadMs: Math.round(tLoad), compareMs: Math.round(total - tLoad), totalMs: Math.round(total),
  series: result.series ? result.series.length : 0, columns: result.matrix.columns.length,
  eventLoopDelayP50Ms: ms(h.percentile(50)), eventLoopDelayP99Ms: ms(h.percentile(99)), eventLoopDelayMaxMs: ms(h.max),
  withinBudget: h.percentile(99) <= 50e6,
  timerLagP99Ms: Math.round(lags[Math.floor(lags.length * 0.99)] ?? 0), timerLagMaxMs: Math.round(lags[lags.length - 1] ?? 0), yields: loaded.yields,
};
console.log(`compare ${res.reports} reports (${res.files} files, ${source}): load ${res.loadMs} ms, compare ${res.compareMs} ms; event-loop delay p50 ${res.eventLoopDelayP50Ms} ms, p99 ${res.eventLoopDelayP99Ms} ms, max ${res.eventLoopDelayMaxMs} ms`);
console.log('BENCH_COMPARE ' + JSON.stringify(res));
if (!res.withinBudget) console.log('compare: p99 event-loop delay over the 50 ms budget');
process.exit(!res.withinBudget && process.env.BENCH_COMPARE_STRICT ? 1 : 0);
