// Entry point of the installed-VSIX suite (test/harness/run-vsix-tests.mjs). VS Code calls run()
// in the extension host; a rejection exits it with code 1. Loads every suite/*.test.js next to
// this file. 0 tests ran = failure. env: MOCHA_GREP, MOCHA_TIMEOUT (ms per test).
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({
    ui: 'tdd',
    color: false,
    reporter: 'spec',
    timeout: Number(process.env.MOCHA_TIMEOUT) || 60000,
    grep: process.env.MOCHA_GREP || undefined,
  });
  const dir = path.join(__dirname, 'suite');
  const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter(f => f.endsWith('.test.js')).sort() : [];
  if (files.length === 0) return Promise.reject(new Error(`no VSIX test files (*.test.js) in ${dir}`));
  files.forEach(f => mocha.addFile(path.join(dir, f)));
  return new Promise((resolve, reject) => {
    try {
      let ran = 0;
      const runner = mocha.run(failures => {
        if (failures > 0) reject(new Error(`${failures} VSIX test(s) failed.`));
        else if (ran === 0) reject(new Error('no VSIX tests ran (0 tests); failing so CI cannot pass silently.'));
        else resolve();
      });
      runner.on('test end', () => { ran++; });
    } catch (err) {
      reject(err);
    }
  });
}
