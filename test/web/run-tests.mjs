#!/usr/bin/env node
// Runs the web suite (.cache/web-tests/index.js, built by build-tests.mjs) in the browser's
// web-worker extension host of VS Code 1.89.1 for the Web (see lib.mjs), in two passes:
//  1. source: the extension loaded from the project folder (its dist/web/ build);
//  2. vsix: the extension loaded from the unpacked web VSIX — what a user installs on
//     vscode.dev/github.dev ("Install from VSIX…"). `scripts/package.mjs --target=web` builds it
//     (production build) into .cache/web-vsix/, it is unpacked (scripts/lib/vsix.mjs) and its
//     extension/ folder is the development extension. The suite bundle and the fixture files the
//     tests read (test/fixtures/reports, gold) are copied next to it under names the VSIX never
//     ships (test-web serves tests only from inside the extension folder); everything else the
//     extension reads — browser bundle, jieba-wasm worker and wasm, data/, grammar, l10n, media —
//     is what the VSIX carries, so a file missing from the package fails the tests that use it.
// Exit code = the first failing pass's extension-host code (0 = all passed, 1 = a failure, an
// error or too few tests), 124 on timeout.
// Usage: node test/web/run-tests.mjs [--pass=source|vsix|both] [--vsix=FILE] [--timeout=SEC]
//        [--verbose] [--tests=FILE] [--folder=DIR]
// --vsix=FILE: test that web VSIX instead of packaging one.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { unzip } from '../../scripts/lib/vsix.mjs';
import { log, parseArgs, PROJECT, startWebWorkbench } from './lib.mjs';

const args = parseArgs(process.argv.slice(2));
const tests = path.resolve(args.tests || path.join(PROJECT, '.cache', 'web-tests', 'index.js'));
if (!fs.existsSync(tests)) { console.error(`${tests} missing; run: node test/web/build-tests.mjs`); process.exit(1); }
const timeout = Number(args.timeout || process.env.VSCODE_TEST_TIMEOUT || 300) * 1000;
const pass = args.pass || 'both';
if (!['source', 'vsix', 'both'].includes(pass)) { console.error(`--pass=${pass}: source, vsix or both`); process.exit(1); }

/** Runs the suite `testsPath` (inside `extensionPath`) once; resolves to the exit code. */
async function runPass(label, extensionPath, testsPath) {
  const wb = await startWebWorkbench({ testsPath, extensionPath, folder: args.folder, verbose: !!args.verbose });
  log(`${label}: workbench at ${wb.url} (VS Code 1.89.1 for the Web, web-worker extension host), extension ${path.relative(PROJECT, extensionPath) || '.'}`);
  let timer;
  const code = await Promise.race([wb.exited, new Promise(r => { timer = setTimeout(() => r('timeout'), timeout); })]);
  clearTimeout(timer);
  if (code === 'timeout') {
    const shot = path.join(PROJECT, '.cache', 'web-tests', `timeout-${label}.png`);
    await wb.page.screenshot({ path: shot }).catch(() => undefined);
    console.error(`TIMEOUT after ${timeout / 1000} s (screenshot ${shot})`);
  }
  await wb.stop();
  log(`${label}: exit code`, code);
  return typeof code === 'number' ? code : 124;
}

/** Packages (or takes --vsix) the web VSIX, unpacks it and adds the suite; resolves to { ext, testsPath }. */
async function unpackedWebVsix() {
  const dir = path.join(PROJECT, '.cache', 'web-vsix');
  let vsix = args.vsix ? path.resolve(args.vsix) : path.join(dir, 'govreport-web.vsix');
  if (!args.vsix) {
    fs.mkdirSync(dir, { recursive: true });
    const r = spawnSync(process.execPath, [path.join(PROJECT, 'scripts', 'package.mjs'), '--target=web', `--out=${vsix}`], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`scripts/package.mjs --target=web failed (${r.status ?? r.signal}):\n${r.stdout}${r.stderr}`);
    for (const line of r.stdout.split('\n')) {
      const m = /^\[package [\d.]+s\] (web VSIX.*|.*\.vsix: .*)$/.exec(line);
      if (m) log(`vsix: ${m[1]}`);
    }
    vsix = r.stdout.trim().split('\n').pop();
  }
  const root = path.join(dir, 'unpacked');
  fs.rmSync(root, { recursive: true, force: true });
  const files = await unzip(vsix, root);
  const ext = path.join(root, 'extension');
  const manifest = JSON.parse(fs.readFileSync(path.join(ext, 'package.json'), 'utf8'));
  // it is the packaged web extension, not a copy of the project
  if (!manifest.browser || manifest.main || fs.existsSync(path.join(ext, 'src')) || fs.existsSync(path.join(ext, 'test'))) {
    throw new Error(`${vsix} does not look like the web VSIX (browser ${manifest.browser}, main ${manifest.main})`);
  }
  log(`vsix: ${path.relative(PROJECT, vsix)} unpacked (${files.length} files) to ${path.relative(PROJECT, ext)}`);
  // test-only additions (names the VSIX never ships; package.mjs forbids test/ in a VSIX)
  const testsPath = path.join(ext, '.web-tests', 'index.js');
  fs.mkdirSync(path.dirname(testsPath), { recursive: true });
  fs.copyFileSync(tests, testsPath);
  for (const d of ['reports', 'gold']) fs.cpSync(path.join(PROJECT, 'test', 'fixtures', d), path.join(ext, 'test', 'fixtures', d), { recursive: true });
  return { ext, testsPath };
}

let code = 0;
if (pass !== 'vsix') code = await runPass('source', PROJECT, tests);
if (code === 0 && pass !== 'source') {
  let vsix;
  try {
    vsix = await unpackedWebVsix();
  } catch (e) {
    console.error(String(e.message || e));
    process.exit(1);
  }
  code = await runPass('vsix', vsix.ext, vsix.testsPath);
}
process.exit(code);
