// Compare's analysis worker (src/features/compare/analysisProtocol.ts: the worker's side;
// analysisClient.ts: the host's side; dist/analysisWorker.js: the bundled worker thread): the
// comparison computed in the worker is the one the main thread computes; the host reads a file
// only once per key, gets the comparison in parts, can cancel, and survives a worker restart.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { Worker } from 'worker_threads';
import { analyze } from '../../src/core';
import { compareReport } from '../../src/core/compare';
import { computeComparison } from '../../src/features/compare/compute';
import { AnalysisStore, bundleTranslate, PART_SIZE } from '../../src/features/compare/analysisProtocol';
import type { CompareSource } from '../../src/features/compare/analysisProtocol';
import { AnalysisJob, CompareAnalysis } from '../../src/features/compare/analysisClient';
import { CancelToken, nodeWorkerPort, WorkerClient } from '../../src/workers/workerClient';
import { untranslated } from '../../src/core/l10n';
import { assertFreshBundle } from '../support/freshBundle';

const ROOT = path.join(__dirname, '..', '..', '..');
// short excerpts of five 北京市 reports, 2018–2022 (the compare integration test's folder)
const SERIES = path.join(ROOT, 'test', 'fixtures', 'workspace', 'series');
const FILES = fs.readdirSync(SERIES).filter(f => f.endsWith('.md')).sort().map(f => path.join(SERIES, f));
const text = (f: string): string => fs.readFileSync(f, 'utf8');

/** The main thread's comparison of the files (what Compare computed before the worker). */
async function mainThread(includeLowConfidence = false) {
  const reports = FILES.flatMap((f, i) => analyze(text(f)).reports.map((r, k) => compareReport(`${i}#${k}`, f, r)));
  return computeComparison(reports, untranslated, { includeLowConfidence });
}

function sourcesOf(counts: Map<string, number>, jobs: AnalysisJob[]): CompareSource[] {
  const out: CompareSource[] = [];
  jobs.forEach((j, i) => { for (let k = 0; k < (counts.get(j.key) ?? 0); k++) out.push({ key: j.key, index: k, id: `${i}#${k}`, file: FILES[i] }); });
  return out;
}

function token(): CancelToken & { cancel(): void } {
  const listeners: Array<() => void> = [];
  let cancelled = false;
  return {
    get isCancellationRequested() { return cancelled; },
    onCancellationRequested(l: () => void) { listeners.push(l); return { dispose: () => undefined }; },
    cancel() { cancelled = true; for (const l of listeners) l(); },
  };
}

