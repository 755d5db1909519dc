import * as vscode from 'vscode';
import { analyze, Analysis, decodeReport } from '../core';
import type { Services } from '../extension';

/** The open document of `uri`, if VS Code has it. */
export function openDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
  const key = uri.toString();
  return vscode.workspace.textDocuments.find(d => d.uri.toString() === key);
}

/** The text of a report file: the open document's text, else the file's bytes decoded. */
export async function readReportText(uri: vscode.Uri): Promise<string> {
  const doc = openDocument(uri);
  if (doc) return doc.getText();
  return decodeReport(await vscode.workspace.fs.readFile(uri)).text;
}

/** Analysis of a report file: the open document's cached analysis, or the file decoded from disk. */
export async function analyseUri(services: Services, uri: vscode.Uri): Promise<Analysis> {
  const doc = openDocument(uri);
  if (doc) return services.cache.get(doc).analysis;
  return analyze(await readReportText(uri));
}

/** A uri from a command argument: a Uri, a URI string or a file path. */
export function toUri(u: unknown): vscode.Uri | undefined {
  if (u instanceof vscode.Uri) return u;
  if (typeof u === 'string' && u) return u.includes('://') ? vscode.Uri.parse(u) : vscode.Uri.file(u);
  return undefined;
}

/** The file name used in rows and exports: workspace-relative path, else the file name. */
export function displayFile(uri: vscode.Uri): string {
  return vscode.workspace.asRelativePath(uri, false);
}

/** The uri a command should act on: its argument, else the active govreport editor's document. */
export function targetUri(arg: unknown): vscode.Uri | undefined {
  const direct = toUri(arg);
  if (direct) return direct;
  if (arg && typeof arg === 'object' && 'uri' in arg) return targetUri((arg as { uri: unknown }).uri);
  const ed = vscode.window.activeTextEditor;
  if (ed && ed.document.languageId === 'govreport') return ed.document.uri;
  return undefined;
}

export const REPORT_GLOBS = ['**/*.govreport', '**/*政府工作报告*.txt'];

/** Is this file name one of the report patterns (for folders chosen in the open dialog)? */
export function isReportFileName(name: string): boolean {
  return /\.govreport$/i.test(name) || (/政府工作报告/.test(name) && /\.txt$/i.test(name));
}
