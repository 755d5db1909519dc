// The Chinese UI in a real VS Code: the harness starts code-server with `--locale zh-cn` and a
// language pack built offline (test/harness/languagePack.mjs), so VS Code's display language is
// zh-cn. The manifest's titles come from package.nls.zh-cn.json, vscode.l10n.t from
// l10n/bundle.l10n.zh-cn.json, and the webviews render the Chinese strings the extension sends.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';

const EXTENSION_ID = 'govreport-tools.govreport';

suite('Chinese UI (zh-cn)', () => {
  let ext: vscode.Extension<unknown>;
  let zhNls: Record<string, string>;
  suiteSetup(async () => {
    const e = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(e, `extension ${EXTENSION_ID} is not loaded`);
    ext = e;
    await ext.activate();
    zhNls = JSON.parse(fs.readFileSync(path.join(ext.extensionPath, 'package.nls.zh-cn.json'), 'utf8')) as Record<string, string>;
  });

  test('VS Code runs in zh-cn', () => {
    assert.strictEqual(vscode.env.language, 'zh-cn');
  });

  test('command titles, category and display name come from package.nls.zh-cn.json', () => {
    // a localised title is { value, original } (the English kept for the command palette's search)
    type Text = string | { value: string; original: string };
    const value = (t: Text): string => (typeof t === 'string' ? t : t.value);
    const cmds = (ext.packageJSON as { contributes: { commands: Array<{ command: string; title: Text; category: Text }> } }).contributes.commands;
    const sw = cmds.find(c => c.command === 'govreport.switchToReport');
    assert.ok(sw);
    assert.strictEqual(value(sw.title), zhNls['command.switchToReport.title']);
    assert.strictEqual(value(sw.title), '切换为政府工作报告');
    assert.strictEqual(value(sw.category), '政府工作报告');
    assert.strictEqual(value((ext.packageJSON as { displayName: Text }).displayName), '政府工作报告阅读器');
  });

  test('vscode.l10n.t gives the Chinese bundle', () => {
    assert.ok(vscode.l10n.bundle, 'the zh-cn bundle is loaded');
    assert.strictEqual(vscode.l10n.t('Key Terms'), '关键词');
    assert.strictEqual(vscode.l10n.t('Segmenter: {0}', 'jieba'), '分词器：jieba');
  });

  test('the indicator table and Key Terms render Chinese headers', async () => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'the workspace test/fixtures/workspace must be open');
    const uri = vscode.Uri.joinPath(folder.uri, '2024年厦门市政府工作报告.txt');
    await vscode.window.showTextDocument(uri);
    const res = await vscode.commands.executeCommand<{ rows: unknown[]; rendered: number }>('govreport.showTargets', uri);
    assert.ok(res.rendered > 0);
    await vscode.commands.executeCommand('govreport.internal.tableRequest', { op: 'setFilter', text: '', kind: 'all', group: false });
    const dump = await vscode.commands.executeCommand<{ text: string }>('govreport.internal.tableRequest', { op: 'dumpText' });
    for (const s of ['指标', '限定词']) assert.ok(dump.text.includes(s), `table lacks "${s}"`);
    assert.ok(!/\bIndicator\b|\bQualifier\b/.test(dump.text), 'no English column headers in a Chinese window');
    // Compare: a qualitative target reads （定性）, not the core's English "(qualitative)"
    const cmp = await vscode.commands.executeCommand<{ rendered: number }>('govreport.compareReports', { uris: [uri] });
    assert.ok(cmp.rendered > 0);
    const cmpText = await vscode.commands.executeCommand<{ text: string }>('govreport.internal.compareRequest', { op: 'dumpText' });
    assert.ok(!cmpText.text.includes('(qualitative'), 'English "(qualitative)" in the Chinese Compare view');
    assert.ok(cmpText.text.includes('定性'), 'the Compare view shows the qualitative target as 定性');
    const kt = await vscode.commands.executeCommand<{ header: string; segmenter: string }>('govreport.keyTerms', uri);
    assert.ok(kt, 'Key Terms ran');
    assert.match(kt.header, /^分词器：/, `Key Terms header: ${kt.header}`);
    assert.ok(!/worker thread|Segmenter/.test(kt.header), `English left in the header: ${kt.header}`);
  });
});
