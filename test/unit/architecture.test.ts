// The layer rules of eslint.config.mjs must hold and must be able to fail: lint synthetic files in
// each layer with the project's own config and expect the import rules to fire (a config edit that
// drops a rule fails here), then lint the real sources (they pass).
import * as assert from 'assert';
import * as path from 'path';
import { ESLint } from 'eslint';

const ROOT = path.join(__dirname, '..', '..', '..');

async function importErrors(file: string, code: string): Promise<string[]> {
  // the import rules need no type information: lint without the project service
  const eslint = new ESLint({
    cwd: ROOT,
    overrideConfig: {
      languageOptions: { parserOptions: { projectService: false } },
      rules: { '@typescript-eslint/no-floating-promises': 'off' },
    },
  });
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  return result.messages.filter(m => m.ruleId === 'no-restricted-imports').map(m => m.message);
}

describe('architecture (eslint.config.mjs layer rules)', function () {
  this.timeout(60000);

  it('a feature may not import another feature or extension.ts', async () => {
    assert.strictEqual((await importErrors('src/features/zzProbe.ts', "export * from './hover';\n")).length, 1);
    assert.strictEqual((await importErrors('src/features/zzProbe.ts', "export * from '../extension';\n")).length, 1);
    assert.strictEqual((await importErrors('src/features/compare/zzProbe.ts', "export * from '../keyTerms/panel';\n")).length, 1);
    assert.strictEqual((await importErrors('src/features/compare/zzProbe.ts', "export * from '../folding';\n")).length, 1);
  });

  it('a feature may import the core, src/node, shared and its own folder', async () => {
    assert.deepStrictEqual(await importErrors('src/features/zzProbe.ts', "export * from './shared/deps';\nexport * from '../core';\nexport * from '../node/jiebaSegmenter';\n"), []);
    assert.deepStrictEqual(await importErrors('src/features/compare/zzProbe.ts', "export * from './panel';\nexport * from '../shared/deps';\nexport * from '../../core';\n"), []);
  });

  it('shared imports no feature', async () => {
    assert.strictEqual((await importErrors('src/features/shared/zzProbe.ts', "export * from '../hover';\n")).length, 1);
    assert.deepStrictEqual(await importErrors('src/features/shared/zzProbe.ts', "export * from './deps';\nexport * from '../../core';\n"), []);
  });

  it('the core imports neither vscode nor Node built-ins nor anything outside src/core (data/*.json aside)', async () => {
    for (const m of ['vscode', 'fs', 'node:path', 'worker_threads', '../features/shared/deps']) {
      assert.strictEqual((await importErrors('src/core/zzProbe.ts', `export * from '${m}';\n`)).length, 1, m);
    }
    assert.deepStrictEqual(await importErrors('src/core/zzProbe.ts', "import u from '../../data/units.json';\nexport * from './text';\nexport const x = u;\n"), []);
  });
});
