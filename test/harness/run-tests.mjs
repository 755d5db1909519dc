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
//        [--workspace=DIR] [--timeout=SECONDS] [--locale=zh-cn] [--verbose]
// --locale: the display language (a minimal language pack is built and installed, see languagePack.mjs).
// env: VSCODE_TEST_TIMEOUT (seconds, default 300), KEEP_TMP=1, CHROMIUM_PATH, MOCHA_GREP, MOCHA_TIMEOUT.
// This process's environment reaches the extension host (and so the tests).
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT, DEFAULT_WORKSPACE, parseArgs, runTestsAndExit } from './lib.mjs';

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

await runTestsAndExit({
  label: 'runner', server: { locale: typeof args.locale === 'string' ? args.locale : undefined },
  workspace, devPath: extDev, testsPath: extTests, timeoutSec, verbose,
  timeoutShot: path.join(PROJECT, '.cache', 'integration-timeout.png'),
  describe: `${args.locale ? `locale ${args.locale}, ` : ''}extension ${path.relative(process.cwd(), extDev) || '.'}, tests ${path.relative(process.cwd(), extTests)}, workspace ${workspace ? path.relative(process.cwd(), workspace) : '-'}`,
});
