// Localisation in a real VS Code (the harness runs it in English): the manifest's %key% titles
// resolve to the English of package.nls.json, vscode.l10n.t gives the English source strings
// (no bundle is loaded for English), and the indicator table webview gets its UI strings from the
// extension.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';

const EXTENSION_ID = 'govreport-tools.govreport';

suite('l10n (English)', () => {
  let ext: vscode.Extension<unknown>;
  suiteSetup(async () => {
    const e = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(e, `extension ${EXTENSION_ID} is not loaded`);
    ext = e;
    await ext.activate();
  });

  test('command titles in package.json are %keys% and VS Code resolves them to the English of package.nls.json', () => {
    const raw = JSON.parse(fs.readFileSync(path.join(ext.extensionPath, 'package.json'), 'utf8'));
    const nls = JSON.parse(fs.readFileSync(path.join(ext.extensionPath, 'package.nls.json'), 'utf8')) as Record<string, string>;
    const rawCmd = raw.contributes.commands[0] as { command: string; title: string; category: string };
    const m = /^%(.+)%$/.exec(rawCmd.title);
    assert.ok(m, `title is not a %key%: ${rawCmd.title}`);
    const english = nls[m[1]];
    assert.strictEqual(english, 'Switch to Government Work Report');
    // the manifest as VS Code loaded it has the keys replaced by the English strings
    const loaded = (ext.packageJSON as typeof raw).contributes.commands.find((c: { command: string }) => c.command === rawCmd.command);
    assert.strictEqual(loaded.title, english);
    assert.strictEqual(loaded.category, 'Gov Report');
    assert.strictEqual((ext.packageJSON as { displayName: string }).displayName, nls.displayName);
  });

  test('vscode.l10n.t returns the English source strings, placeholders filled', () => {
    assert.ok(vscode.env.language.startsWith('en'), vscode.env.language);
    assert.strictEqual(vscode.l10n.bundle, undefined, 'no bundle is loaded for English');
    assert.strictEqual(vscode.l10n.t('Open a government work report (政府工作报告) first.'), 'Open a government work report (政府工作报告) first.');
    assert.strictEqual(vscode.l10n.t('{0} targets · Show table', 12), '12 targets · Show table');
    assert.ok(fs.existsSync(path.join(ext.extensionPath, 'l10n', 'bundle.l10n.zh-cn.json')), 'the Chinese bundle ships with the extension');
  });

  test('the indicator table shows the English UI strings sent by the extension', async () => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'the workspace test/fixtures/workspace must be open');
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, '2024年厦门市政府工作报告.txt'));
    await vscode.window.showTextDocument(doc);
    const res = await vscode.commands.executeCommand<{ rows: unknown[]; rendered: number }>('govreport.showTargets', doc.uri);
    assert.ok(res.rendered > 0);
    await vscode.commands.executeCommand('govreport.internal.tableRequest', { op: 'setFilter', text: '', kind: 'all', group: false });
    const dump = await vscode.commands.executeCommand<{ text: string }>('govreport.internal.tableRequest', { op: 'dumpText' });
    for (const s of ['Indicator', 'Qualifier', 'Section', `${res.rows.length} rows`]) assert.ok(dump.text.includes(s), `table lacks "${s}"`);
    assert.ok(!dump.text.includes('限定词') && !dump.text.includes('按章节分组'), 'no Chinese UI strings in an English window');
  });
});
