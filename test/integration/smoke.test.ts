// Smoke test: the extension activates inside a real VS Code, and a file named like a report
// (manifest filenamePatterns `*政府工作报告*.txt`) opens with the `govreport` language.
import * as assert from 'assert';
import * as path from 'path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'govreport-tools.govreport';

function workspaceRoot(): string {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the tests need the workspace folder test/fixtures/workspace to be open');
  return folder.uri.fsPath;
}

suite('smoke', () => {
  suiteSetup(async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `extension ${EXTENSION_ID} is not loaded`);
    await ext.activate();
    assert.strictEqual(ext.isActive, true, 'extension did not activate');
  });

  test('the 厦门 report opens as govreport', async () => {
    const file = path.join(workspaceRoot(), '2024年厦门市政府工作报告.txt');
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
    await vscode.window.showTextDocument(doc);
    assert.strictEqual(doc.languageId, 'govreport');
    assert.ok(doc.getText().includes('厦门'), 'report text not loaded');
  });
});
