// Term Trends in a real VS Code (issue 13): over a folder of small synthetic reports
// (test/fixtures/workspace/trends: 2016–2024 reports of a made-up 示例市, the year only in their text,
// plus a note that is not a report) and over the bundled background model.
//   govreport.termTrends ({terms, folder?, by?}) → TermTrendsResult once the webview rendered
//   govreport.internal.trendsRequest ({op: 'chart'}) → what the chart shows (x labels, lines, first-seen / peak dots)
//   govreport.internal.backgroundState → { loaded, loadMs, bytes, reports, terms, firstUse }
import * as assert from 'assert';
import * as path from 'path';
import * as vscode from 'vscode';
import type { TermTrendsResult } from '../../src/features/trends/command';
import type { BackgroundState } from '../../src/features/shared/background';

const EXTENSION_ID = 'govreport-tools.govreport';

function root(): string {
  const f = vscode.workspace.workspaceFolders?.[0];
  assert.ok(f, 'the workspace test/fixtures/workspace must be open');
  return f.uri.fsPath;
}

interface Chart {
  measure: string; by: string; xLabels: string[]; lines: string[]; dots: Array<{ term: string; key: string }>;
  firstSeenDots: string[]; peakDots: string[]; legend: string[]; tableRows: number; rose: string[]; svgChildren: number; scripts: number;
}
const chart = () => vscode.commands.executeCommand<Chart>('govreport.internal.trendsRequest', { op: 'chart' });

