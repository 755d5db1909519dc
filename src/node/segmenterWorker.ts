/**
 * Worker-thread entry for jieba segmentation (bundled to dist/segmenterWorker.js by
 * esbuild.worker.js). Loads the nodejs-jieba addon and its dictionaries (loadJieba: the addon
 * directly, without the package's node-pre-gyp wrapper; ~1 s, ~300 MB) off the extension
 * host's main thread, adds the domain vocabulary the extension sends (workerData.words: the core's
 * domainVocabulary(); the worker bundle carries no glossary data), then answers `cut` messages with
 * the token lengths (a transferable Uint32Array) so the main thread does not deserialise a huge
 * array of strings; `count` with key-term counts and `trendDocs` with Term Trends documents (analysis
 * + counts of each report of a file, core/trends trendDocsOfText).
 */
import { parentPort, workerData } from 'worker_threads';
import { loadJieba } from './jiebaSegmenter';
import { trendDocsOfText } from '../core/trends';
import { answerCut } from '../workers/jiebaProtocol';
import type { FromJieba as FromWorker, ToJieba as ToWorker } from '../workers/jiebaProtocol';

const port = parentPort;
if (!port) throw new Error('segmenterWorker must run in a worker thread');

function post(m: FromWorker, transfer?: ArrayBuffer[]): void {
  port!.postMessage(m, transfer);
}

let jieba: ReturnType<typeof loadJieba> | null = null;
try {
  const t0 = performance.now();
  jieba = loadJieba((workerData as { words?: string[] } | undefined)?.words ?? []);
  post({ type: 'ready', loadMs: Math.round(performance.now() - t0), requireMs: 0 });
} catch (e) {
  post({ type: 'error', message: e instanceof Error ? e.message : String(e) });
}

port.on('message', (m: ToWorker) => {
  if (!jieba) return;
  if (m.type === 'addWords') {
    for (const w of m.words) jieba.insertWord(w);
    return;
  }
  const t0 = performance.now();
  if (m.type === 'trendDocs') {
    const j = jieba;
    trendDocsOfText(m.text, { name: 'jieba', cut: text => j.cut(text) }).then(
      docs => post({ type: 'trendDocs', id: m.id, docs: docs.map(d => ({ year: d.year, level: d.level ?? null, counts: [...d.counts] })), ms: Math.round(performance.now() - t0) }),
      e => post({ type: 'cutError', id: m.id, message: e instanceof Error ? e.message : String(e) }),
    );
    return;
  }
  if (m.type === 'init') return; // the browser's; this worker gets its words as workerData
  const j = jieba;
  const { reply, transfer } = answerCut(m, text => j.cut(text));
  post(reply, transfer);
});
