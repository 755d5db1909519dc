/**
 * Web-worker entry of Compare Reports' analysis in the browser (bundled to
 * dist/web/analysisWorker.js, an IIFE): the same worker side as the desktop's worker thread
 * (src/features/compare/analysisProtocol.ts) — report texts in, the comparison out — so VS Code for
 * the Web's extension host does not analyse a folder of reports on its own thread.
 */
import { serveAnalysis, ToAnalysis } from '../features/compare/analysisProtocol';

interface WorkerScope {
  postMessage(m: unknown): void;
  addEventListener(type: 'message', listener: (e: { data: unknown }) => void): void;
}
const scope = globalThis as unknown as WorkerScope;
serveAnalysis(m => scope.postMessage(m), on => scope.addEventListener('message', e => on(e.data as ToAnalysis)));
