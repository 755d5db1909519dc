/**
 * Content detection of an open document (core sniff on its opening lines), shared by language
 * detection (detect.ts) and "Reopen with GB18030" (encodingWarning.ts), which re-detects after
 * re-decoding.
 */
import * as vscode from 'vscode';
import { looksLikeReport, SNIFF_LENGTH } from '../../core/sniff';

/** The opening of a document (whole lines up to SNIFF_LENGTH characters). */
export function documentHead(doc: vscode.TextDocument): string {
  return doc.getText(new vscode.Range(0, 0, doc.positionAt(SNIFF_LENGTH).line + 1, 0));
}

/** Does the document's opening look like a government work report (core sniff)? */
export function documentLooksLikeReport(doc: vscode.TextDocument): boolean {
  return looksLikeReport(documentHead(doc));
}

/** Languages whose documents may be switched to govreport by content. */
export const DETECTABLE_LANGUAGES = new Set(['plaintext', 'markdown']);

/** URI schemes of real documents (not output channels, git views, …). */
export const DETECTABLE_SCHEMES = new Set(['file', 'untitled', 'vscode-remote', 'vscode-vfs']);

/**
 * Documents of files: the schemes above, or any scheme with a file system provider (the virtual file
 * systems of VS Code for the Web: github.dev's vscode-vfs, test-web's mount …) — not git:/output:
 * documents, which come from content providers.
 */
export function isFileDocument(uri: vscode.Uri): boolean {
  return DETECTABLE_SCHEMES.has(uri.scheme) || vscode.workspace.fs.isWritableFileSystem(uri.scheme) !== undefined;
}
