/**
 * Worker-thread entry of Compare Reports' analysis (bundled to dist/analysisWorker.js by
 * esbuild.js): analyses the report texts the extension host posts and computes the comparison off
 * its main thread (src/features/compare/analysisProtocol.ts). Started by a folder compare, never
 * at activation; ended after idle or on deactivate (src/features/compare/analysisService.ts).
 */
import { parentPort } from 'worker_threads';
import { serveAnalysis, ToAnalysis } from '../features/compare/analysisProtocol';

const port = parentPort;
if (!port) throw new Error('analysisWorker must run in a worker thread');
serveAnalysis(m => port.postMessage(m), on => port.on('message', (m: ToAnalysis) => on(m)));
