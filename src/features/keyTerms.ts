/**
 * Key Terms and Compare Key Terms.
 *
 *   govreport.keyTerms [uri]          → KeyTermsCommandResult (panel with per-report / per-section terms)
 *   govreport.compareKeyTerms [arg]   arg (optional, skips the pickers): { a: {uri, index?}, b: {uri, index?} }
 *                                     → CompareKeyTermsResult (panel: rose / new / vanished / fell)
 *
 * Segmentation: jieba (nodejs-jieba) in a worker thread (dist/segmenterWorker.js), started on the
 * first key-terms request — never at activation, never on the extension host's main thread — with
 * a progress notification while its dictionaries load, and ended after
 * `govreport.keyTerms.workerIdleMinutes` without work. If the addon cannot load (any error), the
 * core's Intl.Segmenter fallback is used; the panel header and a status-bar message name the
 * segmenter in use. `govreport.keyTerms.segmenter: "intl"` forces the fallback.
 */
import * as fs from 'fs';
import * as vscode from 'vscode';
import type { Services } from '../extension';
import type { Analysis, Report } from '../core';
import { IntlSegmenter, domainVocabulary } from '../core/segmenter';
import type { Segmenter } from '../core/segmenter';
import { keyTermsOfTexts, termCounts, compareTerms } from '../core/keywords';
import type { KeyTermsResult, TermComparison } from '../core/keywords';
import { WorkerSegmenter } from '../node/jiebaSegmenter';
import { analyseUri, displayFile, openDocument, targetUri, toUri, readReportText } from './reportFiles';
import { candidateFiles } from './compareCommand';
import { KeyTermsPanel } from './keyTermsPanel';

export interface SegmenterInfo {
  name: string;
  /** Why the fallback is in use ("" for jieba). */
  reason: string;
}

/** Chooses and owns the segmenter: the jieba worker when it loads, else the Intl fallback. */
export class SegmenterService implements vscode.Disposable {
  private worker: WorkerSegmenter | null = null;
  private fallback: IntlSegmenter | null = null;
  private failure = '';
  private readonly log: vscode.OutputChannel;

  constructor(private readonly context: vscode.ExtensionContext) {
    this.log = vscode.window.createOutputChannel(vscode.l10n.t('Government Report Key Terms'));
  }

  private get config(): vscode.WorkspaceConfiguration {
    return vscode.workspace.getConfiguration('govreport.keyTerms');
  }

