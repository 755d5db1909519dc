// Entry point of the installed-VSIX suite (test/harness/run-vsix-tests.mjs). VS Code calls run()
// in the extension host. Loads every suite/*.test.js next to this file.
import * as fs from 'fs';
import * as path from 'path';
import { runMochaInHost } from '../support/hostMocha';

export function run(): Promise<void> {
  const dir = path.join(__dirname, 'suite');
  const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter(f => f.endsWith('.test.js')).sort() : [];
  return runMochaInHost(files.map(f => path.join(dir, f)), 'VSIX');
}
