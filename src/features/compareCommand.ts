/**
 * Compare Reports: pick reports (open editors, workspace report files, or files/folders from a
 * dialog; a file with several reports offers each) → a webview matrix of places × canonical
 * indicators (targets and actuals side by side, verdicts of target pairs) and a bar chart.
 *
 *   govreport.compareReports [arg]   arg (optional, skips the pickers):
 *       Uri | Uri[] | { uris?: Array<Uri|string>, reports?: Array<{ uri: Uri|string, index: number }> }
 *     → CompareResult once the webview has rendered
 * Test-only: govreport.internal.compareRequest {op, …} (ops: dumpText, chart {key?, format?}).
 */
import * as path from 'path';
import * as vscode from 'vscode';
import type { Services } from '../extension';
import type { Analysis } from '../core';
import { compareMatrix, compareReport, CompareMatrix, CompareReport } from '../core/compare';
import { validateChartExport, escapeIcons } from '../core/html';
import { shellHtml, webviewOptions, isMessage, intIn, TestChannel, RenderWaiters } from './webviewHtml';
import { analyseUri, displayFile, openDocument, REPORT_GLOBS, isReportFileName, toUri } from './reportFiles';
import { compareStrings } from './webviewStrings';

export const COMPARE_VIEW_TYPE = 'govreport.compare';

interface Source { uri: vscode.Uri; index: number }

export interface CompareResult {
  reports: number;
  matrix: CompareMatrix;
  rendered: number;
  ms: number;
}

async function load(services: Services, sources: Source[]): Promise<CompareReport[]> {
  const cache = new Map<string, Analysis>();
  const out: CompareReport[] = [];
  for (const s of sources) {
    const key = s.uri.toString();
    let a = cache.get(key);
    if (!a) {
      try { a = await analyseUri(services, s.uri); } catch (e) {
        void vscode.window.showWarningMessage(vscode.l10n.t('Cannot read {0}: {1}', s.uri.fsPath, String((e as Error).message ?? e)));
        continue;
      }
      cache.set(key, a);
    }
    const r = a.reports[s.index];
    if (r) out.push(compareReport(`${key}#${s.index}`, displayFile(s.uri), r));
  }
  return out;
}

async function expandUris(services: Services, uris: vscode.Uri[]): Promise<Source[]> {
  const out: Source[] = [];
  for (const u of uris) {
    let a: Analysis;
    try { a = await analyseUri(services, u); } catch { continue; }
    a.reports.forEach((_, i) => out.push({ uri: u, index: i }));
  }
  return out;
}

/** Report files under a folder chosen in the open dialog (names like the report patterns). */
async function filesIn(folder: vscode.Uri, depth = 4): Promise<vscode.Uri[]> {
  const out: vscode.Uri[] = [];
  let entries: Array<[string, vscode.FileType]>;
  try { entries = await vscode.workspace.fs.readDirectory(folder); } catch { return out; }
  for (const [name, type] of entries) {
    const u = vscode.Uri.joinPath(folder, name);
    if (type === vscode.FileType.Directory && depth > 0 && name !== 'node_modules' && !name.startsWith('.')) out.push(...await filesIn(u, depth - 1));
    else if (type === vscode.FileType.File && isReportFileName(name)) out.push(u);
  }
  return out;
}

/** Open govreport editors and workspace report files, deduplicated. */
export async function candidateFiles(): Promise<vscode.Uri[]> {
  const seen = new Map<string, vscode.Uri>();
  for (const d of vscode.workspace.textDocuments) if (d.languageId === 'govreport' && !d.isClosed) seen.set(d.uri.toString(), d.uri);
  for (const g of REPORT_GLOBS) {
    for (const u of await vscode.workspace.findFiles(g, '**/node_modules/**', 200)) seen.set(u.toString(), u);
  }
  return [...seen.values()];
}

type PickItem = vscode.QuickPickItem & { source?: Source; choose?: boolean };

