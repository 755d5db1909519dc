// Glossary hovers read by the year of the report under the cursor: a term whose glossary sense is
// dated later than the report gives no hover (or the older sense the glossary has). The report
// lines are short excerpts of real reports; the year comes from the title line, as the analysis reads it.
import * as assert from 'assert';
import * as vscode from 'vscode';

import { activateExtension, hoverText } from './helpers';

interface Api { glossary: { ready(): Promise<void> } }

async function untitled(content: string): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument({ language: 'govreport', content });
  await vscode.window.showTextDocument(doc);
  return doc;
}

function at(doc: vscode.TextDocument, needle: string, delta: number): vscode.Position {
  const i = doc.getText().indexOf(needle);
  assert.ok(i >= 0, `"${needle}" not found`);
  return doc.positionAt(i + delta);
}

async function closeUntitled(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
}

suite('glossary: senses by the report\'s year', () => {
  suiteSetup(async () => {
    const api = await activateExtension<Api>();
    await api.glossary.ready();
  });

  test('“六稳” in a 2017 report has no glossary hover (dated 2018); in a 2020 report it has', async () => {
    const old = await untitled('2017年广西壮族自治区政府工作报告\n\n稳增长摆在更加突出的位置，采取“六稳”措施精准发力。突出抓好\n');
    const oldText = await hoverText(old, at(old, '六稳', 1));
    assert.ok(!oldText.includes('**六稳**') && !oldText.includes('稳外资'), oldText);
    await closeUntitled();
    const now = await untitled('2020年国务院政府工作报告\n\n坚决打好三大攻坚战，加大“六稳”工作力度，保居民就业、保基本民生\n');
    const nowText = await hoverText(now, at(now, '六稳', 1));
    assert.ok(nowText.includes('**六稳**') && nowText.includes('稳外资'), nowText);
    await closeUntitled();
  });

  test('八项规定 in a 2014 report is the 2012 rules even beside 奢侈浪费; in 1998 the 1990s rules', async () => {
    const y2014 = await untitled('枣庄市2014年政府工作报告\n\n节约，坚决反对奢侈浪费，严格落实中央“八项规定”，带头执行公务接待\n');
    const t2014 = await hoverText(y2014, at(y2014, '八项规定', 1));
    assert.ok(t2014.includes('改进调查研究'), t2014);
    assert.ok(!t2014.includes('20世纪90年代'), t2014);
    await closeUntitled();
    const y1998 = await untitled('南昌市1998年政府工作报告\n\n坚持反腐倡廉，认真落实中央有关厉行节约、制止奢侈浪费的中央八项规定，重点抓了领导干部通讯工具、车辆等专项清\n');
    const t1998 = await hoverText(y1998, at(y1998, '八项规定', 1));
    assert.ok(t1998.includes('20世纪90年代'), t1998);
    assert.ok(!t1998.includes('2012年12月中央政治局会议'), t1998);
    await closeUntitled();
  });
});
