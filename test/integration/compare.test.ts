// Compare Reports in a real VS Code (issue 11): a folder of one place's reports (test/fixtures/
// workspace/series: short excerpts of five 北京市 reports, 2018–2022, file names without
// 政府工作报告 — found by content) renders a time series per indicator with the right years,
// verdicts by bound and signed values (一般公共预算收入…下降5.7% is −5.7, drawn below zero).
// Reports of several places for one year keep the matrix, each cell with its data year.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import type { CompareResult } from '../../src/features/compare/panel';

const EXTENSION_ID = 'govreport-tools.govreport';

function root(): string {
  const f = vscode.workspace.workspaceFolders?.[0];
  assert.ok(f, 'the workspace test/fixtures/workspace must be open');
  return f.uri.fsPath;
}
// the views these tests open (Compare, the indicator table) are closed after each suite, so later
// suites start with their own
async function closeAll(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function request(msg: Record<string, unknown>): Promise<any> {
  return vscode.commands.executeCommand('govreport.internal.compareRequest', msg);
}

suite('compare over the years', () => {
  suiteSetup(async () => {
    await vscode.extensions.getExtension(EXTENSION_ID)!.activate();
  });
  suiteTeardown(closeAll);

  test('a folder of one place\'s reports (names without 政府工作报告) renders the GDP time series with the right years', async () => {
    const folder = vscode.Uri.file(path.join(root(), 'series'));
    const res = await vscode.commands.executeCommand<CompareResult>('govreport.compareReports', folder);
    assert.ok(res, 'the folder was compared ("No reports were picked" must not happen)');
    assert.strictEqual(res.via, 'worker', 'a folder is analysed and compared in the analysis worker thread');
    const worker = await request({ op: 'analysisWorker' });
    assert.strictEqual(worker.running, true, 'the analysis worker runs after a folder compare');
    assert.ok(worker.starts >= 1 && worker.failure === '', JSON.stringify(worker));
    assert.strictEqual(res.reports, 5);
    assert.deepStrictEqual(res.matrix.rows.map(r => r.year), [2018, 2019, 2020, 2021, 2022]);
    assert.ok(res.series, 'one place over the years: series');
    const gdp = res.series.find(s => s.key === 'gdp');
    assert.ok(gdp, 'a GDP series');
    const byYear = new Map(gdp.points.map(p => [p.year, p]));
    // target for year N from report N, actual for year N from report N+1
    assert.strictEqual(byYear.get(2018)?.target?.display, '6.5%左右');
    assert.strictEqual(byYear.get(2018)?.target?.dataYear, '2018');
    assert.strictEqual(byYear.get(2018)?.actual?.signedValue, 6.6);
    assert.strictEqual(byYear.get(2018)?.actual?.dataYear, '2018');
    assert.strictEqual(byYear.get(2018)?.outcome, 'met');
    assert.strictEqual(byYear.get(2020)?.actual?.signedValue, 1.2);
    assert.strictEqual(byYear.get(2020)?.outcome, 'missed');
    assert.strictEqual(byYear.get(2021)?.outcome, 'exceeded');
    assert.strictEqual(byYear.get(2022)?.actual, null, 'no report for 2023: no actual for 2022');

    const view = await request({ op: 'series', key: 'gdp' });
    assert.strictEqual(view.series, true);
    assert.strictEqual(view.hidden, false);
    assert.deepStrictEqual(view.xlabels, ['2017', '2018', '2019', '2020', '2021', '2022']);
    const rows = new Map<string, string[]>(view.rows.map((r: string[]) => [r[0], r]));
    assert.match(rows.get('2020')![1], /6%左右/);
    assert.match(rows.get('2020')![2], /^1\.2%/);
    assert.match(rows.get('2020')![4], /missed/);
    assert.match(rows.get('2021')![4], /exceeded/);
    assert.match(view.summary, /met in 3 of 4 years; mean gap −0\.5 points/);

    // a ceiling held: CPI
    const cpi = await request({ op: 'series', key: 'cpi' });
    const cpiRows = new Map<string, string[]>(cpi.rows.map((r: string[]) => [r[0], r]));
    assert.match(cpiRows.get('2019')![4], /within ceiling/);
  });

  test('a decline is negative: budget revenue −5.7% in the series, the matrix and the bar chart', async () => {
    const folder = vscode.Uri.file(path.join(root(), 'series'));
    const res = await vscode.commands.executeCommand<CompareResult>('govreport.compareReports', { uris: [folder] });
    const rev = res.series?.find(s => s.key === 'budget_revenue');
    assert.ok(rev, 'a budget revenue series');
    const p2020 = rev.points.find(p => p.year === 2020);
    assert.strictEqual(p2020?.actual?.signedValue, -5.7);
    const view = await request({ op: 'series', key: 'budget_revenue' });
    assert.ok(view.negativePoints >= 1, 'the decline is plotted below zero');
    assert.ok(view.actualLabels.includes('-5.7'), view.actualLabels.join(' '));
    const chart = await request({ op: 'chart', key: 'budget_revenue' });
    assert.ok(chart.negativeBars >= 1, 'a negative bar');
    assert.ok(chart.values.includes('-5.7'), chart.values.join(' '));
    assert.ok(!chart.values.includes('5.7'), 'never +5.7');
    assert.match(chart.matrixText, /A -5\.7% \(2020\)/);
  });

  test('several places for one year: the matrix, each cell with its data year; no series', async () => {
    const uri = vscode.Uri.file(path.join(root(), '..', '..', 'fixtures', 'reports', '002_6b340ccef4bd5f14.part1.txt'));
    const res = await vscode.commands.executeCommand<CompareResult>('govreport.compareReports', { uris: [uri] });
    assert.strictEqual(res.via, 'worker', 'a file read from disk is analysed in the worker');
    assert.strictEqual(res.reports, 9);
    assert.strictEqual(res.series, null);
    const cells = res.matrix.rows.map(r => r.cells.gdp).filter(c => c?.target);
    assert.ok(cells.length >= 8);
    for (const c of cells) assert.strictEqual(c.target!.dataYear, '2023');
    const withActual = res.matrix.rows.map(r => r.cells.gdp).filter(c => c?.actual && c.actual.dataYear);
    assert.ok(withActual.length >= 1 && withActual.every(c => c.actual!.dataYear === '2022'), 'actuals of a 2023 report are 2022\'s');
    const chart = await request({ op: 'chart', key: 'gdp' });
    assert.match(chart.matrixText, /T 7%左右 \(2023\)/);
    const view = await request({ op: 'series' });
    assert.strictEqual(view.series, false);
  });
});

suite('compare without the analysis worker', () => {
  suiteTeardown(async () => {
    await request({ op: 'analysisWorker', reset: true });
    await closeAll();
  });
  test('when the worker is unavailable, a folder is compared on the main thread in slices, with the same result', async () => {
    const folder = vscode.Uri.file(path.join(root(), 'series'));
    const viaWorker = await vscode.commands.executeCommand<CompareResult>('govreport.compareReports', folder);
    await closeAll();
    const state = await request({ op: 'analysisWorker', disable: 'test: no worker' });
    assert.strictEqual(state.running, false, 'the worker was ended');
    const res = await vscode.commands.executeCommand<CompareResult>('govreport.compareReports', folder);
    assert.strictEqual(res.via, 'main thread');
    assert.strictEqual(viaWorker.via, 'worker');
    assert.deepStrictEqual(res.matrix, viaWorker.matrix);
    assert.deepStrictEqual(res.series, viaWorker.series);
    assert.strictEqual((await request({ op: 'analysisWorker' })).running, false, 'no worker was started');
  });
});

suite('compare of open editors', () => {
  suiteTeardown(closeAll);
  test('reports open in editors use their cached analyses on the main thread (no worker needed); same series as the worker', async () => {
    const uris = ['2020.md', '2021.md'].map(f => vscode.Uri.file(path.join(root(), 'series', f)));
    for (const u of uris) await vscode.workspace.openTextDocument(u);
    const res = await vscode.commands.executeCommand<CompareResult>('govreport.compareReports', { uris });
    assert.strictEqual(res.via, 'main thread');
    assert.strictEqual(res.reports, 2);
    const gdp = res.series?.find(s => s.key === 'gdp');
    assert.strictEqual(gdp?.points.find(p => p.year === 2020)?.actual?.signedValue, 1.2);
  });
});

suite('signed values in the indicator table', () => {
  suiteTeardown(closeAll);
  test('下降5.7% shows as -5.7 with its data year (2020 in the 2021 report)', async () => {
    const uri = vscode.Uri.file(path.join(root(), 'series', '2021.md'));
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const res = await vscode.commands.executeCommand<any>('govreport.extractIndicators', uri);
    const row = res.rows.find((r: { signedValue: number | null }) => r.signedValue === -5.7);
    assert.ok(row, 'a row with the signed value -5.7');
    assert.strictEqual(row.dataYear, 2020);
    const dump = await vscode.commands.executeCommand<{ text: string }>('govreport.internal.tableRequest', { op: 'dumpText' });
    assert.ok(dump.text.includes('Data year'), 'the data-year column');
    const line = dump.text.split('\n').find(l => /-5\.7/.test(l)) ?? dump.text.split(/\n(?=\S)/).find(l => /-5\.7/.test(l));
    assert.ok(line, `a rendered -5.7:\n${dump.text.slice(0, 2000)}`);
    assert.ok(!/(^|\s)5\.7(\s|$)/.test(dump.text), 'never an unsigned 5.7');
  });
});

suite('signed values in exports', () => {
  suiteTeardown(closeAll);
  test('Export Indicators (CSV, JSON, Markdown) carries signedValue, dataYear and bound', async () => {
    const uri = vscode.Uri.file(path.join(root(), 'series', '2021.md'));
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'govreport-export-'));
    try {
      for (const format of ['csv', 'json', 'markdown'] as const) {
        const out = path.join(dir, `x.${format}`);
        await vscode.commands.executeCommand('govreport.exportIndicators', uri, { format, path: out });
        const text = fs.readFileSync(out, 'utf8');
        assert.ok(/signedValue/.test(text) && /dataYear/.test(text) && /bound/.test(text), `${format}: the issue-11 fields`);
        assert.ok(text.includes('-5.7'), `${format}: the decline is negative`);
      }
      const json = JSON.parse(fs.readFileSync(path.join(dir, 'x.json'), 'utf8'));
      const recs = JSON.stringify(json);
      assert.match(recs, /"signedValue":-5\.7[^}]*"dataYear":2020/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
