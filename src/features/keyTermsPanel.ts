/**
 * The Key Terms webview: per-report and per-section top terms with CSS bars, or a comparison of
 * two reports (rose / new / vanished / fell). The HTML shell carries no data (CSP with a nonce);
 * the data goes in by postMessage and media/keyterms.js renders it with textContent. Its UI strings
 * are localised here (keyTermsStrings, vscode.l10n.t) and sent with every data message, as the
 * other webviews get theirs from webviewStrings.ts: media/keyterms.js holds no UI text of its own.
 */
import * as vscode from 'vscode';
import type { KeyTermsResult, TermComparison } from '../core/keywords';
import { shellHtml, webviewOptions, isMessage, intIn } from './webviewHtml';
import type { SegmenterInfo } from './keyTerms';

export const KEY_TERMS_VIEW_TYPE = 'govreport.keyTerms';

type Payload = { type: 'terms' | 'compare'; [k: string]: unknown };

let strings: Record<string, string> | undefined;

/** Strings of the Key Terms view (media/keyterms.js), filled there with `fmt()` for `{0}`-style placeholders. */
export function keyTermsStrings(): Record<string, string> {
  return strings ??= {
    segmenter: vscode.l10n.t('Segmenter: {0}'),
    segmenterFallback: vscode.l10n.t('Segmenter: {0} — {1}'),
    termsTitle: vscode.l10n.t('Key terms — {0}'),
    reportHeading: vscode.l10n.t('{0} · {1} term tokens'),
    sectionLine: vscode.l10n.t('line {0}'),
    termsNote: vscode.l10n.t('Ranked by TF-IDF (document frequency across the report’s top-level sections); numbers are occurrences.'),
    compareTitle: vscode.l10n.t('Key terms: {0} → {1}'),
    compareNote: vscode.l10n.t('Frequencies per 10,000 term tokens (A: {0} tokens, B: {1}).'),
    groupNew: vscode.l10n.t('New in B'),
    groupRose: vscode.l10n.t('Rose'),
    groupVanished: vscode.l10n.t('Vanished from A'),
    groupFell: vscode.l10n.t('Fell'),
    groupCount: vscode.l10n.t('{0} ({1})'),
    noTerms: vscode.l10n.t('—'),
  };
}

export class KeyTermsPanel {
  private readonly panel: vscode.WebviewPanel;
  private ready: Promise<void>;
  private markReady: () => void = () => undefined;
  private rendered: ((header: string) => void) | null = null;
  private uri: vscode.Uri | undefined;
  disposed = false;
  /** Header text the webview last rendered (names the segmenter). */
  lastHeader = '';

  constructor(extensionUri: vscode.Uri) {
    this.panel = vscode.window.createWebviewPanel(KEY_TERMS_VIEW_TYPE, vscode.l10n.t('Key Terms'), vscode.ViewColumn.Beside, {
      ...webviewOptions(extensionUri),
      retainContextWhenHidden: true,
    });
    this.ready = new Promise(res => (this.markReady = res));
    this.panel.webview.html = shellHtml(this.panel.webview, extensionUri, { title: vscode.l10n.t('Key Terms'), script: 'keyterms.js', css: ['keyterms.css'] });
    this.panel.onDidDispose(() => (this.disposed = true));
    this.panel.webview.onDidReceiveMessage(m => {
      if (!isMessage(m)) return;
      if (m.type === 'ready') this.markReady();
      else if (m.type === 'rendered') {
        this.lastHeader = typeof m.header === 'string' ? m.header : '';
        this.rendered?.(this.lastHeader);
        this.rendered = null;
      } else if (m.type === 'reveal' && this.uri) {
        const line = intIn(m.line, 1, 10_000_000);
        if (line) {
          const pos = new vscode.Position(line - 1, 0);
          void vscode.window.showTextDocument(this.uri, { viewColumn: vscode.ViewColumn.One, selection: new vscode.Range(pos, pos) });
        }
      }
    });
  }

  reveal(): void {
    this.panel.reveal(vscode.ViewColumn.Beside, true);
  }

  private async post(data: Payload): Promise<string> {
    // a webview loads its script only once shown: make sure this one is, without taking focus
    if (!this.panel.visible) this.panel.reveal(undefined, true);
    await Promise.race([this.ready, new Promise(res => setTimeout(res, 15000))]);
    const done = new Promise<string>(res => {
      this.rendered = res;
      setTimeout(() => res(''), 15000);
    });
    await this.panel.webview.postMessage(data);
    return done;
  }

  showTerms(file: string, uri: vscode.Uri, result: KeyTermsResult, info: SegmenterInfo): Promise<string> {
    this.uri = uri;
    this.panel.title = vscode.l10n.t('Key Terms: {0}', file);
    return this.post({ type: 'terms', strings: keyTermsStrings(), file, segmenter: info.name, reason: info.reason, reports: result.reports });
  }

  showComparison(a: string, b: string, comparison: TermComparison, info: SegmenterInfo): Promise<string> {
    this.uri = undefined;
    this.panel.title = vscode.l10n.t('Key Terms: comparison');
    const finite = (x: { ratio: number }) => ({ ...x, ratio: Number.isFinite(x.ratio) ? x.ratio : null });
    return this.post({
      type: 'compare', strings: keyTermsStrings(), a, b, segmenter: info.name, reason: info.reason,
      tokensA: comparison.tokensA, tokensB: comparison.tokensB,
      rose: comparison.rose.map(finite), fell: comparison.fell.map(finite), new: comparison.new.map(finite), vanished: comparison.vanished.map(finite),
    });
  }
}
