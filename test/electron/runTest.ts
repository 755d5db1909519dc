// `npm run test:electron`: the integration suite through @vscode/test-electron.
// On a desktop with internet, runTests downloads VS Code (cached in .vscode-test/) and runs the
// suite in it. Set VSCODE_EXECUTABLE to use a given VS Code binary instead; on the offline CI
// machine that is test/harness/code-shim, which turns test-electron's arguments into a run of the
// code-server harness (test/harness/run-tests.mjs).
//   VSCODE_EXECUTABLE=test/harness/code-shim npm run test:electron
//   VSCODE_VERSION=1.100.3 npm run test:electron          (pick the downloaded version)
import * as path from 'path';
import { runTests } from '@vscode/test-electron';

async function main(): Promise<void> {
  // compiled to out/test/electron/runTest.js
  const root = path.resolve(__dirname, '..', '..', '..');
  const extensionDevelopmentPath = root;
  const extensionTestsPath = path.join(root, 'out', 'test', 'integration', 'index.js');
  const workspace = path.join(root, 'test', 'fixtures', 'workspace');
  const exe = process.env.VSCODE_EXECUTABLE;
  try {
    const code = await runTests({
      vscodeExecutablePath: exe ? path.resolve(exe) : undefined,
      version: exe ? undefined : process.env.VSCODE_VERSION,
      extensionDevelopmentPath,
      extensionTestsPath,
      launchArgs: [workspace, '--disable-extensions'],
    });
    process.exit(code);
  } catch (err) {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  }
}

void main();