async function pickSources(services: Services): Promise<Source[] | undefined> {
  const items: PickItem[] = [{ label: `$(folder-opened) ${vscode.l10n.t('Choose files/folders…')}`, alwaysShow: true, choose: true }];
  await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Reading reports…') }, async () => {
    for (const uri of await candidateFiles()) {
      let a: Analysis;
      try { a = await analyseUri(services, uri); } catch { continue; }
      const file = displayFile(uri);
      a.reports.forEach((r, i) => items.push({
        label: escapeIcons(r.title),
        description: [r.place, r.year].filter(x => x !== null && x !== '').join(' '),
        detail: a.reports.length > 1 ? vscode.l10n.t('{0} · report {1} of {2}', file, i + 1, a.reports.length) : file,
        picked: openDocument(uri) !== undefined,
        source: { uri, index: i },
      }));
    }
  });
  const picked = await vscode.window.showQuickPick(items, {
    canPickMany: true, matchOnDescription: true, matchOnDetail: true,
    title: vscode.l10n.t('Compare Reports'), placeHolder: vscode.l10n.t('Pick the reports to compare (a file with several reports offers each)'),
  });
  if (!picked) return undefined;
  const sources = picked.filter(p => p.source).map(p => p.source as Source);
  if (picked.some(p => p.choose)) {
    const chosen = await vscode.window.showOpenDialog({
      canSelectFiles: true, canSelectFolders: true, canSelectMany: true, openLabel: vscode.l10n.t('Compare'),
      filters: { [vscode.l10n.t('Reports')]: ['txt', 'govreport'], [vscode.l10n.t('All files')]: ['*'] },
    });
    if (chosen) {
      const files: vscode.Uri[] = [];
      for (const u of chosen) {
        const st = await vscode.workspace.fs.stat(u);
        if (st.type & vscode.FileType.Directory) files.push(...await filesIn(u));
        else files.push(u);
      }
      sources.push(...await expandUris(services, files));
    }
  }
  return sources;
}

async function sourcesFromArg(services: Services, arg: unknown): Promise<Source[] | undefined> {
  if (arg === undefined || arg === null) return undefined;
  const u = toUri(arg);
  if (u) return expandUris(services, [u]);
  if (Array.isArray(arg)) return expandUris(services, arg.map(toUri).filter((x): x is vscode.Uri => !!x));
  if (typeof arg === 'object') {
    const o = arg as { uris?: unknown; reports?: unknown };
    const out: Source[] = [];
    if (Array.isArray(o.uris)) out.push(...await expandUris(services, o.uris.map(toUri).filter((x): x is vscode.Uri => !!x)));
    if (Array.isArray(o.reports)) {
      for (const r of o.reports as Array<{ uri?: unknown; index?: unknown }>) {
        const ru = toUri(r?.uri);
        const i = intIn(r?.index, 0, 10000);
        if (ru && i !== undefined) out.push({ uri: ru, index: i });
      }
    }
    return out;
  }
  return undefined;
}

export class ComparePanel implements vscode.Disposable {
  static current: ComparePanel | undefined;
  private ready = false;
  private generation = 0;
  private matrix: CompareMatrix | undefined;
  private readonly waiters = new RenderWaiters();
  private readonly disposables: vscode.Disposable[] = [];
  readonly test: TestChannel;

