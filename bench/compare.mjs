#!/usr/bin/env node
// Compare Reports over 1,000 reports, as the extension host runs it, two ways in one run, with the
// event-loop delay of the host's thread (perf_hooks.monitorEventLoopDelay) measured during each:
//   worker  — the extension's path (src/features/compare/analysisClient.ts): the host reads and
//             decodes each file and posts its text to the analysis worker (dist/analysisWorker.js,
//             built by `npm run build`), which analyses it and computes the comparison; the host
//             receives the comparison only;
//   sliced  — the baseline, the fallback when the worker cannot start (load.ts loadReports +
//             compute.ts): read + decode + analyse each file in time slices on the host's thread,
//             then the matrix and series.
// The event-loop delay is measured from the first read until the comparison is in the host's hands
// (what the worker moves off the thread); the webview post that follows — one JSON serialisation of
// the comparison by VS Code on the host's thread, the same in both paths — is timed on its own
// (postMs: a single block; sending it in parts would need a change of the webview protocol). The reports are the development
// corpus (/tmp/corpus) when present, else copies of the test fixtures in a temp folder (copies of the
// same reports: duplicate place-years make pairing heavier than real folders, and the 374 KB
// nine-report fixture is one analysis call of ~100 ms). Prints BENCH_COMPARE {json}; withinBudget:
// the worker path's max event-loop delay ≤ 50 ms (issue 11); BENCH_COMPARE_STRICT=1 fails over it.
import esbuild from 'esbuild';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const N = 1000;
const BUDGET_MS = 50;
const WORKER_SCRIPT = path.join(ROOT, 'dist/analysisWorker.js');
if (!fs.existsSync(WORKER_SCRIPT)) { console.error(`${WORKER_SCRIPT} missing: run npm run build`); process.exit(1); }

