// Entry point the extension host loads when extensionTestsPath points here (real VS Code via
// test/harness/run-tests.mjs, or @vscode/test-electron). VS Code calls run(); a rejected promise
// makes the extension host exit with code 1, which becomes the exit code of the test command.
//
// Loads every out/test/integration/**/*.test.js. A run that loads or runs no tests is a failure,
// so CI cannot pass silently. env: MOCHA_GREP (only matching tests), MOCHA_TIMEOUT (ms per test).
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';

function findTestFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...findTestFiles(p));
    else if (entry.isFile() && entry.name.endsWith('.test.js')) out.push(p);
  }
  return out.sort();
}

export function run(): Promise<void> {
  const mocha = new Mocha({
    ui: 'tdd',
    color: false,
    reporter: 'spec',
    timeout: Number(process.env.MOCHA_TIMEOUT) || 60000,
    grep: process.env.MOCHA_GREP || undefined,
  });
  const files = findTestFiles(__dirname);
  if (files.length === 0) {
    return Promise.reject(new Error(`no integration test files (*.test.js) under ${__dirname}`));
  }
  files.forEach(f => mocha.addFile(f));

  return new Promise((resolve, reject) => {
    try {
      let ran = 0;
      const runner = mocha.run(failures => {
        if (failures > 0) reject(new Error(`${failures} integration test(s) failed.`));
        else if (ran === 0) reject(new Error('no integration tests ran (0 tests); failing so CI cannot pass silently.'));
        else resolve();
      });
      runner.on('test end', () => { ran++; });
    } catch (err) {
      reject(err);
    }
  });
}
