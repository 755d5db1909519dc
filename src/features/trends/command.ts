/**
 * Term Trends (issue 13): how often terms are used per year (or per level), with first-seen and
 * peak years, across a folder of reports or the bundled background model.
 *
 *   govreport.termTrends [arg]   arg (optional, skips the prompts):
 *                                { terms: string[] | string, folder?: Uri | string, by?: 'year' | 'level' }
 *                                (no folder: the background model) → TermTrendsResult once rendered
 *
 * A folder's report files are found by content (ReportFiles.inFolder: .txt/.md/.govreport,
 * recursively) and each is analysed and segmented in the jieba worker thread
 * (`WorkerSegmenter.trendDocs`: year and level from the text, term counts of its prose), one file
 * at a time with a cancellable progress notification; with the Intl fallback segmenter, on this
 * thread. The background model loads on first use (shared/background.ts).
 * Test-only (ExtensionMode.Test): govreport.internal.trendsRequest {op: 'chart' | 'dumpText'} → what
 * the panel shows; govreport.internal.backgroundState → the background model's load state.
 */
import * as vscode from 'vscode';
import type { Segmenter } from '../../core/segmenter';
import { trendDocsOfText, TrendBy, TrendDoc } from '../../core/trends';
import { backgroundState, loadBackground, tryLoadBackground } from '../shared/background';
import type { Deps } from '../shared/deps';
import { errorText } from '../shared/errors';
import { displayFile, toUri } from '../shared/reportFiles';
import { registerTestCommand } from '../shared/testOnly';
import { ViewSlot } from '../shared/webview';
import { TrendSource, TrendsPanel } from './panel';

/**
 * The segmenters Term Trends needs (the Key Terms feature's SegmenterService, handed over by
 * extension.ts so both share one jieba worker): its segmenter may compute a report file's trend
 * documents itself, off the main thread (`trendDocs`).
 */
export interface TrendSegmenters {
  get(): Promise<{ segmenter: Segmenter; info: { name: string; reason: string } }>;
}
type WithTrendDocs = Segmenter & { trendDocs(text: string): Promise<TrendDoc[]> };
const hasTrendDocs = (s: Segmenter): s is WithTrendDocs => typeof (s as Partial<WithTrendDocs>).trendDocs === 'function';

export interface TermTrendsResult {
  terms: string[];
  source: 'background' | 'folder';
  /** Report files read (folder), and the reports found in them (or the background's reports). */
  files: number;
  reports: number;
  segmenter: string;
  /** Per term: first-seen year, peak bucket, reports that use it. */
  trends: Array<{ term: string; firstSeen: number | null; peak: string | null; docsWith: number; buckets: string[] }>;
  /** Terms the webview rendered (-1 if it did not). */
  rendered: number;
  cancelled: boolean;
  /** Whole command; reading and segmenting the folder's files (0 for the background); computing and rendering. */
  ms: number;
  docsMs: number;
  renderMs: number;
}

const MAX_TERMS = 8;

/** Terms typed by the user: split at spaces, commas, 、 and semicolons; deduplicated, at most 8. */
export function parseTerms(input: string): string[] {
  const out: string[] = [];
  for (const t of input.split(/[\s,，、;；|]+/u)) {
    const term = t.trim().slice(0, 40);
    if (term && !out.includes(term)) out.push(term);
  }
  return out.slice(0, MAX_TERMS);
}

/** The selected text of the active editor, when it is a short single phrase (the input box's default). */
function selectedPhrase(): string {
  const ed = vscode.window.activeTextEditor;
  if (!ed || ed.selection.isEmpty) return '';
  const s = ed.document.getText(ed.selection).trim();
  return s.length <= 40 && !/[\r\n]/.test(s) ? s : '';
}

async function askTerms(): Promise<string[] | undefined> {
  const value = await vscode.window.showInputBox({
    title: vscode.l10n.t('Term Trends'),
    prompt: vscode.l10n.t('Terms to follow over the years (separate several with spaces or commas)'),
    placeHolder: vscode.l10n.t('e.g. 新质生产力 供给侧结构性改革'),
    value: selectedPhrase(),
    validateInput: v => (parseTerms(v).length ? undefined : vscode.l10n.t('Type at least one term.')),
  });
  return value === undefined ? undefined : parseTerms(value);
}

/** The background model, or a folder (a workspace folder or one chosen in a dialog). */
async function askSource(): Promise<vscode.Uri | 'background' | undefined> {
  type Item = vscode.QuickPickItem & { value: vscode.Uri | 'background' | 'choose' };
  const items: Item[] = [
    { label: '$(database) ' + vscode.l10n.t('The bundled background model'), description: vscode.l10n.t('reports of the development corpus'), value: 'background' },
    ...(vscode.workspace.workspaceFolders ?? []).map(f => ({ label: '$(folder) ' + f.name, description: vscode.l10n.t('report files of this workspace folder'), value: f.uri })),
    { label: '$(folder-opened) ' + vscode.l10n.t('Choose a folder…'), value: 'choose' },
  ];
  const pick = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Term Trends: over which reports?') });
  if (!pick) return undefined;
  if (pick.value !== 'choose') return pick.value;
  const chosen = await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, canSelectMany: false, openLabel: vscode.l10n.t('Use this folder') });
  return chosen?.[0];
}

