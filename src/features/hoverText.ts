import * as vscode from 'vscode';

/**
 * Wraps hover Markdown (built by the core, with all document-derived text escaped) in an untrusted
 * MarkdownString: no command links, no HTML, no theme icons.
 */
export function hoverMarkdown(md: string): vscode.MarkdownString {
  const s = new vscode.MarkdownString(md, false);
  s.isTrusted = false;
  s.supportHtml = false;
  return s;
}
