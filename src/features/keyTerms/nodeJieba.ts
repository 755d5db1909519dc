/**
 * Key Terms' jieba on the desktop (Node extension host): nodejs-jieba in a worker thread
 * (dist/segmenterWorker.js, src/node/segmenterWorker.ts). Imported only by extension.node.ts, so
 * the browser bundle never sees `fs` or `worker_threads`.
 */
import * as fs from 'fs';
import * as vscode from 'vscode';
import { WorkerSegmenter } from '../../node/jiebaSegmenter';
import { extensionFile } from '../shared/deps';
import type { JiebaBackend } from './segmenters';

export const nodeJieba: JiebaBackend = {
  create(deps, options) {
    const script = extensionFile(deps, 'dist/segmenterWorker.js');
    if (!fs.existsSync(script)) return vscode.l10n.t('worker script missing: {0}', script);
    return new WorkerSegmenter({ script, ...options });
  },
};
