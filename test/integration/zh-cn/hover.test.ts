// Hovers in the Chinese UI of a real VS Code (issue 12, "Chinese UI gaps"): the core builds hover
// Markdown with the adapter's vscode.l10n.t, so a target, an actual, an amount, a qualitative target
// and a jargon term read in Chinese: no "= 136 billion yuan", "实绩 actual", "(qualitative)",
// "来源 Source", "slogan".
import * as assert from 'assert';
import * as path from 'path';
import * as vscode from 'vscode';

const EXTENSION_ID = 'govreport-tools.govreport';
const XM = '2024年厦门市政府工作报告.txt';
const sleep = (ms: number): Promise<void> => new Promise(r => setTimeout(r, ms));

/** Unescapes Markdown backslash escapes (what the user reads). */
const plain = (s: string): string => s.replace(/\\([!-/:-@[-`{-~])/g, '$1');

/** ASCII words (two letters or more) other than acronyms a Chinese reader reads as such. */
const asciiWords = (s: string): string[] => (s.match(/[A-Za-z]{2,}/g) ?? []).filter(w => !['GDP', 'CPI', 'PPI'].includes(w));

const ENGLISH = /billion|trillion|million|thousand|percent|approximately|actual|target|qualitative|Value|Source|verb|built-in|slogan|policy|Defined in|other figure|In base units|Range/;

async function open(name: string): Promise<vscode.TextDocument> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the workspace test/fixtures/workspace must be open');
  const uri = vscode.Uri.file(path.join(folder.uri.fsPath, name));
  let doc = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(doc);
  for (let i = 0; i < 100 && doc.languageId !== 'govreport'; i++) {
    await sleep(50);
    doc = vscode.workspace.textDocuments.find(d => d.uri.toString() === uri.toString()) ?? doc;
  }
  assert.strictEqual(doc.languageId, 'govreport');
  return doc;
}

async function hoverAt(doc: vscode.TextDocument, needle: string, delta: number): Promise<string> {
  const i = doc.getText().indexOf(needle);
  assert.ok(i >= 0, `"${needle}" not found`);
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, doc.positionAt(i + delta));
  return plain((hovers ?? []).flatMap(h => h.contents.map(c => (typeof c === 'string' ? c : c.value))).join('\n'));
}

/** The hover without the quoted report sentence (report text, not UI). */
const ui = (text: string): string => text.split('\n').filter(l => !l.startsWith('> ')).join('\n');

/** The hover's own words (the quoted sentence aside) hold no English label and no ASCII word. */
function assertNoEnglish(text: string): void {
  assert.doesNotMatch(ui(text), ENGLISH);
  assert.deepStrictEqual(asciiWords(ui(text)), [], text);
}

suite('Chinese UI (zh-cn): hovers', () => {
  suiteSetup(async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `extension ${EXTENSION_ID} is not loaded`);
    await ext.activate();
    assert.strictEqual(vscode.env.language, 'zh-cn');
  });

  test('a target (地区生产总值增长5.5%左右) reads 目标 / 约5.5% / 左右：大约, no English', async () => {
    const doc = await open(XM);
    const text = await hoverAt(doc, '地区生产总值增长5.5%左右', '地区生产总值增长'.length + 1);
    assert.ok(text.includes('**目标**'), text);
    assert.ok(text.includes('数值：**5.5%左右** = 约5.5%') && text.includes('左右：大约'), text);
    assert.ok(text.includes('> '), 'the target sentence is quoted');
    assert.ok(/第 130 行，第 \d+ 列/.test(text), text);
    assertNoEnglish(text);
  });

  test('an actual (地区生产总值增长3.1%) reads 实绩, not "actual"', async () => {
    const doc = await open(XM);
    const text = await hoverAt(doc, '地区生产总值增长3.1%', '地区生产总值增长'.length + 1);
    assert.ok(text.includes('**实绩**'), text);
    assertNoEnglish(text);
  });

  test('an amount (9470.4亿元) has no "billion yuan"; the base unit is labelled in Chinese', async () => {
    const doc = await open(XM);
    const text = await hoverAt(doc, '外贸进出口总额9470.4亿元', '外贸进出口总额'.length + 1);
    assert.ok(text.includes('折合基本单位：9.4704×10¹¹ 元'), text);
    assertNoEnglish(text);
  });

  test('a qualitative target (外贸进出口总额增速高于全省) reads 定性（无数值）', async () => {
    const doc = await open(XM);
    const text = await hoverAt(doc, '外贸进出口总额增速高于全省', '外贸进出口总额增速'.length + 1);
    assert.ok(text.includes('定性（无数值）：外贸进出口总额增速高于全省'), text);
    assert.ok(text.includes('相对于：全省'), text);
    assert.doesNotMatch(ui(text), ENGLISH);
  });

  test('a jargon term (专精特新) has a Chinese category and source label', async () => {
    const doc = await open(XM);
    const text = await hoverAt(doc, '专精特新', 1);
    // the longest entry under the cursor (专精特新 or 专精特新“小巨人”): a policy either way
    assert.ok(/^\*\*[^*]+\*\* · \*政策\*\n/.test(text), text);
    assert.ok(text.includes('*来源：*内置词表'), text);
    // the term's English gloss is content (labelled 英文：); nothing else is English
    const withoutGloss = ui(text).split('\n').filter(l => !l.startsWith('*英文：*')).join('\n');
    assert.doesNotMatch(withoutGloss, ENGLISH);
    assert.deepStrictEqual(asciiWords(withoutGloss), [], text);
  });
});