/** Trend documents of every report file under `folder`, one file at a time, with progress; null when cancelled. */
async function folderDocs(deps: Deps, folder: vscode.Uri, segmenter: Segmenter): Promise<{ docs: TrendDoc[]; files: number } | null> {
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Term Trends'), cancellable: true },
    async (progress, token) => {
      progress.report({ message: vscode.l10n.t('finding report files in {0}…', displayFile(folder)) });
      const files = await deps.reports.inFolder(folder);
      const docs: TrendDoc[] = [];
      for (let i = 0; i < files.length; i++) {
        if (token.isCancellationRequested) return null;
        progress.report({ message: vscode.l10n.t('{0}/{1}: {2}', i + 1, files.length, displayFile(files[i])), increment: 100 / files.length });
        try {
          const text = await deps.reports.read(files[i]);
          docs.push(...(hasTrendDocs(segmenter) ? await segmenter.trendDocs(text) : await trendDocsOfText(text, segmenter)));
        } catch (e) {
          deps.log.warn(`term trends: skipped ${files[i].toString(true)}: ${errorText(e)}`);
        }
      }
      return token.isCancellationRequested ? null : { docs, files: files.length };
    },
  );
}

function argOf(arg: unknown): { terms?: string[]; folder?: vscode.Uri | 'background'; by?: TrendBy } | undefined {
  if (!arg || typeof arg !== 'object' || !('terms' in arg)) return undefined;
  const a = arg as { terms: unknown; folder?: unknown; by?: unknown };
  const terms = Array.isArray(a.terms) ? parseTerms(a.terms.filter(t => typeof t === 'string').join(' ')) : typeof a.terms === 'string' ? parseTerms(a.terms) : [];
  return {
    terms: terms.length ? terms : undefined,
    folder: a.folder === undefined || a.folder === 'background' ? 'background' : toUri(a.folder),
    by: a.by === 'level' ? 'level' : 'year',
  };
}

export function registerTermTrends(deps: Deps, segmenters: TrendSegmenters): vscode.Disposable {
  const slot = new ViewSlot<TrendsPanel>();

  return vscode.Disposable.from(
    slot,
    vscode.commands.registerCommand('govreport.termTrends', async (arg?: unknown): Promise<TermTrendsResult | undefined> => {
      const given = argOf(arg);
      const terms = given?.terms ?? await askTerms();
      if (!terms?.length) return undefined;
      const where = given?.folder ?? await askSource();
      if (!where) return undefined;
      const by: TrendBy = given?.by ?? 'year';
      const t0 = Date.now();
      let source: TrendSource;
      let segmenterName = '';
      let files = 0;
      let docsMs = 0;
      if (where === 'background') {
        let bg;
        try {
          bg = (await loadBackground(deps, 'Term Trends')).background;
        } catch (e) {
          deps.log.error(`term trends: background model: ${errorText(e)}`);
          void vscode.window.showErrorMessage(vscode.l10n.t('Term Trends: the background model cannot be loaded: {0}', errorText(e)));
          return undefined;
        }
        source = { kind: 'background', background: bg, label: vscode.l10n.t('background model ({0} reports)', bg.totalDocs) };
      } else {
        const { segmenter, info } = await segmenters.get();
        segmenterName = info.name;
        const [got, bg] = await Promise.all([folderDocs(deps, where, segmenter), tryLoadBackground(deps, 'Term Trends')]);
        if (!got) {
          return { terms, source: 'folder', files: 0, reports: 0, segmenter: segmenterName, trends: [], rendered: -1, cancelled: true, ms: Date.now() - t0, docsMs: Date.now() - t0, renderMs: 0 };
        }
        docsMs = Date.now() - t0;
        files = got.files;
        if (!got.docs.some(d => d.year !== null)) {
          void vscode.window.showInformationMessage(vscode.l10n.t('Term Trends: no report with a year was found in {0}.', displayFile(where)));
        }
        source = { kind: 'folder', docs: got.docs, files: got.files, label: displayFile(where) || where.fsPath, background: bg };
        deps.log.info(`term trends: ${got.files} files, ${got.docs.length} reports of ${where.toString(true)} in ${Date.now() - t0} ms (${segmenterName})`);
      }
      const t1 = Date.now();
      const panel = slot.current ?? slot.set(TrendsPanel.create(deps));
      panel.revealWithoutFocus();
      const rendered = await panel.show(terms, source, by);
      const renderMs = Date.now() - t1;
      const trends = panel.lastTrends;
      return {
        terms,
        source: source.kind,
        files,
        reports: source.kind === 'background' ? source.background.totalDocs : source.docs.length,
        segmenter: segmenterName,
        trends: trends.map(t => ({ term: t.term, firstSeen: t.firstSeen, peak: t.peak, docsWith: t.docsWith, buckets: t.points.map(p => p.key) })),
        rendered,
        cancelled: false,
        ms: Date.now() - t0,
        docsMs,
        renderMs,
      };
    }),
    registerTestCommand(deps, 'govreport.internal.trendsRequest', (msg: Record<string, unknown>) => {
      const p = slot.current;
      if (!p) throw new Error('no Term Trends panel is open');
      return p.test?.request(msg ?? {});
    }),
    registerTestCommand(deps, 'govreport.internal.backgroundState', () => backgroundState()),
  );
}
