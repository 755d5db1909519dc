// The web build of jieba-wasm (node_modules/jieba-wasm/pkg/web/jieba_rs_wasm.js), which esbuild.js
// aliases as 'jieba-wasm-web': the package's "exports" map hides its pkg/ paths, and the TypeScript
// resolution of this project (node10) does not read "exports". Only what jiebaWorker.ts uses.
declare module 'jieba-wasm-web' {
  /** Instantiates the wasm from bytes (or a URL, which is not used here). */
  export default function init(input: { module_or_path: BufferSource | WebAssembly.Module }): Promise<unknown>;
  export function cut(text: string, hmm?: boolean | null): string[];
  export function add_word(word: string, freq?: number | null, tag?: string | null): number;
}
