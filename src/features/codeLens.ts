/**
 * CodeLens above each report's main-target sentence (the first target's sentence):
 * "N targets · Show table" → govreport.showTargets. Setting: govreport.indicators.codeLens.
 */
import * as vscode from 'vscode';
import type { Services } from '../extension';

export class TargetsCodeLens implements vscode.CodeLensProvider {
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.emitter.event;
  constructor(private readonly services: Services) {
    services.context.subscriptions.push(
      this.emitter,
      services.cache.onDidChange(() => this.emitter.fire()),
      vscode.workspace.onDidChangeConfiguration(e => { if (e.affectsConfiguration('govreport.indicators.codeLens')) this.emitter.fire(); }),
    );
  }

  provideCodeLenses(doc: vscode.TextDocument): vscode.CodeLens[] {
    if (!vscode.workspace.getConfiguration('govreport.indicators', doc).get<boolean>('codeLens', true)) return [];
    const { analysis } = this.services.cache.get(doc);
    const lenses: vscode.CodeLens[] = [];
    for (const r of analysis.reports) {
      const targets = r.indicators.filter(i => i.kind === 'target');
      if (targets.length === 0) continue;
      const pos = doc.positionAt(targets[0].sentence.start);
      const range = new vscode.Range(pos.line, 0, pos.line, 0);
      lenses.push(new vscode.CodeLens(range, {
        title: targets.length === 1
          ? vscode.l10n.t('{0} target · Show table', targets.length)
          : vscode.l10n.t('{0} targets · Show table', targets.length),
        tooltip: vscode.l10n.t('Show the targets of this document in a table'),
        command: 'govreport.showTargets',
        arguments: [doc.uri],
      }));
    }
    return lenses;
  }
}

export function registerCodeLens(services: Services): void {
  services.context.subscriptions.push(
    vscode.languages.registerCodeLensProvider({ language: 'govreport' }, new TargetsCodeLens(services)),
  );
}
