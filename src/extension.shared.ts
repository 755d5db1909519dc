import * as vscode from 'vscode';
import { createDeps, Deps } from './features/shared/deps';
import type { GlossaryLoadError } from './features/shared/glossaryService';
import { registerDetection } from './features/detect';
import { registerSymbols } from './features/symbols';
import { registerWorkspaceSymbols } from './features/workspaceSymbols';
import { registerFolding } from './features/folding';
import { registerHover, ReportHoverProvider } from './features/hover';
import { registerDefinition } from './features/definition';
import { glossaryPickItems, GlossaryPick, registerGlossaryCommands } from './features/glossaryCommands';
import { registerIndicatorCommands } from './features/indicators/command';
import { registerCompareCommand } from './features/compare/command';
import type { AnalysisBackend } from './features/compare/analysisService';
import { registerExportCommand } from './features/exportCommand';
import { registerCodeLens } from './features/codeLens';
import { registerStatusBar } from './features/statusBar';
import { registerKeyTerms } from './features/keyTerms/command';
import { SegmenterService, type JiebaBackend } from './features/keyTerms/segmenters';
import { registerTermTrends } from './features/trends/command';
import { registerCleanUp } from './features/cleanup';
import { registerEncodingWarning } from './features/encodingWarning';
import { registerTermDefinitions } from './features/termDefinitions/command';
import { reportPickItems } from './features/shared/reportPicker';

/**
 * What `activate` returns in ExtensionMode.Test only (the integration tests read it); in
 * production `activate` returns nothing, so other extensions cannot reach into this one.
 */
export interface TestApi {
  /** What activation cost: loading the bundle and running activate() (ms). */
  activation: { loadMs: number; activateMs: number };
  glossary: {
    ready(): Promise<void>;
    readonly lastErrors: GlossaryLoadError[];
    readonly warnings: string[];
    readonly userFiles: vscode.Uri[];
    /** The Search Glossary quick-pick items, as the command builds them. */
    pickItems(): GlossaryPick[];
  };
  /** The report files the pickers offer (found by content). */
  reports: { list(): Promise<vscode.Uri[]>; read(uri: vscode.Uri): Promise<string>; readonly decodeWarnings: string[]; pickItems(): Promise<vscode.QuickPickItem[]> };
  /** A hover provider over the extension's own services (for latency measurements). */
  hover: Pick<ReportHoverProvider, 'hoverAt' | 'provideHover'>;
}

function testApi(deps: Deps, activation: TestApi['activation']): { api: TestApi; disposable: vscode.Disposable } {
  const hover = new ReportHoverProvider(deps);
  const g = deps.glossary;
  const api: TestApi = {
    activation,
    glossary: {
      ready: () => g.ready(),
      get lastErrors() { return g.lastErrors; },
      get warnings() { return g.warnings; },
      get userFiles() { return g.userFiles; },
      pickItems: () => glossaryPickItems(deps),
    },
    reports: {
      list: () => deps.reports.list(),
      read: (uri: vscode.Uri) => deps.reports.read(uri),
      get decodeWarnings() { return deps.reports.decodeWarnings; },
      pickItems: () => reportPickItems(deps),
    },
    hover,
  };
  return { api, disposable: hover };
}

/**
 * What differs between the desktop (Node extension host: extension.node.ts) and the browser (web
 * worker extension host: extension.browser.ts). Everything else is this one shared activation, as in
 * VS Code's built-in Markdown extension.
 */
export interface Platform {
  /** Key Terms' jieba: nodejs-jieba in a worker thread, or jieba-wasm in a web worker. */
  jieba: JiebaBackend;
  /** Compare's analysis worker: a worker thread, or a web worker (started by a compare that reads files, never here). */
  analysis?: AnalysisBackend;
}

/** Builds the dependency record, then registers every feature; each returns its Disposable. */
export function activateShared(context: vscode.ExtensionContext, platform: Platform): TestApi | undefined {
  const activateStart = performance.now();
  const { deps, disposable } = createDeps(context.extensionUri, context.extensionMode, context.workspaceState);
  // one jieba worker for Key Terms and Term Trends (started on first use, never here)
  const segmenters = new SegmenterService(deps, platform.jieba);
  context.subscriptions.push(
    disposable,
    registerDetection(deps),
    registerSymbols(deps),
    registerWorkspaceSymbols(deps),
    registerFolding(deps),
    registerHover(deps),
    registerDefinition(deps),
    registerGlossaryCommands(deps),
    registerIndicatorCommands(deps),
    registerCompareCommand(deps, platform.analysis),
    registerExportCommand(deps),
    registerCodeLens(deps),
    registerStatusBar(deps),
    registerKeyTerms(deps, segmenters),
    registerTermTrends(deps, segmenters),
    registerCleanUp(),
    registerEncodingWarning(deps),
    registerTermDefinitions(deps),
  );
  if (!deps.testMode) return undefined;
  const load = (globalThis as { __govreportLoad?: { start: number; end: number } }).__govreportLoad;
  const { api, disposable: testDisposable } = testApi(deps, { loadMs: load ? load.end - load.start : 0, activateMs: performance.now() - activateStart });
  context.subscriptions.push(testDisposable);
  return api;
}
