import * as vscode from 'vscode';
import { AnalysisCache } from './features/analysisCache';

/** Shared services handed to every feature adapter. */
export interface Services {
  context: vscode.ExtensionContext;
  cache: AnalysisCache;
}

/** Wires the feature adapters up; holds no domain logic. Each adapter registers itself below. */
export function activate(context: vscode.ExtensionContext): Services {
  const cache = new AnalysisCache();
  context.subscriptions.push(cache);
  const services: Services = { context, cache };
  // feature registrations (one line each)
  return services;
}

export function deactivate(): void {
  /* subscriptions are disposed by VS Code */
}
