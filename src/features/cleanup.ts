/**
 * Clean Up Report (`govreport.cleanUp`) and the govreport document formatter: page chrome lines
 * go and run-on lines are split at mid-line headings and paragraph breaks (core/cleanup.ts). The
 * command applies all edits as ONE WorkspaceEdit, so a single undo restores the original.
 *
 *   govreport.cleanUp [uri] → { removedLines, splits, edits, applied }
 */
import * as vscode from 'vscode';
import { cleanUp } from '../core/cleanup';
import type { TextEditSpan } from '../core/cleanup';
import { openDocument } from './shared/reportFiles';

function toTextEdits(doc: vscode.TextDocument, edits: TextEditSpan[]): vscode.TextEdit[] {
  return edits.map(e => vscode.TextEdit.replace(new vscode.Range(doc.positionAt(e.start), doc.positionAt(e.end)), e.newText));
}

export interface CleanUpCommandResult {
  removedLines: number;
  splits: number;
  edits: number;
  applied: boolean;
}

export function registerCleanUp(): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand('govreport.cleanUp', async (arg?: unknown): Promise<CleanUpCommandResult | undefined> => {
      let doc: vscode.TextDocument | undefined;
      if (arg instanceof vscode.Uri) doc = openDocument(arg) ?? (await vscode.workspace.openTextDocument(arg));
      else doc = vscode.window.activeTextEditor?.document;
      if (!doc) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Clean Up Report: open a report first.'));
        return undefined;
      }
      const r = cleanUp(doc.getText());
      if (!r.edits.length) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Clean Up Report: nothing to clean (no page chrome, no run-on lines).'));
        return { removedLines: 0, splits: 0, edits: 0, applied: false };
      }
      const we = new vscode.WorkspaceEdit();
      we.set(doc.uri, toTextEdits(doc, r.edits));
      const applied = await vscode.workspace.applyEdit(we);
      void vscode.window.showInformationMessage(
        vscode.l10n.t('Clean Up Report: removed {0} page-chrome line(s), split run-on lines into {1} more line(s). Undo restores the original.', r.removedLines, r.splits),
      );
      return { removedLines: r.removedLines, splits: r.splits, edits: r.edits.length, applied };
    }),
    vscode.languages.registerDocumentFormattingEditProvider('govreport', {
      provideDocumentFormattingEdits(doc: vscode.TextDocument): vscode.TextEdit[] {
        return toTextEdits(doc, cleanUp(doc.getText()).edits);
      },
    }),
  );
}
