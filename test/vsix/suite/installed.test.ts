// The extension as a user gets it: installed from the VSIX (code-server --install-extension) and
// loaded from the extensions dir, NOT as a development extension from the project. The workbench
// is started with a dummy development extension that only hosts these tests (VS Code runs
// extensionTestsPath only together with an extensionDevelopmentPath).
// env from run-vsix-tests.mjs: GOVREPORT_PROJECT (the checkout), GOVREPORT_VSIX_VERSION.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';

const EXTENSION_ID = 'govreport-tools.govreport';
const REPORT = '2024年厦门市政府工作报告.txt';

function workspaceRoot(): string {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the VSIX tests need the workspace folder test/fixtures/workspace to be open');
  return folder.uri.fsPath;
}

async function openReport(): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(path.join(workspaceRoot(), REPORT)));
  await vscode.window.showTextDocument(doc);
  return doc;
}

function isInside(child: string, parent: string): boolean {
  const rel = path.relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

suite('installed VSIX', () => {
  let ext: vscode.Extension<unknown>;

  suiteSetup(async () => {
    const e = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(e, `extension ${EXTENSION_ID} is not installed`);
    ext = e;
    await ext.activate();
    assert.strictEqual(ext.isActive, true, 'extension did not activate');
  });

  test('the extension is the one installed from the VSIX, not the project', () => {
    const extPath = fs.realpathSync(ext.extensionPath);
    const project = process.env.GOVREPORT_PROJECT;
    assert.ok(project, 'GOVREPORT_PROJECT not set (run through test/harness/run-vsix-tests.mjs)');
    assert.ok(!isInside(extPath, fs.realpathSync(project)), `extension loaded from the project: ${extPath}`);
    assert.strictEqual(path.basename(path.dirname(extPath)), 'extensions', `not in an extensions dir: ${extPath}`);
    const version = process.env.GOVREPORT_VSIX_VERSION ?? '';
    assert.ok(path.basename(extPath).startsWith(`${EXTENSION_ID}-${version}`), `unexpected folder ${path.basename(extPath)}`);
    assert.strictEqual(ext.extensionKind, vscode.ExtensionKind.Workspace);
    // what the VSIX must (not) contain
    for (const f of ['dist/extension.js', 'node_modules/nodejs-jieba/build/Release/jieba.node', 'node_modules/nodejs-jieba/dict/jieba.dict.utf8']) {
      assert.ok(fs.existsSync(path.join(extPath, f)), `${f} missing from the installed extension`);
    }
    for (const f of ['src', 'test', 'out', 'docs', 'node_modules/node-gyp']) {
      assert.ok(!fs.existsSync(path.join(extPath, f)), `${f} should not be in the installed extension`);
    }
    const dist = fs.readdirSync(path.join(extPath, 'dist'));
    assert.deepStrictEqual(dist.filter(f => f.endsWith('.map')), [], 'source maps shipped');
    assert.ok(!fs.readFileSync(path.join(extPath, 'dist', 'extension.js'), 'utf8').includes('sourceMappingURL'), 'dist/extension.js is not the production build');
    // nothing of the extension itself was loaded from the project's dist/ or node_modules/nodejs-jieba
    const projectDirs = ['dist', 'node_modules/nodejs-jieba', 'node_modules/@mapbox'].map(d => path.join(project, d));
    const fromProject = Object.keys(require.cache).filter(k => projectDirs.some(d => isInside(k, d)));
    assert.deepStrictEqual(fromProject, [], 'modules loaded from the project');
  });

  test('a report .txt opens as govreport', async () => {
    const report = await openReport();
    assert.strictEqual(report.languageId, 'govreport');
  });

  test('outline: document symbols', async () => {
    const report = await openReport();
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', report.uri);
    assert.ok(Array.isArray(symbols) && symbols.length > 0, 'no document symbols');
    const names = symbols.flatMap(s => [s.name, ...s.children.map(c => c.name)]);
    assert.ok(names.some(n => /^[一二三四五六七八九十]+、/.test(n)), `no 一、/二、 section in the outline: ${names.slice(0, 8).join(' | ')}`);
  });

  test('hover on 六稳 shows its glossary definition', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'govreport', content: '全面落实“六稳”“六保”任务。\n' });
    const pos = doc.positionAt(doc.getText().indexOf('六稳') + 1);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, pos);
    const text = (hovers ?? []).flatMap(h => h.contents.map(c => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.ok(text.includes('稳就业') && text.includes('稳预期'), `hover without the 六稳 definition: ${text.slice(0, 200)}`);
  });

  test('production mode: no test API, no govreport.internal.* test commands', async () => {
    assert.strictEqual(ext.exports, undefined, 'activate() must not hand out anything outside ExtensionMode.Test');
    const internal = (await vscode.commands.getCommands(true)).filter(c => c.startsWith('govreport.internal.'));
    assert.deepStrictEqual(internal, [], 'test commands are registered in production');
  });

  test('Key Terms segments with jieba loaded from the VSIX', async () => {
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('govreport.keyTerms'), 'govreport.keyTerms is not registered by the installed extension');
    const report = await openReport();
    const result = await vscode.commands.executeCommand<{ segmenter: string; fallbackReason: string; header: string; topTerms: string[] }>('govreport.keyTerms', report.uri);
    assert.ok(result, 'govreport.keyTerms returned nothing');
    assert.strictEqual(result.fallbackReason, '', `jieba did not load from the VSIX: ${result.fallbackReason}`);
    assert.match(result.segmenter, /^jieba/);
    assert.ok(result.topTerms.length > 0, 'no key terms');
    assert.match(result.header, /jieba/, `the Key Terms webview header does not name jieba: "${result.header}"`);
  });

  test('Extract Indicators produces rows (webview rendered from the VSIX media/)', async () => {
    const report = await openReport();
    const result = await vscode.commands.executeCommand<{ rows: unknown[]; rendered: number }>('govreport.extractIndicators', report.uri);
    assert.ok(result, 'govreport.extractIndicators returned nothing');
    assert.ok(result.rows.length > 10, `only ${result.rows.length} indicator rows`);
    assert.ok(result.rendered > 0, `the table webview rendered ${result.rendered} rows`);
  });
});
