// The browser build (VS Code for the Web): what the web-worker extension host loads must need
// nothing but `vscode` — no Node module, no native addon — and the manifest must point at it with
// an engine the tested web build (VS Code 1.89) accepts. Reads dist/ (npm run test:unit builds first).
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { tokenLengths, tokensFromLengths } from '../../src/browser/protocol';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const read = (...p: string[]): string => fs.readFileSync(path.join(ROOT, ...p), 'utf8');
/** The module names a CommonJS bundle still requires at run time. */
const requires = (code: string): string[] => [...new Set([...code.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map(m => m[1]))].sort();

describe('web build', () => {
  const pkg = JSON.parse(read('package.json')) as { main: string; browser: string; engines: { vscode: string }; devDependencies: Record<string, string> };

  it('package.json: a browser entry next to main; engines.vscode ^1.89 with @types/vscode pinned to 1.89', () => {
    assert.strictEqual(pkg.browser, './dist/web/extension.js');
    assert.strictEqual(pkg.main, './dist/extension.js');
    assert.strictEqual(pkg.engines.vscode, '^1.89.0');
    assert.strictEqual(pkg.devDependencies['@types/vscode'], '1.89.0', 'tsc must reject API newer than the lowest engine');
  });

  it('dist/web/extension.js requires only vscode (no Node built-in, no nodejs-jieba)', () => {
    assert.deepStrictEqual(requires(read('dist', 'web', 'extension.js')), ['vscode']);
  });

  it('dist/web/jiebaWorker.js requires nothing; the jieba-wasm binary ships next to it', () => {
    assert.deepStrictEqual(requires(read('dist', 'web', 'jiebaWorker.js')), []);
    const wasm = fs.readFileSync(path.join(ROOT, 'dist', 'web', 'jieba_rs_wasm_bg.wasm'));
    assert.deepStrictEqual([...wasm.subarray(0, 4)], [0x00, 0x61, 0x73, 0x6d], 'WebAssembly magic');
  });

  it('the desktop bundle still requires its Node side (a sanity check of the require scan)', () => {
    const r = requires(read('dist', 'extension.js'));
    assert.ok(r.includes('vscode') && r.includes('worker_threads'), r.join(' '));
  });

  it('worker protocol: token lengths round-trip, and text that the tokens do not rebuild gives null', () => {
    const text = '扎实做好“六稳”工作';
    const tokens = ['扎实', '做好', '“', '六稳', '”', '工作'];
    const lengths = tokenLengths(text, tokens);
    assert.ok(lengths);
    assert.deepStrictEqual([...lengths], [2, 2, 1, 2, 1, 2]);
    assert.deepStrictEqual(tokensFromLengths(text, lengths), tokens);
    assert.strictEqual(tokenLengths(text, ['扎实', '工作']), null);
    assert.strictEqual(tokenLengths(text + '。', tokens), null);
  });
});
