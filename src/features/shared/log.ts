import * as vscode from 'vscode';

/** The extension's one output channel (a LogOutputChannel: levels, timestamps, the user's log level). */
export function createLog(): vscode.LogOutputChannel {
  return vscode.window.createOutputChannel(vscode.l10n.t('Government Work Report'), { log: true });
}
