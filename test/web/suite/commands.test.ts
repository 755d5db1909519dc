// Commands in the browser: Extract Indicators / Show Targets (webview table), Compare Reports,
// Export (to a workspace file through workspace.fs, and the clipboard), Clean Up, Key Terms with
// jieba-wasm in a web worker, Compare Key Terms, the glossary commands — the assertions of
// test/integration/{indicators,cleanup,keyterms,glossary}.test.ts that apply without Node.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { analyze, fileJson, parseCsv, ROW_COLUMNS } from '../../../src/core';
import type { FileJson } from '../../../src/core';
import type { TableResult } from '../../../src/features/indicators/panel';
import type { CompareResult } from '../../../src/features/compare/panel';
import type { ExportResult } from '../../../src/features/exportCommand';
import type { CleanUpCommandResult } from '../../../src/features/cleanup';
import type { KeyTermsCommandResult, CompareKeyTermsResult } from '../../../src/features/keyTerms/command';
import { domainVocabulary } from '../../../src/core/segmenter';
import type { Deps } from '../../../src/features/shared/deps';
import { wasmJieba } from '../../../src/browser/jiebaWasm';
import { activate, extension, fixtureText, HULI, open, readText, root, until, writeText, wsUri, XM } from '../support/host';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const table = (req: Record<string, unknown>): Thenable<any> => vscode.commands.executeCommand('govreport.internal.tableRequest', req);
interface KeyTermsState {
  workerRunning: boolean; panelOpen: boolean; header: string; worker: { startMs: number; loadMs: number };
  background: { loaded: boolean; loadMs: number; bytes: number; reports: number; terms: number };
}
const keyTermsState = (): Thenable<KeyTermsState> => vscode.commands.executeCommand<KeyTermsState>('govreport.internal.keyTermsState');

/** The CSV cell a row value becomes (with the formula guard of rowsToCsv). */
function csvCell(v: unknown): string {
  const s = v === null || v === undefined ? '' : String(v);
  return /^[=+\-@\t\r]/.test(s) && !/^-?\d+(\.\d+)?$/.test(s) ? `'${s}` : s;
}

const NINE = '2023年九地政府工作报告合集.txt';

suite('web: indicators, compare, export', function () {
  this.timeout(120000);
  suiteSetup(async () => {
    await activate();
    await writeText(wsUri(NINE), await fixtureText('reports', '002_6b340ccef4bd5f14.part1.txt'));
  });
  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(wsUri(NINE)).then(undefined, () => undefined);
  });

  test('Extract Indicators: every indicator of the file, rendered in the webview', async () => {
    const doc = await open(XM);
    const res = await vscode.commands.executeCommand<TableResult>('govreport.extractIndicators', doc.uri);
    assert.ok(res, 'no result');
    const n = analyze(doc.getText()).reports.reduce((s, r) => s + r.indicators.length, 0);
    assert.strictEqual(res.rows.length, n);
    assert.strictEqual(res.rendered, n, 'the webview rendered every row');
    const dump = await table({ op: 'dumpText' });
    assert.strictEqual(dump.rows, n);
    assert.ok(dump.text.includes('地区生产总值'));
  });

  test('Show Targets: only the core\'s targets, rendered', async () => {
    const doc = await open(XM);
    const res = await vscode.commands.executeCommand<TableResult>('govreport.showTargets', doc.uri);
    const core = analyze(doc.getText()).reports.flatMap(r => r.indicators.filter(i => i.kind === 'target'));
    assert.strictEqual(res.scope, 'target');
    assert.deepStrictEqual(res.rows.map(r => r.value), core.map(i => i.value ?? null));
    assert.strictEqual(res.rendered, core.length);
  });

  test('Export Indicators to workspace files (workspace.fs): CSV and JSON parse back to the rows', async () => {
    const doc = await open(XM);
    const res = await vscode.commands.executeCommand<TableResult>('govreport.extractIndicators', doc.uri);
    const n = res.rows.length;
    const csvUri = wsUri('out', 'indicators.csv');
    const ex = await vscode.commands.executeCommand<ExportResult>('govreport.exportIndicators', doc.uri, { format: 'csv', path: csvUri.toString() });
    assert.strictEqual(ex?.rows, n);
    assert.strictEqual(ex.destination, 'file');
    const csv = await readText(csvUri);
    assert.ok(csv.startsWith('\uFEFF'), 'CSV has a BOM');
    const parsed = parseCsv(csv);
    assert.deepStrictEqual(parsed[0], ROW_COLUMNS);
    assert.strictEqual(parsed.length, n + 1);
    res.rows.forEach((r, i) => assert.deepStrictEqual(parsed[i + 1], ROW_COLUMNS.map(c => csvCell(r[c])), `CSV row ${i}`));
    const jsonUri = wsUri('out', 'indicators.json');
    await vscode.commands.executeCommand('govreport.exportIndicators', doc.uri, { format: 'json', path: jsonUri.toString() });
    const json = JSON.parse(await readText(jsonUri)) as FileJson[];
    assert.deepStrictEqual(json[0], JSON.parse(JSON.stringify(fileJson(res.rows[0].file, analyze(doc.getText())))));
    await vscode.workspace.fs.delete(wsUri('out'), { recursive: true });
  });

  test('Export Indicators to the clipboard (Markdown table)', async () => {
    const doc = await open(XM);
    await vscode.env.clipboard.writeText('');
    const ex = await vscode.commands.executeCommand<ExportResult>('govreport.exportIndicators', doc.uri, { format: 'markdown', destination: 'clipboard' });
    assert.ok(ex && ex.destination === 'clipboard' && ex.rows > 0);
    const text = await vscode.env.clipboard.readText();
    assert.strictEqual(text.length, ex.chars, 'the clipboard holds the export');
    assert.strictEqual(text.trimEnd().split('\n').length, ex.rows + 2, 'header, separator and one line per indicator');
  });

  test('Compare Reports over the 9-report file (read through workspace.fs, not open): 9 places with their GDP targets', async () => {
    const api = await activate();
    const uri = wsUri(NINE);
    const candidates = await api.reports.list();
    assert.ok(candidates.some(u => u.toString() === uri.toString()), 'the written file is offered in the picker (found by its content)');
    const res = await vscode.commands.executeCommand<CompareResult>('govreport.compareReports', { uris: [uri] });
    assert.strictEqual(res.via, 'worker', 'analysed and compared in the analysis web worker');
    assert.strictEqual(res.reports, 9);
    assert.strictEqual(res.rendered, 9);
    const gold = JSON.parse(await fixtureText('gold', '002_6b340ccef4bd5f14.part1.txt.gold.json')) as { reports: Array<{ place: string; targets: Array<{ value: number; unit: string }> }> };
    assert.deepStrictEqual(res.matrix.rows.map(r => r.place), gold.reports.map(r => r.place));
    for (const [i, g] of gold.reports.entries()) assert.strictEqual(res.matrix.rows[i].cells.gdp?.target?.value, g.targets[0].value, `${g.place} GDP target`);
  });
});

