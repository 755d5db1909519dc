/**
 * Reading the reports to compare: files and folders (folders by content, ReportFiles.inFolder —
 * no file-name convention) expanded into report sources, then each file read and analysed, in time
 * slices (slices.ts) under a cancellable progress notification, so a folder of thousands of
 * reports keeps the editor responsive.
 */
import * as vscode from 'vscode';
import { compareReport, CompareReport } from '../../core/compare';
import type { Deps } from '../shared/deps';
import { errorText } from '../shared/errors';
import { displayFile } from '../shared/reportFiles';
import type { ReportSource } from '../shared/reportPicker';
import { mapSliced } from './slices';

/** Progress of a long load: a notification with a Cancel button (≥ `threshold` items), else the status bar. */
export async function withLoadProgress<T>(title: string, total: number,
  task: (report: (done: number) => void, isCancelled: () => boolean) => Promise<T>, threshold = 20): Promise<T> {
  const location = total >= threshold ? vscode.ProgressLocation.Notification : vscode.ProgressLocation.Window;
  return vscode.window.withProgress({ location, title, cancellable: location === vscode.ProgressLocation.Notification }, async (progress, token) => {
    let shown = 0;
    const report = (done: number) => {
      const pct = total ? Math.floor((done / total) * 100) : 100;
      if (pct > shown) { progress.report({ increment: pct - shown, message: `${done} / ${total}` }); shown = pct; }
    };
    return task(report, () => token.isCancellationRequested);
  });
}

/** Files of the uris: folders expanded to the report files inside (found by content; a progress notification while reading). */
export async function filesOf(deps: Deps, uris: vscode.Uri[]): Promise<vscode.Uri[]> {
  return vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Reading reports…') }, () => filesOfUris(deps, uris));
}

async function filesOfUris(deps: Deps, uris: vscode.Uri[]): Promise<vscode.Uri[]> {
  const out: vscode.Uri[] = [];
  for (const u of uris) {
    let dir: boolean;
    try { dir = ((await vscode.workspace.fs.stat(u)).type & vscode.FileType.Directory) !== 0; } catch (e) {
      deps.log.warn(`cannot read ${u.toString(true)}: ${errorText(e)}`);
      continue;
    }
    if (dir) out.push(...await deps.reports.inFolder(u));
    else out.push(u);
  }
  return out;
}

/** Every report of each file, read in slices with progress; undefined when cancelled. */
export async function sourcesOfFiles(deps: Deps, files: vscode.Uri[]): Promise<ReportSource[] | undefined> {
  const r = await withLoadProgress(vscode.l10n.t('Reading reports…'), files.length, (report, isCancelled) =>
    mapSliced(files, async u => {
      try {
        const a = await deps.reports.analyse(u);
        return a.reports.map((_, i): ReportSource => ({ uri: u, index: i }));
      } catch (e) {
        deps.log.warn(`cannot read ${u.toString(true)}: ${errorText(e)}`);
        return undefined;
      }
    }, { onProgress: report, isCancelled }));
  return r.cancelled ? undefined : r.results.flat();
}

/** The reports of the sources (each file analysed once; unreadable files are reported and skipped); undefined when cancelled. */
export async function loadReports(deps: Deps, sources: ReportSource[]): Promise<CompareReport[] | undefined> {
  const failed: string[] = [];
  const r = await withLoadProgress(vscode.l10n.t('Comparing reports…'), sources.length, (report, isCancelled) =>
    mapSliced(sources, async s => {
      try {
        const a = await deps.reports.analyse(s.uri);
        const rep = a.reports[s.index];
        return rep ? compareReport(`${s.uri.toString()}#${s.index}`, displayFile(s.uri), rep) : undefined;
      } catch (e) {
        deps.log.warn(`cannot read ${s.uri.toString(true)}: ${errorText(e)}`);
        if (!failed.includes(s.uri.fsPath)) failed.push(s.uri.fsPath);
        return undefined;
      }
    }, { onProgress: report, isCancelled }));
  if (failed.length) void vscode.window.showWarningMessage(vscode.l10n.t('Cannot read {0}: {1}', failed.slice(0, 3).join(', ') + (failed.length > 3 ? ' …' : ''), vscode.l10n.t('see the log')));
  return r.cancelled ? undefined : r.results;
}
