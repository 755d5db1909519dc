import * as vscode from 'vscode';
import { AnalysisCache } from './features/analysisCache';
import { registerDetection } from './features/detect';
import { registerSymbols } from './features/symbols';
import { registerWorkspaceSymbols } from './features/workspaceSymbols';
import { registerFolding } from './features/folding';
import { GlossaryService, registerGlossaryService } from './features/glossaryService';
import { registerHover, ReportHoverProvider } from './features/hover';
import { registerDefinition } from './features/definition';
import { registerGlossaryCommands } from './features/glossaryCommands';
import { registerIndicatorCommands } from './features/indicatorCommands';
import { registerCompareCommand } from './features/compareCommand';
import { registerExportCommand } from './features/exportCommand';
import { registerCodeLens } from './features/codeLens';
import { registerStatusBar } from './features/statusBar';
import { registerKeyTerms } from './features/keyTerms';
import { registerCleanUp } from './features/cleanup';
import { registerEncodingWarning } from './features/encodingWarning';

/** Shared services handed to every feature adapter. */
export interface Services {
  context: vscode.ExtensionContext;
  cache: AnalysisCache;
  /** Built-in and user glossaries (also a test hook: lastErrors). */
  glossary?: GlossaryService;
  /** What activation cost: loading the bundle and running activate() (ms). */
  activation?: { loadMs: number; activateMs: number };
  /** The hover provider (test hook: hoverAt for latency measurements). */
  hover?: ReportHoverProvider;
}

/** Wires the feature adapters up; holds no domain logic. Each adapter registers itself below. */
export function activate(context: vscode.ExtensionContext): Services {
  const activateStart = performance.now();
  const cache = new AnalysisCache();
  context.subscriptions.push(cache);
  const services: Services = { context, cache };
  // feature registrations (one line each)
  registerDetection(services);
  registerSymbols(services);
  registerWorkspaceSymbols(services);
  registerFolding(services);
  services.glossary = registerGlossaryService(services);
  services.hover = registerHover(services, services.glossary);
  registerDefinition(services);
  registerGlossaryCommands(services, services.glossary);
  registerIndicatorCommands(services);
  registerCompareCommand(services);
  registerExportCommand(services);
  registerCodeLens(services);
  registerStatusBar(services);
  registerKeyTerms(services);
  registerCleanUp(services);
  registerEncodingWarning(services);
  const load = (globalThis as { __govreportLoad?: { start: number; end: number } }).__govreportLoad;
  services.activation = { loadMs: load ? load.end - load.start : 0, activateMs: performance.now() - activateStart };
  return services;
}

export function deactivate(): void {
  /* subscriptions are disposed by VS Code */
}
