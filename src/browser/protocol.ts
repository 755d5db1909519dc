/**
 * Messages between the browser's Key Terms client (jiebaWasm.ts, in the web-worker extension host)
 * and its own web worker (jiebaWorker.ts, jieba-wasm). The same shape as the desktop's worker-thread
 * protocol (src/node/jiebaSegmenter.ts: ToWorker/FromWorker), plus `init`, which carries the wasm bytes (read by the
 * extension host through workspace.fs, so any extension location works: http, vscode-cdn, a VSIX
 * installed in the browser) and the domain vocabulary. Pure: no `vscode`, no DOM, no Node.
 */

export type ToWebWorker =
  | { type: 'init'; wasm: ArrayBuffer; words: string[] }
  | { type: 'cut' | 'count'; id: number; text: string }
  | { type: 'addWords'; words: string[] };
export type FromWebWorker =
  | { type: 'ready'; loadMs: number; requireMs: number }
  | { type: 'error'; message: string }
  | { type: 'result'; id: number; lengths?: Uint32Array; tokens?: string[]; ms: number }
  | { type: 'counts'; id: number; counts: Array<[string, number]>; ms: number }
  | { type: 'cutError'; id: number; message: string };

/** Token lengths of `tokens` when they concatenate back to `text` (compact to post), else null. */
export function tokenLengths(text: string, tokens: string[]): Uint32Array | null {
  const lengths = new Uint32Array(tokens.length);
  let pos = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!text.startsWith(t, pos)) return null;
    lengths[i] = t.length;
    pos += t.length;
  }
  return pos === text.length ? lengths : null;
}

export function tokensFromLengths(text: string, lengths: Uint32Array): string[] {
  const out = new Array<string>(lengths.length);
  let pos = 0;
  for (let i = 0; i < lengths.length; i++) {
    out[i] = text.slice(pos, pos + lengths[i]);
    pos += lengths[i];
  }
  return out;
}
