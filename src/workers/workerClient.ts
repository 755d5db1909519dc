/**
 * One request/response client for the extension's workers — the jieba segmenter (a Node worker
 * thread on the desktop, a web worker in the browser) and Compare's analysis worker — whatever the
 * platform: the caller opens a `WorkerPort` (a Node `Worker` or a web `Worker` behind a few lines
 * of adapter, see nodeWorkerPort / webWorkerPort below) and this class does the rest:
 *
 *   - start on first use, a `ready` handshake (the worker posts `{ type: 'ready', … }` once loaded,
 *     or `{ type: 'error', message }` when it cannot load), an optional start timeout;
 *   - request ids and the pending map (a reply is any message with the request's numeric `id`;
 *     `replyError` says which replies are failures), per-request timeouts (a timed-out worker is
 *     presumed stuck and ended), cancellation by a token (VS Code's CancellationToken fits);
 *   - worker errors and exits reject what is pending; an idle timer ends the worker after `idleMs`
 *     without work, and the next request starts a new one.
 *
 * Platform-neutral: no `vscode`, no Node modules, no DOM (it runs in the desktop extension host, the
 * web-worker extension host and plain Node tests).
 */

/** What the port reports (wired by `open`, before the first message can arrive). */
export interface PortEvents {
  message(data: unknown): void;
  error(err: Error): void;
  exit(reason: string): void;
}

/** The part of a worker the client uses: Node's `Worker` and the web `Worker` both fit through a tiny adapter. */
export interface WorkerPort {
  postMessage(message: unknown, transfer?: ArrayBuffer[]): void;
  terminate(): void;
}

/** A cancellation token (VS Code's CancellationToken has this shape). */
export interface CancelToken {
  readonly isCancellationRequested: boolean;
  onCancellationRequested(listener: () => void): { dispose(): void };
}

export interface WorkerClientOptions {
  /** For error messages and logs ("analysis worker"). */
  name: string;
  /** Creates the worker and wires `events` to it (may post an init message). */
  open: (events: PortEvents) => WorkerPort | Promise<WorkerPort>;
  /** End the worker after this long without pending requests (0 or absent = never). */
  idleMs?: number;
  /** start() fails when `ready` has not come after this long (0 or absent = no limit). */
  startTimeoutMs?: number;
  /** Default timeout of a request (0 or absent = none). */
  requestTimeoutMs?: number;
  /** The error text of a reply that is a failure, else undefined (default: `{ error: string }`). */
  replyError?: (reply: Record<string, unknown>) => string | undefined;
  /** Called when a started worker ends (idle, error, exit, timeout, dispose), with the reason. */
  onExit?: (reason: string) => void;
}

export interface RequestOptions {
  transfer?: ArrayBuffer[];
  /** This request's timeout (ms); overrides the client's default (0 = none). */
  timeoutMs?: number;
  cancel?: CancelToken;
}

/** The error a cancelled request rejects with. */
export class WorkerCancelled extends Error {
  constructor(name: string) {
    super(`${name}: request cancelled`);
    this.name = 'WorkerCancelled';
  }
}

interface Pending {
  resolve(reply: unknown): void;
  reject(e: Error): void;
  timer: ReturnType<typeof setTimeout> | null;
  cancel: { dispose(): void } | null;
}

const toError = (e: unknown): Error => (e instanceof Error ? e : new Error(String(e)));
const defaultReplyError = (m: Record<string, unknown>): string | undefined => (typeof m.error === 'string' ? m.error : undefined);
/** Timers must not keep a Node process (a test, the CLI) alive; the browser has no unref. */
function unref(t: ReturnType<typeof setTimeout>): void {
  (t as { unref?: () => void }).unref?.();
}

export class WorkerClient<Ready = Record<string, unknown>> {
  private port: WorkerPort | null = null;
  private ready: Promise<Ready> | null = null;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private idleTimer: ReturnType<typeof setTimeout> | null = null;
  /** Incremented by every start: a port's events count only while it is the current one. */
  private generation = 0;
  /** Milliseconds the last start took (open → ready). */
  lastStartMs = 0;
  /** Starts so far (tests: restarted after idle?). */
  starts = 0;

