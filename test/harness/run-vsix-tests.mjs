#!/usr/bin/env node
// Tests the PACKAGED extension: installs the VSIX into a throw-away code-server extensions dir
// (code-server --install-extension, see lib.mjs installExtension), starts the real workbench
// WITHOUT the project as development extension and runs test/vsix (mocha tdd) in its extension host.
//
// VS Code runs extensionTestsPath only together with an extensionDevelopmentPath (the extension
// host throws otherwise), so the payload's extensionDevelopmentPath is an empty dummy extension
// (a package.json in a temp dir, id govreport-tools.govreport-vsix-tests, no code) that merely
// hosts the tests; govreport-tools.govreport itself comes from the extensions dir, which the suite
// asserts (its extensionPath is not inside the project).
//
// Usage: node test/harness/run-vsix-tests.mjs [--vsix=FILE] [--extensionTestsPath=FILE]
//        [--workspace=DIR] [--timeout=SECONDS] [--verbose]
// defaults: govreport-<version>-linux-x64.vsix in the project root (npm run package),
// .cache/vsix-tests/test/vsix/index.js (npm run test:vsix compiles it there, leaving out/ alone).
// Exit code = the extension host's (0 passed, 1 failure/0 tests), 124 timeout.
// env: VSCODE_TEST_TIMEOUT (s, default 180), KEEP_TMP=1, MOCHA_GREP, MOCHA_TIMEOUT.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROJECT, DEFAULT_WORKSPACE, parseArgs, log, runTestsAndExit } from './lib.mjs';

const args = parseArgs(process.argv.slice(2));
const manifest = JSON.parse(fs.readFileSync(path.join(PROJECT, 'package.json'), 'utf8'));
const vsix = path.resolve(args.vsix || path.join(PROJECT, `${manifest.name}-${manifest.version}-linux-x64.vsix`));
const extTests = path.resolve(args.extensionTestsPath || path.join(PROJECT, '.cache', 'vsix-tests', 'test', 'vsix', 'index.js'));
const workspace = args.workspace === undefined ? DEFAULT_WORKSPACE : path.resolve(args.workspace);
const timeoutSec = Number(args.timeout || process.env.VSCODE_TEST_TIMEOUT || 180);
const verbose = !!args.verbose;

for (const [what, p] of [['VSIX', vsix], ['extensionTestsPath', extTests]]) {
  if (!fs.existsSync(p)) {
    console.error(`[vsix-runner] ${what}: ${p} does not exist (npm run package; tsc -p tsconfig.test.json --outDir .cache/vsix-tests)`);
    process.exit(1);
  }
}

// what the tests check the installed extension against (the environment reaches the extension host)
process.env.GOVREPORT_PROJECT = PROJECT;
process.env.GOVREPORT_VSIX_VERSION = manifest.version;

const host = fs.mkdtempSync(path.join(os.tmpdir(), 'govreport-vsix-host-'));
fs.writeFileSync(path.join(host, 'package.json'), JSON.stringify({
  name: 'govreport-vsix-tests',
  publisher: 'govreport-tools',
  version: '0.0.0',
  private: true,
  description: 'Empty development extension that only hosts the installed-VSIX tests.',
  engines: { vscode: '^1.100.0' },
}, null, 2));

await runTestsAndExit({
  label: 'vsix-runner', server: { installExtensions: [vsix] },
  afterStart(cs) {
    const installed = fs.readdirSync(cs.extensionsDir).filter(d => d.startsWith('govreport-tools.govreport-'));
    log(`installed: ${installed.join(', ') || '(nothing)'}`);
    if (installed.length !== 1) throw new Error(`expected one installed govreport extension in ${cs.extensionsDir}, found: ${installed.join(', ') || 'none'}`);
  },
  cleanup: () => fs.rmSync(host, { recursive: true, force: true }),
  workspace, devPath: host, testsPath: extTests, timeoutSec, verbose,
  timeoutShot: path.join(PROJECT, '.cache', 'vsix-timeout.png'),
  describe: `installed ${path.basename(vsix)}, tests ${path.relative(process.cwd(), extTests)}`,
});
