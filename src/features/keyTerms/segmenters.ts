/**
 * The segmenter of Key Terms: jieba in a worker — on the desktop nodejs-jieba in a worker thread
 * (nodeJieba.ts), in the browser jieba-wasm in a web worker (src/browser/jiebaWasm.ts), both seeded
 * with the same domain vocabulary — started on the first key-terms request — never at activation,
 * never on the extension host's main thread — with a progress notification while its dictionaries
 * load, and ended after `govreport.keyTerms.workerIdleMinutes` without work. If jieba cannot load
 * (any error), the core's Intl.Segmenter fallback is used. `govreport.keyTerms.segmenter: "intl"`
 * forces the fallback. The platform entry (extension.node.ts / extension.browser.ts) picks the backend.
 */
import * as vscode from 'vscode';
import { IntlSegmenter, domainVocabulary } from '../../core/segmenter';
import type { Segmenter } from '../../core/segmenter';
import type { Deps } from '../shared/deps';
import { errorText } from '../shared/errors';

/** A jieba segmenter that loads its dictionaries off the extension host's thread. */
export interface JiebaWorker extends Segmenter {
  readonly running: boolean;
  /** Resolves once the dictionaries are loaded; rejects when jieba cannot load. */
  start(): Promise<unknown>;
  /** Milliseconds the last start took (spawn → ready) and the dictionary load inside it. */
  readonly lastStartMs: number;
  readonly lastLoadMs: number;
  dispose(): void;
}

export interface JiebaWorkerOptions {
  /** The domain vocabulary (kept whole). */
  words: string[];
  /** End the worker after this long without work (0 = never). */
  idleMs: number;
  onExit: (reason: string) => void;
}

/** The platform's jieba: creates the (not yet started) worker, or says why there is none. */
export interface JiebaBackend {
  create(deps: Deps, options: JiebaWorkerOptions): JiebaWorker | string;
}

export interface SegmenterInfo {
  /** The segmenter's own name (stable, English: `jieba (worker thread)`, `Intl.Segmenter (fallback)`). */
  name: string;
  /** The name as the UI shows it (localised). */
  label: string;
  /** Why the fallback is in use ("" for jieba). */
  reason: string;
}

/** The localised display name of a segmenter (its own name when unknown). */
export function segmenterLabel(name: string): string {
  if (name === 'jieba (worker thread)') return vscode.l10n.t('jieba (worker thread)');
  if (name === 'Intl.Segmenter (fallback)') return vscode.l10n.t('Intl.Segmenter (fallback)');
  return name;
}

/** Chooses and owns the segmenter: the jieba worker when it loads, else the Intl fallback. */
export class SegmenterService implements vscode.Disposable {
  private worker: JiebaWorker | null = null;
  private fallback: IntlSegmenter | null = null;
  private failure = '';

  constructor(private readonly deps: Deps, private readonly backend: JiebaBackend) {}

  /** The segmenter to use now; starts the jieba worker on first use (with a progress notification). */
  async get(): Promise<{ segmenter: Segmenter; info: SegmenterInfo }> {
    const settings = this.deps.config.keyTerms();
    if (settings.segmenter === 'intl') return this.useFallback(vscode.l10n.t('govreport.keyTerms.segmenter is "intl"'));
    if (this.failure) return this.useFallback(this.failure);
    if (!this.worker) {
      const idleMin = settings.workerIdleMinutes;
      const created = this.backend.create(this.deps, {
        words: domainVocabulary(),
        idleMs: idleMin * 60000,
        onExit: reason => this.deps.log.info(`jieba worker ended: ${reason}`),
      });
      if (typeof created === 'string') {
        this.failure = created;
        return this.useFallback(this.failure);
      }
      this.worker = created;
    }
    const w = this.worker;
    if (!w.running) {
      try {
        await vscode.window.withProgress(
          { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Key terms: loading the jieba dictionaries…') },
          () => w.start(),
        );
        this.deps.log.info(`jieba worker ready in ${w.lastStartMs} ms (dictionaries ${w.lastLoadMs} ms)`);
      } catch (e) {
        this.failure = vscode.l10n.t('jieba unavailable: {0}', errorText(e));
        this.deps.log.warn(this.failure);
        w.dispose();
        this.worker = null;
        return this.useFallback(this.failure);
      }
    }
    vscode.window.setStatusBarMessage('$(symbol-keyword) ' + vscode.l10n.t('Key terms: segmenter {0}', segmenterLabel(w.name)), 8000);
    return { segmenter: w, info: { name: w.name, label: segmenterLabel(w.name), reason: '' } };
  }

  private useFallback(reason: string): { segmenter: Segmenter; info: SegmenterInfo } {
    this.fallback ??= new IntlSegmenter();
    vscode.window.setStatusBarMessage('$(warning) ' + vscode.l10n.t('Key terms: segmenter {0} ({1})', segmenterLabel(this.fallback.name), reason), 8000);
    return { segmenter: this.fallback, info: { name: this.fallback.name, label: segmenterLabel(this.fallback.name), reason } };
  }

  /** Test hook: is the jieba worker thread alive? */
  get workerRunning(): boolean {
    return this.worker?.running ?? false;
  }

  /** Test hook: what the last jieba start took (ms): first request → ready, and the dictionary load in it. */
  get workerTimes(): { startMs: number; loadMs: number } {
    return { startMs: this.worker?.lastStartMs ?? 0, loadMs: this.worker?.lastLoadMs ?? 0 };
  }

  dispose(): void {
    this.worker?.dispose();
    this.worker = null;
  }
}
