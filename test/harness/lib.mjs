// Shared helpers of the project's "real VS Code" harness: start code-server (VS Code 1.100.3
// server + web workbench, installed by setup.sh into .cache/vscode-real/) on 127.0.0.1 with a
// throw-away state dir, and launch Debian's headless Chromium through playwright-core.
// Nothing is written to $HOME: code-server's config/user-data/extensions and Chromium's XDG dirs
// all live in a temp dir that stop() removes (KEEP_TMP=1 keeps it).
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM, CHROMIUM_ARGS, PROJECT, freePort, makeLog } from './common.mjs';
import { buildLanguagePack, writeLanguagePacksJson } from './languagePack.mjs';

export { CHROMIUM, CHROMIUM_ARGS, DEFAULT_WORKSPACE, PROJECT, freePort, parseArgs } from './common.mjs';
export const HERE = path.dirname(fileURLToPath(import.meta.url));
export const HARNESS = process.env.VSCODE_REAL_HARNESS || path.join(PROJECT, '.cache', 'vscode-real');
export const CODE_SERVER_ENTRY = path.join(HARNESS, 'node_modules', 'code-server', 'out', 'node', 'entry.js');

export const log = makeLog('harness');

/** Runs setup.sh when the harness is not installed (it is a no-op when it is). */
export function ensureHarness() {
  if (fs.existsSync(path.join(HARNESS, '.installed')) && fs.existsSync(CODE_SERVER_ENTRY)) return;
  log('harness not installed yet; running test/harness/setup.sh');
  const r = spawnSync('bash', [path.join(HERE, 'setup.sh')], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`setup.sh failed with ${r.status ?? r.signal}`);
}

/** Loads playwright-core's chromium from the harness folder (not a project runtime dependency). */
export function loadChromium() {
  const require = createRequire(path.join(HARNESS, 'package.json'));
  return require('playwright-core').chromium;
}

/**
 * Starts code-server on 127.0.0.1 with a throw-away user-data/extensions/config dir, in its own
 * process group. `settings` are added to the user settings.json. `installExtensions` (VSIX paths)
 * are installed into the temp extensions dir before the server starts (see installExtension).
 * `locale` (e.g. 'zh-cn'): the display language; a minimal language pack for it (languagePack.mjs)
 * is built and installed, and the server starts with `--locale`.
 * Resolves to { authority, url, tmp, server, serverLogPath, extensionsDir, stop() }.
 */
