import * as vscode from 'vscode';
import type { Services } from '../extension';
import { analyze, Analysis, LineIndex, OutlineNode } from '../core';
import { REPORT_GLOBS } from './reportFiles';

/** Report files in the workspace, besides open `govreport` documents. */
const EXCLUDE = '**/{node_modules,.git,out,dist}/**';

interface Entry { name: string; kind: vscode.SymbolKind; container: string; line: number; column: number; endLine: number; endColumn: number }
interface FileSymbols { mtime: number; entries: Entry[] }

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

/** Go to Symbol in Workspace over report files; files are read on first query and cached by mtime. */
export class ReportWorkspaceSymbols implements vscode.WorkspaceSymbolProvider, vscode.Disposable {
  private files: Promise<vscode.Uri[]> | undefined;
  private readonly byFile = new Map<string, FileSymbols>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly services: Services) {}

  /** Watches report files (from the first query on) so that the file list stays current. */
  private watch(): void {
    if (this.disposables.length > 0) return;
    for (const glob of REPORT_GLOBS) {
      const w = vscode.workspace.createFileSystemWatcher(glob, false, true, false);
      w.onDidCreate(() => { this.files = undefined; });
      w.onDidDelete(u => { this.files = undefined; this.byFile.delete(u.toString()); });
      this.disposables.push(w);
    }
  }

  private listFiles(): Promise<vscode.Uri[]> {
    this.watch();
    this.files ??= Promise.all(REPORT_GLOBS.map(g => vscode.workspace.findFiles(g, EXCLUDE, 2000)))
      .then(lists => lists.flat(), () => []);
    return this.files;
  }

  private async symbolsOf(uri: vscode.Uri): Promise<Entry[]> {
    const key = uri.toString();
    let mtime: number;
    try { mtime = (await vscode.workspace.fs.stat(uri)).mtime; } catch { return []; }
    const hit = this.byFile.get(key);
    if (hit && hit.mtime === mtime) return hit.entries;
    const text = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
    const entries = entriesOf(analyze(text), new LineIndex(text));
    this.byFile.set(key, { mtime, entries });
    return entries;
  }

  async provideWorkspaceSymbols(query: string, token: vscode.CancellationToken): Promise<vscode.SymbolInformation[]> {
    const q = query.trim().toLowerCase();
    const out: vscode.SymbolInformation[] = [];
    const done = new Set<string>();
    const emit = (uri: vscode.Uri, entries: Entry[]): void => {
      for (const e of entries) {
        if (q && !e.name.toLowerCase().includes(q)) continue;
        out.push(new vscode.SymbolInformation(e.name, e.kind, e.container,
          new vscode.Location(uri, new vscode.Range(e.line, e.column, e.endLine, e.endColumn))));
      }
    };
    for (const doc of vscode.workspace.textDocuments) {
      if (doc.languageId !== 'govreport' || doc.isClosed) continue;
      const cached = this.services.cache.get(doc);
      done.add(doc.uri.toString());
      emit(doc.uri, entriesOf(cached.analysis, cached.lines));
    }
    for (const uri of await this.listFiles()) {
      if (token.isCancellationRequested) break;
      if (done.has(uri.toString())) continue;
      try { emit(uri, await this.symbolsOf(uri)); } catch { /* unreadable file: skip */ }
    }
    return out;
  }

  dispose(): void {
    vscode.Disposable.from(...this.disposables).dispose();
  }
}

export function registerWorkspaceSymbols(services: Services): void {
  const p = new ReportWorkspaceSymbols(services);
  services.context.subscriptions.push(p, vscode.languages.registerWorkspaceSymbolProvider(p));
}
