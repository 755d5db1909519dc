/**
 * Compare's analysis worker in the browser (VS Code for the Web): a web worker running
 * dist/web/analysisWorker.js (src/browser/analysisWorker.ts), its script read from the extension's
 * location and started from a blob URL, as Key Terms' jieba-wasm worker is (jiebaWasm.ts).
 */
import * as vscode from 'vscode';
import type { AnalysisBackend } from '../features/compare/analysisService';
import { webWorkerPort } from '../workers/workerClient';
import { readExtensionFile, startBlobWorker, workerCtor } from './jiebaWasm';

export const ANALYSIS_WORKER_SCRIPT = 'dist/web/analysisWorker.js';

export const webAnalysis: AnalysisBackend = {
  open(deps) {
    const Worker = workerCtor();
    if (!Worker) return 'this browser host cannot start web workers';
    return async events => {
      const script = await readExtensionFile(vscode.Uri.joinPath(deps.extensionUri, ANALYSIS_WORKER_SCRIPT));
      return webWorkerPort(startBlobWorker(Worker, script, 'govreport analysis'), events, 'the analysis worker');
    };
  },
};
