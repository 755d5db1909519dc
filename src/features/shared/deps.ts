/**
 * What every feature gets: one read-only record, complete before the first feature registers.
 * Features take what they need from it and return a Disposable; they never import each other or
 * extension.ts (eslint.config.mjs enforces it), and nothing here hands out the ExtensionContext.
 */
import * as vscode from 'vscode';
import { AnalysisCache } from './analysisCache';
import { Config } from './config';
import { GlossaryService } from './glossaryService';
import { createLog } from './log';
import { ReportFiles } from './reportFiles';

export interface Deps {
  /** The extension's folder: webview resources, dist/ scripts and data files loaded on demand. */
  readonly extensionUri: vscode.Uri;
  /** True only in ExtensionMode.Test: test commands and webview test operations exist only then. */
  readonly testMode: boolean;
  /** One analysis per open document version. */
  readonly cache: AnalysisCache;
  /** Typed settings and their change event. */
  readonly config: Config;
  /** The extension's one log channel. */
  readonly log: vscode.LogOutputChannel;
  /** Built-in and user glossaries (read on first use). */
  readonly glossary: GlossaryService;
  /** Reading, decoding, analysing and listing report files. */
  readonly reports: ReportFiles;
  /** Per-workspace memory (the extension's workspaceState): answers the user gave once. */
  readonly workspaceState: vscode.Memento;
}

/** A file shipped with the extension (`dist/segmenterWorker.js`, `data/…`), as a file-system path. */
export function extensionFile(deps: Deps, relativePath: string): string {
  return vscode.Uri.joinPath(deps.extensionUri, relativePath).fsPath;
}

/** Builds the dependency record; the returned disposable ends every service in it. */
export function createDeps(extensionUri: vscode.Uri, mode: vscode.ExtensionMode, workspaceState: vscode.Memento = memoryState()): { deps: Deps; disposable: vscode.Disposable } {
  const log = createLog();
  const config = new Config();
  const cache = new AnalysisCache();
  const glossary = new GlossaryService(config, log);
  const reports = new ReportFiles(cache, log);
  const deps: Deps = Object.freeze({ extensionUri, testMode: mode === vscode.ExtensionMode.Test, cache, config, log, glossary, reports, workspaceState });
  // disposed in reverse order of creation
  return { deps, disposable: vscode.Disposable.from(reports, glossary, cache, config, log) };
}

/** A Memento kept in memory only (when no workspaceState is given). */
function memoryState(): vscode.Memento {
  const values = new Map<string, unknown>();
  return {
    keys: () => [...values.keys()],
    get: <T>(key: string, defaultValue?: T) => (values.has(key) ? values.get(key) as T : defaultValue),
    update: (key: string, value: unknown) => { if (value === undefined) values.delete(key); else values.set(key, value); return Promise.resolve(); },
  } as vscode.Memento;
}
