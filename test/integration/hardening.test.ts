// Issue 16 (hardening) in a real VS Code: format-on-save keeps report sentences that mention 微信 or
// a www. address while removing page chrome; a deeply nested or oversized user glossary gives one
// warning and hovers keep working; a report with one invalid UTF-8 byte is read as UTF-8 with a
// warning; `$(icon)` text in a report title shows literally in the report picker.
// (Untrusted workspaces: the harness runs with workspace trust disabled, so that decision is
// unit-tested in test/unit/hardeningVscode.test.ts.)
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';

const EXTENSION_ID = 'govreport-tools.govreport';
const XM = '2024年厦门市政府工作报告.txt';

interface Api {
  glossary: { ready(): Promise<void>; lastErrors: Array<{ file: string; message: string; line: number; column: number }>; warnings: string[] };
  reports: { read(uri: vscode.Uri): Promise<string>; readonly decodeWarnings: string[]; pickItems(): Promise<vscode.QuickPickItem[]> };
}

const sleep = (ms: number): Promise<void> => new Promise(r => setTimeout(r, ms));

function root(): string {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the workspace folder test/fixtures/workspace must be open');
  return folder.uri.fsPath;
}

/** A short report made by the test: page chrome around a title, a 微信 sentence and a 名词解释 entry with www. */
function report(title: string): string {
  return [
    '设为首页收藏本站',
    '',
    title,
    '',
    '——2024年1月10日在某某市第十六届人民代表大会第四次会议上',
    '',
    '各位代表：',
    '',
    '现在，我代表市人民政府，向大会报告工作，请予审议。',
    '',
    '一、2023年工作回顾',
    '',
    '过去一年，全市地区生产总值增长6.5%。上线地铁乘车码微信小程序。',
    '',
    '名词解释：',
    '',
    '1.“数字平台”：指某某市数字政务服务平台（www.example.gov.cn），提供一网通办服务。',
    '',
    '本版积分规则',
    '',
    '【返回顶部】【打印本稿】【关闭本页】',
    '',
  ].join('\n');
}

async function hoverText(doc: vscode.TextDocument, needle: string, delta = 1): Promise<string> {
  const i = doc.getText().indexOf(needle);
  assert.ok(i >= 0, `"${needle}" not found`);
  const hs = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, doc.positionAt(i + delta))) ?? [];
  return hs.flatMap(h => h.contents.map(c => (typeof c === 'string' ? c : c.value))).join('\n').replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