suite('term trends', () => {
  suiteSetup(async () => {
    await vscode.extensions.getExtension(EXTENSION_ID)!.activate();
  });

  test('Term Trends over a folder: a chart with the folder\'s years, first seen and peak from the texts', async function () {
    this.timeout(120000);
    const folder = vscode.Uri.file(path.join(root(), 'trends'));
    const t0 = Date.now();
    const r = await vscode.commands.executeCommand<TermTrendsResult>('govreport.termTrends', {
      terms: ['供给侧结构性改革', '疫情', '新质生产力', '没有这个词'],
      folder: folder.toString(),
    });
    const ms = Date.now() - t0;
    assert.ok(r, 'no result');
    assert.strictEqual(r.cancelled, false);
    assert.strictEqual(r.files, 5, 'five report files found by content (the note is not a report)');
    assert.strictEqual(r.reports, 5);
    assert.match(r.segmenter, /jieba|Intl/);
    assert.strictEqual(r.rendered, 4, 'the webview rendered four terms');
    const byTerm = new Map(r.trends.map(t => [t.term, t]));
    assert.deepStrictEqual(byTerm.get('供给侧结构性改革')?.buckets, ['2016', '2018', '2020', '2022', '2024']);
    assert.strictEqual(byTerm.get('供给侧结构性改革')?.firstSeen, 2016);
    assert.strictEqual(byTerm.get('供给侧结构性改革')?.docsWith, 2);
    assert.strictEqual(byTerm.get('疫情')?.firstSeen, 2020);
    assert.strictEqual(byTerm.get('疫情')?.peak, '2022', 'peak: the highest frequency per 10,000 terms (3 of 20 terms in 2022)');
    assert.strictEqual(byTerm.get('新质生产力')?.firstSeen, 2024);
    assert.strictEqual(byTerm.get('新质生产力')?.peak, '2024');
    assert.strictEqual(byTerm.get('没有这个词')?.firstSeen, null);

    // what the webview drew
    const c = await chart();
    assert.strictEqual(c.measure, 'share');
    assert.deepStrictEqual(c.xLabels, ['2016', '2018', '2020', '2022', '2024']);
    for (const t of ['供给侧结构性改革', '疫情', '新质生产力']) assert.ok(c.lines.includes(t), `a line for ${t}: ${c.lines.join(' ')}`);
    assert.ok(c.firstSeenDots.includes('供给侧结构性改革@2016'), c.firstSeenDots.join(' '));
    assert.ok(c.firstSeenDots.includes('疫情@2020'), c.firstSeenDots.join(' '));
    assert.ok(c.peakDots.includes('疫情@2022'), c.peakDots.join(' '));
    assert.ok(c.firstSeenDots.includes('新质生产力@2024'), c.firstSeenDots.join(' '));
    assert.ok(c.peakDots.includes('新质生产力@2024'), c.peakDots.join(' '));
    const legend = c.legend.join('\n');
    assert.match(legend, /供给侧结构性改革.*first seen 2016/);
    assert.match(legend, /新质生产力.*first seen 2024.*peak 2024/);
    assert.match(legend, /没有这个词.*not used/);
    assert.strictEqual(c.tableRows, 5, 'one table row per year');
    assert.ok(c.rose.includes('新质生产力'), `terms that rose between 2016–2020 and 2022–2024: ${c.rose.join(' ')}`);
    assert.strictEqual(c.scripts, 0, 'nothing but SVG and text inside the view');

    // frequency per 10,000 terms is known for a folder
    const per10k = await vscode.commands.executeCommand<{ measure: string }>('govreport.internal.trendsRequest', { op: 'measure', measure: 'per10k' });
    assert.strictEqual(per10k.measure, 'per10k');
    const c2 = await chart();
    assert.ok(c2.lines.includes('新质生产力'), 'a line in per-10k mode too (zero in the years without it)');
    assert.deepStrictEqual(c2.xLabels, c.xLabels);
    console.log(`    term trends: ${r.files} files (${r.segmenter}) → rendered in ${ms} ms (files ${r.docsMs} ms, panel ${r.renderMs} ms)`);
  });

  // 新质生产力: first in one report delivered on 2023-12-29 (湘潭, dated by its delivery), then in
  // 62 of the 64 reports of 2024; 供给侧结构性改革: from 2016 (88 of 111 reports), peak 2017
  test('Term Trends over the bundled background model: first seen 新质生产力 2023/2024, 供给侧结构性改革 2016; the background is loaded once', async function () {
    this.timeout(60000);
    const r = await vscode.commands.executeCommand<TermTrendsResult>('govreport.termTrends', { terms: '新质生产力 供给侧结构性改革' });
    assert.ok(r, 'no result');
    assert.strictEqual(r.source, 'background');
    assert.ok(r.reports > 1000, `${r.reports} reports`);
    const byTerm = new Map(r.trends.map(t => [t.term, t]));
    const xin = byTerm.get('新质生产力');
    assert.ok(xin && xin.firstSeen !== null && xin.firstSeen >= 2023 && xin.firstSeen <= 2024, `新质生产力 first seen ${xin?.firstSeen}`);
    assert.ok(xin.peak !== null && Number(xin.peak) >= 2024, `peak ${xin.peak}`);
    assert.strictEqual(byTerm.get('供给侧结构性改革')?.firstSeen, 2016);
    assert.strictEqual(byTerm.get('供给侧结构性改革')?.peak, '2017');
    const c = await chart();
    assert.ok(c.xLabels.includes('2024') && c.xLabels.length >= 5, c.xLabels.join(' '));
    assert.ok(c.firstSeenDots.includes(`新质生产力@${xin.firstSeen}`), c.firstSeenDots.join(' '));
    assert.ok(c.firstSeenDots.includes('供给侧结构性改革@2016'), c.firstSeenDots.join(' '));
    assert.ok(c.lines.includes('供给侧结构性改革'));
    const s = await vscode.commands.executeCommand<BackgroundState>('govreport.internal.backgroundState');
    assert.ok(s.loaded && s.reports === r.reports, JSON.stringify(s));
    console.log(`    background model: ${(s.bytes / 1e6).toFixed(2)} MB loaded in ${Math.round(s.loadMs)} ms (first use: ${s.firstUse}); trends ${r.ms} ms (panel ${r.renderMs} ms)`);

    // by level: share of reports per level (national, provincial, city, county)
    const lv = await vscode.commands.executeCommand<TermTrendsResult>('govreport.termTrends', { terms: ['供给侧结构性改革'], by: 'level' });
    assert.ok(lv.trends[0].buckets.includes('national') && lv.trends[0].buckets.includes('city'), lv.trends[0].buckets.join(' '));
    assert.strictEqual((await chart()).by, 'level');
  });

  test('Term Trends reuses its panel', async () => {
    const before = vscode.window.tabGroups.all.flatMap(g => g.tabs).filter(t => t.input instanceof vscode.TabInputWebview && /termTrends/.test(t.input.viewType)).length;
    await vscode.commands.executeCommand<TermTrendsResult>('govreport.termTrends', { terms: ['数字经济'] });
    const after = vscode.window.tabGroups.all.flatMap(g => g.tabs).filter(t => t.input instanceof vscode.TabInputWebview && /termTrends/.test(t.input.viewType)).length;
    assert.strictEqual(before, 1);
    assert.strictEqual(after, 1);
    assert.ok(vscode.window.tabGroups.all.length <= 2, `no third column: ${vscode.window.tabGroups.all.length} editor groups`);
  });
});
