/**
 * Compare's analysis worker on the desktop (Node extension host): a worker thread running
 * dist/analysisWorker.js (src/node/analysisWorker.ts). Imported only by extension.node.ts, so the
 * browser bundle never sees `fs` or `worker_threads`.
 */
import * as fs from 'fs';
import { Worker } from 'worker_threads';
import { extensionFile } from '../shared/deps';
import { nodeWorkerPort } from '../../workers/workerClient';
import type { AnalysisBackend } from './analysisService';

export const nodeAnalysis: AnalysisBackend = {
  open(deps) {
    const script = extensionFile(deps, 'dist/analysisWorker.js');
    if (!fs.existsSync(script)) return `worker script missing: ${script}`;
    return events => {
      const worker = new Worker(script);
      worker.unref();
      return nodeWorkerPort(worker, events);
    };
  },
};
