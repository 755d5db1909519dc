import * as vscode from 'vscode';
import type { Services } from '../extension';
import { indicatorRows, IndicatorRow, KindFilter, canonicalInfo, Analysis } from '../core';
import { actualVerdicts, compareReport, formatValue, PairStatus } from '../core/compare';
import { shellHtml, webviewOptions, isMessage, intIn, TestChannel, RenderWaiters } from './webviewHtml';
import { openDocument, displayFile } from './reportFiles';
import { tableStrings } from './webviewStrings';

export const TABLE_VIEW_TYPE = 'govreport.indicators';
export type TableScope = 'all' | 'target';

/** A row as the webview gets it (plain JSON; the webview renders every string with textContent). */
export interface TableRow {
  i: number; kind: string; name: string; canonical: string | null; canonicalLabel: string; verb: string;
  value: number | null; upper: number | null; unit: string; qualifier: string; aim: boolean; qualitative: boolean;
  relative: string | null; year: number | null; place: string | null; report: string; section: string;
  line: number; text: string;
  vs: { status: PairStatus; target: string; reason: string } | null;
}

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

function buildRows(file: string, analysis: Analysis, scope: TableScope): { rows: IndicatorRow[]; table: TableRow[]; spans: RowSpan[] } {
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
        vs: p ? { status: p.status, target: formatValue(p.target), reason: p.reason } : null,
      });
      spans.push({ start: ind.start, end: ind.end });
      n++;
    });
  });
  return { rows, table, spans };
}

/** The indicator table webview: one panel, retargeted by Extract Indicators / Show Targets. */
export class IndicatorsPanel implements vscode.Disposable {
  static current: IndicatorsPanel | undefined;

  private rows: IndicatorRow[] = [];
  private spans: RowSpan[] = [];
  private table: TableRow[] = [];
  private generation = 0;
  private ready = false;
  private closed = false;
  private highlighted = -2;
  private readonly renderWaiters = new RenderWaiters();
  private readonly disposables: vscode.Disposable[] = [];
  readonly test: TestChannel;

