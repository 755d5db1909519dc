// Entry point the extension host loads when extensionTestsPath points here (real VS Code via
// test/harness/run-tests.mjs, or @vscode/test-electron). VS Code calls run(); a rejected promise
// makes the extension host exit with code 1, which becomes the exit code of the test command.
// Loads every out/test/integration/**/*.test.js except zh-cn/ (the Chinese-UI run, zh-cn/index.ts).
import * as fs from 'fs';
import * as path from 'path';
import { runMochaInHost } from '../support/hostMocha';

function findTestFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) { if (entry.name !== 'zh-cn') out.push(...findTestFiles(p)); }
    else if (entry.isFile() && entry.name.endsWith('.test.js')) out.push(p);
  }
  return out.sort();
}

export function run(): Promise<void> {
  return runMochaInHost(findTestFiles(__dirname), 'integration');
}