suite('hardening (issue 16) in VS Code', () => {
  let api: Api;
  const made: string[] = [];
  const write = (name: string, data: string | Uint8Array): vscode.Uri => {
    const p = path.join(root(), name);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, data);
    made.push(p);
    return vscode.Uri.file(p);
  };

  suiteSetup(async () => {
    const ext = vscode.extensions.getExtension<Api>(EXTENSION_ID);
    assert.ok(ext, `extension ${EXTENSION_ID} is not loaded`);
    api = await ext.activate();
    await api.glossary.ready();
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const p of made) fs.rmSync(p, { force: true });
  });

  test('format-on-save (govreport formatter = Clean Up) keeps a 微信 sentence and a 名词解释 entry with www., removes the chrome', async () => {
    const uri = write('hardening-format-on-save.txt', report('2024年某某市政府工作报告'));
    const editorCfg = vscode.workspace.getConfiguration('editor', { languageId: 'govreport' });
    await editorCfg.update('formatOnSave', true, vscode.ConfigurationTarget.Global, true);
    await editorCfg.update('defaultFormatter', EXTENSION_ID, vscode.ConfigurationTarget.Global, true);
    try {
      let doc = await vscode.workspace.openTextDocument(uri);
      if (doc.languageId !== 'govreport') doc = await vscode.languages.setTextDocumentLanguage(doc, 'govreport');
      const ed = await vscode.window.showTextDocument(doc);
      await ed.edit(b => b.insert(doc.lineAt(doc.lineCount - 1).range.end, '\n'));
      assert.ok(await doc.save(), 'saved');
      const text = doc.getText();
      assert.ok(text.includes('上线地铁乘车码微信小程序。'), text);
      assert.ok(text.includes('（www.example.gov.cn）'), text);
      assert.ok(text.includes('2024年某某市政府工作报告'), 'the title stays');
      assert.ok(!text.includes('本版积分规则') && !text.includes('【返回顶部】') && !text.includes('设为首页收藏本站'), `chrome removed:\n${text}`);
      assert.strictEqual(fs.readFileSync(uri.fsPath, 'utf8'), text, 'the formatted text was written');
    } finally {
      await editorCfg.update('formatOnSave', undefined, vscode.ConfigurationTarget.Global, true);
      await editorCfg.update('defaultFormatter', undefined, vscode.ConfigurationTarget.Global, true);
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    }
  });

  test('a deeply nested and an oversized user glossary: one warning each, other glossaries and quantity hovers keep working', async function () {
    this.timeout(60000);
    const depth = 100000;
    write('glossaries/hardening-nested.json', '{"version":1,"entries":[' + '['.repeat(depth) + ']'.repeat(depth) + ']}');
    // a valid glossary over the size limit (checked before reading)
    const big = { version: 1, entries: Array.from({ length: 60000 }, (_, i) => ({ term: `超大词表词条${i}`, definition: '填充'.repeat(30) })) };
    write('glossaries/hardening-big.json', JSON.stringify(big));
    const cfg = vscode.workspace.getConfiguration('govreport');
    const before = cfg.inspect<string[]>('glossary.files')?.workspaceValue;
    const settingsFile = path.join(root(), '.vscode', 'settings.json');
    const settingsText = fs.readFileSync(settingsFile, 'utf8');
    try {
      await cfg.update('glossary.files', [...(before ?? []), 'glossaries/hardening-nested.json', 'glossaries/hardening-big.json'], vscode.ConfigurationTarget.Workspace);
      for (let i = 0; i < 100 && !api.glossary.lastErrors.some(e => e.file.endsWith('hardening-big.json')); i++) { await sleep(100); await api.glossary.ready(); }
      const nested = api.glossary.lastErrors.filter(e => e.file.endsWith('hardening-nested.json'));
      const bigErrs = api.glossary.lastErrors.filter(e => e.file.endsWith('hardening-big.json'));
      assert.strictEqual(nested.length, 1, JSON.stringify(api.glossary.lastErrors).slice(0, 2000));
      assert.ok(nested[0].line >= 1 && nested[0].column > 1, JSON.stringify(nested[0]));
      assert.strictEqual(bigErrs.length, 1, JSON.stringify(bigErrs));
      assert.ok(/too large|过大/.test(bigErrs[0].message), bigErrs[0].message);
      assert.strictEqual(api.glossary.warnings.filter(w => w.includes('hardening-nested.json')).length, 1, JSON.stringify(api.glossary.warnings));
      assert.strictEqual(api.glossary.warnings.filter(w => w.includes('hardening-big.json')).length, 1, JSON.stringify(api.glossary.warnings));
      const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(path.join(root(), XM)));
      await vscode.window.showTextDocument(doc);
      assert.ok((await hoverText(doc, '隐形冠军')).includes('hidden champion'), 'the good user glossary still works');
      const m = /\d+(\.\d+)?%/.exec(doc.getText());
      assert.ok(m, 'a percentage in the report');
      assert.ok((await hoverText(doc, m[0], 0)).length > 0, `a quantity hover over ${m[0]}`);
    } finally {
      await cfg.update('glossary.files', before, vscode.ConfigurationTarget.Workspace);
      fs.writeFileSync(settingsFile, settingsText);
      await api.glossary.ready();
    }
  });

  test('a report file with one invalid UTF-8 byte is read as UTF-8, with one warning', async () => {
    const bytes = Buffer.concat([Buffer.from(report('2024年某某市政府工作报告').slice(0, 120), 'utf8'), Buffer.from([0xff]), Buffer.from('全市地区生产总值增长6.5%。\n', 'utf8')]);
    const uri = write('hardening-bad-byte.txt', bytes);
    const text = await api.reports.read(uri);
    assert.ok(text.includes('2024年某某市政府工作报告') && text.includes('全市地区生产总值增长6.5%'), 'decoded as UTF-8');
    assert.strictEqual(text.split('\ufffd').length - 1, 1, 'one replacement character');
    await api.reports.read(uri);
    const warned = api.reports.decodeWarnings.filter(w => w.includes('hardening-bad-byte.txt'));
    assert.strictEqual(warned.length, 1, JSON.stringify(api.reports.decodeWarnings));
    assert.ok(/UTF-8/.test(warned[0]), warned[0]);
  });

  test('only regular files are read as reports: a folder gives a clear message', async () => {
    const dir = vscode.Uri.file(path.join(root(), 'glossaries'));
    await assert.rejects(api.reports.read(dir), (e: Error) => /not a regular file|不是普通文件/.test(e.message) && e.message.includes('glossaries'));
  });

  test('$(alert) in a report title shows literally in the report picker', async () => {
    write('hardening-icon.txt', report('$(alert)2024年某某市政府工作报告'));
    let item: vscode.QuickPickItem | undefined;
    for (let i = 0; i < 50 && !item; i++) {
      item = (await api.reports.pickItems()).find(it => it.label.includes('2024年某某市政府工作报告') && it.label.includes('alert'));
      if (!item) await sleep(100);
    }
    assert.ok(item, 'the report is offered');
    assert.ok(!item.label.includes('$(alert)'), `no icon syntax left: ${JSON.stringify(item.label)}`);
    assert.strictEqual(item.label.replace(/\u200b/g, ''), '$(alert)2024年某某市政府工作报告');
  });
});
