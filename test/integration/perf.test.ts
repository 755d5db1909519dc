// Timings inside the real VS Code, printed for `npm run bench` (bench/vscode.mjs parses the
// "[bench]" lines): activation cost, outline of a 1 MB report (first call, which analyses it, and a
// cached call). Timings are judged by the bench, not here: the assertions are only what must hold
// whatever the machine's load — no segmenter at activation, activation does no real work (a bound
// 30× today's cost, so only a regression that analyses or loads data at activation trips it), the
// outline is complete and the second call is served from the cache.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';

interface Api { activation?: { loadMs: number; activateMs: number } }

suite('performance in the extension host', () => {
  let api: Api;
  let tmp: string;
  suiteSetup(async () => {
    const ext = vscode.extensions.getExtension('govreport-tools.govreport');
    assert.ok(ext);
    api = (await ext.activate()) as Api;
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'govreport-perf-'));
  });
  suiteTeardown(() => fs.rmSync(tmp, { recursive: true, force: true }));

  test('activation costs are reported and load no segmenter', () => {
    assert.ok(api.activation, 'activate() reports its cost');
    const { loadMs, activateMs } = api.activation;
    console.log(`[bench] activation: ${(loadMs + activateMs).toFixed(1)} ms (load ${loadMs.toFixed(1)} + activate ${activateMs.toFixed(1)})`);
    assert.ok(Number.isFinite(loadMs) && loadMs > 0, `bundle load time not measured: ${loadMs}`);
    assert.ok(Number.isFinite(activateMs) && activateMs > 0, `activate() time not measured: ${activateMs}`);
    assert.ok(activateMs < 1000, `activate() took ${activateMs.toFixed(0)} ms: it must only register providers (today ~25 ms)`);
    const jieba = Object.keys(require.cache).filter(k => /nodejs-jieba/.test(k));
    assert.deepStrictEqual(jieba, [], 'no segmenter module is loaded at activation');
  });

  test('outline of a 1 MB report', async () => {
    const folder = vscode.workspace.workspaceFolders![0].uri.fsPath;
    const reports = path.join(path.dirname(folder), 'reports');
    const parts = fs.readdirSync(reports).sort().map(f => fs.readFileSync(path.join(reports, f), 'utf8'));
    let text = '';
    while (Buffer.byteLength(text) < 1024 * 1024) text += parts.join('\n');
    const file = path.join(tmp, '1MB政府工作报告.txt');
    fs.writeFileSync(file, text);
    const doc = await vscode.workspace.openTextDocument(file);
    for (let i = 0; i < 100 && doc.languageId !== 'govreport'; i++) await new Promise(r => setTimeout(r, 50));
    assert.strictEqual(doc.languageId, 'govreport');
    let t = performance.now();
    const cold = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri);
    const coldMs = performance.now() - t;
    t = performance.now();
    const warm = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri);
    const warmMs = performance.now() - t;
    assert.ok(cold.length >= 20, `${cold.length} reports in the outline`);
    assert.strictEqual(warm.length, cold.length);
    assert.ok(warmMs < coldMs, `the cached outline (${warmMs.toFixed(1)} ms) is not faster than the first (${coldMs.toFixed(1)} ms): the analysis is not cached`);
    console.log(`[bench] outline.1mb: first ${coldMs.toFixed(1)} ms (analysis included), cached ${warmMs.toFixed(1)} ms, ${cold.length} reports`);
  });
});
