/**
 * Warns when a govreport/plaintext document looks like GB18030/GBK bytes decoded as UTF-8 (many
 * U+FFFD, core/encoding.ts `looksMisdecoded`, shared with the CLI) and offers "Reopen with GB18030".
 *
 * Route: VS Code 1.100 finalised `workspace.openTextDocument(uri, { encoding })` (and
 * `TextDocument.encoding`); opening the same resource again with `encoding: 'gb18030'` re-decodes the
 * open (non-dirty) document in place, and the editor shows it. `workbench.action.editor.changeEncoding`
 * only opens an interactive picker, and setting `files.encoding` would change the setting for every
 * file of its scope, so neither is used.
 *
 *   govreport.reopenWithEncoding [uri] [encoding = 'gb18030'] → the document's encoding afterwards
 *
 * Re-decoding gives the document back as plain text: it is re-detected (core sniff on the decoded
 * opening) and a report is switched back to the govreport language.
 */
import * as vscode from 'vscode';
import { looksMisdecoded } from '../core/encoding';
import type { Deps } from './shared/deps';
import { errorText } from './shared/errors';
import { openDocument } from './shared/reportFiles';
import { documentLooksLikeReport } from './shared/sniffDocument';
import { registerTestCommand } from './shared/testOnly';
import { vscodeAtLeast } from './shared/vscodeVersion';

/** `workspace.openTextDocument(uri, { encoding })`: VS Code 1.100+ (not in @types/vscode 1.89). */
type OpenWithEncoding = (uri: vscode.Uri, options: { encoding: string }) => Thenable<vscode.TextDocument>;

const GB = new Set(['gb18030', 'gbk', 'gb2312']);

function encodingOf(doc: vscode.TextDocument): string {
  return (doc as { encoding?: string }).encoding ?? '';
}

export function registerEncodingWarning(deps: Deps): vscode.Disposable {
  const warned = new Set<string>();

  const reopen = async (uri: vscode.Uri, encoding = 'gb18030'): Promise<string | undefined> => {
    if (openDocument(uri)?.isDirty) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Save or revert the document before reopening it with another encoding.'));
      return undefined;
    }
    if (!vscodeAtLeast(1, 100)) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Reopening with another encoding needs VS Code 1.100 or later (this is {0}). Use the encoding in the status bar instead.', vscode.version));
      return undefined;
    }
    const before = openDocument(uri)?.languageId;
    let doc = await (vscode.workspace.openTextDocument as OpenWithEncoding).call(vscode.workspace, uri, { encoding });
    // re-decoding resets the document's language (it comes back as plain text): a report stays a
    // report, and a plain-text document whose decoded opening reads like one becomes one
    if (doc.languageId !== 'govreport' && (before === 'govreport' || (doc.languageId === 'plaintext' && deps.config.detectEnabled(uri) && documentLooksLikeReport(doc)))) {
      doc = await vscode.languages.setTextDocumentLanguage(doc, 'govreport');
    }
    await vscode.window.showTextDocument(doc, { preview: false });
    return encodingOf(doc);
  };

  const check = (doc: vscode.TextDocument): void => {
    if (doc.languageId !== 'govreport' && doc.languageId !== 'plaintext') return;
    if (doc.uri.scheme !== 'file' && doc.uri.scheme !== 'vscode-remote') return;
    const key = doc.uri.toString();
    if (warned.has(key) || GB.has(encodingOf(doc))) return;
    if (!looksMisdecoded(doc.getText())) return;
    warned.add(key);
    const action = vscode.l10n.t('Reopen with GB18030');
    void vscode.window
      .showWarningMessage(vscode.l10n.t('This report looks like GB18030/GBK text read as UTF-8: {0}', vscode.workspace.asRelativePath(doc.uri, false)), action)
      .then(choice => {
        if (choice === action) reopen(doc.uri).then(undefined, e => deps.log.error(`reopening ${doc.uri.toString(true)} failed: ${errorText(e)}`));
      });
  };

  const disposable = vscode.Disposable.from(
    vscode.workspace.onDidOpenTextDocument(check),
    vscode.workspace.onDidCloseTextDocument(d => warned.delete(d.uri.toString())),
    vscode.commands.registerCommand('govreport.reopenWithEncoding', async (arg?: unknown, encoding?: unknown) => {
      const uri = arg instanceof vscode.Uri ? arg : vscode.window.activeTextEditor?.document.uri;
      if (!uri) return undefined;
      return reopen(uri, typeof encoding === 'string' ? encoding : 'gb18030');
    }),
    registerTestCommand(deps, 'govreport.internal.encodingWarnings', () => [...warned]),
  );
  for (const d of vscode.workspace.textDocuments) check(d);
  return disposable;
}
