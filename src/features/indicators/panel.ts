import * as vscode from 'vscode';
import { indicatorRows, IndicatorRow, KindFilter, canonicalInfo, Analysis } from '../../core';
import { actualVerdicts, compareReport, formatValue, Measure } from '../../core/compare';
import { dataYearLabel, signedOf } from '../../core/semantics';
import type { TableRow, ToTable } from '../../../types/webview-protocol';
import type { Deps } from '../shared/deps';
import { errorText } from '../shared/errors';
import { intIn, ReportWebview, WebviewMessage, WebviewSpec } from '../shared/webview';
import { openDocument, displayFile } from '../shared/reportFiles';
import { qualitativeText, tableStrings } from '../shared/webviewStrings';

export const TABLE_VIEW_TYPE = 'govreport.indicators';
export type TableScope = 'all' | 'target';

/** What Extract Indicators / Show Targets resolve with (used by tests and the benchmark). */
export interface TableResult {
  uri: string;
  scope: TableScope;
  /** The rows sent to the table, in the shape of the CSV export. */
  rows: IndicatorRow[];
  /** Rows the webview reported as rendered (after its filters), or -1 if it never reported. */
  rendered: number;
  /** Milliseconds from the command to the webview's `rendered` message. */
  ms: number;
}

interface RowSpan { start: number; end: number }

/** A target's value for the "vs target" cell: signed (a decline target 下降2.5% → "-2.5%左右"); core
 * formatValue's English "(qualitative…)" localised here. */
function targetText(m: Measure): string {
  if (m.value === null) return m.qualitative ? qualitativeText(m.relative) : formatValue(m);
  const s = signedOf(m);
  return formatValue({ ...m, value: s.value, upper: s.upper }, (msg, ...args) => vscode.l10n.t(msg, ...args));
}

function buildRows(file: string, analysis: Analysis, scope: TableScope, source: string): { rows: IndicatorRow[]; table: TableRow[]; spans: RowSpan[] } {
  const kind: KindFilter = scope === 'target' ? 'target' : 'all';
  const rows = indicatorRows(file, analysis, kind);
  const table: TableRow[] = [];
  const spans: RowSpan[] = [];
  const reports = analysis.reports.map((r, i) => compareReport(String(i), file, r));
  let n = 0;
  analysis.reports.forEach((r, ri) => {
    const verdicts = scope === 'all' ? actualVerdicts(reports, ri, (message, ...args) => vscode.l10n.t(message, ...args)) : new Map();
    r.indicators.forEach((ind, ii) => {
      if (kind !== 'all' && ind.kind !== kind) return;
      const row = rows[n];
      const p = verdicts.get(ii);
      table.push({
        i: n, kind: row.kind, name: row.name, canonical: row.canonical,
        canonicalLabel: row.canonical ? (canonicalInfo(row.canonical)?.label ?? row.canonical) : '',
        verb: row.verb, value: row.value, upper: row.upper, unit: row.unit, qualifier: row.qualifier, aim: row.aim,
        qualitative: row.qualitative, relative: row.relative, year: row.year, place: row.place, report: row.report,
        section: row.section, line: row.line, text: row.text,
        sentence: source.slice(ind.sentence.start, Math.min(ind.sentence.end, ind.sentence.start + 400)).trim(),
        vs: p ? { status: p.status, target: targetText(p.target), reason: p.reason, outcome: p.outcome } : null,
        signedValue: row.signedValue, signedUpper: row.signedUpper, direction: row.direction, dataYear: dataYearLabel(ind), bound: row.bound,
        confidence: row.confidence,
      });
      spans.push({ start: ind.start, end: ind.end });
      n++;
    });
  });
  return { rows, table, spans };
}

function spec(): WebviewSpec {
  return { viewType: TABLE_VIEW_TYPE, title: vscode.l10n.t('Indicators'), script: 'table.js', css: ['table.css'] };
}

/** The indicator table webview: one panel, retargeted by Extract Indicators / Show Targets. */
export class IndicatorsPanel extends ReportWebview<ToTable> {
  private rows: IndicatorRow[] = [];
  private spans: RowSpan[] = [];
  private table: TableRow[] = [];
  private closed = false;
  private highlighted = -2;

  private constructor(panel: vscode.WebviewPanel, deps: Deps, public uri: vscode.Uri, public scope: TableScope) {
    super(panel, deps, spec());
    this.disposables.push(
      deps.cache.onDidChange(doc => { if (doc.uri.toString() === this.uri.toString()) void this.refresh(); }),
      vscode.window.onDidChangeTextEditorSelection(e => this.onSelection(e)),
      vscode.workspace.onDidCloseTextDocument(d => { if (d.uri.toString() === this.uri.toString()) this.setClosed(true); }),
      vscode.workspace.onDidOpenTextDocument(d => { if (d.uri.toString() === this.uri.toString() && this.closed) { this.setClosed(false); void this.refresh(); } }),
      vscode.window.tabGroups.onDidChangeTabs(() => this.checkTabs()),
    );
  }

