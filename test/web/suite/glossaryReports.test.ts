// The reports' own definitions in VS Code for the Web: data/reportTerms.json is read from the
// extension's location through workspace.fs (no Node fs) on the first jargon hover, and the hover and
// Compare Definitions of a Term… work as on the desktop (test/integration/glossaryReports.test.ts).
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activate, hoverText, open, posOf, XM } from '../support/host';

suite('web: the reports’ own definitions', () => {
  suiteSetup(() => activate());

  test('hover over 揭榜挂帅 names the reports that define it (data read in the web host)', async () => {
    const doc = await open(XM);
    const text = await hoverText(doc, posOf(doc, '揭榜挂帅', 1));
    const m = /报告自释 Defined in (\d+) reports\* — [^：\n]*政府工作报告[^：\n]*：“/.exec(text);
    assert.ok(m && Number(m[1]) >= 2, text);
  });

  test('Compare Definitions of a Term… opens every report’s definition, named', async () => {
    const uri = await vscode.commands.executeCommand<vscode.Uri>('govreport.termDefinitions', { term: '营改增' });
    assert.ok(uri, 'a document for 营改增');
    const text = (await vscode.workspace.openTextDocument(uri)).getText();
    assert.ok(text.split('\n').filter(l => /^▌ .+ · 《.+》/.test(l)).length >= 2, text);
  });
});
