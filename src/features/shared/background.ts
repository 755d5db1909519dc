/**
 * The background model of Key Terms, Compare Key Terms and Term Trends (data/background.json,
 * src/core/background.ts): read from the extension's folder on the first run of one of them —
 * never at activation — parsed and indexed once, and shared by every feature after that. Read
 * through `vscode.workspace.fs` (not Node's fs), so the same code serves the desktop and the web
 * extension host. A failed load is not cached: the next run tries again.
 */
import * as vscode from 'vscode';
import { Background } from '../../core/background';
import type { Deps } from './deps';
import { errorText } from './errors';

export interface LoadedBackground {
  background: Background;
  /** Bytes of data/background.json. */
  bytes: number;
  /** Milliseconds to read, parse and index it (in the extension host). */
  loadMs: number;
}

/** What the test commands report: has it been loaded, how long it took, which feature asked first. */
export interface BackgroundState {
  loaded: boolean;
  loadMs: number;
  bytes: number;
  reports: number;
  terms: number;
  firstUse: string;
}

let loading: Promise<LoadedBackground> | undefined;
let state: BackgroundState = { loaded: false, loadMs: 0, bytes: 0, reports: 0, terms: 0, firstUse: '' };

/** The background model, loaded on the first call (`by` names the feature, for the log). */
export function loadBackground(deps: Deps, by: string): Promise<LoadedBackground> {
  if (loading) return loading;
  const uri = vscode.Uri.joinPath(deps.extensionUri, 'data', 'background.json');
  const t0 = performance.now();
  const p = (async () => {
    const bytes = await vscode.workspace.fs.readFile(uri);
    const background = Background.parse(JSON.parse(new TextDecoder('utf-8').decode(bytes)));
    const loaded = { background, bytes: bytes.byteLength, loadMs: performance.now() - t0 };
    state = { loaded: true, loadMs: loaded.loadMs, bytes: loaded.bytes, reports: background.totalDocs, terms: background.size, firstUse: by };
    deps.log.info(`background model loaded for ${by}: ${background.totalDocs} reports, ${background.size} terms, ${(loaded.bytes / 1e6).toFixed(2)} MB in ${Math.round(loaded.loadMs)} ms`);
    return loaded;
  })();
  loading = p;
  p.catch(() => { if (loading === p) loading = undefined; });
  return p;
}

/**
 * The background model, or null when it cannot be loaded (missing or malformed file): the warning
 * goes to the log, and the caller ranks without it.
 */
export async function tryLoadBackground(deps: Deps, by: string): Promise<Background | null> {
  try {
    return (await loadBackground(deps, by)).background;
  } catch (e) {
    deps.log.warn(`background model unavailable (${by} works without it): ${errorText(e)}`);
    return null;
  }
}

/** Test hook: the state of the shared background model. */
export function backgroundState(): BackgroundState {
  return { ...state };
}
