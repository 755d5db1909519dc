/**
 * Typed access to the `govreport.*` settings and one change event. Features read settings only
 * here (never `workspace.getConfiguration`), so defaults, types and scopes live in one place
 * (configKeys.ts, checked against package.json by a unit test).
 */
import * as vscode from 'vscode';
import { CONFIG_SECTION, ConfigKey, MarkdownDetection, SegmenterMode, validValue } from './configKeys';

export interface KeyTermsSettings {
  workerIdleMinutes: number;
  segmenter: SegmenterMode;
  top: number;
}

export class Config implements vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<vscode.ConfigurationChangeEvent>();
  private readonly subscription: vscode.Disposable;
  /** Fires when any `govreport.*` setting changed; ask the event which one with `affects`. */
  readonly onDidChange = this.emitter.event;

  constructor() {
    this.subscription = vscode.workspace.onDidChangeConfiguration(e => {
      if (e.affectsConfiguration(CONFIG_SECTION)) this.emitter.fire(e);
    });
  }

  /** Does the change event concern this setting (for this resource)? */
  static affects(e: vscode.ConfigurationChangeEvent, key: ConfigKey, scope?: vscode.ConfigurationScope): boolean {
    return e.affectsConfiguration(`${CONFIG_SECTION}.${key}`, scope);
  }

  private get<K extends ConfigKey>(key: K, scope?: vscode.ConfigurationScope) {
    return validValue(key, vscode.workspace.getConfiguration(CONFIG_SECTION, scope).get<unknown>(key));
  }

  /** `govreport.detect.enabled` (resource scope). */
  detectEnabled(resource: vscode.Uri): boolean { return this.get('detect.enabled', resource); }
  /** `govreport.detect.markdown` (resource scope): ask / always / never for Markdown reports. */
  detectMarkdown(resource: vscode.Uri): MarkdownDetection { return this.get('detect.markdown', resource); }
  /** `govreport.hover.enabled` (window scope). */
  hoverEnabled(): boolean { return this.get('hover.enabled'); }
  /** `govreport.indicators.codeLens` (resource scope). */
  codeLensEnabled(resource: vscode.Uri): boolean { return this.get('indicators.codeLens', resource); }
  /** `govreport.glossary.files` of a workspace folder (resource scope; restricted in untrusted workspaces). */
  glossaryFiles(folder: vscode.Uri): string[] { return this.get('glossary.files', folder); }
  /** `govreport.keyTerms.*` (window scope). */
  keyTerms(): KeyTermsSettings {
    return { workerIdleMinutes: this.get('keyTerms.workerIdleMinutes'), segmenter: this.get('keyTerms.segmenter'), top: this.get('keyTerms.top') };
  }

  dispose(): void {
    this.subscription.dispose();
    this.emitter.dispose();
  }
}
