/**
 * Messages between the browser's Key Terms client (jiebaWasm.ts, in the web-worker extension host)
 * and its own web worker (jiebaWorker.ts, jieba-wasm): the one jieba protocol of both platforms
 * (src/workers/jiebaProtocol.ts), whose `init` carries the wasm bytes (read by the extension host
 * through workspace.fs, so any extension location works: http, vscode-cdn, a VSIX installed in the
 * browser) and the domain vocabulary. Pure: no `vscode`, no DOM, no Node.
 */
export type { ToJieba as ToWebWorker, FromJieba as FromWebWorker } from '../workers/jiebaProtocol';
export { tokenLengths, tokensFromLengths } from '../workers/jiebaProtocol';
