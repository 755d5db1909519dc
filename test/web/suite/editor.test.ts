// Editor features in the browser: detection, outline (document + workspace symbols), folding,
// hovers, definitions — the assertions of test/integration/editor.test.ts, over the virtual
// workspace file system.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { readExtensionFile } from '../../../src/browser/jiebaWasm';
import { activate, baseName, goldSections, hoverText, HULI, open, posOf, sleep, XM } from '../support/host';

async function symbols(doc: vscode.TextDocument): Promise<vscode.DocumentSymbol[]> {
  const s = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri);
  assert.ok(Array.isArray(s) && s.length > 0, 'expected document symbols');
  return s;
}

suite('web: language, outline, folding, hovers, definitions', () => {
  suiteSetup(async () => { await activate(); });

  test('a report named *政府工作报告*.txt opens as govreport, from the virtual file system', async () => {
    const doc = await open(XM);
    assert.notStrictEqual(doc.uri.scheme, 'file', 'a virtual workspace');
    assert.strictEqual(doc.languageId, 'govreport');
  });

  test('a .txt report without the name pattern is detected by its content; notes.txt stays plaintext', async () => {
    assert.strictEqual((await open(HULI)).languageId, 'govreport');
    assert.strictEqual((await open('sniff.txt')).languageId, 'govreport');
    const notes = await open('notes.txt', 'plaintext');
    await sleep(300);
    assert.strictEqual(notes.languageId, 'plaintext');
  });

  test('the language and its grammar: registered, and the grammar file is served from the extension (web)', async () => {
    // VS Code 1.89 gives extensions no token-inspection API in the browser (_workbench.captureSyntaxTokens
    // is desktop-only); the grammar's scopes are tested by test/grammar. Here: the workbench can load it.
    assert.ok((await vscode.languages.getLanguages()).includes('govreport'));
    const ext = vscode.extensions.getExtension('govreport-tools.govreport')!;
    const grammars = ext.packageJSON.contributes.grammars as Array<{ language: string; scopeName: string; path: string }>;
    assert.deepStrictEqual(grammars.map(g => [g.language, g.scopeName]), [['govreport', 'text.govreport']]);
    const bytes = await readExtensionFile(vscode.Uri.joinPath(ext.extensionUri, grammars[0].path));
    const grammar = JSON.parse(new TextDecoder().decode(bytes)) as { scopeName: string; patterns: unknown[] };
    assert.strictEqual(grammar.scopeName, 'text.govreport');
    assert.ok(grammar.patterns.length > 0);
  });

  for (const [file, gold] of [[XM, '000_e8c23d3aa62e93d4.txt.gold.json'], [HULI, '001_c6236c357e1df4fa.txt.gold.json']]) {
    test(`document symbols of ${file} match the gold sections`, async () => {
      const doc = await open(file);
      const top = await symbols(doc);
      assert.strictEqual(top.length, 1, 'one report');
      const sections = top[0].children.filter(s => s.kind !== vscode.SymbolKind.Array);
      assert.deepStrictEqual(
        sections.map(s => ({ line: s.selectionRange.start.line + 1, text: s.name })),
        (await goldSections(gold)).map(g => ({ line: g.line, text: g.text })),
      );
    });
  }

  test('the 名词解释 section is a symbol with one child per entry', async () => {
    const [report] = await symbols(await open(HULI));
    const g = report.children.find(s => s.kind === vscode.SymbolKind.Array);
    assert.ok(g, 'no 名词解释 symbol');
    assert.strictEqual(g.children.length, 34);
    assert.strictEqual(g.children[0].name, '六稳');
    assert.strictEqual(g.children[0].range.start.line + 1, 209);
  });

  test('folding ranges for every gold section and a Region for 名词解释', async () => {
    const doc = await open(HULI);
    const ranges = await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', doc.uri);
    assert.ok(ranges && ranges.length > 0, 'no folding ranges');
    for (const s of await goldSections('001_c6236c357e1df4fa.txt.gold.json')) {
      const r = ranges.find(x => x.start === s.line - 1);
      assert.ok(r && r.end > r.start + 1, `no fold at line ${s.line}`);
    }
    const region = ranges.find(r => r.kind === vscode.FoldingRangeKind.Region);
    assert.ok(region, 'no Region fold for 名词解释');
    assert.ok(doc.lineAt(region.start).text.replace(/\s/g, '').includes('名词解释'));
  });

  test('hover on a target number (5.5%, line 130) shows 目标 / target in plain words', async () => {
    const doc = await open(XM);
    const pos = posOf(doc, '地区生产总值增长5.5%左右', '地区生产总值增长'.length + 1);
    assert.strictEqual(pos.line + 1, 130);
    const text = await hoverText(doc, pos);
    assert.ok(text.includes('目标') && text.includes('target'), text);
    assert.ok(text.includes('approximately 5.5 percent'), text);
  });

  test('glossary hover: 六稳 in the 湖里区 report shows the report’s own 名词解释 entry', async () => {
    const doc = await open(HULI);
    const text = await hoverText(doc, posOf(doc, '“六稳”1', 2));
    assert.ok(text.includes('**六稳**'), text);
    assert.ok(text.includes('1. 稳就业') && text.includes('本文名词解释 第1条 (line 209)'), text);
  });

  test('Go to Definition from a footnote marker (“六稳”1) lands on the 名词解释 entry line', async () => {
    const doc = await open(HULI);
    const defs = await vscode.commands.executeCommand<Array<vscode.Location | vscode.LocationLink>>('vscode.executeDefinitionProvider', doc.uri, posOf(doc, '“六稳”1', 4));
    assert.ok(defs && defs.length > 0, 'no definition');
    const d = defs[0];
    assert.strictEqual(('targetRange' in d ? d.targetRange : d.range).start.line + 1, 209);
  });

  test('Go to Symbol in Workspace finds sections of report files (workspace.findFiles over the virtual FS)', async () => {
    const found = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', '工作回顾');
    assert.ok(found.some(s => baseName(s.location.uri) === XM && s.name === '一、2023年工作回顾' && s.location.range.start.line + 1 === 44),
      JSON.stringify(found.map(s => `${baseName(s.location.uri)}:${s.name}`)));
  });
});