  private constructor(readonly panel: vscode.WebviewPanel, private readonly services: Services,
    public uri: vscode.Uri, public scope: TableScope) {
    this.test = new TestChannel(m => this.panel.webview.postMessage(m));
    const ext = services.context.extensionUri;
    panel.webview.options = webviewOptions(ext);
    panel.webview.html = shellHtml(panel.webview, ext, { title: vscode.l10n.t('Indicators'), script: 'table.js', css: ['table.css'] });
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage(m => this.onMessage(m)),
      services.cache.onDidChange(doc => { if (doc.uri.toString() === this.uri.toString()) this.refresh(); }),
      vscode.window.onDidChangeTextEditorSelection(e => this.onSelection(e)),
      vscode.workspace.onDidCloseTextDocument(d => { if (d.uri.toString() === this.uri.toString()) this.setClosed(true); }),
      vscode.workspace.onDidOpenTextDocument(d => { if (d.uri.toString() === this.uri.toString() && this.closed) { this.setClosed(false); this.refresh(); } }),
      vscode.window.tabGroups.onDidChangeTabs(() => this.checkTabs()),
    );
  }

  /** Opens (or retargets) the table and resolves once the webview has rendered it. */
  static async show(services: Services, uri: vscode.Uri, scope: TableScope): Promise<TableResult> {
    const t0 = Date.now();
    let p = IndicatorsPanel.current;
    if (p) {
      p.uri = uri;
      p.scope = scope;
      p.panel.reveal(p.panel.viewColumn ?? vscode.ViewColumn.Beside, true);
    } else {
      const panel = vscode.window.createWebviewPanel(TABLE_VIEW_TYPE, '', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
        webviewOptions(services.context.extensionUri));
      p = new IndicatorsPanel(panel, services, uri, scope);
      IndicatorsPanel.current = p;
    }
    p.closed = !openDocument(uri);
    const gen = await p.refresh();
    const rendered = await p.renderWaiters.wait(gen, 60000);
    return { uri: uri.toString(), scope, rows: p.rows, rendered, ms: Date.now() - t0 };
  }

  /** Restores a panel after a window reload (WebviewPanelSerializer). */
  static async revive(services: Services, panel: vscode.WebviewPanel, state: unknown): Promise<void> {
    const s = (state && typeof state === 'object' ? state : {}) as { uri?: unknown; scope?: unknown };
    let uri: vscode.Uri | undefined;
    try { uri = typeof s.uri === 'string' ? vscode.Uri.parse(s.uri, true) : undefined; } catch { uri = undefined; }
    const scope: TableScope = s.scope === 'target' ? 'target' : 'all';
    if (!uri) { panel.dispose(); return; }
    IndicatorsPanel.current?.panel.dispose();
    const p = new IndicatorsPanel(panel, services, uri, scope);
    IndicatorsPanel.current = p;
    p.closed = !openDocument(uri);
    await p.refresh();
  }

  private title(): string {
    const base = this.uri.path.split('/').pop() ?? '';
    return this.scope === 'target' ? vscode.l10n.t('Targets: {0}', base) : vscode.l10n.t('Indicators: {0}', base);
  }

  /** Recomputes rows from the document (or the file on disk) and posts them; returns the generation. */
  async refresh(): Promise<number> {
    const gen = ++this.generation;
    this.panel.title = this.title();
    let analysis: Analysis;
    try {
      const doc = openDocument(this.uri) ?? await vscode.workspace.openTextDocument(this.uri);
      analysis = this.services.cache.get(doc).analysis;
    } catch (e) {
      analysis = { length: 0, reports: [] };
      void vscode.window.showErrorMessage(vscode.l10n.t('Cannot read {0}: {1}', this.uri.fsPath, String((e as Error).message ?? e)));
    }
    if (gen !== this.generation) return gen;
    const built = buildRows(displayFile(this.uri), analysis, this.scope);
    this.rows = built.rows;
    this.table = built.table;
    this.spans = built.spans;
    this.highlighted = -2;
    this.postData();
    return gen;
  }

  private postData(): void {
    if (!this.ready) return;
    void this.panel.webview.postMessage({
      type: 'data', generation: this.generation, uri: this.uri.toString(), scope: this.scope,
      file: displayFile(this.uri), rows: this.table, closed: this.closed, strings: tableStrings(),
    });
  }


  /** Messages from the webview; everything is validated before use. */
  async onMessage(m: unknown): Promise<void> {
    if (!isMessage(m)) return;
    if (this.test.handle(m)) return;
    switch (m.type) {
      case 'ready':
        this.ready = true;
        this.postData();
        break;
      case 'rendered': {
        const gen = intIn(m.generation, 0, Number.MAX_SAFE_INTEGER);
        const n = intIn(m.rows, 0, 10_000_000);
        if (gen === undefined || n === undefined) return;
        this.renderWaiters.rendered(gen, n);
        break;
      }
      case 'reveal': {
        const i = intIn(m.index, 0, this.spans.length);
        if (i !== undefined) await this.reveal(i);
        break;
      }
      default:
        break;
    }
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
    if (!this.ready || e.textEditor.document.uri.toString() !== this.uri.toString()) return;
    const off = e.textEditor.document.offsetAt(e.selections[0].active);
    let found = -1;
    for (let i = 0; i < this.spans.length; i++) {
      const s = this.spans[i];
      if (s.start <= off && off <= s.end) { found = i; break; }
    }
    if (found === this.highlighted) return;
    this.highlighted = found;
    void this.panel.webview.postMessage({ type: 'highlight', index: found });
  }

  private checkTabs(): void {
    const key = this.uri.toString();
    const open = vscode.window.tabGroups.all.some(g => g.tabs.some(t => t.input instanceof vscode.TabInputText && t.input.uri.toString() === key));
    if (!open && !this.closed) this.setClosed(true);
    else if (open && this.closed) { this.setClosed(false); void this.refresh(); }
  }

  private setClosed(closed: boolean): void {
    this.closed = closed;
    if (this.ready) void this.panel.webview.postMessage({ type: 'closed', closed });
  }

  dispose(): void {
    if (IndicatorsPanel.current === this) IndicatorsPanel.current = undefined;
    this.renderWaiters.cancelAll();
    vscode.Disposable.from(...this.disposables).dispose();
  }
}
