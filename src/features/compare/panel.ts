/**
 * The Compare Reports webview: a matrix of places × canonical indicators (targets and actuals side
 * by side with their data years, verdicts of target pairs by bound) and a bar chart of signed
 * values; for one place over the years, a time series per indicator (target for year N against
 * the actual for year N) with its summary. Rendered by media/compare.js.
 */
import * as vscode from 'vscode';
import type { CompareMatrix } from '../../core/compare';
import { validateChartExport } from '../../core/html';
import type { Deps } from '../shared/deps';
import type { ReportSource } from '../shared/reportPicker';
import type { Comparison, SeriesView } from './compute';
import type { AnalysisService } from './analysisService';
import { loadComparison } from './load';
import { intIn, ReportWebview, reportViewColumn, WebviewMessage, WebviewSpec } from '../shared/webview';
import { compareStrings, qualitativeText } from '../shared/webviewStrings';
import type { ToCompare } from '../../../types/webview-protocol';

export const COMPARE_VIEW_TYPE = 'govreport.compare';

type MatrixValue = NonNullable<CompareMatrix['rows'][number]['cells'][string]['target']>;

/** The matrix with its qualitative values' `display` localised (core formatValue writes English). */
function localiseDisplays(matrix: CompareMatrix): CompareMatrix {
  const fix = (v: MatrixValue | null): void => {
    if (v && v.value === null && v.qualitative) v.display = qualitativeText(v.relative);
  };
  for (const row of matrix.rows) for (const cell of Object.values(row.cells)) { fix(cell.target); fix(cell.actual); }
  for (const p of matrix.pairs) { fix(p.target); fix(p.actual); }
  return matrix;
}

export interface CompareResult {
  reports: number;
  matrix: CompareMatrix;
  /** One place over the years: the series per indicator (else null). */
  series: SeriesView[] | null;
  rendered: number;
  ms: number;
  /** Where the reports were analysed and compared: the analysis worker, or the main thread in slices. */
  via: 'worker' | 'main thread';
}

function spec(): WebviewSpec {
  return { viewType: COMPARE_VIEW_TYPE, title: vscode.l10n.t('Compare Reports'), script: 'compare.js', css: ['table.css', 'compare.css'] };
}

export class ComparePanel extends ReportWebview<ToCompare> {
  private matrix: CompareMatrix | undefined;
  private comparison: Comparison | undefined;
  /** Low-confidence records take part (the view's toggle; off by default). */
  private includeLowConfidence = false;

  private via: CompareResult['via'] = 'main thread';

  private constructor(panel: vscode.WebviewPanel, deps: Deps, private readonly analysis: AnalysisService, private sources: ReportSource[]) {
    super(panel, deps, spec());
  }

  static create(deps: Deps, analysis: AnalysisService, sources: ReportSource[]): ComparePanel {
    return new ComparePanel(ReportWebview.createPanel(deps, spec(), reportViewColumn(vscode.ViewColumn.Active)), deps, analysis, sources);
  }

  /** A panel restored after a window reload, from the sources in its state. */
  static revive(deps: Deps, analysis: AnalysisService, panel: vscode.WebviewPanel, state: unknown): ComparePanel {
    const s = (state && typeof state === 'object' ? state : {}) as { sources?: unknown; includeLowConfidence?: unknown };
    const sources: ReportSource[] = [];
    if (Array.isArray(s.sources)) {
      for (const x of s.sources as Array<{ uri?: unknown; index?: unknown }>) {
        let uri: vscode.Uri | undefined;
        try { uri = typeof x?.uri === 'string' ? vscode.Uri.parse(x.uri, true) : undefined; } catch { uri = undefined; }
        const i = intIn(x?.index, 0, 10000);
        if (uri && i !== undefined) sources.push({ uri, index: i });
      }
    }
    const p = new ComparePanel(panel, deps, analysis, sources);
    p.includeLowConfidence = s.includeLowConfidence === true;
    return p;
  }

  /** Shows `sources` and resolves once the webview has rendered them. */
  async show(sources: ReportSource[], reveal: boolean): Promise<CompareResult> {
    const t0 = Date.now();
    this.sources = sources;
    if (reveal) this.panel.reveal(undefined, true);
    const gen = await this.refresh();
    const rendered = await this.waitRendered(gen, 60000);
    return { reports: this.matrix?.rows.length ?? 0, matrix: this.matrix as CompareMatrix, series: this.comparison?.series ?? null, rendered, ms: Date.now() - t0, via: this.via };
  }

  async refresh(): Promise<number> {
    const gen = this.nextGeneration();
    const loaded = await loadComparison(this.deps, this.analysis, this.sources,
      { includeLowConfidence: this.includeLowConfidence, isStale: () => gen !== this.generation });
    if (gen !== this.generation) return gen;
    if (!loaded) { this.dispose(); return gen; }
    this.comparison = loaded.comparison;
    this.via = loaded.via;
    this.matrix = localiseDisplays(loaded.comparison.matrix);
    this.panel.title = vscode.l10n.t('Compare Reports ({0})', loaded.reports);
    this.onReady();
    return gen;
  }

  protected onReady(): void {
    if (!this.isReady || !this.matrix) return;
    this.post({
      type: 'data', generation: this.generation, matrix: this.matrix, strings: compareStrings(),
      series: this.comparison?.series ?? null, includeLowConfidence: this.includeLowConfidence,
      sources: this.sources.map(s => ({ uri: s.uri.toString(), index: s.index })),
    });
  }

  protected async onMessage(m: WebviewMessage): Promise<void> {
    if (m.type === 'saveChart') await this.saveChart(m.format, m.data, m.key);
    else if (m.type === 'lowConfidence' && typeof m.include === 'boolean' && m.include !== this.includeLowConfidence) {
      this.includeLowConfidence = m.include;
      await this.refresh();
    }
  }

  private async saveChart(format: unknown, data: unknown, key: unknown): Promise<void> {
    const v = validateChartExport(format, data);
    if (!v) { void vscode.window.showErrorMessage(vscode.l10n.t('The chart export was rejected (not a valid SVG/PNG).')); return; }
    const name = `compare-${typeof key === 'string' && /^[a-z0-9_]{1,40}$/.test(key) ? key : 'chart'}.${v.format}`;
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    const target = await vscode.window.showSaveDialog({
      defaultUri: folder ? vscode.Uri.joinPath(folder, name) : undefined,
      filters: v.format === 'svg' ? { [vscode.l10n.t('SVG image')]: ['svg'] } : { [vscode.l10n.t('PNG image')]: ['png'] },
      saveLabel: vscode.l10n.t('Export chart'),
    });
    if (!target) return;
    const bytes = v.format === 'svg' ? new TextEncoder().encode(v.text) : v.bytes;
    await vscode.workspace.fs.writeFile(target, bytes);
    void vscode.window.showInformationMessage(vscode.l10n.t('Chart saved to {0}.', target.path.split('/').pop() ?? ''));
  }
}
