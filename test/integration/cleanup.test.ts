// Clean Up Report in a real VS Code: one undoable WorkspaceEdit, and the govreport formatter.
//   govreport.cleanUp (uri?) → { removedLines, splits, edits, applied }
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import type { CleanUpCommandResult } from '../../src/features/cleanup';

const EXTENSION_ID = 'govreport-tools.govreport';

suite('clean up report', () => {
  let tmp: string;
  let ext: vscode.Extension<unknown>;
  suiteSetup(async () => {
    ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    await ext.activate();
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'govreport-clean-'));
  });
  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  async function openCopy(name: string): Promise<vscode.TextEditor> {
    const src = path.join(ext.extensionPath, 'test', 'fixtures', 'reports', '000_e8c23d3aa62e93d4.txt');
    const file = path.join(tmp, name);
    fs.copyFileSync(src, file);
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
    return vscode.window.showTextDocument(doc);
  }

  test('Clean Up Report removes page chrome as one edit, and one undo restores the original', async () => {
    const ed = await openCopy('清理政府工作报告.txt');
    const doc = ed.document;
    assert.strictEqual(doc.languageId, 'govreport');
    const original = doc.getText();
    const r = await vscode.commands.executeCommand<CleanUpCommandResult>('govreport.cleanUp');
    assert.ok(r?.applied, 'edit not applied');
    assert.ok(r.removedLines >= 15, `removed ${r.removedLines}`);
    const cleaned = doc.getText();
    assert.notStrictEqual(cleaned, original);
    assert.ok(!cleaned.includes('设为首页') && !cleaned.includes('TA的每日心情'));
    assert.ok(cleaned.includes('一、2023年工作回顾'));
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(doc.getText(), original, 'a single undo must restore the original');
    assert.strictEqual(doc.isDirty, false);
  });

  test('the formatter is registered for govreport documents and returns the clean-up edits', async () => {
    const ed = await openCopy('格式化政府工作报告.txt');
    const edits = await vscode.commands.executeCommand<vscode.TextEdit[]>('vscode.executeFormatDocumentProvider', ed.document.uri, { tabSize: 4, insertSpaces: true });
    assert.ok(Array.isArray(edits) && edits.length >= 2, `edits: ${edits?.length}`);
    assert.ok(edits.every(e => e.newText === '' || !/设为首页/.test(e.newText)));
  });

  test('a 50,000-character run-on line splits at its headings', async () => {
    const src = fs.readFileSync(path.join(ext.extensionPath, 'test', 'fixtures', 'reports', '001_c6236c357e1df4fa.txt'), 'utf8');
    const line = src.split('\n').join('  ').repeat(2).slice(0, 50000);
    const doc = await vscode.workspace.openTextDocument({ language: 'govreport', content: line });
    await vscode.window.showTextDocument(doc);
    assert.strictEqual(doc.lineCount, 1);
    const r = await vscode.commands.executeCommand<CleanUpCommandResult>('govreport.cleanUp');
    assert.ok(r.splits > 50, `splits ${r.splits}`);
    assert.ok(doc.lineCount > 50);
    const lines = doc.getText().split('\n').map(l => l.trim());
    assert.ok(lines.some(l => l.startsWith('一、2020年和“十三五”工作回顾')));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
