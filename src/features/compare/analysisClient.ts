/**
 * The extension host's side of Compare's analysis worker (analysisProtocol.ts), over the shared
 * WorkerClient: files are read a few at a time (a small window in flight, so the host reads the next
 * file while the worker analyses this one and never queues thousands of texts), with progress and
 * cancellation (stop posting; a late answer is dropped); then one `compare` gives the comparison.
 *
 * No `vscode` import: bench/compare.mjs runs it in plain Node against dist/analysisWorker.js.
 */
import type { CancelToken, WorkerClient } from '../../workers/workerClient';
import { WorkerCancelled } from '../../workers/workerClient';
import type { Comparison } from './compute';
import { PART_SIZE } from './analysisProtocol';
import type { CompareSource, FromAnalysis, PartName, ToAnalysis } from './analysisProtocol';

/** A file to analyse: its key (uri + version or mtime/size) and how to read its text (undefined: unreadable, already reported). */
export interface AnalysisJob { key: string; read(): Promise<string | undefined> }

export interface AnalyseOptions {
  /** Files in flight at once (default 4). */
  window?: number;
  onProgress?: (done: number, total: number) => void;
  cancel?: CancelToken;
  /** A file the worker could not analyse (its key and the error); the file is left out. */
  onFailed?: (key: string, error: string) => void;
}

type Analysed = Extract<FromAnalysis, { type: 'analysed' }>;
type Compared = Extract<FromAnalysis, { type: 'compared' }>;
type Part = Extract<FromAnalysis, { type: 'part' }>;
type Request = ToAnalysis extends infer T ? (T extends unknown ? Omit<T, 'id'> : never) : never;

/** Compare's analysis in a worker: what the worker holds, by key, with each file's number of reports. */
export class CompareAnalysis {
  /** Keys the running worker holds → reports in the file. Cleared when the worker ends. */
  private readonly known = new Map<string, number>();

  constructor(readonly client: WorkerClient) {}

  /** The worker ended (idle, error, dispose): it holds nothing any more. */
  forget(): void {
    this.known.clear();
  }

  private send<R>(m: Request, cancel?: CancelToken): Promise<R> {
    return this.client.request<R>(m as unknown as Record<string, unknown>, { cancel });
  }

  /**
   * Every job analysed in the worker (a key it already holds is not read again): the number of
   * reports of each readable file, by key; undefined when cancelled. Rejects when the worker fails
   * (the caller falls back to the main thread).
   */
  async analyseAll(jobs: readonly AnalysisJob[], opt: AnalyseOptions = {}): Promise<Map<string, number> | undefined> {
    const counts = new Map<string, number>();
    let next = 0;
    let done = 0;
    const cancelled = (): boolean => !!opt.cancel?.isCancellationRequested;
    const run = async (): Promise<void> => {
      while (next < jobs.length && !cancelled()) {
        const job = jobs[next++];
        let n = this.known.get(job.key);
        if (n === undefined) {
          const text = await job.read();
          if (text !== undefined && !cancelled()) {
            try {
              n = (await this.send<Analysed>({ type: 'analyse', key: job.key, text }, opt.cancel)).reports;
              this.known.set(job.key, n);
            } catch (e) {
              if (e instanceof WorkerCancelled) return;
              if (!this.client.running) throw e; // the worker ended: not this file's fault
              opt.onFailed?.(job.key, e instanceof Error ? e.message : String(e));
            }
          }
        }
        if (n !== undefined) counts.set(job.key, n);
        opt.onProgress?.(++done, jobs.length);
      }
    };
    const width = Math.max(1, Math.min(opt.window ?? 4, jobs.length));
    await Promise.all(Array.from({ length: width }, run));
    return cancelled() ? undefined : counts;
  }

  /**
   * The comparison of `sources` (their files analysed before by analyseAll); undefined when
   * cancelled. A file the worker no longer holds (it was restarted in between) is analysed again once.
   */
  async compare(sources: CompareSource[], jobs: readonly AnalysisJob[], opt: { includeLowConfidence: boolean; bundle: Record<string, string> | null; cancel?: CancelToken }): Promise<Comparison | undefined> {
    for (let attempt = 0; attempt < 2; attempt++) {
      let r: Compared;
      try {
        r = await this.send<Compared>({ type: 'compare', sources, includeLowConfidence: opt.includeLowConfidence, bundle: opt.bundle }, opt.cancel);
      } catch (e) {
        if (e instanceof WorkerCancelled) return undefined;
        throw e;
      }
      if (r.head) return this.fetch(r.head, opt.cancel);
      for (const k of r.missing) this.known.delete(k);
      const missing = new Set(r.missing);
      if (!await this.analyseAll(jobs.filter(j => missing.has(j.key)), { cancel: opt.cancel })) return undefined;
      // a file that cannot be read any more is left out
      sources = sources.filter(s => !missing.has(s.key) || this.known.has(s.key));
    }
    throw new Error('the analysis worker lost the reports to compare');
  }

  /** The comparison's long lists, part by part (each message small enough to deserialise quickly); undefined when cancelled. */
  private async fetch(head: Compared['head'] & object, cancel?: CancelToken): Promise<Comparison | undefined> {
    const list = async <T>(name: PartName, count: number): Promise<T[]> => {
      const out: T[] = [];
      for (let from = 0; from < count; from += PART_SIZE[name]) {
        const part = await this.send<Part>({ type: 'part', list: name, from }, cancel);
        for (const x of part.items) out.push(x as T);
      }
      return out;
    };
    type M = Comparison['matrix'];
    try {
      const rows = await list<M['rows'][number]>('rows', head.counts.rows);
      const pairs = await list<M['pairs'][number]>('pairs', head.counts.pairs);
      const series = head.counts.series === null ? null : await list<NonNullable<Comparison['series']>[number]>('series', head.counts.series);
      return { matrix: { columns: head.columns, rows, pairs }, series, includeLowConfidence: head.includeLowConfidence };
    } catch (e) {
      if (e instanceof WorkerCancelled) return undefined;
      throw e;
    }
  }
}
