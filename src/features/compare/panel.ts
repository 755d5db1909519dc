/**
 * The Compare Reports webview: a matrix of places × canonical indicators (targets and actuals side
 * by side, verdicts of target pairs) and a bar chart, rendered by media/compare.js.
 */
import * as vscode from 'vscode';
import { compareMatrix, compareReport, CompareMatrix, CompareReport } from '../../core/compare';
import { validateChartExport } from '../../core/html';
import type { Analysis } from '../../core';
import type { Deps } from '../shared/deps';
import { errorText } from '../shared/errors';
import { displayFile } from '../shared/reportFiles';
import type { ReportSource } from '../shared/reportPicker';
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
  rendered: number;
  ms: number;
}

function spec(): WebviewSpec {
  return { viewType: COMPARE_VIEW_TYPE, title: vscode.l10n.t('Compare Reports'), script: 'compare.js', css: ['table.css'] };
}

/** The reports of the sources (each file analysed once; unreadable files are reported and skipped). */
async function load(deps: Deps, sources: ReportSource[]): Promise<CompareReport[]> {
  const analyses = new Map<string, Analysis>();
  const out: CompareReport[] = [];
  for (const s of sources) {
    const key = s.uri.toString();
    let a = analyses.get(key);
    if (!a) {
      try { a = await deps.reports.analyse(s.uri); } catch (e) {
        deps.log.warn(`cannot read ${s.uri.toString(true)}: ${errorText(e)}`);
        void vscode.window.showWarningMessage(vscode.l10n.t('Cannot read {0}: {1}', s.uri.fsPath, errorText(e)));
        continue;
      }
      analyses.set(key, a);
    }
    const r = a.reports[s.index];
    if (r) out.push(compareReport(`${key}#${s.index}`, displayFile(s.uri), r));
  }
  return out;
}

export class ComparePanel extends ReportWebview<ToCompare> {
  private matrix: CompareMatrix | undefined;

  private constructor(panel: vscode.WebviewPanel, deps: Deps, private sources: ReportSource[]) {
    super(panel, deps, spec());
  }

  static create(deps: Deps, sources: ReportSource[]): ComparePanel {
    return new ComparePanel(ReportWebview.createPanel(deps, spec(), reportViewColumn(vscode.ViewColumn.Active)), deps, sources);
  }

  /** A panel restored after a window reload, from the sources in its state. */
  static revive(deps: Deps, panel: vscode.WebviewPanel, state: unknown): ComparePanel {
    const s = (state && typeof state === 'object' ? state : {}) as { sources?: unknown };
    const sources: ReportSource[] = [];
    if (Array.isArray(s.sources)) {
      for (const x of s.sources as Array<{ uri?: unknown; index?: unknown }>) {
        let uri: vscode.Uri | undefined;
        try { uri = typeof x?.uri === 'string' ? vscode.Uri.parse(x.uri, true) : undefined; } catch { uri = undefined; }
        const i = intIn(x?.index, 0, 10000);
        if (uri && i !== undefined) sources.push({ uri, index: i });
      }
    }
    return new ComparePanel(panel, deps, sources);
  }

  /** Shows `sources` and resolves once the webview has rendered them. */
  async show(sources: ReportSource[], reveal: boolean): Promise<CompareResult> {
    const t0 = Date.now();
    this.sources = sources;
    if (reveal) this.panel.reveal(undefined, true);
    const gen = await this.refresh();
    const rendered = await this.waitRendered(gen, 60000);
    return { reports: this.matrix?.rows.length ?? 0, matrix: this.matrix as CompareMatrix, rendered, ms: Date.now() - t0 };
  }

  async refresh(): Promise<number> {
    const gen = this.nextGeneration();
    const reports = await load(this.deps, this.sources);
    if (gen !== this.generation) return gen;
    this.matrix = localiseDisplays(compareMatrix(reports, (message, ...args) => vscode.l10n.t(message, ...args)));
    this.panel.title = vscode.l10n.t('Compare Reports ({0})', reports.length);
    this.onReady();
    return gen;
  }

  protected onReady(): void {
    if (!this.isReady || !this.matrix) return;
    this.post({
      type: 'data', generation: this.generation, matrix: this.matrix, strings: compareStrings(),
      sources: this.sources.map(s => ({ uri: s.uri.toString(), index: s.index })),
    });
  }

  protected async onMessage(m: WebviewMessage): Promise<void> {
    if (m.type === 'saveChart') await this.saveChart(m.format, m.data, m.key);
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
