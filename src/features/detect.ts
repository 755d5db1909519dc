import * as vscode from 'vscode';
import { looksLikeReport, SNIFF_LENGTH } from '../core/sniff';
import type { Deps } from './shared/deps';
import { errorText } from './shared/errors';

const SCHEMES = new Set(['file', 'untitled', 'vscode-remote', 'vscode-vfs']);

/**
 * Documents of files: the schemes above, or any scheme with a file system provider (the virtual file
 * systems of VS Code for the Web: github.dev's vscode-vfs, test-web's mount …) — not git:/output:
 * documents, which come from content providers.
 */
function isFileDocument(uri: vscode.Uri): boolean {
  return SCHEMES.has(uri.scheme) || vscode.workspace.fs.isWritableFileSystem(uri.scheme) !== undefined;
}

/**
 * Language detection: a plaintext document whose opening looks like a work report is switched to
 * `govreport` when it opens. Documents the user switched back to plain text stay plain text.
 * Commands `govreport.switchToReport` / `govreport.switchToPlainText`.
 */
export function registerDetection(deps: Deps): vscode.Disposable {
  const keptPlain = new Set<string>();
  const check = (doc: vscode.TextDocument): void => {
    if (doc.languageId !== 'plaintext' || !isFileDocument(doc.uri)) return;
    if (keptPlain.has(doc.uri.toString())) return;
    if (!deps.config.detectEnabled(doc.uri)) return;
    const head = doc.getText(new vscode.Range(0, 0, doc.positionAt(SNIFF_LENGTH).line + 1, 0));
    if (!looksLikeReport(head)) return;
    vscode.languages.setTextDocumentLanguage(doc, 'govreport').then(undefined, e => deps.log.warn(`cannot switch ${doc.uri.toString(true)} to govreport: ${errorText(e)}`));
  };
  const switchTo = async (language: string, uri?: vscode.Uri): Promise<void> => {
    const doc = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
    if (!doc) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open a document first.'));
      return;
    }
    if (language === 'plaintext') keptPlain.add(doc.uri.toString());
    else keptPlain.delete(doc.uri.toString());
    await vscode.languages.setTextDocumentLanguage(doc, language);
  };
  const disposable = vscode.Disposable.from(
    vscode.workspace.onDidOpenTextDocument(check),
    vscode.commands.registerCommand('govreport.switchToReport', (uri?: vscode.Uri) => switchTo('govreport', uri)),
    vscode.commands.registerCommand('govreport.switchToPlainText', (uri?: vscode.Uri) => switchTo('plaintext', uri)),
  );
  for (const doc of vscode.workspace.textDocuments) check(doc);
  return disposable;
}
