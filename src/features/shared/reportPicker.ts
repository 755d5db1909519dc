/**
 * Picking reports, shared by Compare Reports (several) and Compare Key Terms (one at a time): the
 * open report editors and the workspace's report files (found by content, ReportFiles.list), each
 * report of a multi-report file as its own item, plus files or folders from an open dialog.
 */
import * as vscode from 'vscode';
import type { Analysis } from '../../core';
import { escapeIconSyntax, stripControlChars } from '../../core/sanitize';
import type { Deps } from './deps';
import { errorText } from './errors';
import { displayFile, openDocument, toUri } from './reportFiles';
import { intIn } from './webview';

/** One report of a file: the file and the report's index in its analysis. */
export interface ReportSource { uri: vscode.Uri; index: number }

type Item = vscode.QuickPickItem & { source?: ReportSource; browse?: boolean };

/** A report source from a command argument: a uri (report 0) or `{ uri, index? }`. */
export function sourceOf(v: unknown): ReportSource | undefined {
  if (!v || typeof v !== 'object' || v instanceof vscode.Uri) {
    const uri = toUri(v);
    return uri ? { uri, index: 0 } : undefined;
  }
  const o = v as { uri?: unknown; index?: unknown };
  const uri = toUri(o.uri);
  return uri ? { uri, index: intIn(o.index, 0, 10000) ?? 0 } : undefined;
}

/**
 * Every report of each file. Files that cannot be read (missing, no regular file, too large) are
 * logged and skipped, and the user is told once, with the first reason.
 */
export async function expandUris(deps: Deps, uris: vscode.Uri[]): Promise<ReportSource[]> {
  const out: ReportSource[] = [];
  const failed: string[] = [];
  for (const u of uris) {
    let a: Analysis;
    try {
      a = await deps.reports.analyse(u);
    } catch (e) {
      deps.log.warn(stripControlChars(`cannot read ${u.toString(true)}: ${errorText(e)}`));
      failed.push(errorText(e));
      continue;
    }
    a.reports.forEach((_, i) => out.push({ uri: u, index: i }));
  }
  if (failed.length) {
    const first = stripControlChars(failed[0]);
    void vscode.window.showWarningMessage(failed.length === 1
      ? vscode.l10n.t('Gov Report: a file was skipped: {0}', first)
      : vscode.l10n.t('Gov Report: {0} files were skipped, e.g. {1}', failed.length, first));
  }
  return out;
}

/** Quick-pick items for every report of the candidate files (`picked` for open ones when `markOpen`). */
async function reportItems(deps: Deps, opts: { includePlainText?: boolean; exclude?: ReportSource; markOpen?: boolean }): Promise<Item[]> {
  const uris = new Map<string, vscode.Uri>();
  if (opts.includePlainText) {
    for (const d of vscode.workspace.textDocuments) {
      if (!d.isClosed && (d.languageId === 'govreport' || d.languageId === 'plaintext') && d.uri.scheme !== 'output') uris.set(d.uri.toString(), d.uri);
    }
  }
  for (const u of await deps.reports.list()) uris.set(u.toString(), u);
  const items: Item[] = [];
  for (const uri of uris.values()) {
    let a: Analysis;
    try { a = await deps.reports.analyse(uri); } catch (e) { deps.log.warn(`cannot read ${uri.toString(true)}: ${errorText(e)}`); continue; }
    const file = displayFile(uri);
    a.reports.forEach((r, i) => {
      if (opts.exclude && opts.exclude.uri.toString() === uri.toString() && opts.exclude.index === i) return;
      items.push({
        label: escapeIconSyntax(r.title || file),
        description: escapeIconSyntax([r.place, r.year].filter(x => x !== null && x !== '').join(' ')),
        detail: escapeIconSyntax(a.reports.length > 1 ? vscode.l10n.t('{0} · report {1} of {2}', file, i + 1, a.reports.length) : file),
        picked: opts.markOpen ? openDocument(uri) !== undefined : undefined,
        source: { uri, index: i },
      });
    });
  }
  return items;
}

/** The items Compare Key Terms' picker offers (labels as shown), for tests. */
export function reportPickItems(deps: Deps): Promise<vscode.QuickPickItem[]> {
  return reportItems(deps, { includePlainText: true });
}

const reportFilters = (): Record<string, string[]> => ({ [vscode.l10n.t('Reports')]: ['txt', 'govreport'], [vscode.l10n.t('All files')]: ['*'] });

/** Several reports (Compare Reports): candidates pre-selected when open, or files/folders from a dialog. */
export async function pickReports(deps: Deps): Promise<ReportSource[] | undefined> {
  const items: Item[] = [{ label: `$(folder-opened) ${vscode.l10n.t('Choose files/folders…')}`, alwaysShow: true, browse: true }];
  await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Reading reports…') },
    async () => { items.push(...await reportItems(deps, { markOpen: true })); });
  const picked = await vscode.window.showQuickPick(items, {
    canPickMany: true, matchOnDescription: true, matchOnDetail: true,
    title: vscode.l10n.t('Compare Reports'), placeHolder: vscode.l10n.t('Pick the reports to compare (a file with several reports offers each)'),
  });
  if (!picked) return undefined;
  const sources = picked.flatMap(p => (p.source ? [p.source] : []));
  if (picked.some(p => p.browse)) {
    const chosen = await vscode.window.showOpenDialog({
      canSelectFiles: true, canSelectFolders: true, canSelectMany: true, openLabel: vscode.l10n.t('Compare'), filters: reportFilters(),
    });
    if (chosen) {
      const files: vscode.Uri[] = [];
      for (const u of chosen) {
        const st = await vscode.workspace.fs.stat(u);
        if (st.type & vscode.FileType.Directory) files.push(...await deps.reports.inFolder(u));
        else files.push(u);
      }
      sources.push(...await expandUris(deps, files));
    }
  }
  return sources;
}

/** One report (Compare Key Terms): open editors (plain text too) and workspace reports, or a file from a dialog. */
export async function pickReport(deps: Deps, title: string, exclude?: ReportSource): Promise<ReportSource | undefined> {
  const items = await reportItems(deps, { includePlainText: true, exclude });
  items.push({ label: '$(folder-opened) ' + vscode.l10n.t('Choose a file…'), alwaysShow: true, browse: true });
  const picked = await vscode.window.showQuickPick(items, { title, matchOnDescription: true, matchOnDetail: true });
  if (!picked) return undefined;
  if (picked.source) return picked.source;
  const chosen = await vscode.window.showOpenDialog({ canSelectMany: false, filters: reportFilters() });
  if (!chosen?.[0]) return undefined;
  const a = await deps.reports.analyse(chosen[0]);
  if (a.reports.length <= 1) return { uri: chosen[0], index: 0 };
  const which = await vscode.window.showQuickPick(
    a.reports.map((r, i) => ({ label: escapeIconSyntax(r.title), description: vscode.l10n.t('report {0} of {1}', i + 1, a.reports.length), index: i })),
    { title: vscode.l10n.t('{0}: which report of {1}?', title, displayFile(chosen[0])) },
  );
  return which ? { uri: chosen[0], index: which.index } : undefined;
}
