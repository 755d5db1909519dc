#!/usr/bin/env node
// docs/images/web.png: the extension in VS Code for the Web (1.89.1, web-worker extension host,
// the test/web harness) with the 厦门 report open at its targets, the outline, and Show Targets.
// Usage: node test/web/screenshot.mjs [--out=docs/images/web.png] [--verbose]
import esbuild from 'esbuild';
import path from 'node:path';
import { log, parseArgs, PROJECT, startWebWorkbench } from './lib.mjs';

const args = parseArgs(process.argv.slice(2));
const out = path.resolve(PROJECT, args.out || 'docs/images/web.png');
const probe = path.join(PROJECT, '.cache', 'web-bench', 'screenshot.js');
await esbuild.build({ entryPoints: [path.join(PROJECT, 'test/web/probe/screenshot.ts')], bundle: true, platform: 'browser', format: 'cjs', outfile: probe, external: ['vscode'], logLevel: 'silent' });
let ready;
const isReady = new Promise(r => { ready = r; });
const wb = await startWebWorkbench({ testsPath: probe, verbose: !!args.verbose, viewport: { width: 1400, height: 820 }, onLog: (_t, line) => { if (line.includes('SCREENSHOT_READY')) ready(0); } });
let timer;
const code = await Promise.race([isReady, wb.exited.then(c => `exited early (${c})`), new Promise(r => { timer = setTimeout(() => r('timeout'), 120000); })]);
clearTimeout(timer);
if (code !== 0) log(`no screenshot: ${code}`);
else {
  await wb.page.mouse.move(200, 420);   // an empty spot: no tooltip
  await wb.page.waitForTimeout(800);
  await wb.page.screenshot({ path: out });
  log(`wrote ${path.relative(PROJECT, out)}`);
}
await wb.stop();
process.exit(code === 0 ? 0 : 1);
