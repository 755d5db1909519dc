/**
 * Status bar item for govreport editors: "$(graph) <report title> · N indicators" for the report at
 * the cursor; click opens the indicator table. Report text is escaped (no codicons from it).
 */
import * as vscode from 'vscode';
import { escapeIcons, shortLabel } from '../core/html';
import type { Deps } from './shared/deps';

export function statusText(title: string, count: number): string {
  const label = escapeIcons(shortLabel(title || vscode.l10n.t('Report'), 40));
  return `$(graph) ${label} · ${count === 1 ? vscode.l10n.t('{0} indicator', count) : vscode.l10n.t('{0} indicators', count)}`;
}

export function registerStatusBar(deps: Deps): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('govreport.indicators', vscode.StatusBarAlignment.Right, 100);
  item.name = vscode.l10n.t('Government work report indicators');
  item.command = 'govreport.extractIndicators';
  let last = '';
  const update = (editor: vscode.TextEditor | undefined = vscode.window.activeTextEditor, cheap = false) => {
    if (!editor || editor.document.languageId !== 'govreport') { item.hide(); last = ''; return; }
    // while typing, selection events must not re-analyse: use the cached analysis, refreshed on onDidChange
    const cached = cheap ? deps.cache.peek(editor.document) : deps.cache.get(editor.document);
    if (!cached) return;
    const { analysis } = cached;
    const off = editor.document.offsetAt(editor.selection.active);
    const r = analysis.reports.find(x => x.start <= off && off < x.end) ?? analysis.reports[0];
    const text = r ? statusText(r.title, r.indicators.length) : statusText('', 0);
    if (text !== last) {
      last = text;
      item.text = text;
      item.tooltip = r ? vscode.l10n.t('{0} — {1} indicators ({2} targets). Click to show the table.', r.title, r.indicators.length, r.indicators.filter(i => i.kind === 'target').length) : '';
    }
    item.show();
  };
  const disposable = vscode.Disposable.from(
    item,
    vscode.window.onDidChangeActiveTextEditor(e => update(e)),
    vscode.window.onDidChangeTextEditorSelection(e => { if (e.textEditor === vscode.window.activeTextEditor) update(e.textEditor); }),
    deps.cache.onDidChange(doc => { if (vscode.window.activeTextEditor?.document === doc) update(); }),
    vscode.workspace.onDidOpenTextDocument(() => update()),
  );
  update();
  return disposable;
}
