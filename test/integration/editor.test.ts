// Editor features in a real VS Code: language detection, outline (document + workspace symbols),
// folding, quantity hovers, go to definition, and hover latency.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';

const EXTENSION_ID = 'govreport-tools.govreport';
const XM = '2024年厦门市政府工作报告.txt';
const HULI = '湖里区报告.txt';

interface GoldSection { line: number; text: string }
interface Api { hover?: { hoverAt(doc: vscode.TextDocument, pos: vscode.Position): vscode.Hover | undefined; provideHover(doc: vscode.TextDocument, pos: vscode.Position): Promise<vscode.Hover | undefined> } }

function root(): string {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the workspace folder test/fixtures/workspace must be open');
  return folder.uri.fsPath;
}

/** test/fixtures (the workspace's parent). */
const fixtures = (): string => path.dirname(root());

function goldSections(goldFile: string): GoldSection[] {
  const gold = JSON.parse(fs.readFileSync(path.join(fixtures(), 'gold', goldFile), 'utf8')) as { reports: Array<{ sections: GoldSection[] }> };
  return gold.reports.flatMap(r => r.sections);
}

const GBK_REPORT = 'MjAyNMTqxLPK0NX+uK65pNf3sai45gq49867tPqx7aO6Cs/W1NqjrM7StPqx7crQyMvD8dX+uK6jrM/ytPO74bGouObV/riuuaTX96Osx+vT6Mnz0umhowrSu6GiMjAyM8TquaTX97vYucsKyKvK0LXYx/jJ+rL619zWtdT2s6Q1LjUlo6zSu7Djuau5stSky+PK1cjr1PazpDYloaPJ7ruvt8W53Lf+uMS476OsxeDT/deovqvM2NDCxvPStaGjCjIwMjTE6sSzytDV/riuuaTX97GouOYKuPfOu7T6se2jugrP1tTao6zO0rT6se3K0MjLw/HV/riuo6zP8rTzu+GxqLjm1f64rrmk1/ejrMfr0+jJ89LpoaMK0ruhojIwMjPE6rmk1/e72LnLCsirytC12Mf4yfqy+tfc1rXU9rOkNS41JaOs0ruw47mrubLUpMvjytXI69T2s6Q2JaGjye67r7fFudy3/rjEuO+jrMXg0/3XqL6rzNjQwsbz0rWhowoyMDI0xOrEs8rQ1f64rrmk1/exqLjmCrj3zru0+rHto7oKz9bU2qOsztK0+rHtytDIy8Px1f64rqOsz/K087vhsai45tX+uK65pNf3o6zH69PoyfPS6aGjCtK7oaIyMDIzxOq5pNf3u9i5ywrIq8rQtdjH+Mn6svrX3Na11PazpDUuNSWjrNK7sOO5q7my1KTL48rVyOvU9rOkNiWho8nuu6+3xbnct/64xLjvo6zF4NP916i+q8zY0MLG89K1oaMK';

const sleep = (ms: number): Promise<void> => new Promise(r => setTimeout(r, ms));

/** Opens a workspace file and waits (up to 5 s) until VS Code reports the wanted language. */
async function open(name: string, language = 'govreport'): Promise<vscode.TextDocument> {
  const uri = vscode.Uri.file(path.join(root(), name));
  let doc = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(doc);
  for (let i = 0; i < 100 && doc.languageId !== language; i++) {
    await sleep(50);
    doc = vscode.workspace.textDocuments.find(d => d.uri.toString() === uri.toString()) ?? doc;
  }
  return doc;
}

