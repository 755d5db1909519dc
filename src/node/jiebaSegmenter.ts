/**
 * jieba segmentation (nodejs-jieba, an N-API addon) for Node: in-process (`JiebaSegmenter`, for
 * the CLI) and in a worker thread (`WorkerSegmenter`, for the extension host, whose main thread
 * must not block on the ~1 s / ~300 MB dictionary load). Both are seeded with the domain vocabulary
 * so 六稳 / 放管服 / 地区生产总值 / 专精特新 stay whole.
 *
 * The addon is loaded directly (`<pkg>/build/Release/jieba.node`), not through the package's
 * `dist/index.cjs`: that wrapper requires @mapbox/node-pre-gyp (and consola, semver, detect-libc,
 * nopt, abbrev) only to find this same file, so the VSIX would have to ship that chain. What the
 * wrapper's `load()` does is done here: the addon's `load(dict, hmm, user, idf, stopWords)` with
 * the package's `dict/*.utf8`, in that order.
 */
import * as fs from 'fs';
import * as path from 'path';
import { Worker } from 'worker_threads';
import type { Segmenter } from '../core/segmenter';
import type { TrendDoc } from '../core/trends';

/** The N-API addon's functions used here (nodejs-jieba 0.3.0 lib/nodejieba.cpp). */
interface JiebaAddon {
  /** (dict, hmmModel, userDict, idf, stopWords) → true; false unless given exactly five paths. */
  load(dict: string, hmm: string, user: string, idf: string, stopWords: string): boolean;
  /** The second argument is cppjieba's useHMM (index.cjs passes false by default). */
  cut(text: string, hmm: boolean): string[];
  /** Words with their dictionary part-of-speech tags ('ns' place, 'm' numeral …). */
  tag(text: string, hmm: boolean): Array<{ word: string; tag: string }>;
  insertWord(word: string): boolean;
}

export interface JiebaModule {
  cut(text: string): string[];
  tag(text: string): Array<{ word: string; tag: string }>;
  insertWord(word: string): boolean;
}

/** Dictionary files, in the order the addon's load() takes them (as nodejs-jieba's dist/index.cjs passes them). */
export const JIEBA_DICTIONARIES = ['jieba.dict.utf8', 'hmm_model.utf8', 'user.dict.utf8', 'idf.utf8', 'stop_words.utf8'] as const;

/**
 * The nodejs-jieba package directory, looked up like `require('nodejs-jieba')` would from this
 * module (the bundle in <ext>/dist/ → <ext>/node_modules/nodejs-jieba; the dev tree's dist/ or out/
 * → the project's node_modules). Not `require.resolve('nodejs-jieba/package.json')`: the package's
 * `exports` only exposes "." (ERR_PACKAGE_PATH_NOT_EXPORTED), and resolving "." would need its
 * dist/index.cjs, which the VSIX does not ship.
 */
export function jiebaPackageDir(): string {
  const dirs = require.resolve.paths('nodejs-jieba') ?? [];
  for (const d of dirs) {
    const dir = path.join(d, 'nodejs-jieba');
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
  }
  throw new Error(`Cannot find module 'nodejs-jieba' (looked in ${dirs.join(', ') || 'no node_modules folders'})`);
}

/** Loads the addon and its dictionaries, adds `words`; throws when the addon or a dictionary cannot load. */
export function loadJieba(words: string[]): JiebaModule {
  const dir = jiebaPackageDir();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const addon = require(path.join(dir, 'build', 'Release', 'jieba.node')) as JiebaAddon;
  const dicts = JIEBA_DICTIONARIES.map(f => path.join(dir, 'dict', f));
  // cppjieba aborts the whole process on a missing dictionary: check first, so this throws instead
  for (const d of dicts) if (!fs.existsSync(d)) throw new Error(`nodejs-jieba dictionary missing: ${d}`);
  const [dict, hmm, user, idf, stopWords] = dicts;
  if (addon.load(dict, hmm, user, idf, stopWords) !== true) throw new Error('nodejs-jieba: the addon did not load its dictionaries');
  const jieba: JiebaModule = {
    cut: text => addon.cut(text, false),
    tag: text => addon.tag(text, false),
    insertWord: word => addon.insertWord(word),
  };
  for (const w of words) jieba.insertWord(w);
  return jieba;
}

/** Token lengths of `tokens` when they concatenate back to `text` (compact to send across threads), else null. */
export function tokenLengths(text: string, tokens: string[]): Uint32Array | null {
  const lengths = new Uint32Array(tokens.length);
  let pos = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (text.startsWith(t, pos) === false) return null;
    lengths[i] = t.length;
    pos += t.length;
  }
  return pos === text.length ? lengths : null;
}

export function tokensFromLengths(text: string, lengths: Uint32Array): string[] {
  const out = new Array<string>(lengths.length);
  let pos = 0;
  for (let i = 0; i < lengths.length; i++) {
    out[i] = text.slice(pos, pos + lengths[i]);
    pos += lengths[i];
  }
  return out;
}

/** jieba in the calling thread (the CLI). */
export class JiebaSegmenter implements Segmenter {
  readonly name = 'jieba';
  private readonly jieba: JiebaModule;
  constructor(words: string[]) {
    this.jieba = loadJieba(words);
  }
  cut(text: string): string[] {
    return this.jieba.cut(text);
  }
  addWords(words: string[]): void {
    for (const w of words) this.jieba.insertWord(w);
  }
}

