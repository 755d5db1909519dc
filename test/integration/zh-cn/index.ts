// Entry point of the Chinese-UI run: `node test/harness/run-tests.mjs --locale=zh-cn
// --extensionTestsPath=out/test/integration/zh-cn/index.js` (code-server with a zh-cn language pack,
// test/harness/languagePack.mjs). Loads the *.test.js of this folder only.
import * as fs from 'fs';
import * as path from 'path';
import { runMochaInHost } from '../../support/hostMocha';

export function run(): Promise<void> {
  const files = fs.readdirSync(__dirname).filter(f => f.endsWith('.test.js')).sort().map(f => path.join(__dirname, f));
  return runMochaInHost(files, 'integration (zh-cn)');
}
