import * as vscode from 'vscode';
import { analyze, Analysis, LineIndex } from '../../core';

/** A document's analysis, computed once per document version. */
export interface CachedAnalysis {
  version: number;
  analysis: Analysis;
  lines: LineIndex;
}

/**
 * Caches `analyze` per document URI and version: providers (outline, folding, hover …) share one
 * analysis, and nothing is re-analysed per hover or per keystroke. Subscribers hear about fresh
 * analyses after edits settle (debounced).
 */
export class AnalysisCache implements vscode.Disposable {
  private readonly entries = new Map<string, CachedAnalysis>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly emitter = new vscode.EventEmitter<vscode.TextDocument>();
  private readonly disposables: vscode.Disposable[] = [];
  /** Fires (debounced) after a report document changed and its analysis was refreshed. */
  readonly onDidChange = this.emitter.event;

  constructor(private readonly debounceMs = 300) {
    this.disposables.push(
      vscode.workspace.onDidChangeTextDocument(e => this.schedule(e.document)),
      vscode.workspace.onDidCloseTextDocument(d => this.forget(d.uri)),
      this.emitter,
    );
  }

  /** The analysis of the document's current version (computed now if missing or stale). */
  get(doc: vscode.TextDocument): CachedAnalysis {
    const key = doc.uri.toString();
    const hit = this.entries.get(key);
    if (hit && hit.version === doc.version) return hit;
    const text = doc.getText();
    const entry: CachedAnalysis = { version: doc.version, analysis: analyze(text), lines: new LineIndex(text) };
    this.entries.set(key, entry);
    return entry;
  }

  /** Cached analysis without computing, for cheap paths; undefined when stale or absent. */
  peek(doc: vscode.TextDocument): CachedAnalysis | undefined {
    const hit = this.entries.get(doc.uri.toString());
    return hit && hit.version === doc.version ? hit : undefined;
  }

  private schedule(doc: vscode.TextDocument): void {
    if (doc.languageId !== 'govreport') return;
    const key = doc.uri.toString();
    const t = this.timers.get(key);
    if (t) clearTimeout(t);
    this.timers.set(key, setTimeout(() => {
      this.timers.delete(key);
      if (doc.isClosed) return;
      this.get(doc);
      this.emitter.fire(doc);
    }, this.debounceMs));
  }

  private forget(uri: vscode.Uri): void {
    const key = uri.toString();
    this.entries.delete(key);
    const t = this.timers.get(key);
    if (t) clearTimeout(t);
    this.timers.delete(key);
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    this.entries.clear();
    vscode.Disposable.from(...this.disposables).dispose();
  }
}
