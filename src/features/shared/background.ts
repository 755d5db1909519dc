/**
 * The background model of Key Terms, Compare Key Terms and Term Trends (data/background.json,
 * src/core/background.ts): read from the extension's folder on the first run of one of them —
 * never at activation — parsed and indexed once, and shared by every feature after that. Read
 * through `vscode.workspace.fs` (not Node's fs), so the same code serves the desktop and the web
 * extension host. A failed load is not cached: the next run tries again.
 */
import { Background } from '../../core/background';
import type { Deps } from './deps';
import { errorText } from './errors';
import { lazyExtensionData } from './extensionData';

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

let state: BackgroundState = { loaded: false, loadMs: 0, bytes: 0, reports: 0, terms: 0, firstUse: '' };

const load = lazyExtensionData('data/background.json', text => Background.parse(JSON.parse(text)), {
  loaded(d, deps) {
    state = { loaded: true, loadMs: d.loadMs, bytes: d.bytes, reports: d.value.totalDocs, terms: d.value.size, firstUse: d.by };
    deps.log.info(`background model loaded for ${d.by}: ${d.value.totalDocs} reports, ${d.value.size} terms, ${(d.bytes / 1e6).toFixed(2)} MB in ${Math.round(d.loadMs)} ms`);
  },
});

/** The background model, loaded on the first call (`by` names the feature, for the log). */
export function loadBackground(deps: Deps, by: string): Promise<LoadedBackground> {
  return load(deps, by).then(d => ({ background: d.value, bytes: d.bytes, loadMs: d.loadMs }));
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