export async function startCodeServer({ verbose = false, port, settings = {}, installExtensions = [], locale } = {}) {
  if (!fs.existsSync(CODE_SERVER_ENTRY)) throw new Error(`code-server not found at ${CODE_SERVER_ENTRY}; run: bash test/harness/setup.sh`);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'govreport-vscode-'));
  port = port || await freePort();
  const authority = `127.0.0.1:${port}`;
  fs.writeFileSync(path.join(tmp, 'config.yaml'), 'auth: none\ncert: false\n');
  // pre-create user-data, otherwise code-server cannot create its IPC socket there
  fs.mkdirSync(path.join(tmp, 'user-data', 'User'), { recursive: true });
  // quiet, deterministic workbench: no welcome page, no trust prompt, no chat/copilot nags
  fs.writeFileSync(path.join(tmp, 'user-data', 'User', 'settings.json'), JSON.stringify({
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'security.workspace.trust.enabled': false,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true,
    'chat.commandCenter.enabled': false,
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    ...settings,
  }, null, 2));
  const serverArgs = [
    CODE_SERVER_ENTRY,
    '--auth', 'none',
    '--bind-addr', authority,
    '--config', path.join(tmp, 'config.yaml'),
    '--user-data-dir', path.join(tmp, 'user-data'),
    '--extensions-dir', path.join(tmp, 'extensions'),
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--ignore-last-opened',
  ];
  if (locale && !locale.startsWith('en')) {
    installExtensions = [...installExtensions, buildLanguagePack(path.join(tmp, 'language-pack', `${locale}.vsix`), locale)];
    serverArgs.push('--locale', locale);
  }
  const env = {
    ...process.env,
    XDG_CONFIG_HOME: path.join(tmp, 'xdg-config'),
    XDG_DATA_HOME: path.join(tmp, 'xdg-data'),
    XDG_CACHE_HOME: path.join(tmp, 'xdg-cache'),
  };
  for (const vsix of installExtensions) {
    try {
      installExtension(tmp, vsix, { env, verbose });
    } catch (e) {
      if (!process.env.KEEP_TMP) fs.rmSync(tmp, { recursive: true, force: true });
      throw e;
    }
  }
  if (locale && !locale.startsWith('en')) writeLanguagePacksJson(path.join(tmp, 'user-data'), path.join(tmp, 'extensions'), locale);
  const serverLogPath = path.join(tmp, 'server.log');
  log(`starting code-server on http://${authority}`);
  // detached => own process group, so stop() ends exactly this server and its children
  const server = spawn(process.execPath, serverArgs, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const serverLog = fs.createWriteStream(serverLogPath);
  server.stdout.pipe(serverLog);
  server.stderr.pipe(serverLog);
  if (verbose) {
    server.stdout.on('data', d => process.stdout.write('[server] ' + d));
    server.stderr.on('data', d => process.stdout.write('[server!] ' + d));
  }
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    try { process.kill(-server.pid, 'SIGTERM'); } catch { /* already gone */ }
    await new Promise(r => setTimeout(r, 500));
    try { process.kill(-server.pid, 'SIGKILL'); } catch { /* already gone */ }
    if (!process.env.KEEP_TMP) fs.rmSync(tmp, { recursive: true, force: true });
    else log('kept', tmp);
  };
  await new Promise((resolve, reject) => {
    let buf = '';
    const timer = setTimeout(() => reject(new Error('code-server did not start within 60s')), 60000);
    server.stdout.on('data', d => {
      buf += d.toString();
      if (/HTTP server listening on/.test(buf)) { clearTimeout(timer); resolve(); }
    });
    server.once('exit', c => { clearTimeout(timer); reject(new Error(`code-server exited early with ${c}`)); });
  }).catch(async e => {
    const logText = fs.existsSync(serverLogPath) ? fs.readFileSync(serverLogPath, 'utf8') : '';
    await stop();
    throw new Error(`${e.message}\n${logText}`);
  });
  log('code-server is listening');
  return { authority, url: `http://${authority}/`, tmp, server, serverLogPath, extensionsDir: path.join(tmp, 'extensions'), stop };
}

/**
 * Installs a VSIX with code-server's own CLI (`--install-extension`) into `<tmp>/extensions`, the
 * extensions dir startCodeServer() gives the server (same user-data/config dirs, XDG dirs in tmp).
 * Offline: a local VSIX needs no gallery. Returns the CLI output; throws when it fails.
 */
export function installExtension(tmp, vsix, { env, verbose = false } = {}) {
  if (!fs.existsSync(CODE_SERVER_ENTRY)) throw new Error(`code-server not found at ${CODE_SERVER_ENTRY}; run: bash test/harness/setup.sh`);
  if (!fs.existsSync(vsix)) throw new Error(`VSIX not found: ${vsix}`);
  env = env || {
    ...process.env,
    XDG_CONFIG_HOME: path.join(tmp, 'xdg-config'),
    XDG_DATA_HOME: path.join(tmp, 'xdg-data'),
    XDG_CACHE_HOME: path.join(tmp, 'xdg-cache'),
  };
  if (!fs.existsSync(path.join(tmp, 'config.yaml'))) fs.writeFileSync(path.join(tmp, 'config.yaml'), 'auth: none\ncert: false\n');
  fs.mkdirSync(path.join(tmp, 'user-data', 'User'), { recursive: true });
  const args = [
    CODE_SERVER_ENTRY,
    '--config', path.join(tmp, 'config.yaml'),
    '--user-data-dir', path.join(tmp, 'user-data'),
    '--extensions-dir', path.join(tmp, 'extensions'),
    '--install-extension', path.resolve(vsix),
    '--force',
  ];
  log(`installing ${path.basename(vsix)} into ${path.join(tmp, 'extensions')}`);
  const r = spawnSync(process.execPath, args, { env, encoding: 'utf8', timeout: 120000 });
  const out = `${r.stdout || ''}${r.stderr || ''}`;
  if (verbose) process.stdout.write(out);
  if (r.status !== 0) throw new Error(`code-server --install-extension ${vsix} failed (${r.status ?? r.signal}):\n${out}`);
  return out;
}

