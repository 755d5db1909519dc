#!/usr/bin/env node
// Runs the web suite (.cache/web-tests/index.js, built by build-tests.mjs) in the browser's
// web-worker extension host of VS Code 1.89.1 for the Web (see lib.mjs). Exit code = the
// extension host's (0 = all passed, 1 = a failure, an error or too few tests), 124 on timeout.
// Usage: node test/web/run-tests.mjs [--timeout=SEC] [--verbose] [--tests=FILE] [--folder=DIR]
import fs from 'node:fs';
import path from 'node:path';
import { log, parseArgs, PROJECT, startWebWorkbench } from './lib.mjs';

const args = parseArgs(process.argv.slice(2));
const tests = path.resolve(args.tests || path.join(PROJECT, '.cache', 'web-tests', 'index.js'));
if (!fs.existsSync(tests)) { console.error(`${tests} missing; run: node test/web/build-tests.mjs`); process.exit(1); }
const timeout = Number(args.timeout || process.env.VSCODE_TEST_TIMEOUT || 300) * 1000;

const wb = await startWebWorkbench({ testsPath: tests, folder: args.folder, verbose: !!args.verbose });
log(`workbench at ${wb.url} (VS Code 1.89.1 for the Web, web-worker extension host)`);
let timer;
const code = await Promise.race([wb.exited, new Promise(r => { timer = setTimeout(() => r('timeout'), timeout); })]);
clearTimeout(timer);
if (code === 'timeout') {
  const shot = path.join(PROJECT, '.cache', 'web-tests', 'timeout.png');
  await wb.page.screenshot({ path: shot }).catch(() => undefined);
  console.error(`TIMEOUT after ${timeout / 1000} s (screenshot ${shot})`);
}
await wb.stop();
log('exit code', code);
process.exit(typeof code === 'number' ? code : 124);