/** Messages between WorkerSegmenter and src/node/segmenterWorker.ts. */
export type ToWorker = { type: 'cut' | 'count' | 'trendDocs'; id: number; text: string } | { type: 'addWords'; words: string[] };
export type FromWorker =
  | { type: 'ready'; loadMs: number; requireMs: number }
  | { type: 'error'; message: string }
  | { type: 'result'; id: number; lengths?: Uint32Array; tokens?: string[]; ms: number }
  | { type: 'counts'; id: number; counts: Array<[string, number]>; ms: number }
  | { type: 'trendDocs'; id: number; docs: Array<{ year: number | null; level: string | null; counts: Array<[string, number]> }>; ms: number }
  | { type: 'cutError'; id: number; message: string };

export interface WorkerSegmenterOptions {
  /** The worker entry (dist/segmenterWorker.js). */
  script: string;
  words: string[];
  /** Terminate the worker after this long without work (0 = never). */
  idleMs?: number;
  /** Called when the worker ends (idle, error or dispose). */
  onExit?: (reason: string) => void;
}

/**
 * jieba in a worker thread, started on first use. `start()` resolves once the dictionaries are
 * loaded (rejects when the addon cannot load); `cut` starts it when needed. The worker ends after
 * `idleMs` without work and is started again on the next cut.
 */
export class WorkerSegmenter implements Segmenter {
  readonly name = 'jieba (worker thread)';
  private worker: Worker | null = null;
  private ready: Promise<{ loadMs: number; requireMs: number }> | null = null;
  private readonly pending = new Map<number, { text: string; resolve: (t: never) => void; reject: (e: Error) => void }>();
  private nextId = 1;
  private idleTimer: ReturnType<typeof setTimeout> | null = null;
  private extraWords: string[] = [];
  /** Milliseconds the last start took (spawn → dictionaries loaded), for status messages. */
  lastStartMs = 0;
  lastLoadMs = 0;

  constructor(private readonly options: WorkerSegmenterOptions) {}

  get running(): boolean {
    return this.worker !== null;
  }

  start(): Promise<{ loadMs: number; requireMs: number }> {
    if (this.ready) return this.ready;
    const t0 = Date.now();
    let worker: Worker;
    try {
      worker = new Worker(path.resolve(this.options.script), { workerData: { words: [...this.options.words, ...this.extraWords] } });
    } catch (e) {
      return Promise.reject(e instanceof Error ? e : new Error(String(e)));
    }
    worker.unref();
    this.worker = worker;
    this.ready = new Promise((resolve, reject) => {
      worker.on('message', (m: FromWorker) => {
        if (m.type === 'ready') {
          this.lastStartMs = Date.now() - t0;
          this.lastLoadMs = m.loadMs;
          resolve({ loadMs: m.loadMs, requireMs: m.requireMs });
          this.touch();
        } else if (m.type === 'error') {
          reject(new Error(m.message));
          this.stop(`load failed: ${m.message}`);
        } else if (m.type === 'result') {
          const p = this.pending.get(m.id);
          if (!p) return;
          this.pending.delete(m.id);
          (p.resolve as (t: string[]) => void)(m.lengths ? tokensFromLengths(p.text, m.lengths) : m.tokens ?? []);
          this.touch();
        } else if (m.type === 'counts') {
          const p = this.pending.get(m.id);
          if (!p) return;
          this.pending.delete(m.id);
          (p.resolve as (t: Map<string, number>) => void)(new Map(m.counts));
          this.touch();
        } else if (m.type === 'trendDocs') {
          const p = this.pending.get(m.id);
          if (!p) return;
          this.pending.delete(m.id);
          (p.resolve as (t: TrendDoc[]) => void)(m.docs.map(d => ({ year: d.year, level: d.level, counts: new Map(d.counts) })));
          this.touch();
        } else if (m.type === 'cutError') {
          const p = this.pending.get(m.id);
          this.pending.delete(m.id);
          p?.reject(new Error(m.message));
          this.touch();
        }
      });
      worker.on('error', err => {
        reject(err);
        this.stop(`worker error: ${err.message}`);
      });
      worker.on('exit', code => {
        if (this.worker === worker) this.stop(`worker exited (${code})`);
      });
    });
    return this.ready;
  }

  cut(text: string): Promise<string[]> {
    return this.request<string[]>('cut', text);
  }

  /** Key-term counts of `text` (see core/keywords countTerms), computed in the worker. */
  countTerms(text: string): Promise<Map<string, number>> {
    return this.request<Map<string, number>>('count', text);
  }

  /**
   * Term Trends documents of one report file (core/trends trendDocsOfText: analysis, prose lines,
   * jieba counts), computed entirely in the worker so a folder of reports never blocks the main thread.
   */
  trendDocs(text: string): Promise<TrendDoc[]> {
    return this.request<TrendDoc[]>('trendDocs', text);
  }

  private async request<T>(type: 'cut' | 'count' | 'trendDocs', text: string): Promise<T> {
    await this.start();
    const worker = this.worker;
    if (!worker) throw new Error('segmenter worker is not running');
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { text, resolve: resolve as (t: never) => void, reject });
      worker.postMessage({ type, id, text } satisfies ToWorker);
    });
  }

  addWords(words: string[]): void {
    this.extraWords.push(...words);
    this.worker?.postMessage({ type: 'addWords', words } satisfies ToWorker);
  }

  private touch(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    const idle = this.options.idleMs ?? 0;
    if (idle > 0 && this.pending.size === 0) {
      this.idleTimer = setTimeout(() => this.stop('idle'), idle);
      this.idleTimer.unref?.();
    }
  }

  /** Ends the worker (pending cuts fail); the next cut starts a new one. */
  stop(reason = 'stopped'): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    const w = this.worker;
    this.worker = null;
    this.ready = null;
    for (const p of this.pending.values()) p.reject(new Error(`segmenter worker ended: ${reason}`));
    this.pending.clear();
    if (w) {
      void w.terminate();
      this.options.onExit?.(reason);
    }
  }

  dispose(): void {
    this.stop('disposed');
  }
}