  constructor(private readonly options: WorkerClientOptions) {}

  get running(): boolean {
    return this.port !== null;
  }

  /** Requests waiting for their reply. */
  get pendingCount(): number {
    return this.pending.size;
  }

  /** Starts the worker (once); resolves with its `ready` message, rejects when it cannot load. */
  start(): Promise<Ready> {
    if (this.ready) return this.ready;
    const gen = ++this.generation;
    this.starts++;
    const t0 = Date.now();
    const name = this.options.name;
    const p = new Promise<Ready>((resolve, reject) => {
      let settled = false;
      let startTimer: ReturnType<typeof setTimeout> | null = null;
      const settle = (e: Error | null, ready?: Ready): void => {
        if (settled) return;
        settled = true;
        if (startTimer) clearTimeout(startTimer);
        if (e) reject(e); else resolve(ready as Ready);
      };
      const current = (): boolean => gen === this.generation;
      const events: PortEvents = {
        message: data => {
          if (!current()) return;
          const m = (data && typeof data === 'object' ? data : {}) as Record<string, unknown>;
          if (typeof m.id === 'number') { this.reply(m.id, m); return; }
          if (m.type === 'ready') {
            this.lastStartMs = Date.now() - t0;
            settle(null, m as Ready);
            this.touch();
          } else if (m.type === 'error') {
            const msg = typeof m.message === 'string' ? m.message : 'unknown error';
            settle(new Error(msg));
            this.stop(`load failed: ${msg}`);
          }
        },
        error: err => {
          if (!current()) return;
          settle(err);
          this.stop(`worker error: ${err.message}`);
        },
        exit: reason => {
          if (!current()) return;
          settle(new Error(`${name} exited before it was ready (${reason})`));
          this.stop(`worker exited (${reason})`);
        },
      };
      const timeout = this.options.startTimeoutMs ?? 0;
      if (timeout > 0) {
        startTimer = setTimeout(() => {
          if (!current()) return;
          settle(new Error(`${name} did not start within ${timeout} ms`));
          this.stop('start timed out');
        }, timeout);
        unref(startTimer);
      }
      Promise.resolve().then(() => this.options.open(events)).then(port => {
        if (!current()) { port.terminate(); return; }
        this.port = port;
      }, e => {
        if (!current()) return;
        settle(toError(e));
        this.ready = null;
      });
    });
    this.ready = p;
    p.catch(() => { if (this.ready === p) this.ready = null; });
    return p;
  }

  /**
   * Posts `message` with a fresh `id` and resolves with the worker's reply (the whole message).
   * Rejects on a failure reply, a timeout, a cancellation (WorkerCancelled), or the worker's end.
   */
  async request<R = Record<string, unknown>>(message: Record<string, unknown>, opt: RequestOptions = {}): Promise<R> {
    if (opt.cancel?.isCancellationRequested) throw new WorkerCancelled(this.options.name);
    await this.start();
    const port = this.port;
    if (!port) throw new Error(`${this.options.name} is not running`);
    if (opt.cancel?.isCancellationRequested) throw new WorkerCancelled(this.options.name);
    this.clearIdle();
    const id = this.nextId++;
    return new Promise<R>((resolve, reject) => {
      const entry: Pending = { resolve: resolve as (r: unknown) => void, reject, timer: null, cancel: null };
      const timeout = opt.timeoutMs ?? this.options.requestTimeoutMs ?? 0;
      if (timeout > 0) {
        entry.timer = setTimeout(() => {
          if (!this.pending.has(id)) return;
          this.settle(id, new Error(`${this.options.name}: no answer within ${timeout} ms`));
          // a worker answers in order: one that does not answer is stuck; the next request starts a new one
          this.stop('request timed out');
        }, timeout);
        unref(entry.timer);
      }
      if (opt.cancel) {
        entry.cancel = opt.cancel.onCancellationRequested(() => {
          if (this.pending.has(id)) this.settle(id, new WorkerCancelled(this.options.name));
          this.touch();
        });
      }
      this.pending.set(id, entry);
      try {
        port.postMessage({ ...message, id }, opt.transfer);
      } catch (e) {
        this.settle(id, toError(e));
      }
    });
  }