describe('compare analysis worker', () => {
  it('the worker side: analyse, compare (same as the main thread), missing keys, parts; unused analyses dropped', async () => {
    const store = new AnalysisStore();
    for (const [i, f] of FILES.entries()) {
      const r = await store.handle({ type: 'analyse', id: i + 1, key: f, text: text(f) });
      assert.deepStrictEqual(r.type === 'analysed' && r.reports, 1);
    }
    await store.handle({ type: 'analyse', id: 9, key: 'other', text: '2019年政府工作报告\n\n地区生产总值增长6%。\n' });
    const sources = FILES.map((f, i) => ({ key: f, index: 0, id: `${i}#0`, file: f }));
    const missing = await store.handle({ type: 'compare', id: 10, sources: [...sources, { key: 'gone', index: 0, id: 'x', file: 'x' }], includeLowConfidence: false, bundle: null });
    assert.ok(missing.type === 'compared' && missing.head === null);
    assert.deepStrictEqual(missing.type === 'compared' && missing.missing, ['gone']);
    const r = await store.handle({ type: 'compare', id: 11, sources, includeLowConfidence: false, bundle: null });
    assert.ok(r.type === 'compared' && r.head, JSON.stringify(r));
    assert.strictEqual(store.size, FILES.length, 'the analysis no comparison uses is dropped');
    const expected = await mainThread();
    assert.deepStrictEqual(r.head.columns, expected.matrix.columns);
    assert.deepStrictEqual(r.head.counts, { rows: 5, pairs: expected.matrix.pairs.length, series: expected.series!.length });
    const part = await store.handle({ type: 'part', id: 12, list: 'rows', from: 0 });
    assert.ok(part.type === 'part');
    assert.deepStrictEqual(part.items, expected.matrix.rows);
    const failed = await store.handle({ type: 'analyse', id: 13, key: 'bad', text: undefined as unknown as string });
    assert.strictEqual(failed.type, 'failed', 'an analysis that throws is a failure reply, not a dead worker');
  });

  it('translates by the host\'s l10n bundle (placeholders filled), English without one', () => {
    const zh = bundleTranslate({ 'above the target by {0}': '高于目标{0}' });
    assert.strictEqual(zh('above the target by {0}', '0.5个百分点'), '高于目标0.5个百分点');
    assert.strictEqual(zh('missed by {0}', '1'), 'missed by 1');
    assert.strictEqual(bundleTranslate(null)('above the target by {0}', 2), 'above the target by 2');
    assert.strictEqual(zh('toString'), 'toString', 'no inherited keys');
  });

  describe('over the bundled worker thread (dist/analysisWorker.js)', function () {
    this.timeout(30000);
    const script = path.join(ROOT, 'dist', 'analysisWorker.js');
    let client: WorkerClient;
    let reads: string[];
    const jobsOf = (files: string[]): AnalysisJob[] => files.map(f => ({ key: f, read: async () => { reads.push(f); return text(f); } }));
    beforeEach(() => {
      assertFreshBundle('dist/analysisWorker.js');
      client = new WorkerClient({ name: 'analysis worker', open: events => nodeWorkerPort(new Worker(script), events) });
      reads = [];
    });
    afterEach(() => client.dispose());

    it('the comparison from the worker (received in parts) equals the main thread\'s; a known file is not read again', async () => {
      const a = new CompareAnalysis(client);
      const jobs = jobsOf(FILES);
      const progress: number[] = [];
      const counts = await a.analyseAll(jobs, { onProgress: d => progress.push(d), window: 2 });
      assert.ok(counts);
      assert.deepStrictEqual(progress, [1, 2, 3, 4, 5]);
      const got = await a.compare(sourcesOf(counts, jobs), jobs, { includeLowConfidence: true, bundle: null });
      const expected = await mainThread(true);
      assert.deepStrictEqual(JSON.parse(JSON.stringify(got)), JSON.parse(JSON.stringify({ ...expected, matrix: { ...expected.matrix, rows: expected.matrix.rows.map((r, i) => ({ ...r, id: `${i}#0`, file: FILES[i] })) } })));
      assert.ok(got!.series!.some(s => s.key === 'gdp'), 'one place over the years: a GDP series');
      // again (the low-confidence toggle): nothing is read or posted a second time
      assert.ok(await a.analyseAll(jobs));
      assert.strictEqual(reads.length, FILES.length);
    });

    it('sends a big comparison in parts of PART_SIZE', async () => {
      const a = new CompareAnalysis(client);
      const jobs = jobsOf(FILES);
      const counts = (await a.analyseAll(jobs))!;
      // the same five reports 50 times over: 250 rows, three parts
      const sources = Array.from({ length: 50 }, (_, n) => sourcesOf(counts, jobs).map(s => ({ ...s, id: `${n}:${s.id}` }))).flat();
      const posted: string[] = [];
      const request = client.request.bind(client);
      client.request = (m, o) => { posted.push(String(m.type)); return request(m, o); };
      const got = await a.compare(sources, jobs, { includeLowConfidence: false, bundle: null });
      assert.strictEqual(got!.matrix.rows.length, 250);
      assert.strictEqual(posted.filter(t => t === 'part').length, Math.ceil(250 / PART_SIZE.rows) + Math.ceil(got!.matrix.pairs.length / PART_SIZE.pairs) + Math.ceil(got!.series!.length / PART_SIZE.series));
    });

    it('cancelling stops reading and posting; an unreadable file is left out', async () => {
      const a = new CompareAnalysis(client);
      const t = token();
      const jobs = jobsOf(FILES).map((j, i) => (i === 1 ? { key: j.key, read: async () => undefined } : j));
      const counts = await a.analyseAll(jobs, { window: 1 });
      assert.strictEqual(counts!.has(FILES[1]), false, 'the unreadable file has no count');
      assert.strictEqual(counts!.size, 4);
      a.forget();
      reads = [];
      const r = await a.analyseAll(jobsOf(FILES), { window: 1, cancel: t, onProgress: d => { if (d === 2) t.cancel(); } });
      assert.strictEqual(r, undefined);
      assert.strictEqual(reads.length, 2, `read after the cancel: ${reads.length}`);
    });

    it('a worker restarted between analysis and compare: the files it lost are analysed again', async () => {
      const a = new CompareAnalysis(client);
      const jobs = jobsOf(FILES);
      const counts = (await a.analyseAll(jobs))!;
      client.stop('test restart'); // (the service's onExit would also forget; here the worker is asked)
      const got = await a.compare(sourcesOf(counts, jobs), jobs, { includeLowConfidence: false, bundle: null });
      assert.strictEqual(got!.matrix.rows.length, 5);
      assert.strictEqual(reads.length, FILES.length * 2);
      assert.strictEqual(client.starts, 2);
    });

    it('a worker that dies rejects the analysis (the extension then falls back to the main thread)', async () => {
      const dying = new WorkerClient({ name: 'analysis worker', open: events => nodeWorkerPort(new Worker('require("worker_threads").parentPort.postMessage({ type: "ready" }); require("worker_threads").parentPort.on("message", () => process.exit(3));', { eval: true }), events) });
      try {
        await assert.rejects(new CompareAnalysis(dying).analyseAll(jobsOf(FILES)), /exit code 3/);
      } finally {
        dying.dispose();
      }
    });
  });
});
