// Indicator table, Compare Reports and Export Indicators in a real VS Code.
// The commands take optional arguments that skip pickers and dialogs (see the command modules):
//   govreport.extractIndicators / govreport.showTargets (uri) → TableResult once the webview rendered
//   govreport.exportIndicators (uri, {format, path}) → ExportResult
//   govreport.compareReports ({uris}) → CompareResult
// and test-only round trips with the webviews: govreport.internal.tableRequest / compareRequest
// ({op: 'dumpText' | 'click' | 'state' | 'setFilter' | 'chart'}), govreport.internal.tableMessage.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { analyze, fileJson, parseCsv, ROW_COLUMNS, IndicatorRow, FileJson } from '../../src/core';
import { validateChartExport } from '../../src/core/html';
import type { TableResult } from '../../src/features/indicators/panel';
import type { CompareResult } from '../../src/features/compare/panel';
import type { TestApi } from '../../src/extension.shared';
import type { ExportResult } from '../../src/features/exportCommand';

const EXTENSION_ID = 'govreport-tools.govreport';
const NINE = '2023年九地政府工作报告合集.txt';

interface GoldRecord { name: string; value: number | null; upper: number | null; unit: string; qualifier: string; line: number; qualitative?: boolean }
interface GoldReport { title: string; titleLine: number; year: number; place: string; targets: GoldRecord[] }

let ext: vscode.Extension<unknown>;
let tmp: string;

