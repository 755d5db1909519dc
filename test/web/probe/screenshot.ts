// Arranges the web workbench for docs/images/web.png (test/web/screenshot.mjs): the 厦门 report
// open at its targets with the outline, and Show Targets beside it — in VS Code for the Web.
import * as vscode from 'vscode';

export async function run(): Promise<void> {
  await vscode.extensions.getExtension('govreport-tools.govreport')?.activate();
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  if (!folder) throw new Error('no workspace folder');
  const sleep = (ms: number): Promise<void> => new Promise(r => setTimeout(r, ms));
  // the workspace's file system (test-web's fs-provider extension) comes up with the workbench
  for (let i = 0; i < 100; i++) {
    if (await vscode.workspace.fs.stat(folder).then(() => true, () => false)) break;
    await sleep(100);
  }
  await sleep(1500);
  const uri = vscode.Uri.joinPath(folder, '2024年厦门市政府工作报告.txt');
  await vscode.commands.executeCommand('govreport.showTargets', uri);
  const editor = await vscode.window.showTextDocument(uri, { viewColumn: vscode.ViewColumn.One });
  await vscode.commands.executeCommand('outline.focus').then(undefined, () => undefined);
  await sleep(500);
  const line = editor.document.getText().split('\n').findIndex(l => l.includes('主要目标是'));
  const at = new vscode.Position(Math.max(line - 4, 0), 0);
  await vscode.window.showTextDocument(editor.document, { viewColumn: vscode.ViewColumn.One, selection: new vscode.Range(at, at) });
  editor.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.AtTop);
  await sleep(1500);
  // the extension host ends when run() resolves: the screenshot is taken while it waits here
  console.log('SCREENSHOT_READY');
  await sleep(15000);
}
