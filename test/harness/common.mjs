// Helpers shared by both test harnesses: the real VS Code one (test/harness/lib.mjs: code-server,
// Node extension host) and the web one (test/web/lib.mjs: @vscode/test-web, web-worker host).
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DEFAULT_WORKSPACE = path.join(PROJECT, 'test', 'fixtures', 'workspace');
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
/** Debian's headless Chromium, offline and quiet. */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

/** A logger prefixing `[<name> <seconds since start>s]`. */
export function makeLog(name) {
  const t0 = Date.now();
  return (...a) => console.log(`[${name} ${((Date.now() - t0) / 1000).toFixed(1)}s]`, ...a);
}

/** `--key=value` / `--flag` arguments to an object; anything else is an error. */
export function parseArgs(argv) {
  const out = {};
  for (const a of argv) {
    const m = /^--([^=]+)(?:=(.*))?$/.exec(a);
    if (!m) throw new Error(`bad argument ${a}`);
    out[m[1]] = m[2] === undefined ? true : m[2];
  }
  return out;
}

/** A free TCP port on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}
