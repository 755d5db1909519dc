#!/usr/bin/env node
// `npm run package`: builds govreport-<version>-<target>.vsix in the project root.
//
//  1. Stage: copies the project (without .git/.cache/node_modules/dist/out) into .cache/package/stage,
//     with node_modules as a symlink to the project's, so the production build below does not
//     overwrite the shared dist/ that other work (tests, npm start) uses. The same .vscodeignore
//     decides what ships, so `npx vsce ls` in the project shows the list.
//  2. Production build in the stage: every `node <file>` of package.json's `build` script plus any
//     root esbuild*.js, run with --production (minified, no source maps). `--sourcemaps` builds
//     without --production instead (unminified, with maps) and ships dist/*.map.
//     Checks that package.json `main` and every 'dist/…' path named in src/ were built.
//     --target=web (VS Code for the Web: vscode.dev, github.dev, "Install from VSIX…"): the staged
//     .vscodeignore drops what only the Node host runs — the Node bundles dist/*.js (package.json
//     `main` — and `bin` — are removed from the staged manifest; VS Code desktop refuses a
//     web-target VSIX) and
//     nodejs-jieba's native addon and dictionaries; the browser bundle dist/web/ (with Key Terms'
//     jieba-wasm worker and wasm), data/, media/, l10n/ and the grammar ship as in the Node VSIX.
//  3. vsce package --target <target> (default linux-x64: the VSIX carries nodejs-jieba's
//     linux-x64 native addon). NOT --no-dependencies: with it vsce never even looks into
//     node_modules, so the `!node_modules/...` re-includes in .vscodeignore would be dead; with npm
//     dependency detection vsce lists the production tree (still including nodejs-jieba's
//     @mapbox/node-pre-gyp chain) and .vscodeignore keeps only jieba's runtime files: package.json,
//     LICENSE, build/Release/jieba.node and dict/*.utf8 (src/node/jiebaSegmenter.ts loads the addon
//     directly, never the package's dist/index.cjs wrapper that needs node-pre-gyp).
//     README links: without a `repository` in package.json vsce cannot rewrite relative links to
//     absolute ones, so they are kept relative (--no-rewrite-relative-links) and docs/images is not
//     shipped (VS Code's extension page only shows https: images anyway). GOVREPORT_BASE_URL=<https
//     url of the repository's raw root> rewrites them instead (--baseContentUrl/--baseImagesUrl).
//  4. Verify: lists the VSIX (size, file count, per folder), checks required/forbidden entries
//     (nothing from node_modules but the jieba files above), unpacks it to a temp dir and, in fresh
//     Node processes run from there (NODE_PATH empty; every module loaded must lie inside the
//     unpacked extension), runs the packaged dist/segmenterWorker.js in a worker thread (what Key
//     Terms uses: it must report ready and cut a sentence) and the packaged CLI's `keywords` (jieba
//     in-process: it must report segmenter jieba), and the packaged CLI's --help. For --target=web:
//     the required list is what the browser reads (package.json `browser`, the dist/web/ files and
//     data/ files named in src/, the contributed grammar, l10n, icon), nothing Node-only may ship,
//     and the packaged wasm must validate; the browser itself runs the unpacked VSIX in the VSIX
//     pass of `npm run test:web` (test/web/run-tests.mjs).
//
// Usage: node scripts/package.mjs [--sourcemaps] [--target=linux-x64] [--out=FILE] [--keep-stage]
// Exit code 0 and the VSIX path on the last line of stdout.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzip } from './lib/vsix.mjs';

const PROJECT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const STAGE = path.join(PROJECT, '.cache', 'package', 'stage');
const VSCE = path.join(PROJECT, 'node_modules', '@vscode', 'vsce', 'vsce');
const SKIP = new Set(['.git', '.cache', 'node_modules', 'dist', 'out', '.vscode-test']);

