import * as crypto from 'crypto';
import * as vscode from 'vscode';
import { escapeHtml } from '../core/html';

/** A fresh nonce for every render of a webview's HTML. */
export function makeNonce(): string {
  return crypto.randomBytes(18).toString('base64').replace(/[^A-Za-z0-9]/g, '');
}

/** Scripts on, and the webview may load files from media/ and dist/ only. */
export function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions & vscode.WebviewPanelOptions {
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
export function shellHtml(webview: vscode.Webview, extensionUri: vscode.Uri, opts: { title: string; script: string; css: string[] }): string {
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
<body>
<div id="app"></div>
<script data-app="govreport" nonce="${nonce}" src="${escapeHtml(media('dom.js'))}"></script>
<script data-app="govreport" nonce="${nonce}" src="${escapeHtml(media(opts.script))}"></script>
</body>
</html>`;
}

/** Type guard for messages from a webview: an object with a string `type`. */
export function isMessage(m: unknown): m is { type: string; [k: string]: unknown } {
  return typeof m === 'object' && m !== null && typeof (m as { type?: unknown }).type === 'string';
}

/** An integer in [min, max), or undefined. */
export function intIn(v: unknown, min: number, max: number): number | undefined {
  return typeof v === 'number' && Number.isInteger(v) && v >= min && v < max ? v : undefined;
}

/** Test-only request/response with a webview: post {type:'test', id, ...}, await {type:'testResult', id}. */
export class TestChannel {
  private seq = 0;
  private readonly waiting = new Map<number, (v: unknown) => void>();
  constructor(private readonly post: (m: unknown) => Thenable<boolean>) {}
  request(msg: Record<string, unknown>, timeoutMs = 20000): Promise<unknown> {
    const id = ++this.seq;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => { this.waiting.delete(id); reject(new Error(`webview did not answer ${String(msg.op)}`)); }, timeoutMs);
      this.waiting.set(id, v => { clearTimeout(timer); resolve(v); });
      void this.post({ ...msg, type: 'test', id });
    });
  }
  /** Handles {type:'testResult'}; true when it was one. */
  handle(m: { type: string; [k: string]: unknown }): boolean {
    if (m.type !== 'testResult') return false;
    const id = intIn(m.id, 1, Number.MAX_SAFE_INTEGER);
    const w = id === undefined ? undefined : this.waiting.get(id);
    if (w && id !== undefined) { this.waiting.delete(id); w(m.result); }
    return true;
  }
}

/**
 * Promises that a webview has rendered a given generation of its data: `wait(gen)` resolves with
 * the row count the webview reports for that generation or a later one, or -1 on timeout/dispose.
 */
export class RenderWaiters {
  private readonly waiters = new Map<number, (n: number) => void>();

  wait(gen: number, timeoutMs: number): Promise<number> {
    return new Promise(resolve => {
      const timer = setTimeout(() => { this.waiters.delete(gen); resolve(-1); }, timeoutMs);
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