  /** The segmenter to use now; starts the jieba worker on first use (with a progress notification). */
  async get(): Promise<{ segmenter: Segmenter; info: SegmenterInfo }> {
    const mode = this.config.get<string>('segmenter', 'auto');
    if (mode === 'intl') return this.useFallback(vscode.l10n.t('govreport.keyTerms.segmenter is "intl"'));
    if (this.failure) return this.useFallback(this.failure);
    const script = this.context.asAbsolutePath('dist/segmenterWorker.js');
    if (!fs.existsSync(script)) {
      this.failure = vscode.l10n.t('worker script missing: {0}', script);
      return this.useFallback(this.failure);
    }
    if (!this.worker) {
      const idleMin = Math.max(0, this.config.get<number>('workerIdleMinutes', 3));
      this.worker = new WorkerSegmenter({
        script,
        words: domainVocabulary(),
        idleMs: idleMin * 60000,
        onExit: reason => this.log.appendLine(`[${new Date().toISOString()}] jieba worker ended: ${reason}`),
      });
    }
    const w = this.worker;
    if (!w.running) {
      try {
        await vscode.window.withProgress(
          { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Key terms: loading the jieba dictionaries…') },
          () => w.start(),
        );
        this.log.appendLine(`[${new Date().toISOString()}] jieba worker ready in ${w.lastStartMs} ms (dictionaries ${w.lastLoadMs} ms)`);
      } catch (e) {
        this.failure = vscode.l10n.t('jieba unavailable: {0}', e instanceof Error ? e.message : String(e));
        this.log.appendLine(`[${new Date().toISOString()}] ${this.failure}`);
        w.dispose();
        this.worker = null;
        return this.useFallback(this.failure);
      }
    }
    vscode.window.setStatusBarMessage('$(symbol-keyword) ' + vscode.l10n.t('Key terms: segmenter {0}', w.name), 8000);
    return { segmenter: w, info: { name: w.name, reason: '' } };
  }

  private useFallback(reason: string): { segmenter: Segmenter; info: SegmenterInfo } {
    this.fallback ??= new IntlSegmenter();
    vscode.window.setStatusBarMessage('$(warning) ' + vscode.l10n.t('Key terms: segmenter {0} ({1})', this.fallback.name, reason), 8000);
    return { segmenter: this.fallback, info: { name: this.fallback.name, reason } };
  }

  /** Test hook: is the jieba worker thread alive? */
  get workerRunning(): boolean {
    return this.worker?.running ?? false;
  }

  dispose(): void {
    this.worker?.dispose();
    this.worker = null;
    this.log.dispose();
  }
}

export interface KeyTermsCommandResult {
  segmenter: string;
  fallbackReason: string;
  reports: number;
  sections: number;
  topTerms: string[];
  ms: number;
}

export interface CompareKeyTermsResult {
  segmenter: string;
  a: string;
  b: string;
  comparison: TermComparison;
}

interface Source {
  uri: vscode.Uri;
  index: number;
}

function sourceOf(v: unknown): Source | undefined {
  if (!v || typeof v !== 'object') return toUri(v) ? { uri: toUri(v)!, index: 0 } : undefined;
  const o = v as { uri?: unknown; index?: unknown };
  const uri = toUri(o.uri) ?? toUri(v);
  return uri ? { uri, index: typeof o.index === 'number' ? o.index : 0 } : undefined;
}

type PickItem = vscode.QuickPickItem & { source?: Source; browse?: boolean };

/** One report: open editors and workspace report files (each report of a multi-report file), or a file from a dialog. */
async function pickReport(services: Services, title: string, exclude?: Source): Promise<Source | undefined> {
  const items: PickItem[] = [];
  const uris = new Map<string, vscode.Uri>();
  for (const d of vscode.workspace.textDocuments) {
    if (!d.isClosed && (d.languageId === 'govreport' || d.languageId === 'plaintext') && d.uri.scheme !== 'output') uris.set(d.uri.toString(), d.uri);
  }
  for (const u of await candidateFiles()) uris.set(u.toString(), u);
  for (const uri of uris.values()) {
    let a: Analysis;
    try {
      a = await analyseUri(services, uri);
    } catch {
      continue;
    }
    const file = displayFile(uri);
    a.reports.forEach((r, i) => {
      if (exclude && exclude.uri.toString() === uri.toString() && exclude.index === i) return;
      items.push({
        label: r.title || file,
        description: [r.place, r.year].filter(x => x !== null && x !== '').join(' '),
        detail: a.reports.length > 1 ? vscode.l10n.t('{0} · report {1} of {2}', file, i + 1, a.reports.length) : file,
        source: { uri, index: i },
      });
    });
  }
  items.push({ label: '$(folder-opened) ' + vscode.l10n.t('Choose a file…'), alwaysShow: true, browse: true });
  const picked = await vscode.window.showQuickPick(items, { title, matchOnDescription: true, matchOnDetail: true });
  if (!picked) return undefined;
  if (picked.source) return picked.source;
  const chosen = await vscode.window.showOpenDialog({ canSelectMany: false, filters: { [vscode.l10n.t('Reports')]: ['txt', 'govreport'], [vscode.l10n.t('All files')]: ['*'] } });
  if (!chosen?.[0]) return undefined;
  const a = await analyseUri(services, chosen[0]);
  if (a.reports.length <= 1) return { uri: chosen[0], index: 0 };
  const which = await vscode.window.showQuickPick(
    a.reports.map((r, i) => ({ label: r.title, description: vscode.l10n.t('report {0} of {1}', i + 1, a.reports.length), index: i })),
    { title: vscode.l10n.t('{0}: which report of {1}?', title, displayFile(chosen[0])) },
  );
  return which ? { uri: chosen[0], index: which.index } : undefined;
}

/** The text of one report of a file (the whole file when it has no report frame). */
async function reportText(services: Services, s: Source): Promise<{ text: string; label: string }> {
  const text = await readReportText(s.uri);
  const a = await analyseUri(services, s.uri);
  const r: Report | undefined = a.reports[s.index];
  if (!r) return { text, label: displayFile(s.uri) };
  return { text: text.slice(r.start, r.end), label: vscode.l10n.t('{0} ({1})', r.title || displayFile(s.uri), displayFile(s.uri)) };
}

export function registerKeyTerms(services: Services): SegmenterService {
  const segmenters = new SegmenterService(services.context);
  services.context.subscriptions.push(segmenters);
  let panel: KeyTermsPanel | undefined;
  const showPanel = (): KeyTermsPanel => {
    if (!panel || panel.disposed) panel = new KeyTermsPanel(services.context.extensionUri);
    panel.reveal();
    return panel;
  };

  services.context.subscriptions.push(
    vscode.commands.registerCommand('govreport.keyTerms', async (arg?: unknown): Promise<KeyTermsCommandResult | undefined> => {
      const uri = targetUri(arg) ?? vscode.window.activeTextEditor?.document.uri;
      if (!uri) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Key Terms: open a government work report first.'));
        return undefined;
      }
      const t0 = Date.now();
      const { segmenter, info } = await segmenters.get();
      const doc = openDocument(uri);
      const text = await readReportText(uri);
      const top = vscode.workspace.getConfiguration('govreport.keyTerms').get<number>('top', 20);
      const result: KeyTermsResult = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Key terms ({0})…', info.name) },
        () => keyTermsOfTexts([text], segmenter, { top, analysis: doc ? services.cache.get(doc).analysis : undefined }),
      );
      const p = showPanel();
      await p.showTerms(displayFile(uri), uri, result, info);
      return {
        segmenter: info.name,
        fallbackReason: info.reason,
        reports: result.reports.length,
        sections: result.reports.reduce((n, r) => n + r.sections.length, 0),
        topTerms: result.reports[0]?.terms.map(t => t.term) ?? [],
        ms: Date.now() - t0,
      };
    }),
    vscode.commands.registerCommand('govreport.compareKeyTerms', async (arg?: unknown): Promise<CompareKeyTermsResult | undefined> => {
      let a: Source | undefined;
      let b: Source | undefined;
      if (arg && typeof arg === 'object' && 'a' in arg && 'b' in arg) {
        a = sourceOf((arg as { a: unknown }).a);
        b = sourceOf((arg as { b: unknown }).b);
      } else {
        a = await pickReport(services, vscode.l10n.t('Compare Key Terms: the earlier report (A)'));
        if (a) b = await pickReport(services, vscode.l10n.t('Compare Key Terms: the later report (B)'), a);
      }
      if (!a || !b) return undefined;
      const { segmenter, info } = await segmenters.get();
      const [ra, rb] = await Promise.all([reportText(services, a), reportText(services, b)]);
      const [ca, cb] = await Promise.all([termCounts(ra.text, segmenter), termCounts(rb.text, segmenter)]);
      const comparison = compareTerms(ca, cb, { top: vscode.workspace.getConfiguration('govreport.keyTerms').get<number>('top', 20) });
      await showPanel().showComparison(ra.label, rb.label, comparison, info);
      return { segmenter: info.name, a: ra.label, b: rb.label, comparison };
    }),
    vscode.commands.registerCommand('govreport.internal.keyTermsState', () => ({
      workerRunning: segmenters.workerRunning,
      panelOpen: !!panel && !panel.disposed,
      header: panel?.lastHeader ?? '',
    })),
  );
  return segmenters;
}
