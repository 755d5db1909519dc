// Markdown reports and an editor that reads cleanly, in a real VS Code:
//   - a `.md` report (test/fixtures/workspace/北京市/2010.md: a corpus excerpt with YAML front
//     matter and a **名词解释** section) gets the report features without renaming:
//     govreport.detect.markdown = ask → one question (recorded by the test hook), the answer
//     "always" (remembered in workspaceState) → opened as govreport; "never" → stays Markdown;
//   - its outline starts at the report (not the front matter), labels carry no Markdown markup;
//   - sticky scroll of a page with 索 引 号 metadata above the title starts at the title;
//   - the [govreport] defaults for Chinese prose (no ambiguous-character boxes on ，；：％).
//   govreport.internal.markdownDetection [{answer}] → { answer, prompts }
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';

const EXTENSION_ID = 'govreport-tools.govreport';
const MD = path.join('北京市', '2010.md');

function uriOf(name: string): vscode.Uri {
  const f = vscode.workspace.workspaceFolders?.[0];
  assert.ok(f, 'the workspace test/fixtures/workspace must be open');
  return vscode.Uri.file(path.join(f.uri.fsPath, name));
}

const sleep = (ms: number): Promise<void> => new Promise(r => setTimeout(r, ms));

async function languageOf(uri: vscode.Uri, want: string, ms = 5000): Promise<string> {
  let lang = '';
  for (const t0 = Date.now(); Date.now() - t0 < ms; await sleep(50)) {
    lang = vscode.workspace.textDocuments.find(d => d.uri.toString() === uri.toString())?.languageId ?? '';
    if (lang === want) break;
  }
  return lang;
}

interface Detection { answer: string | null; prompts: string[] }
const detection = (arg?: { answer: string | null }) => vscode.commands.executeCommand<Detection>('govreport.internal.markdownDetection', arg);

async function closeAll(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

let copies = 0;
let tmp = '';
/** Opens a fresh copy of the Markdown fixture (a new file each time, so detection runs on open). */
async function openMarkdown(): Promise<vscode.TextDocument> {
  const file = path.join(tmp, `北京市-${++copies}.md`);
  fs.copyFileSync(uriOf(MD).fsPath, file);
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
  await vscode.window.showTextDocument(doc);
  return doc;
}

suite('Markdown reports', () => {
  suiteSetup(async () => {
    await vscode.extensions.getExtension(EXTENSION_ID)!.activate();
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'govreport-md-'));
  });
  suiteTeardown(async () => {
    fs.rmSync(tmp, { recursive: true, force: true });
    await detection({ answer: null });
    await vscode.workspace.getConfiguration('govreport.detect').update('markdown', undefined, vscode.ConfigurationTarget.Global);
    await closeAll();
  });

  test('ask (default): a Markdown report asks once and stays Markdown until answered', async () => {
    await detection({ answer: null });
    const doc = await openMarkdown();
    const uri = doc.uri;
    const name = path.basename(uri.fsPath);
    const prompted = async () => (await detection()).prompts.some(p => p.endsWith(name));
    for (let i = 0; i < 50 && !(await prompted()); i++) await sleep(100);
    assert.ok(await prompted(), `no question for the Markdown report: ${JSON.stringify(await detection())}`);
    assert.strictEqual(await languageOf(uri, 'markdown', 500), 'markdown', 'not switched without an answer');
  });

  test('answer "always" (remembered per workspace): the Markdown report opens as a report, outline without markup', async () => {
    await detection({ answer: 'always' });
    assert.strictEqual((await detection()).answer, 'always');
    const doc = await openMarkdown();
    assert.strictEqual(await languageOf(doc.uri, 'govreport'), 'govreport', 'the .md report was not switched');
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri);
    assert.ok(symbols && symbols.length === 1, `symbols: ${symbols?.length}`);
    const report = symbols[0];
    // the report starts at its title — here the front matter's `title:` line, which names the report —
    // not at the `---` or `source:` lines above it (sticky scroll shows the title, then headings)
    const titleLine = doc.getText().split(/\r?\n/).findIndex(l => l.startsWith('title:'));
    assert.strictEqual(report.range.start.line, titleLine, `the report symbol starts at line ${report.range.start.line}, its title is on ${titleLine}`);
    assert.strictEqual(report.name, '政府工作报告');
    const labels: string[] = [];
    const walk = (s: vscode.DocumentSymbol): void => { labels.push(s.name); s.children.forEach(walk); };
    walk(report);
    assert.ok(labels.some(l => l.startsWith('一、过去一年工作回顾')), labels.slice(0, 8).join(' | '));
    assert.ok(labels.some(l => l.startsWith('（一）全力以赴筹办国庆活动')), labels.slice(0, 8).join(' | '));
    assert.ok(labels.every(l => !l.includes('**') && !/^#/.test(l)), `markup in a label: ${labels.filter(l => l.includes('*') || l.startsWith('#')).join(' | ')}`);
  });

  test('switching back returns a Markdown report to Markdown (not plain text)', async () => {
    const doc = vscode.window.activeTextEditor?.document;
    assert.ok(doc && doc.languageId === 'govreport', doc?.languageId);
    await vscode.commands.executeCommand('govreport.switchToPlainText', doc.uri);
    assert.strictEqual(await languageOf(doc.uri, 'markdown'), 'markdown');
  });

  test('answer "never", or govreport.detect.markdown = never: the Markdown report stays Markdown', async () => {
    await detection({ answer: 'never' });
    let doc = await openMarkdown();
    assert.strictEqual(await languageOf(doc.uri, 'govreport', 1500), 'markdown');
    await detection({ answer: null });
    await vscode.workspace.getConfiguration('govreport.detect').update('markdown', 'never', vscode.ConfigurationTarget.Global);
    doc = await openMarkdown();
    assert.strictEqual(await languageOf(doc.uri, 'govreport', 1500), 'markdown');
    assert.ok(!(await detection()).prompts.some(p => p.endsWith(path.basename(doc.uri.fsPath))), 'no question when the setting says never');
    await vscode.workspace.getConfiguration('govreport.detect').update('markdown', 'always', vscode.ConfigurationTarget.Global);
    doc = await openMarkdown();
    assert.strictEqual(await languageOf(doc.uri, 'govreport'), 'govreport', 'setting "always" switches without asking');
    await vscode.workspace.getConfiguration('govreport.detect').update('markdown', undefined, vscode.ConfigurationTarget.Global);
  });

  test('a Markdown file that is not a report stays Markdown even with "always"', async () => {
    await detection({ answer: 'always' });
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: '# Notes\n\nNothing to see here. 各位同学好。\n' });
    await vscode.window.showTextDocument(doc);
    await sleep(500);
    assert.strictEqual(doc.languageId, 'markdown');
    await detection({ answer: null });
  });
});

