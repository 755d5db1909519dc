import * as vscode from 'vscode';
import type { Analysis, LineIndex, OutlineNode } from '../core';
import { escapeIconSyntax } from '../core/sanitize';
import type { Deps } from './shared/deps';
import { errorText } from './shared/errors';

interface Entry { name: string; kind: vscode.SymbolKind; container: string; line: number; column: number; endLine: number; endColumn: number }

const KIND_BY_LEVEL = [vscode.SymbolKind.Namespace, vscode.SymbolKind.Class, vscode.SymbolKind.Method];

/** Flattens an analysis into symbol entries (reports, sections down to level 3, the 名词解释 terms). */
function entriesOf(analysis: Analysis, lines: LineIndex): Entry[] {
  const out: Entry[] = [];
  const at = (start: number, end: number): Pick<Entry, 'line' | 'column' | 'endLine' | 'endColumn'> =>
    ({ line: lines.line(start) - 1, column: lines.column(start) - 1, endLine: lines.line(end) - 1, endColumn: lines.column(end) - 1 });
  for (const r of analysis.reports) {
    const title = r.title || '政府工作报告';
    const titleStart = lines.lineStart(Math.max(1, r.line));
    out.push({ name: title, kind: vscode.SymbolKind.Module, container: [r.place, r.year].filter(x => x !== null).join(' '), ...at(titleStart, titleStart) });
    const walk = (n: OutlineNode, container: string): void => {
      if (n.level > KIND_BY_LEVEL.length) return;
      out.push({ name: n.text, kind: KIND_BY_LEVEL[n.level - 1], container, ...at(n.start, n.headingEnd) });
      n.children.forEach(c => walk(c, n.text));
    };
    r.outline.forEach(n => walk(n, title));
    for (const g of r.glossary) out.push({ name: g.term, kind: vscode.SymbolKind.Key, container: `${title} · 名词解释`, ...at(g.start, g.start + g.term.length) });
  }
  return out;
}

/**
 * Go to Symbol in Workspace over report files: the open report documents and the workspace's
 * report files (ReportFiles: found by content, decoded like every other command — GBK files too —
 * and cached per resource).
 */
export class ReportWorkspaceSymbols implements vscode.WorkspaceSymbolProvider {
  private readonly entries = new WeakMap<Analysis, Entry[]>();

  constructor(private readonly deps: Deps) {}

  private entriesFor(analysis: Analysis, lines: LineIndex): Entry[] {
    let e = this.entries.get(analysis);
    if (!e) { e = entriesOf(analysis, lines); this.entries.set(analysis, e); }
    return e;
  }

  async provideWorkspaceSymbols(query: string, token: vscode.CancellationToken): Promise<vscode.SymbolInformation[]> {
    const q = query.trim().toLowerCase();
    const out: vscode.SymbolInformation[] = [];
    for (const uri of await this.deps.reports.list()) {
      if (token.isCancellationRequested) break;
      let entries: Entry[];
      try {
        const f = await this.deps.reports.get(uri);
        entries = this.entriesFor(f.analysis, f.lines);
      } catch (e) {
        this.deps.log.warn(`workspace symbols: cannot read ${uri.toString(true)}: ${errorText(e)}`);
        continue;
      }
      for (const e of entries) {
        if (q && !e.name.toLowerCase().includes(q)) continue;
        out.push(new vscode.SymbolInformation(escapeIconSyntax(e.name), e.kind, escapeIconSyntax(e.container),
          new vscode.Location(uri, new vscode.Range(e.line, e.column, e.endLine, e.endColumn))));
      }
    }
    return out;
  }
}

export function registerWorkspaceSymbols(deps: Deps): vscode.Disposable {
  return vscode.languages.registerWorkspaceSymbolProvider(new ReportWorkspaceSymbols(deps));
}