const args = {};
for (const a of process.argv.slice(2)) {
  const m = /^--([^=]+)(?:=(.*))?$/.exec(a);
  if (!m) fail(`bad argument ${a}`);
  args[m[1]] = m[2] === undefined ? true : m[2];
}
const sourcemaps = !!args.sourcemaps;
const target = args.target || 'linux-x64';
const web = target === 'web';
const manifest = JSON.parse(fs.readFileSync(path.join(PROJECT, 'package.json'), 'utf8'));
const out = path.resolve(args.out || path.join(PROJECT, `${manifest.name}-${manifest.version}-${target}.vsix`));

const t0 = Date.now();
function log(...a) { console.log(`[package ${((Date.now() - t0) / 1000).toFixed(1)}s]`, ...a); }
function fail(msg) { console.error(`[package] ERROR: ${msg}`); process.exit(1); }
function run(cmd, argv, opts = {}) {
  const r = spawnSync(cmd, argv, { stdio: opts.capture ? 'pipe' : 'inherit', encoding: 'utf8', ...opts });
  if (r.status !== 0) fail(`${opts.label || `${cmd} ${argv.join(' ')}`} failed (${r.status ?? r.signal})${opts.capture ? `\n${r.stdout}${r.stderr}` : ''}`);
  return r;
}

// 1. stage
fs.rmSync(STAGE, { recursive: true, force: true });
fs.mkdirSync(STAGE, { recursive: true });
for (const e of fs.readdirSync(PROJECT)) {
  if (SKIP.has(e) || e.endsWith('.vsix')) continue;
  fs.cpSync(path.join(PROJECT, e), path.join(STAGE, e), { recursive: true, verbatimSymlinks: true });
}
fs.symlinkSync(path.join(PROJECT, 'node_modules'), path.join(STAGE, 'node_modules'));
if (web) {
  // the web VSIX: no Node bundles (dist/*.js; dist/web/*.js stays), no native addon
  const ignore = path.join(STAGE, '.vscodeignore');
  const kept = fs.readFileSync(ignore, 'utf8').split('\n').filter(l => !/^!(dist\/\*\.js|node_modules\/)/.test(l.trim()));
  fs.writeFileSync(ignore, `${kept.join('\n')}\n# --target=web: the Node bundles and nodejs-jieba are left out (scripts/package.mjs)\n`);
  // …and the staged manifest loses `main` (and the CLI's `bin`): a browser-only extension (vsce
  // refuses a `main` that is not packaged)
  const staged = JSON.parse(fs.readFileSync(path.join(STAGE, 'package.json'), 'utf8'));
  delete staged.main;
  delete staged.bin;
  fs.writeFileSync(path.join(STAGE, 'package.json'), JSON.stringify(staged, null, 2) + '\n');
}
log(`staged ${path.relative(PROJECT, STAGE)}${web ? ' (web: without the Node bundles and nodejs-jieba)' : ''}`);

