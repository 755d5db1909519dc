/**
 * Key Terms and Compare Key Terms.
 *
 *   govreport.keyTerms [uri]          → KeyTermsCommandResult (panel with per-report / per-section terms)
 *   govreport.compareKeyTerms [arg]   arg (optional, skips the pickers): { a: {uri, index?}, b: {uri, index?} }
 *                                     → CompareKeyTermsResult (panel: rose / new / vanished / fell)
 *
 * Segmentation: segmenters.ts (jieba in a worker, else the Intl.Segmenter fallback); the
 * panel header and a status-bar message name the segmenter in use.
 * Test-only (ExtensionMode.Test): govreport.internal.keyTermsState → { workerRunning, panelOpen, header, worker: { startMs, loadMs }, background };
 * govreport.internal.keyTermsRequest {op: 'dumpText'} → what the panel shows;
 * govreport.internal.keyTermsRefreshes → how many refreshes after edits.
 * Both rank against the background model (shared/background.ts, loaded on the first run).
 * The panel follows its document: an edit (Clean Up included) recomputes the terms after 800 ms
 * without taking focus.
 */
import * as vscode from 'vscode';
import type { Report } from '../../core';
import { keyTermsOfTexts, compareKeyTerms } from '../../core/keywords';
import type { KeyTermsResult, TermComparison } from '../../core/keywords';
import { backgroundState, tryLoadBackground } from '../shared/background';
import type { Deps } from '../shared/deps';
import { displayFile, openDocument, targetUri } from '../shared/reportFiles';
import { pickReport, ReportSource, sourceOf } from '../shared/reportPicker';
import { errorText } from '../shared/errors';
import { registerTestCommand } from '../shared/testOnly';
import { ViewSlot } from '../shared/webview';
import { KeyTermsPanel } from './panel';
import { SegmenterService } from './segmenters';

export interface KeyTermsCommandResult {
  segmenter: string;
  fallbackReason: string;
  /** The header the Key Terms webview rendered (names the segmenter); '' if it did not render. */
  header: string;
  reports: number;
  sections: number;
  topTerms: string[];
  /** What the terms were ranked against: the background model, or null (within the report). */
  background: KeyTermsResult['background'];
  ms: number;
}

export interface CompareKeyTermsResult {
  segmenter: string;
  a: string;
  b: string;
  /** The header the Key Terms webview rendered; '' if it did not render. */
  header: string;
  /** Compared against the background model (only key-term candidates, IDF-weighted)? */
  background: boolean;
  comparison: TermComparison;
}

/** The text of one report of a file (the whole file when it has no report frame). */
async function reportText(deps: Deps, s: ReportSource): Promise<{ text: string; label: string }> {
  const text = await deps.reports.read(s.uri);
  const a = await deps.reports.analyse(s.uri);
  const r: Report | undefined = a.reports[s.index];
  if (!r) return { text, label: displayFile(s.uri) };
  return { text: text.slice(r.start, r.end), label: vscode.l10n.t('{0} ({1})', r.title || displayFile(s.uri), displayFile(s.uri)) };
}

/** How long the document must stay unchanged before the Key Terms panel recomputes (ms). */
const REFRESH_DELAY_MS = 800;

