/**
 * CodeLens above each report's main-target sentence (the first target's sentence):
 * "N targets · Show table" → govreport.showTargets. Setting: govreport.indicators.codeLens.
 */
import * as vscode from 'vscode';
import type { Deps } from './shared/deps';
import { Config } from './shared/config';

export class TargetsCodeLens implements vscode.CodeLensProvider, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[];
  readonly onDidChangeCodeLenses = this.emitter.event;
  constructor(private readonly deps: Deps) {
    this.disposables = [
      this.emitter,
      deps.cache.onDidChange(() => this.emitter.fire()),
      deps.config.onDidChange(e => { if (Config.affects(e, 'indicators.codeLens')) this.emitter.fire(); }),
    ];
  }

  dispose(): void {
    vscode.Disposable.from(...this.disposables).dispose();
  }

  provideCodeLenses(doc: vscode.TextDocument): vscode.CodeLens[] {
    if (!this.deps.config.codeLensEnabled(doc.uri)) return [];
    const { analysis } = this.deps.cache.get(doc);
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

export function registerCodeLens(deps: Deps): vscode.Disposable {
  const provider = new TargetsCodeLens(deps);
  return vscode.Disposable.from(provider, vscode.languages.registerCodeLensProvider({ language: 'govreport' }, provider));
}