// 2. production build from the staged copy of src/ (so --sourcemaps maps point at ../src/…)
const buildFiles = [];
for (const part of String(manifest.scripts?.build || '').split('&&').map(s => s.trim()).filter(Boolean)) {
  const m = /^node\s+(\S+\.m?js)(\s.*)?$/.exec(part);
  if (!m) fail(`cannot make a production build from the build script step "${part}" (expected "node <file>.js")`);
  buildFiles.push(path.normalize(m[1]));
}
for (const f of fs.readdirSync(PROJECT)) if (/^esbuild.*\.m?js$/.test(f) && !buildFiles.includes(f)) buildFiles.push(f);
for (const f of buildFiles) {
  log(`node ${f}${sourcemaps ? '' : ' --production'}`);
  run(process.execPath, [path.join(PROJECT, f), ...(sourcemaps ? [] : ['--production'])], { cwd: STAGE });
}
// what the installed extension reads from its folder: the entries, the dist/ files src/ names
// (worker scripts, the wasm), the data/ files the adapters read through workspace.fs
// (`joinPath(…, 'data', 'x.json')` or a quoted 'data/x.json': shared/extensionData.ts), the contributed grammar, language configuration, icon, l10n
const needed = new Set([path.normalize(manifest.browser)]);
if (!web) needed.add(path.normalize(manifest.main));
for (const g of manifest.contributes?.grammars ?? []) needed.add(path.normalize(g.path));
for (const l of manifest.contributes?.languages ?? []) if (l.configuration) needed.add(path.normalize(l.configuration));
if (manifest.icon) needed.add(path.normalize(manifest.icon));
if (manifest.l10n) for (const f of fs.readdirSync(path.join(PROJECT, manifest.l10n)).filter(n => /^bundle\.l10n\..*json$/.test(n))) needed.add(path.join(path.normalize(manifest.l10n), f));
(function scan(dir) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) scan(p);
    else if (/\.tsx?$/.test(e.name)) {
      const text = fs.readFileSync(p, 'utf8');
      for (const m of text.matchAll(/['"`](dist\/[\w./-]+\.(?:js|wasm))['"`]/g)) if (!web || m[1].startsWith('dist/web/')) needed.add(m[1]);
      for (const m of text.matchAll(/joinPath\([\w.]+,\s*'data',\s*'([\w.-]+\.json)'\)|['"`]data\/([\w.-]+\.json)['"`]/g)) needed.add(`data/${m[1] ?? m[2]}`);
    }
  }
})(path.join(PROJECT, 'src'));
// data files the Node bundles read from the extension folder at run time (esbuild.js, dataFromDisk)
if (!web) {
  for (const f of fs.readdirSync(path.join(STAGE, 'dist')).filter(n => n.endsWith('.js'))) {
    for (const m of fs.readFileSync(path.join(STAGE, 'dist', f), 'utf8').matchAll(/__dirname,\s*"\.\.",\s*"data",\s*"([\w.-]+\.json)"/g)) needed.add(`data/${m[1]}`);
  }
}
for (const f of needed) if (!fs.existsSync(path.join(STAGE, f))) fail(`${f} (named in package.json/src) was not built by: ${buildFiles.join(', ')}`);
const maps = fs.readdirSync(path.join(STAGE, 'dist')).filter(f => f.endsWith('.map'));
if (!sourcemaps && maps.length) fail(`production build wrote source maps: ${maps.join(', ')}`);
if (sourcemaps) fs.appendFileSync(path.join(STAGE, '.vscodeignore'), '\n# --sourcemaps\n!dist/*.map\n');

// 3. vsce
const vsceArgs = ['package', '--target', target, '--allow-missing-repository', '--out', out];
if (process.env.GOVREPORT_BASE_URL) vsceArgs.push('--baseContentUrl', process.env.GOVREPORT_BASE_URL, '--baseImagesUrl', process.env.GOVREPORT_BASE_URL);
else if (!manifest.repository) vsceArgs.push('--no-rewrite-relative-links');
log(`vsce ${vsceArgs.join(' ')}`);
fs.rmSync(out, { force: true });
run(process.execPath, [VSCE, ...vsceArgs], { cwd: STAGE });
// a VSIX that fails the checks below is not left behind for a test run or an upload to pick up
process.on('exit', code => { if (code !== 0) fs.rmSync(out, { force: true }); });
if (!args['keep-stage']) fs.rmSync(path.join(PROJECT, '.cache', 'package'), { recursive: true, force: true });

// 4. verify
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'govreport-vsix-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
const list = await unzip(out, tmp); // (no `unzip` binary on CI: vsce's own zip reader, yauzl)
const files = list.filter(f => f.name.startsWith('extension/')).map(f => ({ ...f, name: f.name.slice('extension/'.length) }));
// (vsce stores README.md/CHANGELOG.md/LICENSE as readme.md/changelog.md/LICENSE.txt)
// nodejs-jieba: the addon, the five dictionaries its load() takes (src/node/jiebaSegmenter.ts
// JIEBA_DICTIONARIES) and package.json (how jiebaSegmenter finds the package); nothing else from node_modules
const JIEBA = 'node_modules/nodejs-jieba/';
const jiebaFiles = ['package.json', 'build/Release/jieba.node', ...['jieba.dict.utf8', 'hmm_model.utf8', 'user.dict.utf8', 'idf.utf8', 'stop_words.utf8'].map(d => `dict/${d}`)].map(f => JIEBA + f);
const required = ['package.json', 'readme.md', 'changelog.md', 'LICENSE.txt',
  ...(web ? [] : jiebaFiles), ...[...needed].map(f => f.split(path.sep).join('/'))];
for (const r of required) if (!files.some(f => f.name === r)) fail(`${r} is missing from the VSIX`);
const jiebaAllowed = new Set(web ? [] : [...jiebaFiles, JIEBA + 'LICENSE']);
const forbidden = files.filter(f => /^(src|test|out|bench|scripts|docs|\.cache|\.ci)\//.test(f.name) || /\.tsx?$/.test(f.name) || (!sourcemaps && /\.map$/.test(f.name))
  || (f.name.startsWith('node_modules/') && !jiebaAllowed.has(f.name))
  || (web && (/^dist\/[^/]+\.js$/.test(f.name) || /\.node$/.test(f.name))));
if (forbidden.length) fail(`the VSIX contains files it should not:\n  ${forbidden.map(f => f.name).join('\n  ')}`);
const groups = new Map();
for (const f of files) {
  const g = f.name.startsWith('node_modules/') ? f.name.split('/').slice(0, f.name.split('/')[1].startsWith('@') ? 3 : 2).join('/') : f.name.includes('/') ? f.name.split('/')[0] + '/' : '(root)';
  const v = groups.get(g) || { n: 0, size: 0 };
  v.n++; v.size += f.size;
  groups.set(g, v);
}
const kb = n => `${(n / 1024).toFixed(0)} KB`;
for (const [g, v] of [...groups].sort((a, b) => b[1].size - a[1].size)) log(`  ${g.padEnd(36)} ${String(v.n).padStart(4)} files ${kb(v.size).padStart(9)}`);
const unpacked = files.reduce((n, f) => n + f.size, 0);

if (web) {
  // the browser reads the wasm through workspace.fs and instantiates it in the jieba web worker
  const wasm = fs.readFileSync(path.join(tmp, 'extension', 'dist', 'web', 'jieba_rs_wasm_bg.wasm'));
  if (!WebAssembly.validate(wasm)) fail('the packaged dist/web/jieba_rs_wasm_bg.wasm is not valid WebAssembly');
  log(`web VSIX: the ${required.length} required files are present (${required.filter(r => /^(dist|data)\//.test(r)).join(", ")}), nothing Node-only, the wasm validates (run it in the browser: the VSIX pass of npm run test:web)`);
} else {
  const ext = path.join(tmp, 'extension');
  const env = { ...process.env, NODE_PATH: '' };
  const sentence = '坚持稳中求进工作总基调，推进放管服改革，发展专精特新企业';
  // (a) the packaged worker entry in a worker thread, as Key Terms starts it (WorkerSegmenter):
  // it loads jieba at start-up with the words the extension sends (workerData.words; the worker
  // carries no vocabulary of its own) and reports 'ready'; then a cut must give back the sentence.
  // Every module the worker loaded must lie inside the unpacked VSIX, the addon included.
  const workerProbe = `
    const { Worker } = require('node:worker_threads');
    const ext = ${JSON.stringify(ext)};
    const sentence = ${JSON.stringify(sentence)};
    const code = 'const before = new Set(Object.keys(require.cache));'
      + 'require(' + JSON.stringify(ext + '/dist/segmenterWorker.js') + ');'
      + 'require("node:worker_threads").parentPort.postMessage({ type: "probe", loaded: Object.keys(require.cache).filter(k => !before.has(k)) });';
    const w = new Worker(code, { eval: true, workerData: { words: ['专精特新'] } });
    const die = msg => { console.error(msg); process.exit(1); };
    let ready = false;
    w.on('error', e => die('worker error: ' + (e && e.stack || e)));
    w.on('exit', c => die('worker exited (' + c + ') before a cut'));
    w.on('message', m => {
      if (m.type === 'error') die('the packaged segmenter worker could not load jieba: ' + m.message);
      else if (m.type === 'ready') ready = true;
      else if (m.type === 'probe') {
        if (!ready) die('the worker did not report ready');
        const outside = m.loaded.filter(k => !k.startsWith(ext + '/'));
        if (outside.length) die('loaded from outside the VSIX: ' + outside.join(', '));
        if (!m.loaded.includes(ext + '/node_modules/nodejs-jieba/build/Release/jieba.node')) die('the addon was not loaded from the VSIX; loaded: ' + m.loaded.join(', '));
        w.postMessage({ type: 'cut', id: 1, text: sentence });
      } else if (m.type === 'result') {
        let pos = 0;
        const words = m.lengths ? Array.from(m.lengths, n => sentence.slice(pos, pos += n)) : m.tokens;
        if (!Array.isArray(words) || words.join('') !== sentence || words.length < 5 || !words.includes('专精特新')) die('bad cut: ' + JSON.stringify(words));
        console.log(words.join('/'));
        process.exit(0);
      } else die('unexpected message ' + JSON.stringify(m));
    });`;
  const r = run(process.execPath, ['-e', workerProbe], { cwd: tmp, capture: true, env, label: 'loading jieba in the packaged dist/segmenterWorker.js from the unpacked VSIX' });
  log(`jieba loads from the unpacked VSIX (dist/segmenterWorker.js in a worker thread): ${r.stdout.trim()}`);
  // (b) the packaged CLI, jieba in-process; a preload (outside ext, loaded first) lists at exit
  // every module loaded after it
  const hook = path.join(tmp, 'probe-hook.cjs');
  fs.writeFileSync(hook, `const before = new Set(Object.keys(require.cache));
    process.on('exit', () => { const o = Object.keys(require.cache).filter(k => !before.has(k) && !k.startsWith(${JSON.stringify(ext + '/')})); if (o.length) process.stderr.write('OUTSIDE ' + o.join(', ') + '\\n'); });\n`);
  const report = path.join(tmp, 'probe-report.txt');
  fs.writeFileSync(report, `政府工作报告\n\n一、过去一年工作回顾\n\n${sentence}。地区生产总值增长5%。\n\n二、今年工作安排\n\n做好六稳工作，扩大有效投资，推进科技创新。\n`);
  const c = run(process.execPath, ['--require', hook, path.join(ext, 'dist', 'cli.js'), 'keywords', report, '--top', '3'], { cwd: tmp, capture: true, env: { ...env, GOVREPORT_SEGMENTER: '' }, label: 'packaged CLI keywords' });
  let segmenter;
  try { segmenter = JSON.parse(c.stdout).segmenter; } catch { fail(`packaged CLI keywords printed no JSON:\n${c.stdout}${c.stderr}`); }
  if (segmenter !== 'jieba' || /OUTSIDE|unavailable/.test(c.stderr)) fail(`packaged CLI keywords: segmenter ${segmenter}\n${c.stderr}`);
  log('packaged CLI segments with jieba in-process (dist/cli.js keywords)');
  run(process.execPath, [path.join(ext, 'dist', 'cli.js'), '--help'], { cwd: tmp, capture: true });
  log('packaged CLI runs (dist/cli.js --help)');
}
log(`${path.relative(process.cwd(), out) || out}: ${(fs.statSync(out).size / 1024 / 1024).toFixed(2)} MB, ${files.length} files (${(unpacked / 1024 / 1024).toFixed(2)} MB unpacked)`);
console.log(out);
