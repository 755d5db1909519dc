import * as vscode from 'vscode';
import type { Deps } from './deps';

/**
 * Registers a `govreport.internal.*` command for the integration tests — only in ExtensionMode.Test;
 * in production (and in an installed VSIX) the command does not exist.
 */
export function registerTestCommand(deps: Deps, id: string, run: (...args: never[]) => unknown): vscode.Disposable {
  if (!deps.testMode) return new vscode.Disposable(() => undefined);
  return vscode.commands.registerCommand(id, run as (...args: unknown[]) => unknown);
}
