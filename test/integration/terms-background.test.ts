// Key Terms and Compare Key Terms against the background model (issue 13) in a real VS Code. Runs
// after keyterms.test.ts (file order), whose first test checks that neither the jieba worker nor the
// background model is loaded at activation.
//   govreport.internal.keyTermsState → { …, background: BackgroundState }
//   govreport.internal.keyTermsRequest ({op: 'dumpText'}) → { text, terms (rows with a share), nums }
import * as assert from 'assert';
import * as path from 'path';
import * as vscode from 'vscode';
import type { KeyTermsCommandResult, CompareKeyTermsResult } from '../../src/features/keyTerms/command';
import type { BackgroundState } from '../../src/features/shared/background';
import { isUnitToken } from '../../src/core/keywords';

const EXTENSION_ID = 'govreport-tools.govreport';
const XIAMEN = '2024年厦门市政府工作报告.txt';
const HULI = '湖里区报告.txt';

function root(): string {
  const f = vscode.workspace.workspaceFolders?.[0];
  assert.ok(f, 'the workspace test/fixtures/workspace must be open');
  return f.uri.fsPath;
}
const uriOf = (name: string) => vscode.Uri.file(path.join(root(), name));
const state = async () => (await vscode.commands.executeCommand<{ background: BackgroundState }>('govreport.internal.keyTermsState')).background;
/** A unit, a number or a magnitude: never a key term. */
const unitOrNumber = (t: string) => isUnitToken(t) || /[\d０-９%％]/.test(t) || /^[零一二三四五六七八九十百千万亿]+$/.test(t);

suite('key terms against the background model', () => {
  suiteSetup(async () => {
    await vscode.extensions.getExtension(EXTENSION_ID)!.activate();
  });

  test('Key Terms ranks against the background: no unit, number or own place name; the panel shows the share of reports', async function () {
    this.timeout(90000);
    const r = await vscode.commands.executeCommand<KeyTermsCommandResult>('govreport.keyTerms', uriOf(XIAMEN));
    assert.ok(r, 'no result');
    assert.ok(r.background && r.background.reports > 1000 && r.background.terms > 10000, `background ${JSON.stringify(r.background)}`);
    const s = await state();
    assert.ok(s.loaded, 'loaded on the first Key Terms run');
    assert.strictEqual(s.firstUse, 'Key Terms', 'first loaded by Key Terms (never at activation)');
    assert.ok(r.topTerms.length >= 15, r.topTerms.join(' '));
    const bad = r.topTerms.filter(unitOrNumber);
    assert.deepStrictEqual(bad, [], `units/numbers rank: ${r.topTerms.join(' ')}`);
    assert.ok(!r.topTerms.some(t => ['厦门', '厦门市'].includes(t)), `own place name ranks: ${r.topTerms.join(' ')}`);
    // everyday words of every report do not lead
    assert.ok(!r.topTerms.slice(0, 10).some(t => ['发展', '建设', '城市', '创新', '项目', '产业', '改革', '企业'].includes(t)), r.topTerms.join(' '));
    const dump = await vscode.commands.executeCommand<{ text: string; terms: number; nums: string[] }>('govreport.internal.keyTermsRequest', { op: 'dumpText' });
    assert.ok(dump.terms >= 15, `rows with a share: ${dump.terms}`);
    assert.ok(dump.nums.slice(0, 10).every(n => /^\d+ · (<1|\d+)%$/.test(n)), dump.nums.join(' | '));
    assert.match(dump.text, /against \d+ reports of the background model/);
    console.log(`    key terms (background ${(s.bytes / 1e6).toFixed(2)} MB loaded in ${Math.round(s.loadMs)} ms): ${r.topTerms.slice(0, 12).join(' ')}`);
  });

  test('Compare Key Terms: new and vanished are terms, not units or numbers', async function () {
    this.timeout(60000);
    const r = await vscode.commands.executeCommand<CompareKeyTermsResult>('govreport.compareKeyTerms', {
      a: { uri: uriOf(HULI).toString(), index: 0 },
      b: { uri: uriOf(XIAMEN).toString(), index: 0 },
    });
    assert.ok(r, 'no result');
    assert.strictEqual(r.background, true);
    const c = r.comparison;
    assert.ok(c.new.length >= 5 && c.vanished.length >= 5, `${c.new.length} new, ${c.vanished.length} vanished`);
    const all = [...c.new, ...c.vanished, ...c.rose, ...c.fell].map(t => t.term);
    assert.deepStrictEqual(all.filter(unitOrNumber), [], all.join(' '));
    for (const t of c.new) assert.strictEqual(t.countA, 0);
    for (const t of c.vanished) assert.strictEqual(t.countB, 0);
  });
});
