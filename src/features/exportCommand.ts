/**
 * Export Indicators…: CSV (UTF-8 with BOM), JSON (the CLI's shape: an array of fileJson) or
 * Markdown, to a file (save dialog) or the clipboard.
 *
 *   govreport.exportIndicators [uri] [options]
 *     options (skip the pickers/dialog): { format?: 'csv'|'json'|'markdown', destination?: 'file'|'clipboard',
 *       path?: string (file path or uri; implies destination 'file'), kind?: 'all'|'target'|'actual'|'other' }
 *   → { format, destination, path?, rows, chars } or undefined when cancelled
 */
import * as vscode from 'vscode';
import { fileJson, indicatorRows, rowsToCsv, rowsToMarkdown, KindFilter } from '../core';
import type { Deps } from './shared/deps';
import { displayFile, targetUri } from './shared/reportFiles';

export type ExportFormat = 'csv' | 'json' | 'markdown';
export interface ExportOptions { format?: ExportFormat; destination?: 'file' | 'clipboard'; path?: string; kind?: KindFilter }
export interface ExportResult { format: ExportFormat; destination: 'file' | 'clipboard'; path?: string; rows: number; chars: number }

const EXT: Record<ExportFormat, string> = { csv: 'csv', json: 'json', markdown: 'md' };

function isFormat(v: unknown): v is ExportFormat { return v === 'csv' || v === 'json' || v === 'markdown'; }
function isKind(v: unknown): v is KindFilter { return v === 'all' || v === 'target' || v === 'actual' || v === 'other'; }

async function exportIndicators(deps: Deps, arg?: unknown, opts?: ExportOptions): Promise<ExportResult | undefined> {
  // allow (options) alone
  if (!opts && arg && typeof arg === 'object' && !(arg instanceof vscode.Uri) && ('format' in arg || 'destination' in arg)) {
    opts = arg as ExportOptions;
    arg = (arg as { uri?: unknown }).uri;
  }
  const uri = targetUri(arg);
  if (!uri) { void vscode.window.showWarningMessage(vscode.l10n.t('Open a government work report (政府工作报告) first.')); return undefined; }
  const o = opts ?? {};
  let format = isFormat(o.format) ? o.format : undefined;
  if (!format) {
    const pick = await vscode.window.showQuickPick([
      { label: 'CSV', description: vscode.l10n.t('UTF-8 with BOM (opens in Excel)'), format: 'csv' as const },
      { label: 'JSON', description: vscode.l10n.t('same shape as `govreport extract --format json`'), format: 'json' as const },
      { label: 'Markdown', description: vscode.l10n.t('a table'), format: 'markdown' as const },
    ], { title: vscode.l10n.t('Export Indicators: format') });
    if (!pick) return undefined;
    format = pick.format;
  }
  let destination = o.path ? 'file' as const : (o.destination === 'file' || o.destination === 'clipboard' ? o.destination : undefined);
  if (!destination) {
    const pick = await vscode.window.showQuickPick([
      { label: vscode.l10n.t('Save to file…'), destination: 'file' as const },
      { label: vscode.l10n.t('Copy to clipboard'), destination: 'clipboard' as const },
    ], { title: vscode.l10n.t('Export Indicators: destination') });
    if (!pick) return undefined;
    destination = pick.destination;
  }
  const kind: KindFilter = isKind(o.kind) ? o.kind : 'all';
  const analysis = await deps.reports.analyse(uri);
  const file = displayFile(uri);
  const rows = indicatorRows(file, analysis, kind);
  let content: string;
  if (format === 'csv') content = rowsToCsv(rows, true);
  else if (format === 'json') content = JSON.stringify([fileJson(file, analysis, kind)], null, 2) + '\n';
  else content = rowsToMarkdown(rows);

  if (destination === 'clipboard') {
    await vscode.env.clipboard.writeText(content);
    void vscode.window.setStatusBarMessage(vscode.l10n.t('Copied {0} indicators as {1}.', rows.length, format.toUpperCase()), 3000);
    return { format, destination, rows: rows.length, chars: content.length };
  }
  let target: vscode.Uri | undefined;
  if (o.path) target = o.path.includes('://') ? vscode.Uri.parse(o.path) : vscode.Uri.file(o.path);
  else {
    const base = uri.path.split('/').pop()?.replace(/\.[^.]*$/, '') || 'indicators';
    target = await vscode.window.showSaveDialog({
      defaultUri: vscode.Uri.joinPath(uri, '..', `${base}.indicators.${EXT[format]}`),
      filters: { [format.toUpperCase()]: [EXT[format]] },
      saveLabel: vscode.l10n.t('Export'),
    });
  }
  if (!target) return undefined;
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(content));
  if (!o.path) void vscode.window.showInformationMessage(vscode.l10n.t('Exported {0} indicators to {1}.', rows.length, target.path.split('/').pop() ?? ''));
  return { format, destination, path: target.fsPath, rows: rows.length, chars: content.length };
}

export function registerExportCommand(deps: Deps): vscode.Disposable {
  return vscode.commands.registerCommand('govreport.exportIndicators', (arg?: unknown, opts?: ExportOptions) => exportIndicators(deps, arg, opts));
}