suite('web: clean up', () => {
  test('Clean Up Report removes page chrome as one edit, and one undo restores the original', async () => {
    const uri = wsUri('清理政府工作报告.txt');
    await writeText(uri, await fixtureText('reports', '000_e8c23d3aa62e93d4.txt'));
    try {
      const doc = await open(uri);
      assert.strictEqual(doc.languageId, 'govreport');
      const original = doc.getText();
      const r = await vscode.commands.executeCommand<CleanUpCommandResult>('govreport.cleanUp');
      assert.ok(r?.applied, 'edit not applied');
      assert.ok(r.removedLines >= 15, `removed ${r.removedLines}`);
      assert.ok(!doc.getText().includes('设为首页') && doc.getText().includes('一、2023年工作回顾'));
      await vscode.commands.executeCommand('undo');
      assert.strictEqual(doc.getText(), original, 'a single undo must restore the original');
    } finally {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
    }
  });
});

suite('web: key terms (jieba-wasm in a web worker)', function () {
  this.timeout(120000);
  suiteSetup(async () => { await activate(); });
  teardown(async () => {
    await vscode.workspace.getConfiguration('govreport.keyTerms').update('segmenter', undefined, vscode.ConfigurationTarget.Global);
  });

  test('the jieba-wasm worker is not started at activation', async () => {
    assert.strictEqual((await keyTermsState()).workerRunning, false);
  });

  test('Key Terms segments with jieba-wasm in a web worker (domain vocabulary kept whole) and names it in the panel', async () => {
    const doc = await open(XM);
    const r = await vscode.commands.executeCommand<KeyTermsCommandResult>('govreport.keyTerms', doc.uri);
    assert.ok(r, 'no result');
    assert.strictEqual(r.segmenter, 'jieba-wasm (web worker)', `segmenter ${r.segmenter} (${r.fallbackReason})`);
    assert.strictEqual(r.fallbackReason, '');
    assert.ok(r.sections >= 3, `sections ${r.sections}`);
    assert.ok(r.topTerms.length >= 10, r.topTerms.join(' '));
    assert.ok(!r.topTerms.some(t => /^\d/.test(t) || t.length < 2 || ['我们', '坚持', '推进'].includes(t)), r.topTerms.join(' '));
    const s = await keyTermsState();
    assert.strictEqual(s.workerRunning, true);
    assert.match(s.header, /Segmenter: jieba-wasm/);
    assert.ok(s.worker.startMs > 0 && s.worker.loadMs > 0, JSON.stringify(s.worker));
    // ranked against the shipped background model (data/background.json, read through
    // workspace.fs from the extension's folder), not the silent within-the-report fallback
    assert.ok(r.background, 'Key Terms ranked without the background model (data/background.json not read)');
    assert.ok(s.background.loaded && s.background.reports > 100 && s.background.terms > 1000, JSON.stringify(s.background));
    const t0 = Date.now();
    await vscode.commands.executeCommand('govreport.keyTerms', doc.uri);
    console.log(`      [web] key terms: jieba-wasm load ${s.worker.startMs} ms (instantiate + vocabulary ${s.worker.loadMs} ms), background model ${Math.round(s.background.loadMs)} ms; first run ${r.ms} ms, warm run ${Date.now() - t0} ms`);
  });

  test('the jieba-wasm web worker cuts with the domain vocabulary kept whole (六稳, 放管服改革, 专精特新) and ends on dispose', async () => {
    const ended: string[] = [];
    const w = wasmJieba.create({ extensionUri: extension().extensionUri } as Deps, { words: domainVocabulary(), idleMs: 0, onExit: r => ended.push(r) });
    assert.ok(typeof w !== 'string', `no worker: ${String(w)}`);
    try {
      const tokens = await w.cut('扎实做好“六稳”工作，深化放管服改革，培育专精特新企业');
      assert.deepStrictEqual(tokens, ['扎实', '做好', '“', '六稳', '”', '工作', '，', '深化', '放管服改革', '，', '培育', '专精特新', '企业']);
      assert.strictEqual(w.running, true);
      const counts = await w.countTerms!('六稳六稳专精特新');
      assert.strictEqual(counts.get('六稳'), 2);
    } finally {
      w.dispose();
    }
    assert.strictEqual(w.running, false);
    assert.deepStrictEqual(ended, ['disposed']);
  });

  test('Compare Key Terms between two reports: rose, new and vanished (jieba-wasm)', async () => {
    const r = await vscode.commands.executeCommand<CompareKeyTermsResult>('govreport.compareKeyTerms', {
      a: { uri: wsUri(HULI).toString(), index: 0 },
      b: { uri: wsUri(XM).toString(), index: 0 },
    });
    assert.ok(r, 'no result');
    assert.strictEqual(r.segmenter, 'jieba-wasm (web worker)');
    assert.strictEqual(r.background, true, 'compared without the background model');
    const c = r.comparison;
    assert.ok(c.tokensA > 1000 && c.tokensB > 1000, `${c.tokensA} ${c.tokensB}`);
    assert.ok(c.new.length > 0 && c.vanished.length > 0 && c.rose.length > 0);
    for (const t of c.new) assert.strictEqual(t.countA, 0);
  });

  test('with govreport.keyTerms.segmenter = intl the panel says the Intl.Segmenter fallback is in use', async () => {
    await vscode.workspace.getConfiguration('govreport.keyTerms').update('segmenter', 'intl', vscode.ConfigurationTarget.Global);
    const r = await vscode.commands.executeCommand<KeyTermsCommandResult>('govreport.keyTerms', wsUri(XM));
    assert.match(r.segmenter, /Intl\.Segmenter/);
    await until('the fallback header', async () => /Segmenter: Intl\.Segmenter \(fallback\)/.test((await keyTermsState()).header) || undefined);
  });
});

