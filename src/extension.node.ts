/**
 * The desktop entry (package.json `main`, dist/extension.js): the Node extension host of VS Code,
 * VSCodium, code-server and Remote/WSL. Key Terms segments with nodejs-jieba in a worker thread.
 * The browser entry is extension.browser.ts; both call the one shared activation.
 */
import type * as vscode from 'vscode';
import { activateShared, TestApi } from './extension.shared';
import { nodeJieba } from './features/keyTerms/nodeJieba';
import { nodeAnalysis } from './features/compare/nodeAnalysis';

export type { TestApi } from './extension.shared';

export function activate(context: vscode.ExtensionContext): TestApi | undefined {
  return activateShared(context, { jieba: nodeJieba, analysis: nodeAnalysis });
}

export function deactivate(): void {
  /* everything is in context.subscriptions, disposed by VS Code */
}