suite('editor defaults for Chinese prose', () => {
  test('[govreport]: no ambiguous / invisible / non-ASCII Unicode boxes, sticky scroll from the outline', async () => {
    const doc = await vscode.workspace.openTextDocument(uriOf('2024年厦门市政府工作报告.txt'));
    assert.strictEqual(await languageOf(doc.uri, 'govreport'), 'govreport');
    const c = vscode.workspace.getConfiguration('editor', { languageId: 'govreport', uri: doc.uri });
    assert.strictEqual(c.get('unicodeHighlight.ambiguousCharacters'), false);
    assert.strictEqual(c.get('unicodeHighlight.invisibleCharacters'), false);
    assert.strictEqual(c.get('unicodeHighlight.nonBasicASCII'), false);
    assert.strictEqual(c.get('stickyScroll.defaultModel'), 'outlineModel');
  });

  test('sticky scroll follows headings: the metadata above the title (索 引 号 …) is in no symbol or fold', async () => {
    const doc = await vscode.workspace.openTextDocument(uriOf('湖里区报告.txt'));
    assert.strictEqual(await languageOf(doc.uri, 'govreport'), 'govreport');
    const metaLine = doc.getText().split('\n').findIndex(l => l.includes('索 引 号'));
    assert.ok(metaLine >= 0);
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri);
    const starts: number[] = [];
    const walk = (s: vscode.DocumentSymbol): void => { starts.push(s.range.start.line); s.children.forEach(walk); };
    symbols.forEach(walk);
    assert.ok(!starts.includes(metaLine), `a symbol starts at the 索引号 line ${metaLine}`);
    assert.ok(doc.lineAt(symbols[0].range.start.line).text.includes('政府工作报告'), doc.lineAt(symbols[0].range.start.line).text);
    const folds = await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', doc.uri);
    assert.ok(!(folds ?? []).some(f => f.start === metaLine), 'a fold starts at the 索引号 line');
  });
});
