import * as vscode from 'vscode';

/** Wires the feature adapters up; holds no domain logic. */
export function activate(context: vscode.ExtensionContext): void {
  void context;
}

export function deactivate(): void {
  /* nothing to release */
}