/** Launches headless Debian Chromium; its XDG dirs go into `tmp` (not $HOME). */
export async function launchBrowser(tmp) {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found; apt-get install chromium (or set CHROMIUM_PATH)`);
  const env = { ...process.env, XDG_CONFIG_HOME: path.join(tmp, 'xdg-config'), XDG_CACHE_HOME: path.join(tmp, 'xdg-cache') };
  return loadChromium().launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, env });
}

/** The workbench URL; `payload` is VS Code's list of [key, value] pairs. */
export function workbenchUrl(authority, { folder, payload }) {
  let url = `http://${authority}/?payload=${encodeURIComponent(JSON.stringify(payload))}`;
  url += folder ? `&folder=${encodeURIComponent(folder)}` : '&ew=true';
  return url;
}

/** Payload paths must be full vscode-remote URIs (the workbench URI.parse()s them). */
export const remoteUri = (authority, p) => `vscode-remote://${authority}${p.split(path.sep).map(encodeURIComponent).join('/')}`;

/** Workbench console lines that are only offline noise (shown with --verbose). */
export const OFFLINE_NOISE = /ENOTFOUND (open-vsx\.org|[\w.-]+\.microsoft\.com)|^Creating a socket|^Resolv(ing|ed) connection token|^Updating additional builtin extensions cache|^\[Service Worker\] registered|^ChatSessionStore:/;

/**
 * Opens the workbench with `extensionDevelopmentPath` = devPath and `extensionTestsPath` = testsPath,
 * forwards the extension host's console, and resolves to the exit code it reports (124 on timeout,
 * with a screenshot of the stuck workbench saved to `timeoutShot`).
 */
export async function runWorkbenchTests({ cs, browser, workspace, devPath, testsPath, timeoutSec, verbose = false, label = 'runner', timeoutShot, describe = '' }) {
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
      ['extensionDevelopmentPath', remoteUri(cs.authority, devPath)],
      ['extensionTestsPath', remoteUri(cs.authority, testsPath)],
      ['skipWelcome', 'true'],
    ],
  });
  log(`opening workbench (${describe})`);
  if (verbose) log(url);
  await page.goto(url);
  let timer;
  const timeout = new Promise(r => { timer = setTimeout(() => r('timeout'), timeoutSec * 1000); });
  const result = await Promise.race([exited, timeout]);
  clearTimeout(timer);
  if (result === 'timeout') {
    console.error(`[${label}] TIMEOUT: the extension host did not report an exit code within ${timeoutSec}s`);
    if (timeoutShot) {
      try {
        await page.screenshot({ path: timeoutShot });
        console.error(`[${label}] screenshot of the stuck workbench: ${timeoutShot}`);
      } catch { /* ignore */ }
    }
    if (fs.existsSync(cs.serverLogPath)) console.error(fs.readFileSync(cs.serverLogPath, 'utf8').slice(-4000));
    return 124;
  }
  log(`extension host reported exit code ${result}`);
  return typeof result === 'number' ? result : 1;
}

/**
 * One test run of run-tests.mjs / run-vsix-tests.mjs: ensures the harness, starts code-server
 * (`server`: startCodeServer options), lets `afterStart(cs)` check it (throw to fail), launches
 * Chromium and runs `testsPath` with `devPath` as development extension (runWorkbenchTests), then
 * stops everything, runs `cleanup()` and exits the process with the extension host's code (1 on an
 * error, 130/143 on SIGINT/SIGTERM).
 */
export async function runTestsAndExit({ label, server = {}, afterStart, cleanup, ...run }) {
  let cs;
  let browser;
  let done = false;
  async function finish(code) {
    if (done) return;
    done = true;
    try { if (browser) await browser.close(); } catch { /* ignore */ }
    if (cs) await cs.stop();
    cleanup?.();
    log(`exit code ${code}`);
    process.exit(code);
  }
  process.on('SIGINT', () => finish(130));
  process.on('SIGTERM', () => finish(143));
  try {
    ensureHarness();
    cs = await startCodeServer({ verbose: run.verbose, ...server });
    afterStart?.(cs);
  } catch (e) {
    console.error(String(e.message || e));
    return finish(1);
  }
  try {
    browser = await launchBrowser(cs.tmp);
    await finish(await runWorkbenchTests({ cs, browser, label, ...run }));
  } catch (e) {
    console.error(`[${label}] error:`, e);
    await finish(1);
  }
}