/** Unescapes Markdown backslash escapes (what the user reads). */
const plain = (s: string): string => s.replace(/\\([!-/:-@[-`{-~])/g, '$1');

async function hoverText(doc: vscode.TextDocument, pos: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, pos);
  return plain((hovers ?? []).flatMap(h => h.contents.map(c => (typeof c === 'string' ? c : c.value))).join('\n'));
}

function posOf(doc: vscode.TextDocument, needle: string, delta = 0, from = 0): vscode.Position {
  const i = doc.getText().indexOf(needle, from);
  assert.ok(i >= 0, `"${needle}" not found in ${path.basename(doc.uri.fsPath)}`);
  return doc.positionAt(i + delta);
}

async function symbols(doc: vscode.TextDocument): Promise<vscode.DocumentSymbol[]> {
  const s = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri);
  assert.ok(Array.isArray(s) && s.length > 0, 'expected document symbols');
  return s;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

suite('editor: detection, outline, folding, hovers, definitions', () => {
  let api: Api;
  suiteSetup(async () => {
    const ext = vscode.extensions.getExtension<Api>(EXTENSION_ID);
    assert.ok(ext, `extension ${EXTENSION_ID} is not loaded`);
    api = await ext.activate();
  });

  test('a report named *政府工作报告*.txt opens as govreport', async () => {
    assert.strictEqual((await open(XM)).languageId, 'govreport');
  });

  test('a .txt report without the name pattern is detected by its content (湖里区报告.txt, sniff.txt)', async () => {
    assert.strictEqual((await open(HULI)).languageId, 'govreport');
    assert.strictEqual((await open('sniff.txt')).languageId, 'govreport');
  });

  test('notes.txt (not a report) stays plaintext', async () => {
    const doc = await open('notes.txt', 'plaintext');
    await sleep(500);
    const now = vscode.workspace.textDocuments.find(d => d.uri.toString() === doc.uri.toString());
    assert.strictEqual(now?.languageId, 'plaintext');
  });

  test('Switch to Plain Text / Switch to Government Work Report commands; a switched document stays plain', async () => {
    const doc = await open('sniff.txt');
    await vscode.commands.executeCommand('govreport.switchToPlainText', doc.uri);
    let now = await open('sniff.txt', 'plaintext');
    assert.strictEqual(now.languageId, 'plaintext');
    await sleep(500);
    now = vscode.workspace.textDocuments.find(d => d.uri.toString() === doc.uri.toString())!;
    assert.strictEqual(now.languageId, 'plaintext', 'detection must not switch it back');
    await vscode.commands.executeCommand('govreport.switchToReport', doc.uri);
    assert.strictEqual((await open('sniff.txt')).languageId, 'govreport');
  });

  for (const [file, gold] of [[XM, '000_e8c23d3aa62e93d4.txt.gold.json'], [HULI, '001_c6236c357e1df4fa.txt.gold.json'], ['sniff.txt', '004_b3e4cb320142c0ae.txt.gold.json']]) {
    test(`document symbols of ${file} match the gold sections`, async () => {
      const doc = await open(file);
      const top = await symbols(doc);
      assert.strictEqual(top.length, 1, 'one report');
      assert.ok(top[0].detail.length > 0 || file === 'sniff.txt', 'detail = place + year');
      const sections = top[0].children.filter(s => s.kind !== vscode.SymbolKind.Array);
      assert.deepStrictEqual(
        sections.map(s => ({ line: s.selectionRange.start.line + 1, text: s.name })),
        goldSections(gold).map(g => ({ line: g.line, text: g.text })),
      );
      for (const s of sections) assert.ok(s.range.contains(s.selectionRange));
    });
  }

  test('the 厦门 report symbol: name, detail, sub-sections', async () => {
    const [report] = await symbols(await open(XM));
    assert.strictEqual(report.name, '2024年厦门市政府工作报告');
    assert.ok(report.detail.includes('厦门') && report.detail.includes('2024'), report.detail);
    assert.ok(report.children[0].children.length >= 5, 'sub-sections under 一、');
  });

  test('the 名词解释 section is a symbol with one child per entry', async () => {
    const [report] = await symbols(await open(HULI));
    const g = report.children.find(s => s.kind === vscode.SymbolKind.Array);
    assert.ok(g, 'no 名词解释 symbol');
    assert.ok(g.name.includes('名词解释'), g.name);
    assert.strictEqual(g.children.length, 34);
    assert.strictEqual(g.children[0].name, '六稳');
    assert.strictEqual(g.children[0].range.start.line + 1, 209);
  });

  test('folding ranges exist for every section and the 名词解释 section (Region)', async () => {
    for (const [file, gold] of [[XM, '000_e8c23d3aa62e93d4.txt.gold.json'], [HULI, '001_c6236c357e1df4fa.txt.gold.json']]) {
      const doc = await open(file);
      const ranges = await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', doc.uri);
      assert.ok(ranges && ranges.length > 0, 'no folding ranges');
      for (const s of goldSections(gold)) {
        const r = ranges.find(x => x.start === s.line - 1);
        assert.ok(r, `no fold at ${file}:${s.line}`);
        assert.ok(r.end > r.start + 1, `fold at ${s.line} is empty`);
      }
    }
    const doc = await open(HULI);
    const ranges = await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', doc.uri);
    const region = ranges.find(r => r.kind === vscode.FoldingRangeKind.Region);
    assert.ok(region, 'no Region fold for 名词解释');
    assert.ok(doc.lineAt(region.start).text.replace(/\s/g, '').includes('名词解释'), doc.lineAt(region.start).text);
    assert.ok(region.end + 1 >= 275, `region ends at ${region.end + 1}`);
  });

  test('hover on a target number (5.5%, line 130) shows 目标 / target and the value in plain words', async () => {
    const doc = await open(XM);
    const pos = posOf(doc, '地区生产总值增长5.5%左右', '地区生产总值增长'.length + 1);
    assert.strictEqual(pos.line + 1, 130);
    const text = await hoverText(doc, pos);
    assert.ok(text.includes('目标') && text.includes('target'), text);
    assert.ok(text.includes('地区生产总值'), text);
    assert.ok(text.includes('approximately 5.5 percent'), text);
    assert.ok(text.includes('> '), 'the target sentence is quoted');
  });

  test('hover on an actual (地区生产总值增长3.1%, line 46) shows 实绩', async () => {
    const doc = await open(XM);
    const text = await hoverText(doc, posOf(doc, '地区生产总值增长3.1%', '地区生产总值增长'.length + 1));
    assert.ok(text.includes('实绩') && !text.includes('**目标**'), text);
    assert.ok(text.includes('3.1'), text);
  });

  test('hover on an amount gives the base-unit value (亿元 → ×10ⁿ 元)', async () => {
    const doc = await open(XM);
    const m = /(\d+(?:\.\d+)?)亿元/.exec(doc.getText().slice(doc.offsetAt(new vscode.Position(44, 0))));
    assert.ok(m, 'no 亿元 amount');
    const pos = doc.positionAt(doc.offsetAt(new vscode.Position(44, 0)) + m.index);
    const text = await hoverText(doc, pos);
    assert.ok(/×10[⁰¹²³⁴⁵⁶⁷⁸⁹]+ 元/.test(text), text);
  });

  test('Go to Definition from a footnote marker (“六稳”1) lands on the 名词解释 entry line', async () => {
    const doc = await open(HULI);
    const pos = posOf(doc, '“六稳”1', 4);
    const defs = await vscode.commands.executeCommand<Array<vscode.Location | vscode.LocationLink>>('vscode.executeDefinitionProvider', doc.uri, pos);
    assert.ok(defs && defs.length > 0, 'no definition');
    const d = defs[0];
    const range = 'targetRange' in d ? d.targetRange : d.range;
    assert.strictEqual(range.start.line + 1, 209);
  });

  test('Go to Definition from a term the document defines (三资) lands on its entry', async () => {
    const doc = await open(HULI);
    const defs = await vscode.commands.executeCommand<Array<vscode.Location | vscode.LocationLink>>('vscode.executeDefinitionProvider', doc.uri, posOf(doc, '“三资”', 2));
    assert.ok(defs && defs.length > 0, 'no definition');
    const d = defs[0];
    assert.strictEqual(('targetRange' in d ? d.targetRange : d.range).start.line + 1, 239);
  });

  test('Go to Symbol in Workspace: a GBK report file (not open, no report file name) is found by its content and decoded', async () => {
    // 2024年某市政府工作报告 … 一、2023年工作回顾, in GBK bytes: read as UTF-8 its headings would be garbled
    const file = path.join(root(), 'gbk-encoded.txt');
    fs.writeFileSync(file, Buffer.from(GBK_REPORT, 'base64'));
    try {
      let mine: vscode.SymbolInformation[] = [];
      for (let i = 0; i < 40 && mine.length === 0; i++) {
        if (i) await sleep(250); // the file watcher refreshes the list
        const found = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', '工作回顾');
        mine = found.filter(s => s.location.uri.fsPath === file);
      }
      assert.ok(mine.some(s => s.name === '一、2023年工作回顾'), `symbols of the GBK file: ${JSON.stringify(mine.map(s => s.name))}`);
      assert.ok(mine.every(s => !s.name.includes('\ufffd')), 'garbled (decoded as UTF-8)');
    } finally {
      fs.rmSync(file, { force: true });
    }
  });

  test('Go to Symbol in Workspace finds sections of report files, by substring', async () => {
    const found = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', '工作回顾');
    const xm = found.filter(s => s.location.uri.fsPath.endsWith(XM));
    assert.ok(xm.some(s => s.name === '一、2023年工作回顾' && s.location.range.start.line + 1 === 44), JSON.stringify(found.map(s => s.name)));
    const report = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', '厦门市政府');
    assert.ok(report.some(s => s.kind === vscode.SymbolKind.Module && s.location.uri.fsPath.endsWith(XM)), 'report symbol');
    const none = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'Meeting notes');
    assert.ok(!none.some(s => s.location.uri.fsPath.endsWith('notes.txt')), 'notes.txt is not a report');
  });

  test('hover latency: 200 hovers on an analysed document (p95 ≤ 5 ms)', async () => {
    const doc = await open(XM);
    const hover = api.hover;
    assert.ok(hover, 'the extension exposes its hover provider');
    const text = doc.getText();
    const targets = ['5.5%左右', '专精特新', '独角兽企业', '地区生产总值', '工作回顾', '3.1%'].map(s => text.indexOf(s)).filter(i => i >= 0);
    const positions = Array.from({ length: 200 }, (_, i) => doc.positionAt(i % 2 === 0 ? targets[i % targets.length] + 1 : (i * 7919) % text.length));
    await hover.provideHover(doc, positions[0]); // analysis + indexes + glossaries loaded once
    const direct: number[] = [];
    for (const p of positions) {
      const t0 = performance.now();
      hover.hoverAt(doc, p);
      direct.push(performance.now() - t0);
    }
    const viaVsCode: number[] = [];
    for (const p of positions.slice(0, 100)) {
      const t0 = performance.now();
      await vscode.commands.executeCommand('vscode.executeHoverProvider', doc.uri, p);
      viaVsCode.push(performance.now() - t0);
    }
    direct.sort((a, b) => a - b);
    viaVsCode.sort((a, b) => a - b);
    const p95 = percentile(direct, 95);
    console.log(`      hover latency (provider, 200 calls): p50 ${percentile(direct, 50).toFixed(3)} ms, p95 ${p95.toFixed(3)} ms, max ${direct[direct.length - 1].toFixed(3)} ms`);
    console.log(`      hover latency (vscode.executeHoverProvider round trip, 100 calls): p50 ${percentile(viaVsCode, 50).toFixed(2)} ms, p95 ${percentile(viaVsCode, 95).toFixed(2)} ms`);
    assert.ok(p95 <= 5, `hover p95 ${p95.toFixed(3)} ms > 5 ms`);
  });
});