  /** A new table panel beside the editor. */
  static create(deps: Deps, uri: vscode.Uri, scope: TableScope): IndicatorsPanel {
    return new IndicatorsPanel(ReportWebview.createPanel(deps, spec()), deps, uri, scope);
  }

  /** A panel restored after a window reload (WebviewPanelSerializer); undefined when its state is unusable. */
  static revive(deps: Deps, panel: vscode.WebviewPanel, state: unknown): IndicatorsPanel | undefined {
    const s = (state && typeof state === 'object' ? state : {}) as { uri?: unknown; scope?: unknown };
    let uri: vscode.Uri | undefined;
    try { uri = typeof s.uri === 'string' ? vscode.Uri.parse(s.uri, true) : undefined; } catch { uri = undefined; }
    if (!uri) return undefined;
    return new IndicatorsPanel(panel, deps, uri, s.scope === 'target' ? 'target' : 'all');
  }

  /** Shows `uri` with `scope` and resolves once the webview has rendered it. */
  async show(uri: vscode.Uri, scope: TableScope, reveal: boolean): Promise<TableResult> {
    const t0 = Date.now();
    this.uri = uri;
    this.scope = scope;
    if (reveal) this.panel.reveal(undefined, true);
    this.closed = !openDocument(uri);
    const gen = await this.refresh();
    const rendered = await this.waitRendered(gen, 60000);
    return { uri: uri.toString(), scope, rows: this.rows, rendered, ms: Date.now() - t0 };
  }

  private title(): string {
    const base = this.uri.path.split('/').pop() ?? '';
    return this.scope === 'target' ? vscode.l10n.t('Targets: {0}', base) : vscode.l10n.t('Indicators: {0}', base);
  }

  /** Recomputes rows from the document (or the file on disk) and posts them; returns the generation. */
  async refresh(): Promise<number> {
    const gen = this.nextGeneration();
    this.panel.title = this.title();
    let analysis: Analysis;
    let source = '';
    try {
      const doc = openDocument(this.uri) ?? await vscode.workspace.openTextDocument(this.uri);
      analysis = this.deps.cache.get(doc).analysis;
      source = doc.getText();
    } catch (e) {
      analysis = { length: 0, reports: [] };
      this.deps.log.error(`cannot read ${this.uri.toString(true)}: ${errorText(e)}`);
      void vscode.window.showErrorMessage(vscode.l10n.t('Cannot read {0}: {1}', this.uri.fsPath, errorText(e)));
    }
    if (gen !== this.generation) return gen;
    const built = buildRows(displayFile(this.uri), analysis, this.scope, source);
    this.rows = built.rows;
    this.table = built.table;
    this.spans = built.spans;
    this.highlighted = -2;
    this.postData();
    return gen;
  }

  protected onReady(): void {
    this.postData();
  }

  private postData(): void {
    if (!this.isReady) return;
    this.post({
      type: 'data', generation: this.generation, uri: this.uri.toString(), scope: this.scope,
      file: displayFile(this.uri), rows: this.table, closed: this.closed, strings: tableStrings(),
    });
  }

  protected async onMessage(m: WebviewMessage): Promise<void> {
    if (m.type !== 'reveal') return;
    const i = intIn(m.index, 0, this.spans.length);
    if (i !== undefined) await this.reveal(i);
  }

  /** Shows the indicator's text selected in the editor. */
  async reveal(index: number): Promise<vscode.TextEditor | undefined> {
    const span = this.spans[index];
    if (!span) return undefined;
    const doc = openDocument(this.uri) ?? await vscode.workspace.openTextDocument(this.uri);
    if (this.closed) { this.setClosed(false); }
    const visible = vscode.window.visibleTextEditors.find(e => e.document.uri.toString() === this.uri.toString());
    const column = visible?.viewColumn
      ?? (this.panel.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Beside : vscode.ViewColumn.One);
    const range = new vscode.Range(doc.positionAt(span.start), doc.positionAt(span.end));
    const editor = await vscode.window.showTextDocument(doc, { viewColumn: column, preserveFocus: false });
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    return editor;
  }

  private onSelection(e: vscode.TextEditorSelectionChangeEvent): void {
    if (!this.isReady || e.textEditor.document.uri.toString() !== this.uri.toString()) return;
    const off = e.textEditor.document.offsetAt(e.selections[0].active);
    let found = -1;
    for (let i = 0; i < this.spans.length; i++) {
      const s = this.spans[i];
      if (s.start <= off && off <= s.end) { found = i; break; }
    }
    if (found === this.highlighted) return;
    this.highlighted = found;
    this.post({ type: 'highlight', index: found });
  }

  private checkTabs(): void {
    const key = this.uri.toString();
    const open = vscode.window.tabGroups.all.some(g => g.tabs.some(t => t.input instanceof vscode.TabInputText && t.input.uri.toString() === key));
    if (!open && !this.closed) this.setClosed(true);
    else if (open && this.closed) { this.setClosed(false); void this.refresh(); }
  }

  private setClosed(closed: boolean): void {
    this.closed = closed;
    if (this.isReady) this.post({ type: 'closed', closed });
  }
}
