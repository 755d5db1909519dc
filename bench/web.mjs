#!/usr/bin/env node
// Browser figures (part of `npm run bench`; alone: `npm run bench:web`):
//  - the browser bundle (dist/web/extension.js) as the VSIX ships it: production build (minified,
//    no source maps), bytes and gzip bytes; the jieba-wasm worker and wasm;
//  - in VS Code 1.89.1 for the Web (the test/web harness: @vscode/test-web + Debian Chromium), in
//    the web-worker extension host: bundle load and activate() time, and Key Terms' load time with
//    jieba-wasm in its web worker (test/web/probe/bench.ts).
// Prints BENCH_WEB {json}. Needs the web harness (bash test/web/setup.sh, run here if missing).
import esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(ROOT);
const kb = n => Math.round(n / 102.4) / 10;

// 1. sizes: the production browser bundle, built the way esbuild.js --production builds it
const prod = await esbuild.build({
  entryPoints: ['src/extension.browser.ts'], bundle: true, platform: 'browser', format: 'cjs', target: 'es2022',
  minify: true, charset: 'utf8', external: ['vscode'], write: false, logLevel: 'silent',
});
const bundle = prod.outputFiles[0].contents;
const worker = await esbuild.build({
  entryPoints: ['src/browser/jiebaWorker.ts'], bundle: true, platform: 'browser', format: 'iife', target: 'es2022',
  minify: true, charset: 'utf8', write: false, logLevel: 'silent', define: { 'import.meta.url': '""' },
  alias: { 'jieba-wasm-web': './node_modules/jieba-wasm/pkg/web/jieba_rs_wasm.js' },
});
const wasm = fs.readFileSync('node_modules/jieba-wasm/pkg/web/jieba_rs_wasm_bg.wasm');
const sizes = {
  extensionKB: kb(bundle.length), extensionGzipKB: kb(zlib.gzipSync(bundle).length),
  jiebaWorkerKB: kb(worker.outputFiles[0].contents.length),
  jiebaWasmKB: kb(wasm.length), jiebaWasmGzipKB: kb(zlib.gzipSync(wasm).length),
};
console.log(`browser bundle (production): ${sizes.extensionKB} KB (${sizes.extensionGzipKB} KB gzip); jieba-wasm worker ${sizes.jiebaWorkerKB} KB + wasm ${sizes.jiebaWasmKB} KB (${sizes.jiebaWasmGzipKB} KB gzip, loaded on the first Key Terms request)`);

// 2. in the web workbench
if (!fs.existsSync('dist/web/extension.js')) { console.error('dist/web/extension.js missing: run npm run build'); process.exit(1); }
const setup = spawnSync('bash', ['test/web/setup.sh'], { stdio: 'inherit' });
if (setup.status !== 0) process.exit(1);
const probe = path.join(ROOT, '.cache', 'web-bench', 'probe.js');
await esbuild.build({
  entryPoints: ['test/web/probe/bench.ts'], bundle: true, platform: 'browser', format: 'cjs', target: 'es2022',
  outfile: probe, external: ['vscode'], logLevel: 'silent',
});
const { startWebWorkbench } = await import('../test/web/lib.mjs');
let host;
const t0 = Date.now();
const wb = await startWebWorkbench({ testsPath: probe, onLog: (_t, line) => { const m = /^WEB_HOST_RESULT (.*)$/.exec(line); if (m) host = JSON.parse(m[1]); } });
let timer;
const code = await Promise.race([wb.exited, new Promise(r => { timer = setTimeout(() => r('timeout'), 180000); })]);
clearTimeout(timer);
const workbenchMs = Date.now() - t0;
await wb.stop();
if (code !== 0 || !host) { console.error(`web probe failed (exit ${code})`); process.exit(1); }
const result = { sizes, ...host, runMs: workbenchMs };
console.log(`web-worker extension host (VS Code ${host.vscode}): bundle load ${host.activation.bundleLoadMs} ms, activate() ${host.activation.activateMs} ms`);
console.log(`Key Terms (${host.keyTerms.segmenter}): load ${host.keyTerms.workerStartMs} ms (wasm instantiate + vocabulary ${host.keyTerms.wasmInstantiateMs} ms), first request ${host.keyTerms.firstRequestMs} ms, warm ${host.keyTerms.warmRequestMs} ms, 1 MB report ${host.keyTerms.oneMB.ms} ms`);
console.log(`BENCH_WEB ${JSON.stringify(result)}`);
process.exit(0);
