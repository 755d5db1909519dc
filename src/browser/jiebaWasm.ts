/**
 * Key Terms' jieba in the browser: jieba-wasm in its own web worker (dist/web/jiebaWorker.js), so
 * the ~0.4 s instantiation and the cuts stay off the extension host's thread. The worker script and
 * the wasm (dist/web/jieba_rs_wasm_bg.wasm, jieba-rs with its dictionary, 4 MB) are read through
 * workspace.fs from the extension's own location — any scheme (http, vscode-cdn, a VSIX installed in
 * the browser) — and the worker starts from a blob URL (VS Code's web-worker extension host relays
 * nested workers through its iframe). Seeded with the same domain vocabulary as the desktop's
 * nodejs-jieba; started on first use, ended after the idle time like the desktop's worker thread.
 */
import * as vscode from 'vscode';
import type { JiebaBackend, JiebaWorker, JiebaWorkerOptions } from '../features/keyTerms/segmenters';
import type { ToWebWorker } from './protocol';
import { JiebaClient } from '../workers/jiebaClient';
import { webWorkerPort, WebWorkerLike } from '../workers/workerClient';

/** The web Worker constructor (the project is typed without the DOM library). */
export type WorkerCtor = new (url: string, options?: { name?: string }) => WebWorkerLike;
interface BlobUrls {
  Blob: new (parts: Uint8Array[], options: { type: string }) => object;
  URL: { createObjectURL(b: object): string; revokeObjectURL(u: string): void };
}

export const WORKER_SCRIPT = 'dist/web/jiebaWorker.js';
export const WASM_FILE = 'dist/web/jieba_rs_wasm_bg.wasm';

/** `Worker` of this host, if it has one. */
export function workerCtor(): WorkerCtor | undefined {
  const w = (globalThis as { Worker?: unknown }).Worker;
  return typeof w === 'function' ? (w as WorkerCtor) : undefined;
}

/** What a start needs: the worker script and the wasm bytes. */
export interface JiebaAssets {
  script: Uint8Array;
  wasm: Uint8Array;
}

/**
 * jieba-wasm in a web worker: the shared JiebaClient (src/workers) opening a web worker from a blob
 * URL of the script, posting `init` with the wasm bytes and the vocabulary.
 */
export class WasmJiebaWorker extends JiebaClient implements JiebaWorker {
  constructor(Worker: WorkerCtor, assets: () => Promise<JiebaAssets>, options: JiebaWorkerOptions) {
    super({
      name: 'jieba-wasm (web worker)',
      words: options.words,
      idleMs: options.idleMs,
      onExit: options.onExit,
      open: async (events, words) => {
        const { script, wasm } = await assets();
        const worker = startBlobWorker(Worker, script, 'govreport jieba-wasm');
        const port = webWorkerPort(worker, events, 'the jieba-wasm worker');
        const bytes = wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer;
        port.postMessage({ type: 'init', wasm: bytes, words } satisfies ToWebWorker, [bytes]);
        return port;
      },
    });
  }
}

/** A web worker running `script` (bytes read from the extension), started from a blob URL. */
export function startBlobWorker(Worker: WorkerCtor, script: Uint8Array, name: string): WebWorkerLike {
  const g = globalThis as unknown as BlobUrls;
  const url = g.URL.createObjectURL(new g.Blob([script], { type: 'text/javascript' }));
  try {
    return new Worker(url, { name });
  } catch (e) {
    g.URL.revokeObjectURL(url);
    throw e;
  }
}

/**
 * A file of the extension: by fetch when the extension lives at an http(s) URL (a gallery extension
 * on vscode.dev, the test server's dev extension), else through workspace.fs (vscode-userdata for a
 * VSIX installed in the browser, file/vscode-remote on the desktop).
 */
export async function readExtensionFile(uri: vscode.Uri): Promise<Uint8Array> {
  const f = (globalThis as { fetch?: (u: string) => Promise<{ ok: boolean; status: number; arrayBuffer(): Promise<ArrayBuffer> }> }).fetch;
  if (f && (uri.scheme === 'http' || uri.scheme === 'https')) {
    const r = await f(uri.toString(true));
    if (!r.ok) throw new Error(`HTTP ${r.status} for ${uri.toString(true)}`);
    return new Uint8Array(await r.arrayBuffer());
  }
  return vscode.workspace.fs.readFile(uri);
}

/** Key Terms' jieba in the browser (extension.browser.ts). */
export const wasmJieba: JiebaBackend = {
  create(deps, options) {
    const Worker = workerCtor();
    if (!Worker) return vscode.l10n.t('this browser host cannot start web workers');
    const read = (path: string): Promise<Uint8Array> => readExtensionFile(vscode.Uri.joinPath(deps.extensionUri, path));
    return new WasmJiebaWorker(Worker, async () => {
      const [script, wasm] = await Promise.all([read(WORKER_SCRIPT), read(WASM_FILE)]);
      return { script, wasm };
    }, options);
  },
};
