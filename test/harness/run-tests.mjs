#!/usr/bin/env node
// Runs the extension's integration tests inside a REAL VS Code: code-server's VS Code 1.100.3
// server + web workbench, the workbench driven by headless Debian Chromium (playwright-core).
// The extension runs in the server's Node extension host (native addons such as nodejs-jieba
// work there). Mechanism = VS Code's own browser integration tests: the workbench URL's `payload`
// carries extensionDevelopmentPath + extensionTestsPath; the page exposes codeAutomationLog
// (extension host console -> our stdout, i.e. mocha's reporter output) and codeAutomationExit.
//
// Exit code = the extension host's exit code (0 all passed, 1 failure/error), 124 = timeout.
//
// Usage (all optional, defaults are this project's):
//   node test/harness/run-tests.mjs [--extensionDevelopmentPath=DIR] [--extensionTestsPath=FILE_OR_DIR]
//        [--workspace=DIR] [--timeout=SECONDS] [--verbose]
// env: VSCODE_TEST_TIMEOUT (seconds, default 300), KEEP_TMP=1, CHROMIUM_PATH, MOCHA_GREP, MOCHA_TIMEOUT.
// This process's environment reaches the extension host (and so the tests).
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT, DEFAULT_WORKSPACE, ensureHarness, parseArgs, log, startCodeServer, launchBrowser, workbenchUrl, remoteUri } from './lib.mjs';

const args = parseArgs(process.argv.slice(2));
const extDev = path.resolve(args.extensionDevelopmentPath || PROJECT);
const extTests = path.resolve(args.extensionTestsPath || path.join(PROJECT, 'out', 'test', 'integration', 'index.js'));
const workspace = args.workspace === undefined ? DEFAULT_WORKSPACE : (args.workspace === true ? undefined : path.resolve(args.workspace));
const timeoutSec = Number(args.timeout || process.env.VSCODE_TEST_TIMEOUT || 300);
const verbose = !!args.verbose;

for (const [what, p] of [['extensionDevelopmentPath', path.join(extDev, 'package.json')], ['extensionTestsPath', extTests]]) {
  if (!fs.existsSync(p) && !fs.existsSync(p + '.js')) {
    console.error(`[runner] ${what}: ${p} does not exist (run npm run build && npm run compile-tests)`);
    process.exit(1);
  }
}

// Known harmless messages of an offline workbench (extension gallery, telemetry); --verbose shows them.
const OFFLINE_NOISE = /ENOTFOUND (open-vsx\.org|[\w.-]+\.microsoft\.com)|^Creating a socket|^Resolv(ing|ed) connection token|^Updating additional builtin extensions cache|^\[Service Worker\] registered|^ChatSessionStore:/;

let cs;
let browser;
let done = false;
async function finish(code) {
  if (done) return;
  done = true;
  try { if (browser) await browser.close(); } catch { /* ignore */ }
  if (cs) await cs.stop();
  log(`exit code ${code}`);
  process.exit(code);
}
process.on('SIGINT', () => finish(130));
process.on('SIGTERM', () => finish(143));

try {
  ensureHarness();
  cs = await startCodeServer({ verbose });
} catch (e) {
  console.error(String(e.message || e));
  process.exit(1);
}

try {
  browser = await launchBrowser(cs.tmp);
  const page = await (await browser.newContext({ viewport: { width: 1200, height: 800 } })).newPage();
  let resolveExit;
  const exited = new Promise(r => { resolveExit = r; });
  await page.exposeFunction('codeAutomationExit', code => { resolveExit(code); });
  await page.exposeFunction('codeAutomationLog', (type, logArgs) => {
    const a = Array.isArray(logArgs) ? logArgs : [logArgs];
    if (!verbose && OFFLINE_NOISE.test(String(a[0]))) return;
    (console[type] || console.log)(...a);
  });
  page.on('pageerror', e => console.error(`[browser pageerror] ${e}`));
  page.on('crash', () => console.error('[browser] page crashed'));
  if (verbose) page.on('console', m => console.log(`[browser ${m.type()}] ${m.text()}`));

  const url = workbenchUrl(cs.authority, {
    folder: workspace,
    payload: [
      ['extensionDevelopmentPath', remoteUri(cs.authority, extDev)],
      ['extensionTestsPath', remoteUri(cs.authority, extTests)],
      ['skipWelcome', 'true'],
    ],
  });
  log(`opening workbench (extension ${path.relative(process.cwd(), extDev) || '.'}, tests ${path.relative(process.cwd(), extTests)}, workspace ${workspace ? path.relative(process.cwd(), workspace) : '-'})`);
  if (verbose) log(url);
  await page.goto(url);

  let timer;
  const timeout = new Promise(r => { timer = setTimeout(() => r('timeout'), timeoutSec * 1000); });
  const result = await Promise.race([exited, timeout]);
  clearTimeout(timer);
  if (result === 'timeout') {
    console.error(`[runner] TIMEOUT: the extension host did not report an exit code within ${timeoutSec}s`);
    const shot = path.join(PROJECT, '.cache', 'integration-timeout.png');
    try {
      await page.screenshot({ path: shot });
      console.error(`[runner] screenshot of the stuck workbench: ${shot}`);
    } catch { /* ignore */ }
    if (fs.existsSync(cs.serverLogPath)) console.error(fs.readFileSync(cs.serverLogPath, 'utf8').slice(-4000));
    await finish(124);
  }
  log(`extension host reported exit code ${result}`);
  await finish(typeof result === 'number' ? result : 1);
} catch (e) {
  console.error('[runner] error:', e);
  await finish(1);
}
