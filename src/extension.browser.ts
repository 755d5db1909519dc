/**
 * The browser entry (package.json `browser`, dist/web/extension.js): VS Code for the Web —
 * vscode.dev, github.dev — where the extension runs in the web-worker extension host: no Node, no
 * native addon, files only through workspace.fs (so github.dev's virtual file system works).
 * Key Terms segments with jieba-wasm in a web worker. The desktop entry is extension.node.ts; both
 * call the one shared activation.
 */
import type * as vscode from 'vscode';
import { activateShared, TestApi } from './extension.shared';
import { wasmJieba } from './browser/jiebaWasm';
import { webAnalysis } from './browser/analysisWeb';

export function activate(context: vscode.ExtensionContext): TestApi | undefined {
  return activateShared(context, { jieba: wasmJieba, analysis: webAnalysis });
}

export function deactivate(): void {
  /* everything is in context.subscriptions, disposed by VS Code */
}
