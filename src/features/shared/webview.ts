import * as vscode from 'vscode';
import { escapeHtml } from '../../core/html';
import { stripControlChars } from '../../core/sanitize';
import { restorableUri } from './hardeningPolicy';
import type { Deps } from './deps';
import { errorText } from './errors';

/** A fresh nonce for every render of a webview's HTML (Web Crypto: the same in Node and the browser). */
function makeNonce(): string {
  return Array.from(globalThis.crypto.getRandomValues(new Uint8Array(18)), b => b.toString(16).padStart(2, '0')).join('');
}

/** Scripts on, and the webview may load files from media/ and dist/ only. */
function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions & vscode.WebviewPanelOptions {
  return {
    enableScripts: true,
    enableCommandUris: false,
    localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'media'), vscode.Uri.joinPath(extensionUri, 'dist')],
  };
}

/**
 * The HTML shell of a webview: CSP, its stylesheets, media/dom.js (shared helpers) and its script
 * from media/. It holds no report data: the data goes in by postMessage and the script renders it
 * with textContent.
 */
function shellHtml(webview: vscode.Webview, extensionUri: vscode.Uri, opts: { title: string; script: string; css: string[]; test?: boolean }): string {
  const nonce = makeNonce();
  const media = (f: string) => webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'media', f)).toString();
  const csp = `default-src 'none'; script-src 'nonce-${nonce}'; style-src ${webview.cspSource}; img-src ${webview.cspSource} data:;`;
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
${opts.css.map(c => `<link rel="stylesheet" href="${escapeHtml(media(c))}">`).join('\n')}
<title>${escapeHtml(opts.title)}</title>
</head>
<body${opts.test ? ' data-test="1"' : ''}>
<div id="app"></div>
<script data-app="govreport" nonce="${nonce}" src="${escapeHtml(media('dom.js'))}"></script>
<script data-app="govreport" nonce="${nonce}" src="${escapeHtml(media(opts.script))}"></script>
</body>
</html>`;
}

/** Type guard for messages from a webview: an object with a string `type`. */
function isMessage(m: unknown): m is { type: string; [k: string]: unknown } {
  return typeof m === 'object' && m !== null && typeof (m as { type?: unknown }).type === 'string';
}

/** An integer in [min, max), or undefined. */
export function intIn(v: unknown, min: number, max: number): number | undefined {
  return typeof v === 'number' && Number.isInteger(v) && v >= min && v < max ? v : undefined;
}

/** Test-only request/response with a webview: post {type:'test', id, ...}, await {type:'testResult', id}. */
class TestChannel {
  private seq = 0;
  private readonly waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void; timer: ReturnType<typeof setTimeout> }>();
  constructor(private readonly post: (m: unknown) => Thenable<boolean>) {}
  request(msg: Record<string, unknown>, timeoutMs = 20000): Promise<unknown> {
    const id = ++this.seq;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => { this.waiting.delete(id); reject(new Error(`webview did not answer ${String(msg.op)}`)); }, timeoutMs);
      this.waiting.set(id, { resolve, reject, timer });
      this.post({ ...msg, type: 'test', id }).then(undefined, (e: unknown) => reject(new Error(errorText(e))));
    });
  }
  /** Handles {type:'testResult'}; true when it was one. */
  handle(m: { type: string; [k: string]: unknown }): boolean {
    if (m.type !== 'testResult') return false;
    const id = intIn(m.id, 1, Number.MAX_SAFE_INTEGER);
    const w = id === undefined ? undefined : this.waiting.get(id);
    if (w && id !== undefined) { this.waiting.delete(id); clearTimeout(w.timer); w.resolve(m.result); }
    return true;
  }

  /** Rejects every pending request (the panel went away). */
  cancelAll(): void {
    for (const w of this.waiting.values()) { clearTimeout(w.timer); w.reject(new Error('the webview was closed')); }
    this.waiting.clear();
  }
}

/**
 * Promises that a webview has rendered a given generation of its data: `wait(gen)` resolves with
 * the row count the webview reports for that generation or a later one, or -1 on timeout/dispose.
 */
class RenderWaiters {
  private readonly waiters = new Map<number, (n: number) => void>();

  wait(gen: number, timeoutMs: number): Promise<number> {
    return new Promise(resolve => {
      const timer = setTimeout(() => { this.waiters.delete(gen); resolve(-1); }, timeoutMs);
      this.waiters.get(gen)?.(-1);
      this.waiters.set(gen, n => { clearTimeout(timer); resolve(n); });
    });
  }

  /** The webview rendered generation `gen` with `n` rows: every wait up to it is over. */
  rendered(gen: number, n: number): void {
    for (const [g, w] of [...this.waiters]) if (g <= gen) { this.waiters.delete(g); w(n); }
  }

  cancelAll(): void {
    for (const w of this.waiters.values()) w(-1);
    this.waiters.clear();
  }
}

/** What a report webview is: its view type, title, script and stylesheets in media/. */
export interface WebviewSpec {
  viewType: string;
  title: string;
  script: string;
  css: string[];
  retainContextWhenHidden?: boolean;
}

/** The report webviews that are open, the most recently active last (column reuse). */
const openViews: ReportWebview<never>[] = [];

/**
 * The column for a new report webview: the group of an open one (most recently active first) so
 * the table, Compare and Key Terms share one column beside the report instead of adding a third;
 * `fallback` (Beside) when none is open.
 */
export function reportViewColumn(fallback: vscode.ViewColumn = vscode.ViewColumn.Beside): vscode.ViewColumn {
  for (let i = openViews.length - 1; i >= 0; i--) {
    const c = openViews[i].panel.viewColumn;
    if (c !== undefined) return c;
  }
  return fallback;
}

/** A message from a webview, after the `isMessage` check. */
export type WebviewMessage = { type: string; [k: string]: unknown };

/**
 * The base of every report webview: owns its panel (and disposes it), its disposables, the
 * ready handshake, the generation counter and render waiters, and — in test mode only — the
 * test channel. Subclasses post their data in `onReady` and handle their own messages.
 */
export abstract class ReportWebview<To extends { type: string } = { type: string; [k: string]: unknown }> implements vscode.Disposable {
  protected readonly disposables: vscode.Disposable[] = [];
  /** The webview script has said `ready` (it has a message listener). */
  protected isReady = false;
  /** The generation of the data last posted (the webview answers `rendered` with it). */
  protected generation = 0;
  private readonly renders = new RenderWaiters();
  private readyWaiters: Array<() => void> = [];
  /** The post of the data postRendered() holds until the webview is ready (made then, before onReady). */
  private pending: { post(): void } | undefined;
  private disposed = false;
  private readonly disposeEmitter = new vscode.EventEmitter<void>();
  /** Fires once, when the panel closed or the view was disposed. */
  readonly onDidDispose = this.disposeEmitter.event;
  /** Request/response with the webview script; only in ExtensionMode.Test. */
  readonly test: TestChannel | undefined;

  protected constructor(readonly panel: vscode.WebviewPanel, protected readonly deps: Deps, spec: WebviewSpec) {
    panel.webview.options = webviewOptions(deps.extensionUri);
    this.test = deps.testMode ? new TestChannel(m => panel.webview.postMessage(m)) : undefined;
    panel.webview.html = shellHtml(panel.webview, deps.extensionUri, { title: spec.title, script: spec.script, css: spec.css, test: deps.testMode });
    const self = this as unknown as ReportWebview<never>;
    openViews.push(self);
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage(m => this.receive(m)),
      panel.onDidChangeViewState(e => {
        if (!e.webviewPanel.active) return;
        const i = openViews.indexOf(self);
        if (i >= 0) { openViews.splice(i, 1); openViews.push(self); }
      }),
      { dispose: () => { const i = openViews.indexOf(self); if (i >= 0) openViews.splice(i, 1); } },
    );
  }

  /** A new panel of this kind in the given column (default: the column of the open report webviews, else beside), not taking focus. */
  protected static createPanel(deps: Deps, spec: WebviewSpec, column: vscode.ViewColumn = reportViewColumn()): vscode.WebviewPanel {
    return vscode.window.createWebviewPanel(spec.viewType, spec.title, { viewColumn: column, preserveFocus: true },
      { ...webviewOptions(deps.extensionUri), retainContextWhenHidden: spec.retainContextWhenHidden ?? false });
  }

  get isDisposed(): boolean { return this.disposed; }

  /** Messages from the webview (or a test feeding one): validated; the common ones handled here. */
  async receive(m: unknown): Promise<void> {
    if (!isMessage(m) || this.disposed) return;
    if (this.test?.handle(m)) return;
    if (m.type === 'ready') {
      this.isReady = true;
      for (const w of this.readyWaiters.splice(0)) w();
      this.pending?.post();
      this.pending = undefined;
      this.onReady();
      return;
    }
    if (m.type === 'rendered') {
      const gen = intIn(m.generation, 0, Number.MAX_SAFE_INTEGER);
      const n = intIn(m.rows, 0, 10_000_000);
      if (gen === undefined || n === undefined) return;
      this.onRendered(m);
      this.renders.rendered(gen, n);
      return;
    }
    try {
      await this.onMessage(m);
    } catch (e) {
      this.deps.log.error(`${this.panel.viewType}: ${m.type}: ${errorText(e)}`);
      void vscode.window.showErrorMessage(errorText(e));
    }
  }

  /** The webview is ready for data: post the current state (data given to postRendered is posted already). */
  protected onReady(): void { /* nothing by default */ }
  /** A webview message other than ready / rendered / testResult. */
  protected abstract onMessage(m: WebviewMessage): Promise<void> | void;
  /** Hook: the webview rendered a generation (extra fields of the message). */
  protected onRendered(_m: WebviewMessage): void { /* nothing by default */ }

  /** Posts to the webview (dropped once disposed; a failed post is logged). */
  protected post(message: To): void {
    if (this.disposed) return;
    this.panel.webview.postMessage(message).then(undefined, (e: unknown) => this.deps.log.warn(`${this.panel.viewType}: post ${message.type}: ${errorText(e)}`));
  }

  /** Starts a new generation of data (older render waits resolve when a newer one renders). */
  protected nextGeneration(): number { return ++this.generation; }

  /** Resolves with the row count the webview reports for `gen` (or later), -1 on timeout or close. */
  waitRendered(gen: number, timeoutMs = 60000): Promise<number> {
    return this.renders.wait(gen, timeoutMs);
  }

  /** Resolves true once the webview is ready (false on timeout); a hidden panel is shown first, without focus. */
  protected whenReady(timeoutMs: number): Promise<boolean> {
    if (this.isReady) return Promise.resolve(true);
    if (!this.panel.visible) this.panel.reveal(undefined, true);
    return new Promise(resolve => {
      const timer = setTimeout(() => resolve(false), timeoutMs);
      this.readyWaiters.push(() => { clearTimeout(timer); resolve(true); });
    });
  }

  /**
   * Posts `payload` (a new generation) once the webview is ready — a hidden panel is shown first,
   * without focus; a newer payload posted meanwhile replaces it — and resolves with the row count
   * the webview reports for its generation (-1 if it was not ready or did not render within
   * `timeoutMs` each).
   */
  protected async postRendered(payload: To & { generation: number }, timeoutMs = 15000): Promise<number> {
    const pending = { post: () => this.post(payload) };
    this.pending = pending;
    if (!(await this.whenReady(timeoutMs))) return -1;
    if (this.pending === pending) { pending.post(); this.pending = undefined; }
    return this.waitRendered(payload.generation, timeoutMs);
  }

  /** Shows the panel in the column it is in, without taking focus. */
  revealWithoutFocus(): void {
    this.panel.reveal(undefined, true);
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.renders.cancelAll();
    this.test?.cancelAll();
    for (const w of this.readyWaiters.splice(0)) w();
    this.disposeEmitter.fire();
    vscode.Disposable.from(...this.disposables, this.disposeEmitter).dispose();
    this.panel.dispose();
  }
}

/** Holds the one open view of a kind: `current`, replaced and disposed as views come and go. */
export class ViewSlot<T extends ReportWebview<never>> implements vscode.Disposable {
  private view: T | undefined;
  get current(): T | undefined { return this.view && !this.view.isDisposed ? this.view : undefined; }

  set(view: T): T {
    if (this.view && this.view !== view) this.view.dispose();
    this.view = view;
    view.onDidDispose(() => { if (this.view === view) this.view = undefined; });
    return view;
  }

  dispose(): void {
    this.view?.dispose();
    this.view = undefined;
  }
}

/** May a restored panel reopen this URI string (file:/untitled:/the workspace's scheme; a workspace file or an open document)? */
function restorable(s: unknown): boolean {
  if (typeof s !== 'string' || s.length > 4096) return false;
  let uri: vscode.Uri;
  try { uri = vscode.Uri.parse(s, true); } catch { return false; }
  return restorableUri(uri, uri.toString(), {
    folders: (vscode.workspace.workspaceFolders ?? []).map(f => f.uri),
    openDocs: vscode.workspace.textDocuments.filter(d => !d.isClosed).map(d => d.uri.toString()),
  });
}

/**
 * Webview state is stored by VS Code and comes back untrusted: a `uri` field, or the `uri` of each
 * `sources` item, that is not restorable is dropped with a log line (the panel then shows what is left
 * or closes).
 */
export function restorableState(deps: Pick<Deps, 'log'>, viewType: string, state: unknown): unknown {
  if (!state || typeof state !== 'object') return state;
  const out: Record<string, unknown> = { ...(state as Record<string, unknown>) };
  const drop = (u: unknown): void => deps.log.warn(`${viewType}: not restoring ${stripControlChars(String(u)).slice(0, 200)} (not a workspace file or open document)`);
  if ('uri' in out && !restorable(out.uri)) { drop(out.uri); delete out.uri; }
  if (Array.isArray(out.sources)) {
    const kept: unknown[] = [];
    for (const x of out.sources as unknown[]) {
      const u = x && typeof x === 'object' ? (x as { uri?: unknown }).uri : undefined;
      if (restorable(u)) kept.push(x); else drop(u);
    }
    out.sources = kept;
  }
  return out;
}

/** Restores panels of `viewType` after a window reload, through `revive(panel, state)` (state URIs checked by restorableState). */
export function registerViewSerializer(deps: Deps, viewType: string, revive: (panel: vscode.WebviewPanel, state: unknown) => Promise<void> | void): vscode.Disposable {
  return vscode.window.registerWebviewPanelSerializer(viewType, {
    async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: unknown) {
      panel.webview.options = webviewOptions(deps.extensionUri);
      try {
        await revive(panel, restorableState(deps, viewType, state));
      } catch (e) {
        deps.log.error(`${viewType}: restoring the view failed: ${errorText(e)}`);
        panel.dispose();
      }
    },
  });
}
