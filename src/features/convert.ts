import * as vscode from 'vscode';
import type { Span } from '../core';

/** Offset → Position in `doc` (UTF-16 offsets, as the core reports them). */
export function positionAt(doc: vscode.TextDocument, offset: number): vscode.Position {
  return doc.positionAt(offset);
}

/** Offsets → Range in `doc`. */
export function rangeOf(doc: vscode.TextDocument, start: number, end: number): vscode.Range {
  return new vscode.Range(doc.positionAt(start), doc.positionAt(Math.max(start, end)));
}

/** A span → Range in `doc`. */
export function spanRange(doc: vscode.TextDocument, span: Span): vscode.Range {
  return rangeOf(doc, span.start, span.end);
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
