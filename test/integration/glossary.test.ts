// Glossary hovers and commands in a real VS Code: the document's own 名词解释 first, then user
// glossaries (.govreport/glossary.json, files named in settings), then the built-in glossary.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';

import { activateExtension, HULI, XM, hovers, hoverText, open, root, sleep } from './helpers';

interface LoadError { file: string; message: string; line: number; column: number }
interface Api { glossary: { ready(): Promise<void>; lastErrors: LoadError[]; warnings: string[]; userFiles: vscode.Uri[]; pickItems(): Array<vscode.QuickPickItem> } }

function posOf(doc: vscode.TextDocument, needle: string, delta = 0, line?: number): vscode.Position {
  const text = doc.getText();
  const from = line ? doc.offsetAt(new vscode.Position(line - 1, 0)) : 0;
  const i = text.indexOf(needle, from);
  assert.ok(i >= 0, `"${needle}" not found`);
  const p = doc.positionAt(i + delta);
  if (line) assert.strictEqual(p.line + 1, line, `"${needle}" expected on line ${line}`);
  return p;
}

suite('glossary: hovers, precedence, user files, commands', () => {
  let api: Api;
  suiteSetup(async () => {
    api = await activateExtension<Api>();
    assert.ok(api.glossary, 'the extension exposes its glossary service');
    await api.glossary.ready();
  });

  test('hover over 六稳 in the 湖里区 report shows that report’s OWN definition (名词解释 第1条)', async () => {
    const doc = await open(HULI);
    const text = await hoverText(doc, posOf(doc, '“六稳”1', 2, 21));
    assert.ok(text.includes('**六稳**'), text);
    assert.ok(text.includes('1. 稳就业') && text.includes('6. 稳预期'), text);
    assert.ok(text.includes('本文名词解释 第1条 (line 209)'), text);
  });

  test('hover over a footnote marker (“六保”2) shows the entry it points to', async () => {
    const doc = await open(HULI);
    const text = await hoverText(doc, posOf(doc, '“六保”2', 4, 21));
    assert.ok(text.includes('保居民就业') && text.includes('本文名词解释 第2条 (line 211)'), text);
  });

  test('a term the document defines overrides the built-in definition (三资)', async () => {
    const doc = await open(HULI);
    const text = await hoverText(doc, posOf(doc, '“三资”', 2, 63));
    assert.ok(text.includes('农村集体经济中的资金'), text);
    assert.ok(!text.includes('农村集体经济组织的'), 'the built-in definition must not be shown');
    assert.ok(text.includes('本文名词解释 第16条 (line 239)'), text);
  });

  test('a built-in term (“放管服”改革 in the 湖里区 report) shows the built-in entry with English', async () => {
    const doc = await open(HULI);
    const text = await hoverText(doc, posOf(doc, '放管服', 1, 123));
    assert.ok(text.includes('**放管服**'), text);
    assert.ok(text.includes('简政放权'), text);
    assert.ok(text.includes('English:'), text);
    assert.ok(text.includes('built-in'), text);
  });

  test('an alias (专精特新小巨人) finds its entry (专精特新“小巨人”企业)', async () => {
    const doc = await open(XM);
    const text = await hoverText(doc, posOf(doc, '专精特新小巨人', 5, 64));
    assert.ok(text.includes('**专精特新“小巨人”企业**'), text);
    assert.ok(text.includes('专精特新小巨人'), 'aliases listed');
  });

  test('a user glossary entry (.govreport/glossary.json) is shown with its file as source', async () => {
    const doc = await open(XM);
    const text = await hoverText(doc, posOf(doc, '隐形冠军', 1, 64));
    assert.ok(text.includes('**隐形冠军**') && text.includes('hidden champion'), text);
    assert.ok(text.includes('.govreport/glossary.json'), text);
  });

  test('a user glossary entry overrides the built-in one (独角兽企业)', async () => {
    const doc = await open(XM);
    const text = await hoverText(doc, posOf(doc, '独角兽企业', 1, 64));
    assert.ok(text.includes('工作区词表覆盖内置释义'), text);
    assert.ok(text.includes('.govreport/glossary.json'), text);
  });

  test('a malformed glossary named in settings gives one warning with line:column; other entries keep working', async () => {
    const g = api.glossary!;
    const errs = g.lastErrors.filter(e => e.file.endsWith('glossaries/broken.json'));
    assert.strictEqual(errs.length, 1, JSON.stringify(g.lastErrors));
    assert.deepStrictEqual([errs[0].line, errs[0].column], [5, 21]);
    const warned = g.warnings.filter(w => w.includes('glossaries/broken.json'));
    assert.strictEqual(warned.length, 1, JSON.stringify(g.warnings));
    assert.ok(warned[0].includes('line 5:21'), warned[0]);
    assert.ok(g.userFiles.some(u => u.fsPath.endsWith(path.join('.govreport', 'glossary.json'))), 'the good user file was read');
    const doc = await open(XM);
    assert.ok((await hoverText(doc, posOf(doc, '隐形冠军', 1, 64))).includes('hidden champion'));
    assert.ok((await hoverText(doc, posOf(doc, '海辰储能', 1, 64))).indexOf('储能电池企业') < 0, 'entries of the broken file are not used');
  });

  test('hovers are untrusted Markdown without HTML', async () => {
    const doc = await open(HULI);
    const hs = await hovers(doc, posOf(doc, '“六稳”1', 2, 21));
    const md = hs.flatMap(h => h.contents).find((c): c is vscode.MarkdownString => typeof c !== 'string' && c.value.includes('六稳'));
    assert.ok(md, 'no Markdown hover');
    assert.ok(!md.isTrusted, 'hover must not be trusted');
    assert.ok(!md.supportHtml, 'hover must not support HTML');
  });

  test('govreport.hover.enabled = false turns glossary hovers off (quantity hovers stay)', async () => {
    const cfg = vscode.workspace.getConfiguration('govreport');
    await cfg.update('hover.enabled', false, vscode.ConfigurationTarget.Global);
    try {
      await sleep(200);
      const doc = await open(HULI);
      const text = await hoverText(doc, posOf(doc, '放管服', 1, 123));
      assert.ok(!text.includes('简政放权'), text);
      const xm = await open(XM);
      const q = await hoverText(xm, posOf(xm, '地区生产总值增长5.5%左右', 9, 130));
      assert.ok(q.includes('目标'), q);
    } finally {
      await cfg.update('hover.enabled', undefined, vscode.ConfigurationTarget.Global);
    }
    await sleep(200);
    const doc = await open(HULI);
    assert.ok((await hoverText(doc, posOf(doc, '放管服', 1, 123))).includes('简政放权'), 'hovers are back on');
  });

  test('Add Selection to Glossary writes .govreport/glossary.json (keeping its entries) and the hover uses it', async () => {
    const file = path.join(root(), '.govreport', 'glossary.json');
    const before = fs.readFileSync(file, 'utf8');
    try {
      const doc = await open(XM);
      const editor = await vscode.window.showTextDocument(doc);
      const start = posOf(doc, '海辰储能', 0, 64);
      editor.selection = new vscode.Selection(start, start.translate(0, 4));
      await vscode.commands.executeCommand('govreport.addToGlossary', { term: '海辰储能', definition: '厦门本地的储能电池企业（测试）', english: 'Hithium' });
      const after = JSON.parse(fs.readFileSync(file, 'utf8')) as { version: number; entries: Array<{ term: string; english?: string }> };
      assert.strictEqual(after.version, 1);
      assert.deepStrictEqual(after.entries.map(e => e.term), ['隐形冠军', '独角兽企业', '海辰储能']);
      assert.ok(fs.readFileSync(file, 'utf8').includes('\n  "entries": ['), '2-space indent');
      const text = await hoverText(doc, posOf(doc, '海辰储能', 1, 64));
      assert.ok(text.includes('储能电池企业（测试）') && text.includes('Hithium'), text);
      await vscode.commands.executeCommand('govreport.addToGlossary', { term: '海辰储能', definition: '替换后的释义' });
      const replaced = JSON.parse(fs.readFileSync(file, 'utf8')) as { entries: Array<{ term: string; definition: string }> };
      assert.strictEqual(replaced.entries.filter(e => e.term === '海辰储能').length, 1, 'replaced, not duplicated');
      assert.strictEqual(replaced.entries[2].definition, '替换后的释义');
    } finally {
      fs.writeFileSync(file, before);
      await api.glossary!.ready();
    }
  });

  test('Search Glossary offers the report\'s own terms first, then user and built-in terms with aliases and English', async () => {
    // the quick pick's items, as the command builds them (the picker itself needs a person to type)
    const doc = await vscode.workspace.openTextDocument(path.join(root(), '湖里区报告.txt'));
    await vscode.window.showTextDocument(doc);
    await api.glossary.ready();
    const items = api.glossary.pickItems();
    const own = items.find(i => i.label === '六稳');
    assert.ok(own && own.description === '本文名词解释' && own.detail?.includes('稳就业'), 'the report\'s own 六稳 entry');
    assert.strictEqual(items.filter(i => i.label === '六稳').length, 1, 'the report\'s own entry hides the built-in one');
    const fgf = items.find(i => i.label === '放管服');
    assert.ok(fgf && /streamlin/i.test(fgf.description ?? ''), 'built-in entry with its English');
    assert.ok(items.some(i => i.label === '规模以上工业' && (i.description ?? '').includes('规上')), 'aliases are searchable');
    assert.ok(items.length >= 550, `${items.length} items`);
  });

  test('Search Glossary is registered, with the other report commands', async () => {
    const all = await vscode.commands.getCommands(true);
    for (const c of ['govreport.searchGlossary', 'govreport.addToGlossary', 'govreport.switchToReport', 'govreport.switchToPlainText']) {
      assert.ok(all.includes(c), `${c} is not registered`);
    }
  });
});
