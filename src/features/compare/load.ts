/**
 * Reading the reports to compare: files and folders (folders by content, ReportFiles.inFolder —
 * no file-name convention) expanded into report sources, then the comparison, under a cancellable
 * progress notification, so a folder of thousands of reports keeps the editor responsive:
 *
 *   - when any file is read from disk (not an open editor), in the analysis worker: the host reads
 *     each file through ReportFiles (decoding, size guards, warnings) and posts its text; the worker
 *     analyses it and computes the comparison (analysisClient.ts, analysisProtocol.ts);
 *   - else, or when the worker cannot start, on the main thread: each file analysed in time slices
 *     (slices.ts), then the comparison (compute.ts).
 */
import * as vscode from 'vscode';
import { compareReport, CompareReport } from '../../core/compare';
import type { Deps } from '../shared/deps';
import { errorText } from '../shared/errors';
import { displayFile, openDocument } from '../shared/reportFiles';
import type { ReportSource } from '../shared/reportPicker';
import type { AnalysisJob, CompareAnalysis } from './analysisClient';
import type { CompareSource } from './analysisProtocol';
import type { AnalysisService } from './analysisService';
import { Comparison, computeComparison } from './compute';
import { mapSliced } from './slices';

/** Progress of a long load: a notification with a Cancel button (≥ `threshold` items), else the status bar. */
export async function withLoadProgress<T>(title: string, total: number,
  task: (report: (done: number) => void, isCancelled: () => boolean, token: vscode.CancellationToken) => Promise<T>, threshold = 20): Promise<T> {
  const location = total >= threshold ? vscode.ProgressLocation.Notification : vscode.ProgressLocation.Window;
  return vscode.window.withProgress({ location, title, cancellable: location === vscode.ProgressLocation.Notification }, async (progress, token) => {
    let shown = 0;
    const report = (done: number) => {
      const pct = total ? Math.floor((done / total) * 100) : 100;
      if (pct > shown) { progress.report({ increment: pct - shown, message: `${done} / ${total}` }); shown = pct; }
    };
    return task(report, () => token.isCancellationRequested, token);
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

/** Every report of each file (in the analysis worker when any is read from disk), with progress; undefined when cancelled. */
export async function sourcesOfFiles(deps: Deps, service: AnalysisService, files: vscode.Uri[]): Promise<ReportSource[] | undefined> {
  const a = await workerFor(service, files);
  if (a) {
    try {
      const counts = await withLoadProgress(vscode.l10n.t('Reading reports…'), files.length, async (report, _, token) =>
        a.analyseAll(await jobsOf(deps, files, []), { onProgress: report, cancel: token, onFailed: failedLog(deps) }));
      if (!counts) return undefined;
      const out: ReportSource[] = [];
      for (const u of files) {
        const n = counts.get(keyOf(u, stamps.get(u.toString()))) ?? 0;
        for (let i = 0; i < n; i++) out.push({ uri: u, index: i });
      }
      return out;
    } catch (e) {
      service.fail(errorText(e));
    }
  }
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
  warnFailed(failed);
  return r.cancelled ? undefined : r.results;
}

// ---- the analysis worker path ------------------------------------------------------------------

/** The last stamp (open document version, or file mtime and size) seen per uri: the worker's cache key. */
const stamps = new Map<string, string>();

function keyOf(uri: vscode.Uri, stamp: string | undefined): string {
  return `${uri.toString()}\u0000${stamp ?? ''}`;
}

/** The worker, started, when some of `uris` must be read from disk and the platform has one; else null. */
async function workerFor(service: AnalysisService, uris: readonly vscode.Uri[]): Promise<CompareAnalysis | null> {
  if (!uris.some(u => !openDocument(u))) return null; // open editors only: their analyses are cached on this thread
  const a = service.get();
  return a && await service.ready(a) ? a : null;
}

const failedLog = (deps: Deps) => (key: string, error: string): void => deps.log.warn(`cannot analyse ${key.split('\u0000')[0]}: ${error}`);

/**
 * The analysis jobs of `uris`: each keyed by its uri and stamp, read through ReportFiles (the open
 * document's text, else the file decoded, with its guards and warnings). Unreadable files are
 * logged and added to `failed`.
 */
async function jobsOf(deps: Deps, uris: readonly vscode.Uri[], failed: string[]): Promise<AnalysisJob[]> {
  const jobs: AnalysisJob[] = [];
  const unreadable = (u: vscode.Uri, e: unknown): undefined => {
    deps.log.warn(`cannot read ${u.toString(true)}: ${errorText(e)}`);
    if (!failed.includes(u.fsPath)) failed.push(u.fsPath);
    return undefined;
  };
  for (const u of uris) {
    const doc = openDocument(u);
    let stamp: string;
    if (doc) stamp = `v${doc.version}`;
    else {
      try {
        const st = await vscode.workspace.fs.stat(u);
        stamp = `${st.mtime}:${st.size}`;
      } catch (e) {
        unreadable(u, e);
        continue;
      }
    }
    stamps.set(u.toString(), stamp);
    jobs.push({ key: keyOf(u, stamp), read: () => deps.reports.read(u).catch(e => unreadable(u, e)) });
  }
  return jobs;
}

/** What a comparison was computed from, and where. */
export interface Loaded { comparison: Comparison; reports: number; via: 'worker' | 'main thread' }

/**
 * The comparison of `sources`: in the analysis worker when any file is read from disk, else (or
 * when the worker fails: logged once, then the main thread) on the main thread in slices.
 * Undefined when the user cancelled; `isStale` ends the work early (a newer refresh started).
 */
export async function loadComparison(deps: Deps, service: AnalysisService, sources: ReportSource[],
  opt: { includeLowConfidence: boolean; isStale: () => boolean }): Promise<Loaded | undefined> {
  const uris = [...new Map(sources.map(s => [s.uri.toString(), s.uri])).values()];
  const a = await workerFor(service, uris);
  if (a) {
    const failed: string[] = [];
    try {
      const comparison = await withLoadProgress(vscode.l10n.t('Comparing reports…'), uris.length, async (report, isCancelled, token) => {
        const cancel = new vscode.CancellationTokenSource();
        const sub = token.onCancellationRequested(() => cancel.cancel());
        try {
          const jobs = await jobsOf(deps, uris, failed);
          const counts = await a.analyseAll(jobs, {
            cancel: cancel.token, onFailed: failedLog(deps),
            onProgress: done => { report(done); if (opt.isStale()) cancel.cancel(); },
          });
          if (!counts || isCancelled() || opt.isStale()) return undefined;
          const list: CompareSource[] = [];
          for (const s of sources) {
            const key = keyOf(s.uri, stamps.get(s.uri.toString()));
            if (s.index < (counts.get(key) ?? 0)) list.push({ key, index: s.index, id: `${s.uri.toString()}#${s.index}`, file: displayFile(s.uri) });
          }
          return await a.compare(list, jobs, { includeLowConfidence: opt.includeLowConfidence, bundle: vscode.l10n.bundle ?? null, cancel: cancel.token });
        } finally {
          sub.dispose();
          cancel.dispose();
        }
      });
      warnFailed(failed);
      if (!comparison) return undefined;
      service.lastVia = 'worker';
      return { comparison, reports: comparison.matrix.rows.length, via: 'worker' };
    } catch (e) {
      service.fail(errorText(e));
    }
  }
  const reports = await loadReports(deps, sources);
  if (!reports || opt.isStale()) return undefined;
  const comparison = await computeComparison(reports, (message, ...args) => vscode.l10n.t(message, ...args),
    { includeLowConfidence: opt.includeLowConfidence, isCancelled: opt.isStale });
  service.lastVia = 'main thread';
  return { comparison, reports: reports.length, via: 'main thread' };
}

function warnFailed(failed: string[]): void {
  if (failed.length) void vscode.window.showWarningMessage(vscode.l10n.t('Cannot read {0}: {1}', failed.slice(0, 3).join(', ') + (failed.length > 3 ? ' …' : ''), vscode.l10n.t('see the log')));
}