// the host's side, bundled from the sources (no vscode)
const out = path.join(os.tmpdir(), `govreport-bench-compare-${process.pid}.cjs`);
await esbuild.build({
  stdin: {
    contents: `export { analyze, decodeReport } from './src/core';
      export { compareReport } from './src/core/compare';
      export { computeComparison } from './src/features/compare/compute';
      export { mapSliced } from './src/features/compare/slices';
      export { CompareAnalysis } from './src/features/compare/analysisClient';
      export { WorkerClient, nodeWorkerPort } from './src/workers/workerClient';`,
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

const tr = (m, ...a) => m.replace(/\{(\d+)\}/g, (_, k) => String(a[k]));
const readText = async f => lib.decodeReport(await fs.promises.readFile(f)).text;
const ms = ns => Math.round(ns / 1e4) / 100;

/** Runs `task` with the event-loop delay and a 10 ms "keystroke" timer measured; its result and the figures. */
async function measured(task) {
  global.gc?.();
  await new Promise(r => setTimeout(r, 50));
  const h = monitorEventLoopDelay({ resolution: 5 });
  const lags = [];
  let expected = performance.now() + 10;
  const tick = setInterval(() => { const now = performance.now(); lags.push(now - expected); expected = now + 10; }, 10);
  h.enable();
  const t0 = performance.now();
  const phases = {};
  const result = await task(phases);
  const totalMs = Math.round(performance.now() - t0);
  await new Promise(r => setTimeout(r, 30)); // let the timers that a last long task delayed fire and be counted
  h.disable();
  clearInterval(tick);
  lags.sort((a, b) => a - b);
  post(result, phases);
  return {
    result,
    figures: {
      totalMs, ...phases,
      eventLoopDelayP50Ms: ms(h.percentile(50)), eventLoopDelayP99Ms: ms(h.percentile(99)), eventLoopDelayMaxMs: ms(h.max),
      timerLagP99Ms: Math.round(lags[Math.floor(lags.length * 0.99)] ?? 0), timerLagMaxMs: Math.round(lags[lags.length - 1] ?? 0),
    },
  };
}

/** What the panel does with the comparison next: post it to the webview (VS Code serialises it on the host's thread). */
function post(comparison, phases) {
  const t = performance.now();
  const bytes = JSON.stringify({ type: 'data', matrix: comparison.matrix, series: comparison.series }).length;
  phases.postMs = Math.round(performance.now() - t);
  phases.postBytes = bytes;
}

// 1. the worker path (the extension's)
const worker = await measured(async phases => {
  const t0 = performance.now();
  const client = new lib.WorkerClient({ name: 'analysis worker', open: events => nodeWorker(events), idleMs: 0 });
  const a = new lib.CompareAnalysis(client);
  await client.start();
  phases.workerStartMs = Math.round(performance.now() - t0);
  const jobs = files.map((f, i) => ({ key: `${i}:${f}`, read: () => readText(f) }));
  const counts = await a.analyseAll(jobs);
  phases.loadMs = Math.round(performance.now() - t0);
  const sources = [];
  jobs.forEach((j, i) => { for (let k = 0; k < (counts.get(j.key) ?? 0); k++) sources.push({ key: j.key, index: k, id: `${i}#${k}`, file: files[i] }); });
  const tc = performance.now();
  const comparison = await a.compare(sources, jobs, { includeLowConfidence: false, bundle: null });
  phases.compareMs = Math.round(performance.now() - tc);
  client.dispose();
  return comparison;
});
function nodeWorker(events) {
  return lib.nodeWorkerPort(new Worker(WORKER_SCRIPT), events);
}

// 2. the sliced path on the host's thread (the baseline; the fallback without a worker)
const sliced = await measured(async phases => {
  const t0 = performance.now();
  const loaded = await lib.mapSliced(files, async (f, i) => {
    const a = lib.analyze(await readText(f));
    return a.reports.map((r, k) => lib.compareReport(`${i}#${k}`, f, r));
  }, { budgetMs: 15 });
  phases.loadMs = Math.round(performance.now() - t0);
  phases.yields = loaded.yields;
  const tc = performance.now();
  const comparison = await lib.computeComparison(loaded.results.flat(), tr, { includeLowConfidence: false, budgetMs: 15 });
  phases.compareMs = Math.round(performance.now() - tc);
  return comparison;
});
if (tmp) fs.rmSync(tmp, { recursive: true, force: true });

const c = worker.result;
const same = JSON.stringify(c.matrix) === JSON.stringify(sliced.result.matrix) && JSON.stringify(c.series) === JSON.stringify(sliced.result.series);
const res = {
  reports: c.matrix.rows.length, files: files.length, source,
  // the machine's 1-minute load average at the end (the delays include waiting for a CPU on a busy machine)
  loadAverage: Math.round(os.loadavg()[0] * 10) / 10, cpus: os.cpus().length,
  series: c.series ? c.series.length : 0, columns: c.matrix.columns.length,
  // the extension's path (analysis worker); the old sliced path as the baseline, same run
  ...worker.figures,
  withinBudget: worker.figures.eventLoopDelayMaxMs <= BUDGET_MS,
  sameComparison: same,
  sliced: sliced.figures,
};
const line = (name, f) => `${name}: total ${f.totalMs} ms (load ${f.loadMs}, compare ${f.compareMs}); event-loop delay p50 ${f.eventLoopDelayP50Ms} ms, p99 ${f.eventLoopDelayP99Ms} ms, max ${f.eventLoopDelayMaxMs} ms; then the webview post ${f.postMs} ms (${(f.postBytes / 1e6).toFixed(1)} MB)`;
console.log(`compare ${res.reports} reports (${res.files} files, ${source}; load average ${res.loadAverage} on ${res.cpus} CPUs)`);
console.log('  ' + line('worker', worker.figures));
console.log('  ' + line('sliced', sliced.figures));
console.log('BENCH_COMPARE ' + JSON.stringify(res));
if (!same) console.log('compare: the worker and the sliced path disagree');
if (!res.withinBudget) console.log(`compare: the worker path's max event-loop delay is over the ${BUDGET_MS} ms budget`);
process.exit((!res.withinBudget || !same) && process.env.BENCH_COMPARE_STRICT ? 1 : 0);
