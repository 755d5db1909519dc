// Key Terms, Compare Key Terms and the encoding warning in a real VS Code.
//   govreport.keyTerms (uri) → KeyTermsCommandResult once the webview rendered
//   govreport.compareKeyTerms ({a: {uri, index}, b: {uri, index}}) → CompareKeyTermsResult
//   govreport.internal.keyTermsState → { workerRunning, panelOpen, header }
//   govreport.reopenWithEncoding (uri, 'gb18030') → the document's encoding afterwards
//   govreport.internal.encodingWarnings → URIs warned about in this session
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import type { KeyTermsCommandResult, CompareKeyTermsResult } from '../../src/features/keyTerms/command';

import { activateExtension, EXTENSION_ID, HULI, XM as XIAMEN, uriOf, waitFor } from './helpers';

/** A short report encoded as GBK (python: text.encode('gbk')), base64. */
const GBK_REPORT = 'MjAyNMTqxLPK0NX+uK65pNf3sai45gq49867tPqx7aO6Cs/W1NqjrM7StPqx7crQyMvD8dX+uK6jrM/ytPO74bGouObV/riuuaTX96Osx+vT6Mnz0umhowrSu6GiMjAyM8TquaTX97vYucsKyKvK0LXYx/jJ+rL619zWtdT2s6Q1LjUlo6zSu7Djuau5stSky+PK1cjr1PazpDYloaPJ7ruvt8W53Lf+uMS476OsxeDT/deovqvM2NDCxvPStaGjCjIwMjTE6sSzytDV/riuuaTX97GouOYKuPfOu7T6se2jugrP1tTao6zO0rT6se3K0MjLw/HV/riuo6zP8rTzu+GxqLjm1f64rrmk1/ejrMfr0+jJ89LpoaMK0ruhojIwMjPE6rmk1/e72LnLCsirytC12Mf4yfqy+tfc1rXU9rOkNS41JaOs0ruw47mrubLUpMvjytXI69T2s6Q2JaGjye67r7fFudy3/rjEuO+jrMXg0/3XqL6rzNjQwsbz0rWhowoyMDI0xOrEs8rQ1f64rrmk1/exqLjmCrj3zru0+rHto7oKz9bU2qOsztK0+rHtytDIy8Px1f64rqOsz/K087vhsai45tX+uK65pNf3o6zH69PoyfPS6aGjCtK7oaIyMDIzxOq5pNf3u9i5ywrIq8rQtdjH+Mn6svrX3Na11PazpDUuNSWjrNK7sOO5q7my1KTL48rVyOvU9rOkNiWho8nuu6+3xbnct/64xLjvo6zF4NP916i+q8zY0MLG89K1oaMK';

interface State { workerRunning: boolean; panelOpen: boolean; header: string; background: { loaded: boolean } }

