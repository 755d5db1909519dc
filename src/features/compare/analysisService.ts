/**
 * Compare's analysis worker, owned for the extension's lifetime: created on the first compare that
 * reads report files from disk (a folder, a dialog, a command argument) — never at activation —
 * ended after ANALYSIS_IDLE_MS without work and on deactivate, like Key Terms' jieba worker. The
 * platform opens it (AnalysisBackend: a Node worker thread on the desktop, compare/nodeAnalysis.ts;
 * a web worker in the browser, src/browser/analysisWeb.ts). When it cannot start, Compare works
 * on the main thread in time slices (slices.ts) and says so once in the log.
 */
import * as vscode from 'vscode';
import type { Deps } from '../shared/deps';
import { errorText } from '../shared/errors';
import { PortEvents, WorkerClient, WorkerPort } from '../../workers/workerClient';
import { CompareAnalysis } from './analysisClient';

/** The platform's analysis worker: how to open one, or why there is none. */
export interface AnalysisBackend {
  open(deps: Deps): ((events: PortEvents) => WorkerPort | Promise<WorkerPort>) | string;
}

/** End the worker after this long without work (it keeps the last comparison's analyses until then). */
export const ANALYSIS_IDLE_MS = 2 * 60_000;
/** A worker that has not said ready after this long is given up (the main thread takes over). */
const START_TIMEOUT_MS = 20_000;
/** No answer to one file for this long: the worker is presumed stuck (a 10 MB report analyses in seconds). */
const REQUEST_TIMEOUT_MS = 120_000;

export class AnalysisService implements vscode.Disposable {
  private analysis: CompareAnalysis | null = null;
  private failure = '';
  /** How the last comparison was analysed (the command's result reports it). */
  lastVia: 'worker' | 'main thread' = 'main thread';

  constructor(private readonly deps: Deps, private readonly backend: AnalysisBackend | undefined) {}

  /** The worker client (not started yet when new), or null when there is none: then the main thread works. */
  get(): CompareAnalysis | null {
    if (this.analysis) return this.analysis;
    if (this.failure) return null;
    const open = this.backend ? this.backend.open(this.deps) : 'no analysis worker on this platform';
    if (typeof open === 'string') {
      this.fail(open);
      return null;
    }
    const client: WorkerClient = new WorkerClient({
      name: 'analysis worker', open, idleMs: ANALYSIS_IDLE_MS, startTimeoutMs: START_TIMEOUT_MS, requestTimeoutMs: REQUEST_TIMEOUT_MS,
      onExit: reason => {
        analysis.forget();
        this.deps.log.info(`compare: analysis worker ended: ${reason}`);
      },
    });
    const analysis = new CompareAnalysis(client);
    this.analysis = analysis;
    return analysis;
  }

  /** Starts the worker; false (logged, the main thread is used from now on) when it cannot. */
  async ready(a: CompareAnalysis): Promise<boolean> {
    if (a.client.running) return true;
    try {
      await a.client.start();
      this.deps.log.info(`compare: analysis worker ready in ${a.client.lastStartMs} ms`);
      return true;
    } catch (e) {
      this.fail(errorText(e));
      return false;
    }
  }

  /** The worker cannot be used: one log line; Compare reads and analyses on the main thread in slices. */
  fail(reason: string): void {
    if (!this.failure) this.deps.log.warn(`compare: analysis worker unavailable (${reason}); analysing on the main thread in time slices`);
    this.failure = reason || 'failed';
    this.analysis?.client.dispose();
    this.analysis = null;
  }

  /** Test hook: forget a failure (the next compare tries the worker again). */
  reset(): void {
    this.failure = '';
  }

  /** Test hook: is the worker running, how many times has it started. */
  get state(): { running: boolean; starts: number; failure: string } {
    return { running: this.analysis?.client.running ?? false, starts: this.analysis?.client.starts ?? 0, failure: this.failure };
  }

  dispose(): void {
    this.analysis?.client.dispose();
    this.analysis = null;
  }
}