function root(): string {
  const f = vscode.workspace.workspaceFolders?.[0];
  assert.ok(f, 'the workspace test/fixtures/workspace must be open');
  return f.uri.fsPath;
}
function fixtures(...p: string[]): string {
  return path.join(ext.extensionPath, 'test', 'fixtures', ...p);
}
function norm(s: string): string { return s.replace(/[\s“”"()（）]/g, ''); }
function namesOverlap(a: string, b: string): boolean {
  const x = norm(a); const y = norm(b);
  if (!x || !y) return false;
  if (x.includes(y) || y.includes(x)) return true;
  for (let i = 0; i + 4 <= x.length; i++) if (y.includes(x.slice(i, i + 4))) return true;
  return false;
}
async function until<T>(what: string, f: () => T | undefined | Promise<T | undefined>, ms = 10000): Promise<T> {
  const t0 = Date.now();
  for (;;) {
    const v = await f();
    if (v !== undefined && v !== false) return v as T;
    if (Date.now() - t0 > ms) throw new Error(`timed out waiting for ${what}`);
    await new Promise(r => setTimeout(r, 100));
  }
}
function table(req: Record<string, unknown>): Thenable<any> { // eslint-disable-line @typescript-eslint/no-explicit-any
  return vscode.commands.executeCommand('govreport.internal.tableRequest', req);
}
async function open(file: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
  return vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.One });
}
/** The CSV cell a row value becomes (with the formula guard of rowsToCsv). */
function csvCell(v: unknown): string {
  const s = v === null || v === undefined ? '' : String(v);
  return /^[=+\-@\t\r]/.test(s) && !/^-?\d+(\.\d+)?$/.test(s) ? `'${s}` : s;
}

suite('indicators: table, compare, export', function () {
  this.timeout(120000);

  suiteSetup(async () => {
    const e = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(e, `extension ${EXTENSION_ID} is not loaded`);
    ext = e;
    await ext.activate();
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'govreport-ind-'));
    fs.copyFileSync(fixtures('reports', '002_6b340ccef4bd5f14.part1.txt'), path.join(root(), NINE));
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    fs.rmSync(path.join(root(), NINE), { force: true });
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  // Every fixture report: the table shows exactly the core's targets, all rendered. The gold check
  // (every gold target in the table) covers the reports the core is held to exactly (the in-house
  // fixtures NNN_*.gold.json); the external gold reports are scored by the unit accuracy suite (F1).
  test('Show Targets: the table holds the core\'s targets of every fixture report; they match the gold (value, upper, unit, qualifier)', async () => {
    const goldFiles = fs.readdirSync(fixtures('gold')).filter(f => f.endsWith('.gold.json'));
    assert.ok(goldFiles.length >= 5);
    let checked = 0;
    for (const g of goldFiles) {
      const gold = JSON.parse(fs.readFileSync(fixtures('gold', g), 'utf8')) as { file: string; reports: GoldReport[] };
      const file = fixtures('reports', gold.file);
      const doc = await open(file);
      const res = await vscode.commands.executeCommand<TableResult>('govreport.showTargets', vscode.Uri.file(file));
      assert.ok(res, `showTargets returned nothing for ${gold.file}`);
      assert.strictEqual(res.scope, 'target');
      assert.ok(res.rows.every(r => r.kind === 'target'), 'only targets');
      assert.strictEqual(res.rendered, res.rows.length, `${gold.file}: the webview rendered every row`);
      const core = analyze(doc.document.getText()).reports.flatMap(r => r.indicators.filter(i => i.kind === 'target'));
      assert.deepStrictEqual(res.rows.map(r => r.value), core.map(i => i.value ?? null), `${gold.file}: the table shows the core's targets`);
      if (!/^\d{3}_/.test(g)) continue;
      for (const rep of gold.reports) {
        const mine = res.rows.filter(r => r.report === rep.title || r.year === rep.year && r.place === rep.place);
        for (const t of rep.targets) {
          const hit = mine.find(r => r.line === t.line && namesOverlap(r.name, t.name)
            && r.value === t.value && (r.upper ?? null) === (t.upper ?? null) && r.unit === t.unit && r.qualifier === (t.qualifier ?? ''));
          assert.ok(hit, `${gold.file} ${rep.title}: gold target ${t.name} ${t.value}${t.unit}${t.qualifier} (line ${t.line}) not in the table`);
          checked++;
        }
      }
    }
    assert.ok(checked >= 100, `checked ${checked} gold targets`);
  });

  test('Extract Indicators: every indicator of the file, rendered; CSV and JSON exports parse back to the same rows', async () => {
    const file = path.join(root(), '2024年厦门市政府工作报告.txt');
    const editor = await open(file);
    assert.strictEqual(editor.document.languageId, 'govreport');
    const res = await vscode.commands.executeCommand<TableResult>('govreport.extractIndicators');
    assert.ok(res);
    const expected = analyze(editor.document.getText());
    const n = expected.reports.reduce((s, r) => s + r.indicators.length, 0);
    assert.strictEqual(res.rows.length, n);
    assert.strictEqual(res.rendered, n);
    assert.ok(res.rows.some(r => r.kind === 'actual') && res.rows.some(r => r.kind === 'other'));
    const dump = await table({ op: 'dumpText' });
    assert.strictEqual(dump.rows, n);
    assert.ok(dump.domRows > 0 && dump.domRows < n, `virtualised: ${dump.domRows} of ${n} rows in the DOM`);
    assert.ok(dump.text.includes('地区生产总值'));

    const csvPath = path.join(tmp, 'out.csv');
    const ex = await vscode.commands.executeCommand<ExportResult>('govreport.exportIndicators', editor.document.uri, { format: 'csv', path: csvPath });
    assert.strictEqual(ex?.rows, n);
    const csv = fs.readFileSync(csvPath, 'utf8');
    assert.ok(csv.startsWith('\uFEFF'), 'CSV has a BOM');
    const parsed = parseCsv(csv);
    assert.deepStrictEqual(parsed[0], ROW_COLUMNS);
    assert.strictEqual(parsed.length, n + 1);
    res.rows.forEach((r, i) => assert.deepStrictEqual(parsed[i + 1], ROW_COLUMNS.map(c => csvCell(r[c])), `CSV row ${i}`));

    const jsonPath = path.join(tmp, 'out.json');
    await vscode.commands.executeCommand('govreport.exportIndicators', editor.document.uri, { format: 'json', path: jsonPath });
    const json = JSON.parse(fs.readFileSync(jsonPath, 'utf8')) as FileJson[];
    assert.strictEqual(json.length, 1);
    assert.deepStrictEqual(json[0], JSON.parse(JSON.stringify(fileJson(res.rows[0].file, expected))));
    const flat: Array<Partial<IndicatorRow>> = json[0].reports.flatMap(r => r.indicators.map(i => ({ report: r.title, ...i })));
    assert.strictEqual(flat.length, n);
    flat.forEach((f, i) => {
      for (const k of Object.keys(f) as Array<keyof IndicatorRow>) assert.deepStrictEqual(f[k], res.rows[i][k], `JSON row ${i} ${k}`);
    });

    const mdPath = path.join(tmp, 'out.md');
    await vscode.commands.executeCommand('govreport.exportIndicators', editor.document.uri, { format: 'markdown', path: mdPath });
    assert.strictEqual(fs.readFileSync(mdPath, 'utf8').trimEnd().split('\n').length, n + 2);
  });

  test('clicking a row reveals and selects the indicator in the editor; the cursor highlights the row', async () => {
    const file = path.join(root(), '2024年厦门市政府工作报告.txt');
    const editor = await open(file);
    const res = await vscode.commands.executeCommand<TableResult>('govreport.extractIndicators', editor.document.uri);
    const idx = res.rows.findIndex(r => r.kind === 'target');
    const row = res.rows[idx];
    await vscode.window.showTextDocument(editor.document, { viewColumn: editor.viewColumn, selection: new vscode.Range(0, 0, 0, 0) });
    const clicked = await table({ op: 'click', index: idx });
    assert.deepStrictEqual(clicked, { clicked: true });
    const ed = await until('the editor selection at the clicked indicator', () => {
      const e = vscode.window.activeTextEditor;
      return e && e.document.uri.fsPath === file && e.selection.start.line === row.line - 1 ? e : undefined;
    });
    assert.strictEqual(ed.document.getText(ed.selection), row.text);

    // invalid messages are ignored (no throw, no move)
    for (const bad of [{ type: 'reveal', index: 1e9 }, { type: 'reveal', index: -1 }, { type: 'reveal', index: '3' }, { type: 'reveal', index: 1.5 }, null, 'x', { type: 7 }]) {
      await vscode.commands.executeCommand('govreport.internal.tableMessage', bad);
    }
    assert.strictEqual(vscode.window.activeTextEditor?.selection.start.line, row.line - 1);

    // moving the cursor onto another indicator highlights its row
    const other = res.rows.findIndex((r, i) => i !== idx && r.kind === 'actual');
    const doc = ed.document;
    const target = doc.getText().indexOf(res.rows[other].text);
    ed.selection = new vscode.Selection(doc.positionAt(target + 1), doc.positionAt(target + 1));
    await until('the highlighted row', async () => ((await table({ op: 'state' })).highlighted === other ? true : undefined));
  });

  test('the table follows the document: edits re-render, closing shows a notice', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'govreport', content: fs.readFileSync(path.join(root(), '2024年厦门市政府工作报告.txt'), 'utf8') });
    const editor = await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.One });
    const res = await vscode.commands.executeCommand<TableResult>('govreport.extractIndicators', doc.uri);
    const before = res.rows.length;
    // inside the speech (the file ends with a forum footer, which is no report text)
    const salutation = doc.getText().split(/\r?\n/).findIndex(l => l.trim().startsWith('各位代表'));
    assert.ok(salutation > 0);
    await editor.edit(e => e.insert(new vscode.Position(salutation + 1, 0), '全年粮食产量达到30万吨，比上年增长2.5%。\n'));
    await until('re-rendered rows', async () => ((await table({ op: 'state' })).rows > before ? true : undefined));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await until('the closed notice', async () => ((await table({ op: 'dumpText' })).text.includes('The document was closed') ? true : undefined));
  });

  test('XSS: markup and command links in indicator names render as text and create no elements', async () => {
    const file = path.join(root(), 'xss政府工作报告.txt');
    const editor = await open(file);
    assert.strictEqual(editor.document.languageId, 'govreport');
    const res = await vscode.commands.executeCommand<TableResult>('govreport.extractIndicators', editor.document.uri);
    // 4 headline actuals and 5 targets, each named with the markup in front of it
    assert.strictEqual(res.rows.length, 9);
    await table({ op: 'setFilter', text: '', kind: 'all', group: false });
    const dump = await table({ op: 'dumpText' });
    for (const s of ['<script>alert(', '</script>地区生产总值', '<img src=x onerror=alert(', '</textarea>', '[x](command:workbench.action.quit)', '$(rocket)']) {
      assert.ok(dump.text.includes(s), `visible text lacks ${s}`);
    }
    assert.strictEqual(dump.foreignScripts, 0, `script elements created from data: ${dump.scriptSrcs}`);
    assert.strictEqual(dump.appElements, 0, 'no script/img/iframe/a/style elements among the rendered data');
    assert.strictEqual(dump.imgs, 0, 'img elements created from data');
    assert.strictEqual(dump.allImgs, 0, 'no img anywhere in the webview');
    assert.ok(dump.scripts <= 3, `the extension's two scripts (dom.js, table.js) and VS Code's injected one only: ${dump.scriptSrcs}`);
    assert.strictEqual(dump.iframes, 0);
    assert.strictEqual(dump.links, 0);

    const cmp = await vscode.commands.executeCommand<CompareResult>('govreport.compareReports', { uris: [editor.document.uri] });
    assert.strictEqual(cmp.reports, 1);
    const cd = await vscode.commands.executeCommand<any>('govreport.internal.compareRequest', { op: 'dumpText' }); // eslint-disable-line @typescript-eslint/no-explicit-any
    // the place is read without the markup (测试市); the markup in names is checked in the table above
    assert.ok(cd.text.includes('测试市'), 'place rendered as text');
    assert.strictEqual(cd.foreignScripts, 0);
    assert.strictEqual(cd.appElements, 0);
    assert.strictEqual(cd.allImgs, 0);
  });

  test('Compare Reports over the 9-report file: 9 places with their GDP targets, chart with 9 bars, SVG/PNG export', async () => {
    const uri = vscode.Uri.file(path.join(root(), NINE));
    const api = await vscode.extensions.getExtension<TestApi>(EXTENSION_ID)!.activate();
    const candidates = await api.reports.list();
    assert.ok(candidates.some(u => u.fsPath === uri.fsPath), 'the copied file is offered in the picker (found by its content)');

    const res = await vscode.commands.executeCommand<CompareResult>('govreport.compareReports', { uris: [uri] });
    assert.strictEqual(res.reports, 9);
    assert.strictEqual(res.rendered, 9);
    const gold = JSON.parse(fs.readFileSync(fixtures('gold', '002_6b340ccef4bd5f14.part1.txt.gold.json'), 'utf8')) as { reports: GoldReport[] };
    assert.deepStrictEqual(res.matrix.rows.map(r => r.place), gold.reports.map(r => r.place));
    for (const [i, g] of gold.reports.entries()) {
      const gt = g.targets[0];
      const cell = res.matrix.rows[i].cells.gdp;
      assert.ok(cell?.target, `${g.place}: no GDP target`);
      assert.strictEqual(cell.target.value, gt.value, `${g.place} GDP target value`);
      assert.strictEqual(cell.target.unit, gt.unit, `${g.place} GDP target unit`);
      assert.strictEqual(cell.target.qualifier, gt.qualifier, `${g.place} GDP target qualifier`);
    }
    const chart = await vscode.commands.executeCommand<any>('govreport.internal.compareRequest', { op: 'chart', key: 'gdp', format: 'svg' }); // eslint-disable-line @typescript-eslint/no-explicit-any
    assert.strictEqual(chart.key, 'gdp');
    assert.strictEqual(chart.labels.length, 9);
    assert.strictEqual(chart.targetBars, 8, 'eight % targets plotted (泸州\'s is relative to the province)');
    assert.ok(chart.values.includes('≈7') && chart.values.includes('≥6') && chart.values.includes('6'), chart.values.join(' '));
    assert.ok(validateChartExport('svg', chart.data), 'valid SVG export');
    const png = await vscode.commands.executeCommand<any>('govreport.internal.compareRequest', { op: 'chart', format: 'png' }); // eslint-disable-line @typescript-eslint/no-explicit-any
    assert.ok(!png.error, png.error);
    const v = validateChartExport('png', png.data);
    assert.ok(v && v.format === 'png' && v.bytes.length > 1000, 'valid PNG export');
  });

  test('CodeLens above the main-target sentence', async () => {
    const file = path.join(root(), '2024年厦门市政府工作报告.txt');
    const editor = await open(file);
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', editor.document.uri, 10);
    const mine = lenses.filter(l => l.command?.command === 'govreport.showTargets');
    assert.strictEqual(mine.length, 1);
    const first = analyze(editor.document.getText()).reports[0].indicators.filter(i => i.kind === 'target');
    assert.strictEqual(mine[0].command?.title, `${first.length} targets · Show table`);
    assert.strictEqual(mine[0].range.start.line, editor.document.positionAt(first[0].sentence.start).line);
  });

  test('benchmark: command → rendered table for a 1 MB report', async () => {
    const parts: string[] = [];
    let size = 0;
    const srcs = fs.readdirSync(fixtures('reports')).filter(f => f.endsWith('.txt')).map(f => fs.readFileSync(fixtures('reports', f), 'utf8'));
    for (let k = 0; size < 1024 * 1024; k++) { const s = srcs[k % srcs.length]; parts.push(s); size += Buffer.byteLength(s); }
    const big = path.join(tmp, '1MB政府工作报告.txt');
    fs.writeFileSync(big, parts.join('\n\n'));
    const editor = await open(big);
    await vscode.commands.executeCommand('govreport.internal.tableRequest', { op: 'setFilter', text: '', kind: 'all', group: false }).then(undefined, () => undefined);
    const t0 = Date.now();
    const res = await vscode.commands.executeCommand<TableResult>('govreport.extractIndicators', editor.document.uri);
    const ms = Date.now() - t0;
    assert.ok(res.rows.length > 2000, `${res.rows.length} rows`);
    assert.strictEqual(res.rendered, res.rows.length);
    console.log(`[bench] table.render.1mb: ${ms} ms from command to rendered table (${res.rows.length} rows, ${(size / 1048576).toFixed(2)} MB)`);
    const dump = await table({ op: 'dumpText' });
    assert.ok(dump.domRows < 200, `virtualised (${dump.domRows} rows in the DOM)`);
    assert.ok(ms < 20000, `took ${ms} ms`);
  });
});
