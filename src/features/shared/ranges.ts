import * as vscode from 'vscode';

/** Offsets (UTF-16, as the core reports them) → Range in `doc`. */
export function rangeOf(doc: vscode.TextDocument, start: number, end: number): vscode.Range {
  return new vscode.Range(doc.positionAt(start), doc.positionAt(Math.max(start, end)));
}

/** 0-based line of the last non-blank line in [start, end) (the end offset is exclusive). */
export function lastContentLine(doc: vscode.TextDocument, start: number, end: number): number {
  const first = doc.positionAt(start).line;
  const endPos = doc.positionAt(Math.max(start, end));
  let line = endPos.character === 0 && endPos.line > first ? endPos.line - 1 : endPos.line;
  while (line > first && doc.lineAt(line).isEmptyOrWhitespace) line--;
  return line;
}

/** The languages the report features register for. */
export const REPORT_SELECTOR: vscode.DocumentSelector = { language: 'govreport' };
