/**
 * Worker-thread entry for jieba segmentation (bundled to dist/segmenterWorker.js by
 * esbuild.worker.js). Loads the nodejs-jieba addon and its dictionaries (loadJieba: the addon
 * directly, without the package's node-pre-gyp wrapper; ~1 s, ~300 MB) off the extension
 * host's main thread, adds the domain vocabulary the extension sends (workerData.words: the core's
 * domainVocabulary(); the worker bundle carries no glossary data), then answers `cut` messages with
 * the token lengths (a transferable Uint32Array) so the main thread does not deserialise a huge
 * array of strings.
 */
import { parentPort, workerData } from 'worker_threads';
import { loadJieba, tokenLengths } from './jiebaSegmenter';
import { countTerms } from '../core/keywords';
import type { FromWorker, ToWorker } from './jiebaSegmenter';

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
  try {
    const tokens = jieba.cut(m.text);
    if (m.type === 'count') {
      // key-term counting here, so the main thread receives a small [term, count] list, not every token
      const counts = [...countTerms(tokens)];
      post({ type: 'counts', id: m.id, counts, ms: Math.round(performance.now() - t0) });
      return;
    }
    const lengths = tokenLengths(m.text, tokens);
    const ms = Math.round(performance.now() - t0);
    if (lengths) post({ type: 'result', id: m.id, lengths, ms }, [lengths.buffer as ArrayBuffer]);
    else post({ type: 'result', id: m.id, tokens, ms });
  } catch (e) {
    post({ type: 'cutError', id: m.id, message: e instanceof Error ? e.message : String(e) });
  }
});
