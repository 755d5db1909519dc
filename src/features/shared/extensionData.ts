/**
 * Lazy loading of the data files the extension reads from its own folder (data/background.json,
 * data/reportTerms.json): read through `vscode.workspace.fs` — so the same code serves the desktop
 * and the web extension host — on the first call, never at activation, parsed once and shared after
 * that. A failed load is not cached: the next call tries again. (scripts/package.mjs requires every
 * quoted 'data/….json' named in src/ in the VSIX.)
 */
import * as vscode from 'vscode';
import type { Deps } from './deps';

export interface LoadedData<T> {
  value: T;
  /** Bytes of the file. */
  bytes: number;
  /** Milliseconds to read and parse it (in the extension host). */
  loadMs: number;
  /** The feature that asked first. */
  by: string;
}

export interface LoadHooks<T> {
  /** Called once per successful load (state, log line). */
  loaded?(data: LoadedData<T>, deps: Deps): void;
  /** Called once per failed load attempt. */
  failed?(error: unknown, deps: Deps, by: string): void;
}

/**
 * A loader of `file` (relative to the extension folder, '/'-separated) parsed by `parse`; every
 * caller shares one load (the first caller's `by` names it).
 */
export function lazyExtensionData<T>(file: string, parse: (text: string) => T, hooks: LoadHooks<T> = {}): (deps: Deps, by: string) => Promise<LoadedData<T>> {
  let loading: Promise<LoadedData<T>> | undefined;
  return (deps, by) => {
    if (loading) return loading;
    const uri = vscode.Uri.joinPath(deps.extensionUri, ...file.split('/'));
    const t0 = performance.now();
    const p = (async () => {
      const bytes = await vscode.workspace.fs.readFile(uri);
      const value = parse(new TextDecoder('utf-8').decode(bytes));
      const data = { value, bytes: bytes.byteLength, loadMs: performance.now() - t0, by };
      hooks.loaded?.(data, deps);
      return data;
    })();
    loading = p;
    p.catch(e => {
      if (loading === p) loading = undefined;
      hooks.failed?.(e, deps, by);
    });
    return p;
  };
}