suite('web: glossary commands', () => {
  test('Search Glossary lists the report\'s own entries and the built-in glossary', async () => {
    const api = await activate();
    await open(HULI);
    await api.glossary.ready();
    const items = api.glossary.pickItems();
    assert.ok(items.length > 100, `${items.length} items`);
    assert.ok(items.some(i => i.label.includes('六稳')), '六稳');
  });

  test('Add to Glossary writes .govreport/glossary.json in the workspace through workspace.fs', async () => {
    const api = await activate();
    await open(XM);
    const term = '厦门测试术语';
    const glossary = wsUri('.govreport', 'glossary.json');
    const before = await readText(glossary).catch(() => undefined);
    try {
      await vscode.commands.executeCommand('govreport.addToGlossary', { term, definition: '浏览器里写入的定义', folder: root() });
      const text = await readText(glossary);
      assert.ok(text.includes(term) && text.includes('浏览器里写入的定义'), text.slice(0, 300));
      assert.ok(api.glossary.pickItems().some(i => i.label === term), 'the new entry is searchable');
    } finally {
      if (before === undefined) await vscode.workspace.fs.delete(glossary).then(undefined, () => undefined);
      else await writeText(glossary, before);
    }
  });
});

suite('web: what needs a newer VS Code says so', () => {
  test('Reopen with Encoding on VS Code 1.89 returns nothing (one clear error message, no silent failure)', async () => {
    const doc = await open(XM);
    const enc = await vscode.commands.executeCommand<string | undefined>('govreport.reopenWithEncoding', doc.uri, 'gb18030');
    assert.strictEqual(enc, undefined);
  });
});
