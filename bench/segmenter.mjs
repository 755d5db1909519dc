#!/usr/bin/env node
// Segmenter benchmark: jieba in a worker thread (dist/segmenterWorker.js, as the extension uses it).
// Measures worker start-up (spawn → script running), dictionary load (nodejs-jieba load + domain
// words), segmentation of a ≥1 MB text assembled from the fixtures, and the main thread's event-loop
// delay (perf_hooks.monitorEventLoopDelay) while the worker loads and cuts. Prints one JSON line.
// Needs `npm run build` first. Usage: node bench/segmenter.mjs [--mb=1]
import { Worker } from 'node:worker_threads';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const script = join(root, 'dist/segmenterWorker.js');
if (!existsSync(script)) {
  console.error(`bench/segmenter.mjs: ${script} missing; run npm run build first`);
  process.exit(2);
}
const mb = Number((process.argv.find(a => a.startsWith('--mb=')) ?? '--mb=1').slice(5)) || 1;
const dir = join(root, 'test/fixtures/reports');
const parts = readdirSync(dir).filter(f => f.endsWith('.txt')).sort().map(f => readFileSync(join(dir, f), 'utf8'));
let text = '';
while (Buffer.byteLength(text) < mb * 1024 * 1024) for (const p of parts) text += p + '\n';

// main-thread event-loop delay per phase, plus a 5 ms heartbeat whose largest gap is the longest block
const phases = {};
let hist = null;
let lastTick = performance.now();
let maxGap = 0;
const beat = setInterval(() => {
  const now = performance.now();
  maxGap = Math.max(maxGap, now - lastTick);
  lastTick = now;
}, 5);
function begin() {
  hist = monitorEventLoopDelay({ resolution: 5 });
  hist.enable();
  maxGap = 0;
  lastTick = performance.now();
}
function end(name) {
  hist.disable();
  phases[name] = { maxMs: r(hist.max / 1e6), p99Ms: r(hist.percentile(99) / 1e6), meanMs: r(hist.mean / 1e6), longestGapMs: r(maxGap) };
}
const r = n => Math.round(n * 10) / 10;
let nextId = 1;
function request(worker, type, payload) {
  const id = nextId++;
  return new Promise((res, rej) => {
    const on = m => {
      if (m.id !== id) return;
      worker.off('message', on);
      if (m.type === 'cutError') rej(new Error(m.message));
      else res(m);
    };
    worker.on('message', on);
    worker.postMessage({ type, id, text: payload });
  });
}

const rss0 = process.memoryUsage().rss;
begin();
const t0 = performance.now();
const worker = new Worker(script);
const online = new Promise(res => worker.once('online', () => res(performance.now() - t0)));
const ready = new Promise((res, rej) => {
  const on = m => {
    if (m.type === 'ready') { worker.off('message', on); res(m); }
    else if (m.type === 'error') rej(new Error(m.message));
  };
  worker.on('message', on);
  worker.once('error', rej);
});
const workerStartMs = await online;
const readyMsg = await ready;
const readyMs = performance.now() - t0;
end('load');

// 1. tokens (as lengths, rebuilt into strings here, as WorkerSegmenter.cut does)
begin();
const t1 = performance.now();
const cut = await request(worker, 'cut', text);
const t2 = performance.now();
let pos = 0;
const tokens = [];
for (const len of cut.lengths) {
  tokens.push(text.slice(pos, pos + len));
  pos += len;
}
const rebuildMs = performance.now() - t2;
const cutRoundTripMs = performance.now() - t1;
end('cut');

// 2. key-term counts computed in the worker (what the Key Terms command uses)
begin();
const t3 = performance.now();
const counted = await request(worker, 'count', text);
const countMap = new Map(counted.counts);
const countRoundTripMs = performance.now() - t3;
end('count');
clearInterval(beat);
const rssWithWorker = process.memoryUsage().rss;
await worker.terminate();

console.log(JSON.stringify({
  bench: 'segmenter',
  segmenter: 'jieba (worker thread)',
  textBytes: Buffer.byteLength(text),
  textChars: text.length,
  tokens: tokens.length,
  distinctTerms: countMap.size,
  workerStartMs: r(workerStartMs),
  dictionaryLoadMs: r(readyMsg.loadMs),
  readyMs: r(readyMs),
  segmentMs: r(cut.ms),
  cutRoundTripMs: r(cutRoundTripMs),
  mainThreadTokenRebuildMs: r(rebuildMs),
  countInWorkerMs: r(counted.ms),
  countRoundTripMs: r(countRoundTripMs),
  mainThreadDelay: phases,
  rssDeltaMB: Math.round((rssWithWorker - rss0) / 1e6),
}));