/** `segmenters`: the jieba worker service, shared with Term Trends (extension.shared.ts creates it). */
export function registerKeyTerms(deps: Deps, segmenters: SegmenterService): vscode.Disposable {
  const slot = new ViewSlot<KeyTermsPanel>();
  const showPanel = (reveal = true): KeyTermsPanel => {
    const existing = slot.current;
    const panel = existing ?? slot.set(KeyTermsPanel.create(deps));
    if (reveal && existing) panel.revealWithoutFocus();
    return panel;
  };
  let refreshTimer: ReturnType<typeof setTimeout> | undefined;
  /** How many times the panel was refreshed after an edit (test hook). */
  let refreshes = 0;

  /** Computes the terms of `uri` and shows them (`reveal`: bring the panel forward). */
  const showTermsOf = async (uri: vscode.Uri, reveal: boolean): Promise<KeyTermsCommandResult> => {
    const t0 = Date.now();
    const { segmenter, info } = await segmenters.get();
    const doc = openDocument(uri);
    const text = await deps.reports.read(uri);
    const { top } = deps.config.keyTerms();
    const result: KeyTermsResult = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Key terms ({0})…', info.label) },
      async () => {
        // ranked against the background model (loaded on the first run); without it, within the report
        const background = (await tryLoadBackground(deps, 'Key Terms')) ?? undefined;
        return keyTermsOfTexts([text], segmenter, { top, analysis: doc ? deps.cache.get(doc).analysis : undefined, background });
      },
    );
    const header = await showPanel(reveal).showTerms(displayFile(uri), uri, result, info);
    if (!reveal) refreshes++;
    return {
      segmenter: info.name,
      fallbackReason: info.reason,
      header,
      reports: result.reports.length,
      sections: result.reports.reduce((n, r) => n + r.sections.length, 0),
      topTerms: result.reports[0]?.terms.map(t => t.term) ?? [],
      background: result.background,
      ms: Date.now() - t0,
    };
  };

  return vscode.Disposable.from(
    segmenters,
    slot,
    vscode.commands.registerCommand('govreport.keyTerms', async (arg?: unknown): Promise<KeyTermsCommandResult | undefined> => {
      const uri = targetUri(arg) ?? vscode.window.activeTextEditor?.document.uri;
      if (!uri) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Key Terms: open a government work report first.'));
        return undefined;
      }
      return showTermsOf(uri, true);
    }),
    // the terms follow the document: edits (Clean Up included) refresh the panel, debounced
    vscode.workspace.onDidChangeTextDocument(e => {
      const shown = slot.current?.termsUri;
      if (!shown || e.contentChanges.length === 0 || e.document.uri.toString() !== shown.toString()) return;
      if (refreshTimer) clearTimeout(refreshTimer);
      refreshTimer = setTimeout(() => {
        refreshTimer = undefined;
        if (slot.current?.termsUri?.toString() === shown.toString()) {
          showTermsOf(shown, false).then(undefined, err => deps.log.warn(`key terms: refresh failed: ${errorText(err)}`));
        }
      }, REFRESH_DELAY_MS);
    }),
    { dispose: () => { if (refreshTimer) clearTimeout(refreshTimer); } },
    registerTestCommand(deps, 'govreport.internal.keyTermsRefreshes', () => refreshes),
    vscode.commands.registerCommand('govreport.compareKeyTerms', async (arg?: unknown): Promise<CompareKeyTermsResult | undefined> => {
      let a: ReportSource | undefined;
      let b: ReportSource | undefined;
      if (arg && typeof arg === 'object' && 'a' in arg && 'b' in arg) {
        a = sourceOf((arg as { a: unknown }).a);
        b = sourceOf((arg as { b: unknown }).b);
      } else {
        a = await pickReport(deps, vscode.l10n.t('Compare Key Terms: the earlier report (A)'));
        if (a) b = await pickReport(deps, vscode.l10n.t('Compare Key Terms: the later report (B)'), a);
      }
      if (!a || !b) return undefined;
      const { segmenter, info } = await segmenters.get();
      const [ra, rb] = await Promise.all([reportText(deps, a), reportText(deps, b)]);
      const background = (await tryLoadBackground(deps, 'Compare Key Terms')) ?? undefined;
      const comparison = await compareKeyTerms(ra.text, rb.text, segmenter, { background, top: deps.config.keyTerms().top });
      const header = await showPanel().showComparison(ra.label, rb.label, comparison, info, !!background);
      return { segmenter: info.name, a: ra.label, b: rb.label, header, background: !!background, comparison };
    }),
    registerTestCommand(deps, 'govreport.internal.keyTermsState', () => ({
      workerRunning: segmenters.workerRunning,
      worker: segmenters.workerTimes,
      panelOpen: !!slot.current,
      header: slot.current?.lastHeader ?? '',
      background: backgroundState(),
    })),
    registerTestCommand(deps, 'govreport.internal.keyTermsRequest', (msg: Record<string, unknown>) => {
      const p = slot.current;
      if (!p) throw new Error('no Key Terms panel is open');
      return p.test?.request(msg ?? {});
    }),
  );
}
