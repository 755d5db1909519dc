// Runs mocha (tdd) inside the VS Code extension host for a test entry point's run(). A rejection
// makes the extension host exit with code 1. A run that loads or runs no tests is a failure, so CI
// cannot pass silently. env: MOCHA_GREP (only matching tests), MOCHA_TIMEOUT (ms per test).
import Mocha from 'mocha';

export function runMochaInHost(files: string[], what: string): Promise<void> {
  const mocha = new Mocha({
    ui: 'tdd',
    color: false,
    reporter: 'spec',
    timeout: Number(process.env.MOCHA_TIMEOUT) || 60000,
    grep: process.env.MOCHA_GREP || undefined,
  });
  if (files.length === 0) return Promise.reject(new Error(`no ${what} test files (*.test.js)`));
  files.forEach(f => mocha.addFile(f));
  return new Promise((resolve, reject) => {
    try {
      let ran = 0;
      const runner = mocha.run(failures => {
        if (failures > 0) reject(new Error(`${failures} ${what} test(s) failed.`));
        else if (ran === 0) reject(new Error(`no ${what} tests ran (0 tests); failing so CI cannot pass silently.`));
        else resolve();
      });
      runner.on('test end', () => { ran++; });
    } catch (err) {
      reject(err);
    }
  });
}
