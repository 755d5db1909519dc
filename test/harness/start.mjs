#!/usr/bin/env node
// `npm start`: opens a sample report in a real VS Code with this extension loaded as a
// development extension.
//   - desktop VS Code (`code` on PATH): code --extensionDevelopmentPath=<project> <workspace> <file>
//   - otherwise: the harness's code-server on 127.0.0.1 (free port), printing a URL to open in a
//     browser; the URL's payload loads the development extension and opens the file. Runs until
//     Ctrl-C / SIGTERM, then stops the server's process group and removes its temp dir.
// Usage: node test/harness/start.mjs [--file=PATH] [--workspace=DIR] [--port=N] [--server]
//   --server   use code-server even when `code` is on PATH
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import fs from 'node:fs';
import { PROJECT, DEFAULT_WORKSPACE, ensureHarness, parseArgs, log, startCodeServer, workbenchUrl, remoteUri } from './lib.mjs';

const args = parseArgs(process.argv.slice(2));
const workspace = path.resolve(args.workspace || DEFAULT_WORKSPACE);
const file = path.resolve(args.file || path.join(DEFAULT_WORKSPACE, '2024年厦门市政府工作报告.txt'));
if (!fs.existsSync(file)) { console.error(`no such file: ${file}`); process.exit(1); }

const hasCode = spawnSync('sh', ['-c', 'command -v code'], { encoding: 'utf8' }).status === 0;
if (hasCode && !args.server) {
  const codeArgs = ['--new-window', `--extensionDevelopmentPath=${PROJECT}`, workspace, file];
  log(`code ${codeArgs.join(' ')}`);
  const r = spawnSync('code', codeArgs, { stdio: 'inherit' });
  process.exit(r.status ?? 1);
}

ensureHarness();
const cs = await startCodeServer({ port: args.port ? Number(args.port) : undefined, verbose: !!args.verbose });
const url = workbenchUrl(cs.authority, {
  folder: workspace,
  payload: [
    ['extensionDevelopmentPath', remoteUri(cs.authority, PROJECT)],
    ['openFile', remoteUri(cs.authority, file)],
    ['skipWelcome', 'true'],
  ],
});
console.log(`\nVS Code (code-server) with the govreport extension is running. Open this URL in a browser:\n\n  ${url}\n`);
console.log('Press Ctrl-C to stop. (Rebuild with `npm run build` and reload the page to pick up changes.)');

let stopping = false;
async function shutdown(code) {
  if (stopping) return;
  stopping = true;
  log('stopping code-server');
  await cs.stop();
  process.exit(code);
}
process.on('SIGINT', () => shutdown(0));
process.on('SIGTERM', () => shutdown(0));
process.on('SIGHUP', () => shutdown(0));
cs.server.once('exit', c => { if (!stopping) { console.error(`code-server exited (${c})`); shutdown(1); } });
// `npm start` killed by PID (SIGTERM to npm) does not reach us: stop when our parent goes away.
const parent = process.ppid;
setInterval(() => { if (process.ppid !== parent) shutdown(0); }, 1000).unref();
