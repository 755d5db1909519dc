// The browser figures of `npm run bench` (bench/web.mjs bundles this as the extensionTestsPath of a
// web workbench): activation of the browser bundle in the web-worker extension host, and Key Terms
// with jieba-wasm in its web worker — first request (worker start: wasm read, instantiated, domain
// vocabulary added), a warm request, and a ~1 MB report. Prints one line `WEB_HOST_RESULT {json}`.
import * as vscode from 'vscode';
import type { TestApi } from '../../../src/extension.shared';
import type { KeyTermsCommandResult } from '../../../src/features/keyTerms/command';
import { readExtensionFile } from '../../../src/browser/jiebaWasm';

interface KeyTermsState { workerRunning: boolean; worker: { startMs: number; loadMs: number } }

const round = (n: number): number => Math.round(n * 10) / 10;

export async function run(): Promise<void> {
  const t0 = performance.now();
  const ext = vscode.extensions.getExtension<TestApi | undefined>('govreport-tools.govreport');
  if (!ext) throw new Error('extension not loaded');
  const api = await ext.activate();
  if (!api) throw new Error('no test API (not ExtensionMode.Test?)');
  const activateCallMs = performance.now() - t0;
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  if (!folder) throw new Error('no workspace folder');

  const xm = vscode.Uri.joinPath(folder, '2024年厦门市政府工作报告.txt');
  await vscode.window.showTextDocument(xm);
  const first = await vscode.commands.executeCommand<KeyTermsCommandResult>('govreport.keyTerms', xm);
  const state = await vscode.commands.executeCommand<KeyTermsState>('govreport.internal.keyTermsState');
  const w0 = performance.now();
  await vscode.commands.executeCommand<KeyTermsCommandResult>('govreport.keyTerms', xm);
  const warmMs = performance.now() - w0;

  // ~1 MB of report text (the fixture reports repeated), written to the virtual workspace
  const dec = new TextDecoder();
  const names = ['000_e8c23d3aa62e93d4.txt', '001_c6236c357e1df4fa.txt', '002_6b340ccef4bd5f14.part1.txt', '003_79a18ab8566106eb.txt'];
  const texts = await Promise.all(names.map(async n => dec.decode(await readExtensionFile(vscode.Uri.joinPath(ext.extensionUri, 'test', 'fixtures', 'reports', n)))));
  const parts: string[] = [];
  let bytes = 0;
  const enc = new TextEncoder();
  for (let i = 0; bytes < 1024 * 1024; i++) { const t = texts[i % texts.length]; parts.push(t); bytes += enc.encode(t).length; }
  const big = vscode.Uri.joinPath(folder, '1MB政府工作报告.txt');
  await vscode.workspace.fs.writeFile(big, enc.encode(parts.join('\n\n')));
  const b0 = performance.now();
  const bigRes = await vscode.commands.executeCommand<KeyTermsCommandResult>('govreport.keyTerms', big);
  const bigMs = performance.now() - b0;
  await vscode.workspace.fs.delete(big);

  const result = {
    vscode: vscode.version,
    host: typeof (globalThis as { navigator?: unknown }).navigator === 'object' && typeof (globalThis as { process?: unknown }).process === 'undefined' ? 'web worker' : 'other',
    activation: { bundleLoadMs: round(api.activation.loadMs), activateMs: round(api.activation.activateMs), activateCallMs: round(activateCallMs) },
    keyTerms: {
      segmenter: first.segmenter,
      workerStartMs: state.worker.startMs,
      wasmInstantiateMs: state.worker.loadMs,
      firstRequestMs: first.ms,
      warmRequestMs: Math.round(warmMs),
      oneMB: { bytes, ms: Math.round(bigMs), reports: bigRes.reports, topTerms: bigRes.topTerms.slice(0, 5) },
    },
  };
  console.log(`WEB_HOST_RESULT ${JSON.stringify(result)}`);
}
