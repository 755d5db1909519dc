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
import { tokensFromLengths } from './protocol';
import type { FromWebWorker, ToWebWorker } from './protocol';

/** The web Worker API used here (the project is typed without the DOM library). */
interface WebWorker {
  postMessage(m: unknown, transfer?: ArrayBuffer[]): void;
  terminate(): void;
  onmessage: ((e: { data: unknown }) => void) | null;
  onerror: ((e: { message?: string }) => void) | null;
}
type WorkerCtor = new (url: string, options?: { name?: string }) => WebWorker;
interface BlobUrls {
  Blob: new (parts: Uint8Array[], options: { type: string }) => object;
  URL: { createObjectURL(b: object): string; revokeObjectURL(u: string): void };
}

export const WORKER_SCRIPT = 'dist/web/jiebaWorker.js';
export const WASM_FILE = 'dist/web/jieba_rs_wasm_bg.wasm';

/** `Worker` of this host, if it has one. */
function workerCtor(): WorkerCtor | undefined {
  const w = (globalThis as { Worker?: unknown }).Worker;
  return typeof w === 'function' ? (w as WorkerCtor) : undefined;
}

/** What a start needs: the worker script and the wasm bytes. */
export interface JiebaAssets {
  script: Uint8Array;
  wasm: Uint8Array;
}

export class WasmJiebaWorker implements JiebaWorker {
  readonly name = 'jieba-wasm (web worker)';
  private worker: WebWorker | null = null;
  private ready: Promise<{ loadMs: number }> | null = null;
  private readonly pending = new Map<number, { text: string; resolve: (t: never) => void; reject: (e: Error) => void }>();
  private nextId = 1;
  private idleTimer: ReturnType<typeof setTimeout> | null = null;
  private extraWords: string[] = [];
  lastStartMs = 0;
  lastLoadMs = 0;

  constructor(private readonly Worker: WorkerCtor, private readonly assets: () => Promise<JiebaAssets>, private readonly options: JiebaWorkerOptions) {}

  get running(): boolean {
    return this.worker !== null;
  }

  start(): Promise<{ loadMs: number }> {
    if (this.ready) return this.ready;
    const t0 = performance.now();
    this.ready = this.assets().then(({ script, wasm }) => new Promise<{ loadMs: number }>((resolve, reject) => {
      const g = globalThis as unknown as BlobUrls;
      const url = g.URL.createObjectURL(new g.Blob([script], { type: 'text/javascript' }));
      let worker: WebWorker;
      try {
        worker = new this.Worker(url, { name: 'govreport jieba-wasm' });
      } catch (e) {
        g.URL.revokeObjectURL(url);
        throw e;
      }
      this.worker = worker;
      worker.onerror = e => {
        reject(new Error(e.message || 'the jieba-wasm worker failed to start'));
        this.stop(`worker error: ${e.message ?? ''}`);
      };
      worker.onmessage = e => {
        const m = e.data as FromWebWorker;
        if (m.type === 'ready') {
          this.lastStartMs = Math.round(performance.now() - t0);
          this.lastLoadMs = m.loadMs;
          resolve({ loadMs: m.loadMs });
          this.touch();
        } else if (m.type === 'error') {
          reject(new Error(m.message));
          this.stop(`load failed: ${m.message}`);
        } else if (m.type === 'result' || m.type === 'counts' || m.type === 'cutError') {
          const p = this.pending.get(m.id);
          if (!p) return;
          this.pending.delete(m.id);
          if (m.type === 'result') (p.resolve as (t: string[]) => void)(m.lengths ? tokensFromLengths(p.text, m.lengths) : m.tokens ?? []);
          else if (m.type === 'counts') (p.resolve as (t: Map<string, number>) => void)(new Map(m.counts));
          else p.reject(new Error(m.message));
          this.touch();
        }
      };
      const bytes = wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer;
      worker.postMessage({ type: 'init', wasm: bytes, words: [...this.options.words, ...this.extraWords] } satisfies ToWebWorker, [bytes]);
    }));
    this.ready.catch(() => { this.ready = null; });
    return this.ready;
  }

  cut(text: string): Promise<string[]> {
    return this.request<string[]>('cut', text);
  }

  countTerms(text: string): Promise<Map<string, number>> {
    return this.request<Map<string, number>>('count', text);
  }

  private async request<T>(type: 'cut' | 'count', text: string): Promise<T> {
    await this.start();
    const worker = this.worker;
    if (!worker) throw new Error('the jieba-wasm worker is not running');
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { text, resolve: resolve as (t: never) => void, reject });
      worker.postMessage({ type, id, text } satisfies ToWebWorker);
    });
  }

  addWords(words: string[]): void {
    this.extraWords.push(...words);
    this.worker?.postMessage({ type: 'addWords', words } satisfies ToWebWorker);
  }

  private touch(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    if (this.options.idleMs > 0 && this.pending.size === 0) this.idleTimer = setTimeout(() => this.stop('idle'), this.options.idleMs);
  }

  /** Ends the worker (pending cuts fail); the next cut starts a new one. */
  stop(reason = 'stopped'): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    const w = this.worker;
    this.worker = null;
    this.ready = null;
    for (const p of this.pending.values()) p.reject(new Error(`the jieba-wasm worker ended: ${reason}`));
    this.pending.clear();
    if (w) {
      w.terminate();
      this.options.onExit(reason);
    }
  }

  dispose(): void {
    this.stop('disposed');
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
