// Globals of the webview scripts (media/*.js): the VS Code webview API and media/dom.js.
import type { Strings } from './webview-protocol';

declare global {
  /** What acquireVsCodeApi() returns, typed by the messages a view may send. */
  interface VsCodeApi<From> {
    postMessage(message: From): void;
    getState(): any; // eslint-disable-line @typescript-eslint/no-explicit-any -- whatever the view saved with setState
    setState(state: unknown): void;
  }
  function acquireVsCodeApi(): VsCodeApi<any>; // eslint-disable-line @typescript-eslint/no-explicit-any

  /** media/dom.js */
  interface GovreportDom {
    readonly testMode: boolean;
    el<K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, text?: unknown): HTMLElementTagNameMap[K];
    svg(tag: string, attrs?: Record<string, unknown>, text?: unknown): SVGElement;
    localizer(getStrings: () => Strings | undefined): { str(key: string): string; fmt(key: string, ...args: unknown[]): string };
  }
  interface Window { govreportDom: GovreportDom }

}
