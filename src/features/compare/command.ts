/**
 * Compare Reports: pick reports (open editors, workspace report files, or files/folders from a
 * dialog; a file with several reports offers each) → the comparison webview (panel.ts).
 *
 *   govreport.compareReports [arg]   arg (optional, skips the pickers):
 *       Uri | Uri[] | { uris?: Array<Uri|string>, reports?: Array<{ uri: Uri|string, index: number }> }
 *       (a folder uri: the report files inside, found by content; reading shows a cancellable progress)
 *     → CompareResult once the webview has rendered
 * Test-only (ExtensionMode.Test): govreport.internal.compareRequest {op, …} (ops: dumpText, chart {key?, format?},
 * analysisWorker {disable?, reset?} → { running, starts, failure, lastVia }).
 */
import * as vscode from 'vscode';
import type { Deps } from '../shared/deps';
import { toUri } from '../shared/reportFiles';
import { pickReports, ReportSource } from '../shared/reportPicker';
import { registerTestCommand } from '../shared/testOnly';
import { intIn, registerViewSerializer, ViewSlot } from '../shared/webview';
import { filesOf, sourcesOfFiles } from './load';
import { AnalysisBackend, AnalysisService } from './analysisService';
import { COMPARE_VIEW_TYPE, ComparePanel, CompareResult } from './panel';

/** Every report of the files and folders (folders read by content), with progress; undefined when cancelled. */
async function expandUris(deps: Deps, service: AnalysisService, uris: vscode.Uri[]): Promise<ReportSource[] | undefined> {
  return sourcesOfFiles(deps, service, await filesOf(deps, uris));
}

/** Sources from the argument; null without one (pick), undefined when cancelled. */
async function sourcesFromArg(deps: Deps, service: AnalysisService, arg: unknown): Promise<ReportSource[] | undefined | null> {
  if (arg === undefined || arg === null) return null;
  const uris = (list: unknown[]): vscode.Uri[] => list.map(toUri).filter((x): x is vscode.Uri => !!x);
  const u = toUri(arg);
  if (u) return expandUris(deps, service, [u]);
  if (Array.isArray(arg)) return expandUris(deps, service, uris(arg));
  if (typeof arg === 'object') {
    const o = arg as { uris?: unknown; reports?: unknown };
    const out: ReportSource[] = [];
    if (Array.isArray(o.uris)) {
      const got = await expandUris(deps, service, uris(o.uris));
      if (!got) return undefined;
      out.push(...got);
    }
    if (Array.isArray(o.reports)) {
      for (const r of o.reports as Array<{ uri?: unknown; index?: unknown }>) {
        const ru = toUri(r?.uri);
        const i = intIn(r?.index, 0, 10000);
        if (ru && i !== undefined) out.push({ uri: ru, index: i });
      }
    }
    return out;
  }
  return null;
}

/**
 * `analysisBackend`: the platform's analysis worker (extension.node.ts: a worker thread;
 * extension.browser.ts: a web worker); without one, Compare analyses on the main thread in slices.
 */
export function registerCompareCommand(deps: Deps, analysisBackend?: AnalysisBackend): vscode.Disposable {
  const slot = new ViewSlot<ComparePanel>();
  const analysis = new AnalysisService(deps, analysisBackend);
  return vscode.Disposable.from(
    slot,
    analysis,
    vscode.commands.registerCommand('govreport.compareReports', async (arg?: unknown): Promise<CompareResult | undefined> => {
      const fromArg = await sourcesFromArg(deps, analysis, arg);
      const sources = fromArg === null ? await pickReports(deps) : fromArg;
      if (!sources) return undefined;
      if (sources.length === 0) {
        void vscode.window.showWarningMessage(vscode.l10n.t('No reports were picked.'));
        return undefined;
      }
      const existing = slot.current;
      return (existing ?? slot.set(ComparePanel.create(deps, analysis, sources))).show(sources, !!existing);
    }),
    registerViewSerializer(deps, COMPARE_VIEW_TYPE, async (panel, state) => {
      await slot.set(ComparePanel.revive(deps, analysis, panel, state)).refresh();
    }),
    registerTestCommand(deps, 'govreport.internal.compareRequest', (msg: Record<string, unknown>) => {
      if (msg?.op === 'analysisWorker') {
        // { disable: reason } makes the worker unavailable (as if it could not start), { reset: true } undoes it
        if (typeof msg.disable === 'string') analysis.fail(msg.disable);
        if (msg.reset === true) analysis.reset();
        return { ...analysis.state, lastVia: analysis.lastVia };
      }
      const p = slot.current;
      if (!p) throw new Error('no comparison is open');
      return p.test?.request(msg ?? {});
    }),
  );
}
