/**
 * Key Terms' jieba worker protocol, one for both platforms: the desktop's worker thread
 * (src/node/segmenterWorker.ts, nodejs-jieba) and the browser's web worker (src/browser/
 * jiebaWorker.ts, jieba-wasm). Requests carry an `id` (src/workers/workerClient.ts adds it); the
 * worker answers with the same `id`. The browser's worker first gets `init` (the wasm bytes and the
 * domain vocabulary); the desktop's gets its words as workerData. `trendDocs` is the desktop's only.
 * Pure: no `vscode`, no DOM, no Node.
 */
import { countTerms } from '../core/keywords';

export type ToJieba =
  | { type: 'init'; wasm: ArrayBuffer; words: string[] }
  | { type: 'cut' | 'count'; id: number; text: string }
  | { type: 'trendDocs'; id: number; text: string }
  | { type: 'addWords'; words: string[] };
export type FromJieba =
  | { type: 'ready'; loadMs: number; requireMs: number }
  | { type: 'error'; message: string }
  | { type: 'result'; id: number; lengths?: Uint32Array; tokens?: string[]; ms: number }
  | { type: 'counts'; id: number; counts: Array<[string, number]>; ms: number }
  | { type: 'trendDocs'; id: number; docs: Array<{ year: number | null; level: string | null; counts: Array<[string, number]> }>; ms: number }
  | { type: 'cutError'; id: number; message: string };

/** A failed request's reply (the client's replyError for this protocol). */
export function jiebaReplyError(m: Record<string, unknown>): string | undefined {
  return m.type === 'cutError' ? String(m.message) : undefined;
}

/** Token lengths of `tokens` when they concatenate back to `text` (compact to send across threads), else null. */
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

/** The tokens of a `result` reply. */
export function tokensOfReply(text: string, m: { lengths?: Uint32Array; tokens?: string[] }): string[] {
  return m.lengths ? tokensFromLengths(text, m.lengths) : m.tokens ?? [];
}

const errorMessage = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/**
 * The worker's answer to a `cut` or `count` request with its segmenter: the token lengths (a
 * transferable Uint32Array, so the extension host does not deserialise a huge array of strings) or
 * the key-term counts (counted in the worker: the host receives a small [term, count] list).
 */
export function answerCut(m: { type: 'cut' | 'count'; id: number; text: string }, cut: (text: string) => string[]): { reply: FromJieba; transfer?: ArrayBuffer[] } {
  const t0 = performance.now();
  try {
    const tokens = cut(m.text);
    if (m.type === 'count') return { reply: { type: 'counts', id: m.id, counts: [...countTerms(tokens)], ms: Math.round(performance.now() - t0) } };
    const lengths = tokenLengths(m.text, tokens);
    const ms = Math.round(performance.now() - t0);
    if (lengths) return { reply: { type: 'result', id: m.id, lengths, ms }, transfer: [lengths.buffer as ArrayBuffer] };
    return { reply: { type: 'result', id: m.id, tokens, ms } };
  } catch (e) {
    return { reply: { type: 'cutError', id: m.id, message: errorMessage(e) } };
  }
}