  private constructor(readonly panel: vscode.WebviewPanel, private readonly services: Services, private sources: Source[]) {
    const ext = services.context.extensionUri;
    this.test = new TestChannel(m => panel.webview.postMessage(m));
    panel.webview.options = webviewOptions(ext);
    panel.webview.html = shellHtml(panel.webview, ext, { title: vscode.l10n.t('Compare Reports'), script: 'compare.js', css: ['table.css'] });
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage(m => this.onMessage(m)),
    );
  }

  static async show(services: Services, sources: Source[]): Promise<CompareResult> {
    const t0 = Date.now();
    let p = ComparePanel.current;
    if (p) { p.sources = sources; p.panel.reveal(undefined, true); }
    else {
      const panel = vscode.window.createWebviewPanel(COMPARE_VIEW_TYPE, vscode.l10n.t('Compare Reports'), { viewColumn: vscode.ViewColumn.Active },
        webviewOptions(services.context.extensionUri));
      p = new ComparePanel(panel, services, sources);
      ComparePanel.current = p;
    }
    const gen = await p.refresh();
    const rendered = await p.waiters.wait(gen, 60000);
    return { reports: p.matrix?.rows.length ?? 0, matrix: p.matrix as CompareMatrix, rendered, ms: Date.now() - t0 };
  }

  static async revive(services: Services, panel: vscode.WebviewPanel, state: unknown): Promise<void> {
    const s = (state && typeof state === 'object' ? state : {}) as { sources?: unknown };
    const sources: Source[] = [];
    if (Array.isArray(s.sources)) {
      for (const x of s.sources as Array<{ uri?: unknown; index?: unknown }>) {
        let uri: vscode.Uri | undefined;
        try { uri = typeof x?.uri === 'string' ? vscode.Uri.parse(x.uri, true) : undefined; } catch { uri = undefined; }
        const i = intIn(x?.index, 0, 10000);
        if (uri && i !== undefined) sources.push({ uri, index: i });
      }
    }
    ComparePanel.current?.panel.dispose();
    const p = new ComparePanel(panel, services, sources);
    ComparePanel.current = p;
    await p.refresh();
  }

  async refresh(): Promise<number> {
    const gen = ++this.generation;
    const reports = await load(this.services, this.sources);
    if (gen !== this.generation) return gen;
    this.matrix = compareMatrix(reports, (message, ...args) => vscode.l10n.t(message, ...args));
    this.panel.title = vscode.l10n.t('Compare Reports ({0})', reports.length);
    this.post();
    return gen;
  }

  private post(): void {
    if (!this.ready || !this.matrix) return;
    void this.panel.webview.postMessage({
      type: 'data', generation: this.generation, matrix: this.matrix, strings: compareStrings(),
      sources: this.sources.map(s => ({ uri: s.uri.toString(), index: s.index })),
    });
  }


  async onMessage(m: unknown): Promise<void> {
    if (!isMessage(m)) return;
    if (this.test.handle(m)) return;
    switch (m.type) {
      case 'ready': this.ready = true; this.post(); break;
      case 'rendered': {
        const gen = intIn(m.generation, 0, Number.MAX_SAFE_INTEGER);
        const n = intIn(m.rows, 0, 1_000_000);
        if (gen === undefined || n === undefined) return;
        this.waiters.rendered(gen, n);
        break;
      }
      case 'saveChart': await this.saveChart(m.format, m.data, m.key); break;
      default: break;
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
    void vscode.window.showInformationMessage(vscode.l10n.t('Chart saved to {0}.', path.basename(target.fsPath)));
  }

  dispose(): void {
    if (ComparePanel.current === this) ComparePanel.current = undefined;
    this.waiters.cancelAll();
    vscode.Disposable.from(...this.disposables).dispose();
  }
}

export function registerCompareCommand(services: Services): void {
  services.context.subscriptions.push(
    vscode.commands.registerCommand('govreport.compareReports', async (arg?: unknown) => {
      const sources = (await sourcesFromArg(services, arg)) ?? await pickSources(services);
      if (!sources) return undefined;
      if (sources.length === 0) {
        void vscode.window.showWarningMessage(vscode.l10n.t('No reports were picked.'));
        return undefined;
      }
      return ComparePanel.show(services, sources);
    }),
    vscode.window.registerWebviewPanelSerializer(COMPARE_VIEW_TYPE, {
      async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: unknown) {
        await ComparePanel.revive(services, panel, state);
      },
    }),
    vscode.commands.registerCommand('govreport.internal.compareRequest', (msg: Record<string, unknown>) => {
      const p = ComparePanel.current;
      if (!p) throw new Error('no comparison is open');
      return p.test.request(msg ?? {});
    }),
  );
}
