// The report webviews together in a real VS Code: the indicator table, Compare and Key Terms open
// at the same time, Key Terms renders (its header names the segmenter) while the others are open,
// all three share one column beside the report (no third column), and Key Terms follows its
// document: an edit — Clean Up Report included — refreshes it (debounced).
//   govreport.internal.keyTermsRefreshes → refreshes after edits so far
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import type { KeyTermsCommandResult } from '../../src/features/keyTerms/command';
import type { CompareResult } from '../../src/features/compare/panel';

import { activateExtension, EXTENSION_ID, uriOf, waitFor } from './helpers';

/** The tab groups that hold a webview tab, and the labels of those tabs. */
function webviewGroups(): Array<{ column: vscode.ViewColumn; labels: string[] }> {
  return vscode.window.tabGroups.all
    .map(g => ({ column: g.viewColumn, labels: g.tabs.filter(t => t.input instanceof vscode.TabInputWebview).map(t => t.label) }))
    .filter(g => g.labels.length > 0);
}

suite('webviews together', () => {
  let tmp: string;
  suiteSetup(async () => {
    await activateExtension();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'govreport-views-'));
  });
  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  test('table, Compare and Key Terms open together; Key Terms renders; one column beside the report', async function () {
    this.timeout(90000);
    const uri = uriOf('2024年厦门市政府工作报告.txt');
    await vscode.window.showTextDocument(uri, { viewColumn: vscode.ViewColumn.One });
    const table = await vscode.commands.executeCommand<{ rendered: number }>('govreport.extractIndicators', uri);
    assert.ok(table && table.rendered > 0, 'the table rendered');
    const cmp = await vscode.commands.executeCommand<CompareResult>('govreport.compareReports', { uris: [uri, uriOf('湖里区报告.txt')] });
    assert.ok(cmp && cmp.rendered > 0, 'Compare rendered');
    // Key Terms is asked for from the report editor, with the table and Compare already open
    await vscode.window.showTextDocument(uri, { viewColumn: vscode.ViewColumn.One });
    const kt = await vscode.commands.executeCommand<KeyTermsCommandResult>('govreport.keyTerms', uri);
    assert.ok(kt && kt.topTerms.length > 0, 'Key Terms computed');
    assert.match(kt.header, /jieba|Intl/i, `Key Terms did not render with the table and Compare open (header "${kt.header}")`);
    const groups = webviewGroups();
    assert.strictEqual(groups.length, 1, `the webviews are spread over ${groups.length} columns: ${JSON.stringify(groups)}`);
    assert.ok(groups[0].labels.length >= 3, JSON.stringify(groups));
    assert.ok(vscode.window.tabGroups.all.length <= 2, `${vscode.window.tabGroups.all.length} editor columns`);
    // the table, asked for again, is still alive and renders in the same column
    const again = await vscode.commands.executeCommand<{ rendered: number }>('govreport.extractIndicators', uri);
    assert.ok(again.rendered > 0);
    assert.strictEqual(webviewGroups().length, 1);
  });

  test('the indicator table: every header label fits its column; a selected row shows its whole sentence, a qualitative target its wording', async function () {
    this.timeout(60000);
    const uri = uriOf('2024年厦门市政府工作报告.txt');
    await vscode.window.showTextDocument(uri, { viewColumn: vscode.ViewColumn.One });
    const res = await vscode.commands.executeCommand<{ rows: Array<{ qualitative: boolean; kind: string; text: string }>; rendered: number }>('govreport.extractIndicators', uri);
    assert.ok(res.rendered > 0);
    await vscode.commands.executeCommand('govreport.internal.tableRequest', { op: 'setFilter', text: '', kind: 'all', group: false, sortKey: 'line' });
    const layout = await vscode.commands.executeCommand<{ clipped: string[]; detail: string }>('govreport.internal.tableRequest', { op: 'layout' });
    assert.deepStrictEqual(layout.clipped, [], `header labels cut: ${layout.clipped.join(', ')}`);
    const q = res.rows.findIndex(r => r.qualitative && r.kind === 'target');
    assert.ok(q >= 0, 'the fixture has a qualitative target');
    await vscode.commands.executeCommand('govreport.internal.tableRequest', { op: 'setFilter', text: '', kind: 'target', group: false, sortKey: 'line' });
    const targets = await vscode.commands.executeCommand<{ valuesClipped: string[] }>('govreport.internal.tableRequest', { op: 'layout' });
    assert.deepStrictEqual(targets.valuesClipped, [], `value cells cut: ${targets.valuesClipped.join(', ')}`);
    const clicked = await vscode.commands.executeCommand<{ clicked: boolean }>('govreport.internal.tableRequest', { op: 'click', index: q });
    assert.ok(clicked.clicked);
    const after = await vscode.commands.executeCommand<{ detail: string }>('govreport.internal.tableRequest', { op: 'layout' });
    assert.ok(after.detail.includes('Qualitative target:'), after.detail);
    assert.ok(after.detail.includes(res.rows[q].text.slice(0, 6)), `the detail pane lacks the target's wording "${res.rows[q].text}": ${after.detail}`);
  });

  test('Key Terms refreshes after Clean Up Report (the document changed)', async function () {
    this.timeout(90000);
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    const file = path.join(tmp, '清理政府工作报告.txt');
    fs.copyFileSync(path.join(ext.extensionPath, 'test', 'fixtures', 'reports', '000_e8c23d3aa62e93d4.txt'), file);
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
    await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.One });
    const before = await vscode.commands.executeCommand<KeyTermsCommandResult>('govreport.keyTerms', doc.uri);
    assert.ok(before && before.header, 'Key Terms rendered');
    const n0 = await vscode.commands.executeCommand<number>('govreport.internal.keyTermsRefreshes');
    await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.One });
    const r = await vscode.commands.executeCommand<{ applied: boolean }>('govreport.cleanUp', doc.uri);
    assert.ok(r?.applied, 'Clean Up applied');
    await waitFor('a Key Terms refresh', async () => (await vscode.commands.executeCommand<number>('govreport.internal.keyTermsRefreshes')) > n0, 20000);
    await vscode.commands.executeCommand('undo');
  });
});