  /** Posts a message that has no reply (e.g. more words) when the worker runs; false when it does not. */
  post(message: Record<string, unknown>, transfer?: ArrayBuffer[]): boolean {
    if (!this.port) return false;
    this.port.postMessage(message, transfer);
    return true;
  }

  private reply(id: number, m: Record<string, unknown>): void {
    if (!this.pending.has(id)) return; // cancelled or timed out: the late answer is dropped
    const err = (this.options.replyError ?? defaultReplyError)(m);
    this.settle(id, err === undefined ? null : new Error(err), m);
    this.touch();
  }

  /** Removes a pending request and resolves or rejects it. */
  private settle(id: number, e: Error | null, reply?: unknown): void {
    const p = this.pending.get(id);
    if (!p) return;
    this.pending.delete(id);
    if (p.timer) clearTimeout(p.timer);
    p.cancel?.dispose();
    if (e) p.reject(e); else p.resolve(reply);
  }

  private clearIdle(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
  }

  /** (Re)arms the idle timer when nothing is pending. */
  private touch(): void {
    this.clearIdle();
    const idle = this.options.idleMs ?? 0;
    if (idle > 0 && this.pending.size === 0 && this.port) {
      this.idleTimer = setTimeout(() => this.stop('idle'), idle);
      unref(this.idleTimer);
    }
  }

  /** Ends the worker (pending requests fail); the next request starts a new one. */
  stop(reason = 'stopped'): void {
    this.clearIdle();
    const port = this.port;
    const wasStarted = port !== null || this.ready !== null;
    this.generation++;
    this.port = null;
    this.ready = null;
    for (const id of [...this.pending.keys()]) this.settle(id, new Error(`${this.options.name} ended: ${reason}`));
    if (port) {
      try { port.terminate(); } catch { /* already gone */ }
    }
    if (wasStarted) this.options.onExit?.(reason);
  }

  dispose(): void {
    this.stop('disposed');
  }
}

// ---- port adapters (structural: no Node or DOM types here) -------------------------------------

/** The Node `worker_threads.Worker` surface the adapter uses. */
export interface NodeWorkerLike {
  postMessage(message: unknown, transfer?: ArrayBuffer[]): void;
  terminate(): unknown;
  on(event: 'message', listener: (m: unknown) => void): unknown;
  on(event: 'error', listener: (e: Error) => void): unknown;
  on(event: 'exit', listener: (code: number) => void): unknown;
}

/** Wires a Node worker thread to the client. */
export function nodeWorkerPort(worker: NodeWorkerLike, events: PortEvents): WorkerPort {
  worker.on('message', m => events.message(m));
  worker.on('error', e => events.error(e));
  worker.on('exit', code => events.exit(`exit code ${code}`));
  return {
    postMessage: (m, transfer) => worker.postMessage(m, transfer),
    terminate: () => { void worker.terminate(); },
  };
}

/** The web `Worker` surface the adapter uses. */
export interface WebWorkerLike {
  postMessage(message: unknown, transfer?: ArrayBuffer[]): void;
  terminate(): void;
  onmessage: ((e: { data: unknown }) => void) | null;
  onerror: ((e: { message?: string }) => void) | null;
}

/** Wires a web worker to the client (a web worker has no exit event: terminate() is the end). */
export function webWorkerPort(worker: WebWorkerLike, events: PortEvents, what = 'the web worker'): WorkerPort {
  worker.onmessage = e => events.message(e.data);
  worker.onerror = e => events.error(new Error(e.message || `${what} failed`));
  return {
    postMessage: (m, transfer) => worker.postMessage(m, transfer),
    terminate: () => worker.terminate(),
  };
}
