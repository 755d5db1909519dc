/**
 * Web-worker entry of Key Terms in the browser (bundled to dist/web/jiebaWorker.js, an IIFE for
 * importScripts): jieba-wasm (jieba-rs compiled to WebAssembly, its dictionary inside the wasm)
 * instantiated from the bytes the extension host sends in `init`, seeded with the domain
 * vocabulary, then answering `cut` / `count` like the desktop's worker thread does.
 */
import initJieba, { add_word, cut } from 'jieba-wasm-web';
import { answerCut } from '../workers/jiebaProtocol';
import type { FromWebWorker, ToWebWorker } from './protocol';

interface WorkerScope {
  postMessage(m: unknown, transfer?: ArrayBuffer[]): void;
  addEventListener(type: 'message', listener: (e: { data: unknown }) => void): void;
}
const scope = globalThis as unknown as WorkerScope;

function post(m: FromWebWorker, transfer?: ArrayBuffer[]): void {
  scope.postMessage(m, transfer);
}

const errorMessage = (e: unknown): string => (e instanceof Error ? e.message : String(e));

let ready: Promise<boolean> | null = null;

async function init(wasm: ArrayBuffer, words: string[]): Promise<boolean> {
  try {
    const t0 = performance.now();
    await initJieba({ module_or_path: wasm });
    const t1 = performance.now();
    for (const w of words) add_word(w);
    // the first cut builds jieba-rs' lazy tables: part of loading, not of the first request
    cut('扎实做好“六稳”工作', false);
    post({ type: 'ready', loadMs: Math.round(performance.now() - t0), requireMs: Math.round(t1 - t0) });
    return true;
  } catch (e) {
    post({ type: 'error', message: `jieba-wasm: ${errorMessage(e)}` });
    return false;
  }
}

scope.addEventListener('message', e => {
  const m = e.data as ToWebWorker;
  if (m.type === 'init') {
    ready ??= init(m.wasm, m.words);
    return;
  }
  void (ready ?? Promise.resolve(false)).then(ok => {
    if (!ok) return;
    if (m.type === 'addWords') {
      for (const w of m.words) add_word(w);
      return;
    }
    if (m.type === 'trendDocs') {
      post({ type: 'cutError', id: m.id, message: 'trendDocs is not served by the web worker' });
      return;
    }
    const { reply, transfer } = answerCut(m, text => cut(text, false));
    post(reply, transfer);
  });
});
