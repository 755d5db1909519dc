// Helpers shared by the integration suites (a real VS Code, the Node extension host): the
// workspace folder (test/fixtures/workspace), opening a report, hovers, polling. Not a suite itself
// (index.ts loads only *.test.js).
import * as assert from 'assert';
import * as path from 'path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'govreport-tools.govreport';
export const XM = '2024年厦门市政府工作报告.txt';
export const HULI = '湖里区报告.txt';

/** Activates the extension (asserting it is loaded); resolves to what activate() returned (the test API). */
export async function activateExtension<T>(): Promise<T> {
  const ext = vscode.extensions.getExtension<T>(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not loaded`);
  return ext.activate();
}

/** The workspace folder's path. */
export function root(): string {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the workspace folder test/fixtures/workspace must be open');
  return folder.uri.fsPath;
}

/** A file of the workspace folder. */
export const uriOf = (name: string): vscode.Uri => vscode.Uri.file(path.join(root(), name));

export const sleep = (ms: number): Promise<void> => new Promise(r => setTimeout(r, ms));

/** Polls `f` every 100 ms until it gives a truthy value (thrown error after `timeoutMs`). */
export async function waitFor<T>(what: string, f: () => T | Promise<T>, timeoutMs = 15000): Promise<T> {
  const t0 = Date.now();
  for (;;) {
    const v = await f();
    if (v) return v;
    if (Date.now() - t0 > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

/** Opens a workspace file, waits (up to 5 s) until it is a govreport document, and asserts it is. */
export async function open(name: string): Promise<vscode.TextDocument> {
  const uri = uriOf(name);
  let doc = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(doc);
  for (let i = 0; i < 100 && doc.languageId !== 'govreport'; i++) {
    await sleep(50);
    doc = vscode.workspace.textDocuments.find(d => d.uri.toString() === uri.toString()) ?? doc;
  }
  assert.strictEqual(doc.languageId, 'govreport', `${name} is not a govreport document`);
  return doc;
}

/** Unescapes Markdown backslash escapes (what the user reads). */
export const plain = (s: string): string => s.replace(/\\([!-/:-@[-`{-~])/g, '$1');

export async function hovers(doc: vscode.TextDocument, pos: vscode.Position): Promise<vscode.Hover[]> {
  return (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, pos)) ?? [];
}

/** The hovers' text at `pos`, as the user reads it. */
export async function hoverText(doc: vscode.TextDocument, pos: vscode.Position): Promise<string> {
  return plain((await hovers(doc, pos)).flatMap(h => h.contents.map(c => (typeof c === 'string' ? c : c.value))).join('\n'));
}
