// Helpers of the web suite, written against VS Code's API only (no fs/path): files are Uris under
// the workspace folder (vscode-test-web://mount/ here, a virtual file system like github.dev's) and
// read/written through workspace.fs; the extension's own fixture files (test/fixtures/…) are read
// from the extension's location (http on the test server) with readExtensionFile.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { readExtensionFile } from '../../../src/browser/jiebaWasm';
import type { TestApi } from '../../../src/extension.shared';

export const EXTENSION_ID = 'govreport-tools.govreport';
export const XM = '2024年厦门市政府工作报告.txt';
export const HULI = '湖里区报告.txt';

export function extension(): vscode.Extension<TestApi | undefined> {
  const ext = vscode.extensions.getExtension<TestApi | undefined>(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not loaded`);
  return ext;
}

export async function activate(): Promise<TestApi> {
  const api = await extension().activate();
  assert.ok(api, 'activate() returns the test API in ExtensionMode.Test');
  return api;
}

export function root(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the workspace folder test/fixtures/workspace must be open');
  return folder.uri;
}

export const wsUri = (...segments: string[]): vscode.Uri => vscode.Uri.joinPath(root(), ...segments);
export const baseName = (u: vscode.Uri): string => u.path.split('/').pop() ?? '';

/** Keeps a BOM (the CSV export writes one). */
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
export async function readText(uri: vscode.Uri): Promise<string> {
  return decoder.decode(await vscode.workspace.fs.readFile(uri));
}
export async function writeText(uri: vscode.Uri, text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
}

/** A file of the extension's test/fixtures (gold annotations, reports). */
export async function fixtureText(...segments: string[]): Promise<string> {
  return decoder.decode(await readExtensionFile(vscode.Uri.joinPath(extension().extensionUri, 'test', 'fixtures', ...segments)));
}

export const sleep = (ms: number): Promise<void> => new Promise(r => setTimeout(r, ms));

export async function until<T>(what: string, f: () => T | undefined | false | Promise<T | undefined | false>, ms = 15000): Promise<T> {
  const t0 = Date.now();
  for (;;) {
    const v = await f();
    if (v !== undefined && v !== false) return v;
    if (Date.now() - t0 > ms) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

/** Opens a workspace file and waits (up to 5 s) until VS Code reports the wanted language. */
export async function open(name: string | vscode.Uri, language = 'govreport'): Promise<vscode.TextDocument> {
  const uri = typeof name === 'string' ? wsUri(name) : name;
  let doc = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.One });
  for (let i = 0; i < 100 && doc.languageId !== language; i++) {
    await sleep(50);
    doc = vscode.workspace.textDocuments.find(d => d.uri.toString() === uri.toString()) ?? doc;
  }
  return doc;
}

/** Unescapes Markdown backslash escapes (what the user reads). */
const plain = (s: string): string => s.replace(/\\([!-/:-@[-`{-~])/g, '$1');

export async function hoverText(doc: vscode.TextDocument, pos: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, pos);
  return plain((hovers ?? []).flatMap(h => h.contents.map(c => (typeof c === 'string' ? c : c.value))).join('\n'));
}

export function posOf(doc: vscode.TextDocument, needle: string, delta = 0): vscode.Position {
  const i = doc.getText().indexOf(needle);
  assert.ok(i >= 0, `"${needle}" not found in ${baseName(doc.uri)}`);
  return doc.positionAt(i + delta);
}

export interface GoldSection { line: number; text: string }
export async function goldSections(goldFile: string): Promise<GoldSection[]> {
  const gold = JSON.parse(await fixtureText('gold', goldFile)) as { reports: Array<{ sections: GoldSection[] }> };
  return gold.reports.flatMap(r => r.sections);
}
