/**
 * Extract Indicators / Show Targets: the indicator table of a report document.
 *
 * Commands (all return promises, handy for tests and the benchmark):
 *   govreport.extractIndicators [uri]   all indicators of the file → TableResult once rendered
 *   govreport.showTargets [uri]         target indicators only (qualitative included) → TableResult
 * Without a uri they use the active govreport editor.
 *
 * Test-only internal commands (registered in ExtensionMode.Test only):
 *   govreport.internal.tableRequest {op, …}   asks the table webview (ops: dumpText, click {index}, state, setFilter)
 *   govreport.internal.tableMessage {type, …} feeds a message to the panel's handler as if the webview sent it
 */
import * as vscode from 'vscode';
import type { Deps } from '../shared/deps';
import { targetUri } from '../shared/reportFiles';
import { registerTestCommand } from '../shared/testOnly';
import { registerViewSerializer, ViewSlot } from '../shared/webview';
import { IndicatorsPanel, TABLE_VIEW_TYPE, TableResult, TableScope } from './panel';

export function registerIndicatorCommands(deps: Deps): vscode.Disposable {
  const slot = new ViewSlot<IndicatorsPanel>();

  const open = async (arg: unknown, scope: TableScope): Promise<TableResult | undefined> => {
    const uri = targetUri(arg);
    if (!uri) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Open a government work report (政府工作报告) first.'));
      return undefined;
    }
    const existing = slot.current;
    const panel = existing ?? slot.set(IndicatorsPanel.create(deps, uri, scope));
    return panel.show(uri, scope, !!existing);
  };
  const current = (): IndicatorsPanel => {
    const p = slot.current;
    if (!p) throw new Error('no indicator table is open');
    return p;
  };

  return vscode.Disposable.from(
    slot,
    vscode.commands.registerCommand('govreport.extractIndicators', (arg?: unknown) => open(arg, 'all')),
    vscode.commands.registerCommand('govreport.showTargets', (arg?: unknown) => open(arg, 'target')),
    registerViewSerializer(deps, TABLE_VIEW_TYPE, async (panel, state) => {
      const p = IndicatorsPanel.revive(deps, panel, state);
      if (!p) { panel.dispose(); return; }
      slot.set(p);
      await p.refresh();
    }),
    registerTestCommand(deps, 'govreport.internal.tableRequest', (msg: Record<string, unknown>) => current().test?.request(msg ?? {})),
    registerTestCommand(deps, 'govreport.internal.tableMessage', (msg: unknown) => current().receive(msg)),
  );
}
