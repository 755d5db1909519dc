/**
 * Extract Indicators / Show Targets: the indicator table of a report document.
 *
 * Commands (all return promises, handy for tests and the benchmark):
 *   govreport.extractIndicators [uri]   all indicators of the file → TableResult once rendered
 *   govreport.showTargets [uri]         target indicators only (qualitative included) → TableResult
 * Without a uri they use the active govreport editor.
 *
 * Test-only internal commands (not in the palette):
 *   govreport.internal.tableRequest {op, …}   asks the table webview (ops: dumpText, click {index}, state)
 *   govreport.internal.tableMessage {type, …} feeds a message to the panel's handler as if the webview sent it
 */
import * as vscode from 'vscode';
import type { Services } from '../extension';
import { IndicatorsPanel, TABLE_VIEW_TYPE, TableResult, TableScope } from './indicatorsPanel';
import { targetUri } from './reportFiles';
import { webviewOptions } from './webviewHtml';

async function open(services: Services, arg: unknown, scope: TableScope): Promise<TableResult | undefined> {
  const uri = targetUri(arg);
  if (!uri) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Open a government work report (政府工作报告) first.'));
    return undefined;
  }
  return IndicatorsPanel.show(services, uri, scope);
}

export function registerIndicatorCommands(services: Services): void {
  const { context } = services;
  context.subscriptions.push(
    vscode.commands.registerCommand('govreport.extractIndicators', (arg?: unknown) => open(services, arg, 'all')),
    vscode.commands.registerCommand('govreport.showTargets', (arg?: unknown) => open(services, arg, 'target')),
    vscode.window.registerWebviewPanelSerializer(TABLE_VIEW_TYPE, {
      async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: unknown) {
        panel.webview.options = webviewOptions(context.extensionUri);
        await IndicatorsPanel.revive(services, panel, state);
      },
    }),
    vscode.commands.registerCommand('govreport.internal.tableRequest', (msg: Record<string, unknown>) => {
      const p = IndicatorsPanel.current;
      if (!p) throw new Error('no indicator table is open');
      return p.test.request(msg ?? {});
    }),
    vscode.commands.registerCommand('govreport.internal.tableMessage', async (msg: unknown) => {
      const p = IndicatorsPanel.current;
      if (!p) throw new Error('no indicator table is open');
      await p.onMessage(msg);
    }),
  );
}