suite('key terms', () => {
  suiteSetup(async () => {
    await activateExtension();
  });

  teardown(async () => {
    await vscode.workspace.getConfiguration('govreport.keyTerms').update('segmenter', undefined, vscode.ConfigurationTarget.Global);
  });

  test('the jieba worker is not started at activation', async () => {
    const s = await vscode.commands.executeCommand<State>('govreport.internal.keyTermsState');
    assert.strictEqual(s.workerRunning, false);
    assert.strictEqual(s.background.loaded, false, 'the background model is not loaded at activation');
  });

  test('Key Terms opens a panel that names the segmenter (jieba in a worker thread here)', async function () {
    this.timeout(60000);
    const doc = await vscode.workspace.openTextDocument(uriOf(XIAMEN));
    await vscode.window.showTextDocument(doc);
    const r = await vscode.commands.executeCommand<KeyTermsCommandResult>('govreport.keyTerms', doc.uri);
    assert.ok(r, 'no result');
    assert.match(r.segmenter, /jieba/, `segmenter ${r.segmenter} (${r.fallbackReason})`);
    assert.strictEqual(r.reports, 1);
    assert.ok(r.sections >= 3, `sections ${r.sections}`);
    assert.ok(r.topTerms.length >= 10, r.topTerms.join(' '));
    assert.ok(!r.topTerms.some(t => /^\d/.test(t) || t.length < 2 || ['我们', '坚持', '推进'].includes(t)), r.topTerms.join(' '));
    const s = await vscode.commands.executeCommand<State>('govreport.internal.keyTermsState');
    assert.strictEqual(s.panelOpen, true);
    assert.match(s.header, /Segmenter: jieba/);
    assert.strictEqual(s.workerRunning, true);
    // a second run reuses the warm worker
    const t0 = Date.now();
    await vscode.commands.executeCommand('govreport.keyTerms', doc.uri);
    console.log(`    key terms: first run ${r.ms} ms (incl. worker start), second run ${Date.now() - t0} ms`);
  });

  test('with govreport.keyTerms.segmenter = intl the panel says the fallback is in use', async () => {
    await vscode.workspace.getConfiguration('govreport.keyTerms').update('segmenter', 'intl', vscode.ConfigurationTarget.Global);
    const r = await vscode.commands.executeCommand<KeyTermsCommandResult>('govreport.keyTerms', uriOf(XIAMEN));
    assert.match(r.segmenter, /Intl\.Segmenter/);
    const s = await vscode.commands.executeCommand<State>('govreport.internal.keyTermsState');
    assert.match(s.header, /Segmenter: Intl\.Segmenter \(fallback\)/);
  });

  test('Compare Key Terms: rose, new and vanished between two reports', async () => {
    const r = await vscode.commands.executeCommand<CompareKeyTermsResult>('govreport.compareKeyTerms', {
      a: { uri: uriOf(HULI).toString(), index: 0 },
      b: { uri: uriOf(XIAMEN).toString(), index: 0 },
    });
    assert.ok(r, 'no result');
    const c = r.comparison;
    assert.ok(c.tokensA > 1000 && c.tokensB > 1000, `${c.tokensA} ${c.tokensB}`);
    assert.ok(c.new.length > 0 && c.vanished.length > 0 && c.rose.length > 0);
    for (const t of c.new) assert.strictEqual(t.countA, 0);
    for (const t of c.vanished) assert.strictEqual(t.countB, 0);
    for (const t of c.rose) assert.ok(t.freqB > t.freqA);
    const s = await vscode.commands.executeCommand<State>('govreport.internal.keyTermsState');
    assert.match(s.header, /Segmenter: /);
  });
});

suite('encoding warning', () => {
  let tmp: string;
  suiteSetup(async () => {
    await vscode.extensions.getExtension(EXTENSION_ID)!.activate();
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'govreport-enc-'));
  });
  suiteTeardown(() => fs.rmSync(tmp, { recursive: true, force: true }));

  test('a GBK report read as UTF-8 is flagged, reopens with GB18030 and is re-detected as a report', async () => {
    const file = path.join(tmp, 'gbk-report.txt');
    fs.writeFileSync(file, Buffer.from(GBK_REPORT, 'base64'));
    const uri = vscode.Uri.file(file);
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    assert.ok(doc.getText().includes('\ufffd'), 'expected the GBK bytes to be misdecoded as UTF-8');
    await waitFor('the warning', async () => (await vscode.commands.executeCommand<string[]>('govreport.internal.encodingWarnings')).includes(uri.toString()));
    const enc = await vscode.commands.executeCommand<string>('govreport.reopenWithEncoding', uri, 'gb18030');
    assert.strictEqual(enc, 'gb18030');
    const again = vscode.workspace.textDocuments.find(d => d.uri.toString() === uri.toString());
    assert.ok(again);
    assert.ok(again.getText().includes('政府工作报告'), again.getText().slice(0, 60));
    assert.ok(!again.getText().includes('\ufffd'));
    // re-decoding gives the document back as plain text: it is re-detected as a report
    for (let i = 0; i < 50 && vscode.window.activeTextEditor?.document.languageId !== 'govreport'; i++) await new Promise(r => setTimeout(r, 100));
    const now = vscode.workspace.textDocuments.find(d => d.uri.toString() === uri.toString());
    assert.strictEqual(now?.languageId, 'govreport', 'the re-decoded report is a govreport document again');
  });
});

suite('key terms after the indicator table', () => {
  test('Key Terms renders promptly when the indicator table is already open', async () => {
    const uri = uriOf(XIAMEN);
    await vscode.window.showTextDocument(uri);
    await vscode.commands.executeCommand('govreport.extractIndicators', uri);
    const t0 = Date.now();
    const r = await vscode.commands.executeCommand<KeyTermsCommandResult>('govreport.keyTerms', uri);
    const ms = Date.now() - t0;
    assert.ok(r && r.topTerms.length > 0);
    const state = await vscode.commands.executeCommand<State>('govreport.internal.keyTermsState');
    assert.match(state.header, /jieba|Intl/i, 'the panel rendered its header');
    assert.ok(ms < 10000, `Key Terms took ${ms} ms`);
  });
});
