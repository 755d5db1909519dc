/**
 * The Key Terms webview: per-report and per-section top terms with CSS bars, or a comparison of
 * two reports (rose / new / vanished / fell). The HTML shell carries no data (CSP with a nonce);
 * the data goes in by postMessage and media/keyterms.js renders it with textContent. Its UI strings
 * are localised here (keyTermsStrings, vscode.l10n.t) and sent with every data message, as the
 * other webviews get theirs from webviewStrings.ts: media/keyterms.js holds no UI text of its own.
 */
import * as vscode from 'vscode';
import type { KeyTermsResult, TermComparison } from '../../core/keywords';
import type { Deps } from '../shared/deps';
import { errorText } from '../shared/errors';
import { intIn, ReportWebview, WebviewMessage, WebviewSpec } from '../shared/webview';
import { lazyStrings } from '../shared/webviewStrings';
import type { SegmenterInfo } from './segmenters';
import type { ToKeyTerms } from '../../../types/webview-protocol';

export const KEY_TERMS_VIEW_TYPE = 'govreport.keyTerms';

/** Strings of the Key Terms view (media/keyterms.js), filled there with `fmt()` for `{0}`-style placeholders. */
export const keyTermsStrings = lazyStrings(() => ({
    segmenter: vscode.l10n.t('Segmenter: {0}'),
    segmenterFallback: vscode.l10n.t('Segmenter: {0} — {1}'),
    termsTitle: vscode.l10n.t('Key terms — {0}'),
    reportHeading: vscode.l10n.t('{0} · {1} term tokens'),
    sectionLine: vscode.l10n.t('line {0}'),
    termsNote: vscode.l10n.t('Ranked by TF-IDF (document frequency across the report’s top-level sections); numbers are occurrences.'),
    termsNoteBackground: vscode.l10n.t('Report terms ranked by TF-IDF against {0} reports of the background model (units, numbers, function words and the report’s own place names left out); numbers are occurrences and the share of those reports (of the same year when there are enough) that use the term.'),
    termShare: vscode.l10n.t('{0} · {1}'),
    compareNoteBackground: vscode.l10n.t('Only key-term candidates (no units, numbers, function words or place names), ordered by the change weighted by the background model’s IDF.'),
    compareTitle: vscode.l10n.t('Key terms: {0} → {1}'),
    compareNote: vscode.l10n.t('Frequencies per 10,000 term tokens (A: {0} tokens, B: {1}).'),
    groupNew: vscode.l10n.t('New in B'),
    groupRose: vscode.l10n.t('Rose'),
    groupVanished: vscode.l10n.t('Vanished from A'),
    groupFell: vscode.l10n.t('Fell'),
    groupCount: vscode.l10n.t('{0} ({1})'),
    noTerms: vscode.l10n.t('—'),
}));

function spec(): WebviewSpec {
  return { viewType: KEY_TERMS_VIEW_TYPE, title: vscode.l10n.t('Key Terms'), script: 'keyterms.js', css: ['keyterms.css'], retainContextWhenHidden: true };
}

export class KeyTermsPanel extends ReportWebview<ToKeyTerms> {
  private uri: vscode.Uri | undefined;
  /** The document whose terms the panel shows (undefined for a comparison). */
  get termsUri(): vscode.Uri | undefined { return this.uri; }
  /** Header text the webview last rendered (names the segmenter). */
  lastHeader = '';

  private constructor(panel: vscode.WebviewPanel, deps: Deps) {
    super(panel, deps, spec());
  }

  static create(deps: Deps): KeyTermsPanel {
    return new KeyTermsPanel(ReportWebview.createPanel(deps, spec()), deps);
  }

  protected onRendered(m: WebviewMessage): void {
    this.lastHeader = typeof m.header === 'string' ? m.header : '';
  }

  protected onMessage(m: WebviewMessage): void {
    if (m.type !== 'reveal' || !this.uri) return;
    const line = intIn(m.line, 1, 10_000_000);
    if (!line) return;
    const pos = new vscode.Position(line - 1, 0);
    vscode.window.showTextDocument(this.uri, { viewColumn: vscode.ViewColumn.One, selection: new vscode.Range(pos, pos) })
      .then(undefined, e => this.deps.log.warn(`key terms: cannot show line ${line}: ${errorText(e)}`));
  }

  /** Posts the data and resolves with the header the webview rendered ('' if it did not within 15 s). */
  private async show(make: (generation: number) => ToKeyTerms): Promise<string> {
    // (a webview loads its script only once shown: postRendered shows this one, without taking focus)
    return (await this.postRendered(make(this.nextGeneration()))) >= 0 ? this.lastHeader : '';
  }

  showTerms(file: string, uri: vscode.Uri, result: KeyTermsResult, info: SegmenterInfo): Promise<string> {
    this.uri = uri;
    this.panel.title = vscode.l10n.t('Key Terms: {0}', file);
    return this.show(generation => ({ type: 'terms', generation, strings: keyTermsStrings(), file, segmenter: info.label, reason: info.reason, reports: result.reports, background: result.background }));
  }

  showComparison(a: string, b: string, comparison: TermComparison, info: SegmenterInfo, background = false): Promise<string> {
    this.uri = undefined;
    this.panel.title = vscode.l10n.t('Key Terms: comparison');
    const finite = (x: { ratio: number }) => ({ ...x, ratio: Number.isFinite(x.ratio) ? x.ratio : null });
    return this.show(generation => ({
      type: 'compare', generation, strings: keyTermsStrings(), a, b, segmenter: info.label, reason: info.reason, background,
      tokensA: comparison.tokensA, tokensB: comparison.tokensB,
      rose: comparison.rose.map(finite), fell: comparison.fell.map(finite), new: comparison.new.map(finite), vanished: comparison.vanished.map(finite),
    }));
  }
}
