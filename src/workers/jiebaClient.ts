/**
 * Key Terms' jieba segmenter in a worker, for both platforms: the request/response side of
 * jiebaProtocol.ts over the shared WorkerClient. The platform only opens the worker: a Node worker
 * thread (src/node/jiebaSegmenter.ts WorkerSegmenter) or a web worker (src/browser/jiebaWasm.ts
 * WasmJiebaWorker), each given the domain vocabulary plus the words added since.
 * Pure: no `vscode`, no DOM, no Node.
 */
import type { Segmenter } from '../core/segmenter';
import type { TrendDoc } from '../core/trends';
import { jiebaReplyError, tokensOfReply } from './jiebaProtocol';
import type { FromJieba, ToJieba } from './jiebaProtocol';
import { PortEvents, WorkerClient, WorkerPort } from './workerClient';

export interface JiebaClientOptions {
  /** The segmenter's name ("jieba (worker thread)"). */
  name: string;
  /** Opens the worker with these words (the vocabulary and every word added so far). */
  open: (events: PortEvents, words: string[]) => WorkerPort | Promise<WorkerPort>;
  words: string[];
  /** End the worker after this long without work (0 or absent = never). */
  idleMs?: number;
  onExit?: (reason: string) => void;
}

type Ready = Extract<FromJieba, { type: 'ready' }>;

export class JiebaClient implements Segmenter {
  readonly name: string;
  protected readonly client: WorkerClient<Ready>;
  private readonly extraWords: string[] = [];
  /** Milliseconds of the dictionary load inside the last start. */
  lastLoadMs = 0;

  constructor(options: JiebaClientOptions) {
    this.name = options.name;
    this.client = new WorkerClient<Ready>({
      name: `${options.name}`,
      open: events => options.open(events, [...options.words, ...this.extraWords]),
      idleMs: options.idleMs,
      replyError: jiebaReplyError,
      onExit: options.onExit,
    });
  }

  get running(): boolean {
    return this.client.running;
  }

  /** Milliseconds the last start took (open → dictionaries loaded). */
  get lastStartMs(): number {
    return this.client.lastStartMs;
  }

  /** Resolves once the dictionaries are loaded; rejects when jieba cannot load. */
  async start(): Promise<{ loadMs: number; requireMs: number }> {
    const m = await this.client.start();
    this.lastLoadMs = m.loadMs;
    return { loadMs: m.loadMs, requireMs: m.requireMs };
  }

  async cut(text: string): Promise<string[]> {
    return tokensOfReply(text, await this.call<Extract<FromJieba, { type: 'result' }>>('cut', text));
  }

  /** Key-term counts of `text` (core/keywords countTerms), computed in the worker. */
  async countTerms(text: string): Promise<Map<string, number>> {
    return new Map((await this.call<Extract<FromJieba, { type: 'counts' }>>('count', text)).counts);
  }

  /** Term Trends documents of one report file (the desktop's worker only: core/trends trendDocsOfText). */
  async trendDocs(text: string): Promise<TrendDoc[]> {
    const m = await this.call<Extract<FromJieba, { type: 'trendDocs' }>>('trendDocs', text);
    return m.docs.map(d => ({ year: d.year, level: d.level, counts: new Map(d.counts) }));
  }

  private async call<R>(type: 'cut' | 'count' | 'trendDocs', text: string): Promise<R> {
    if (!this.client.running) await this.start();
    return this.client.request<R>({ type, text });
  }

  addWords(words: string[]): void {
    this.extraWords.push(...words);
    this.client.post({ type: 'addWords', words } satisfies ToJieba);
  }

  /** Ends the worker (pending cuts fail); the next cut starts a new one. */
  stop(reason = 'stopped'): void {
    this.client.stop(reason);
  }

  dispose(): void {
    this.client.dispose();
  }
}
