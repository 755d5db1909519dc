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
import { JiebaClient } from '../workers/jiebaClient';
import { nodeWorkerPort } from '../workers/workerClient';

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

export { tokenLengths, tokensFromLengths } from '../workers/jiebaProtocol';

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

/** Messages between WorkerSegmenter and src/node/segmenterWorker.ts (the one jieba protocol of both platforms). */
export type { ToJieba as ToWorker, FromJieba as FromWorker } from '../workers/jiebaProtocol';

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
 * `idleMs` without work and is started again on the next cut. Requests, replies, idle and errors:
 * the shared JiebaClient / WorkerClient (src/workers).
 */
export class WorkerSegmenter extends JiebaClient {
  constructor(options: WorkerSegmenterOptions) {
    super({
      name: 'jieba (worker thread)',
      words: options.words,
      idleMs: options.idleMs,
      onExit: options.onExit,
      open: (events, words) => {
        const worker = new Worker(path.resolve(options.script), { workerData: { words } });
        worker.unref();
        return nodeWorkerPort(worker, events);
      },
    });
  }
}
