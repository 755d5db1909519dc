import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../../src/core';
import { cleanUp, applyEdits } from '../../src/core/cleanup';
import { isChromeLine, isPageChromeLine, isLinkLine } from '../../src/core/chrome';
import { splitLines } from '../../src/core/text';
import type { Analysis, OutlineNode } from '../../src/core';

const FIXTURES = path.join(__dirname, '../../../test/fixtures/reports');
const files = fs.readdirSync(FIXTURES).filter(f => f.endsWith('.txt')).sort();
const read = (f: string): string => fs.readFileSync(path.join(FIXTURES, f), 'utf8');
const nonWs = (s: string): string => s.replace(/\s+/g, '');

/** The original text minus the lines that lie inside a deletion edit (computed line by line, not by applying edits). */
function withoutRemovedLines(text: string, edits: ReturnType<typeof cleanUp>['edits']): string {
  const deletions = edits.filter(e => e.newText === '');
  return splitLines(text)
    .filter(l => !deletions.some(d => d.start <= l.start && l.end <= d.end && (l.end < d.end || d.end === text.length)))
    .map(l => l.text)
    .join('\n');
}

function indicatorKeys(a: Analysis): string[] {
  return a.reports.flatMap(r => r.indicators.map(i => [i.kind, i.name, i.value, i.unit, i.qualifier].join('|')));
}

function flat(nodes: OutlineNode[]): OutlineNode[] {
  return nodes.flatMap(n => [n, ...flat(n.children)]);
}

/** Heading levels and texts, and each section's text without blanks (chrome lines dropped). */
function sections(a: Analysis, text: string): string[] {
  return a.reports.flatMap(r => flat(r.outline).map(n => {
    const body = splitLines(text, n.start, n.end).filter(l => !isChromeLine(l.text)).map(l => l.text).join('');
    return `${n.level}|${n.text}|${nonWs(body)}`;
  }));
}

describe('clean up report', () => {
  for (const f of files) {
    it(`keeps every report character of ${f}, in order, and analyses the same`, () => {
      const text = read(f);
      const { edits, removedLines, splits } = cleanUp(text);
      if (process.env.CLEANUP_DEBUG) console.log(f, { edits: edits.length, removedLines, splits });
      // edits are sorted, non-overlapping, and each either deletes whole lines or keeps its non-blank characters
      for (let i = 0; i < edits.length; i++) {
        const e = edits[i];
        assert.ok(e.start <= e.end && (i === 0 || edits[i - 1].end <= e.start), `edit ${i} overlaps or is reversed`);
        const old = text.slice(e.start, e.end);
        if (e.newText === '') {
          assert.ok(e.start === 0 || text[e.start - 1] === '\n', `deletion ${i} does not start a line`);
          assert.ok(e.end === text.length || text[e.end - 1] === '\n', `deletion ${i} does not end a line`);
          for (const l of old.split('\n')) {
            assert.ok(!l.trim() || isPageChromeLine(l) || isLinkLine(l) || l.trim().length <= 12, `deleted a report line: ${JSON.stringify(l)}`);
            assert.ok(!l.includes('。'), `deleted a sentence: ${JSON.stringify(l)}`);
          }
        } else {
          assert.strictEqual(nonWs(e.newText), nonWs(old), `edit ${i} changed report text`);
        }
      }
      const cleaned = applyEdits(text, edits);
      // the non-blank characters are those of the original minus the removed lines, in order
      const expected = nonWs(withoutRemovedLines(text, edits));
      assert.strictEqual(nonWs(cleaned), expected);
      const removedChars = edits.filter(e => !e.newText).reduce((n, e) => n + nonWs(text.slice(e.start, e.end)).length, 0);
      assert.strictEqual(nonWs(cleaned).length, nonWs(text).length - removedChars);
      if (removedLines > 0) assert.ok(cleaned.length < text.length);

      const before = analyze(text);
      const after = analyze(cleaned);
      assert.strictEqual(after.reports.length, before.reports.length, 'report count');
      assert.deepStrictEqual(after.reports.map(r => r.title), before.reports.map(r => r.title));
      assert.deepStrictEqual(indicatorKeys(after), indicatorKeys(before));
      assert.deepStrictEqual(sections(after, cleaned), sections(before, text));
    });
  }

  it('removes the forum footer of the 厦门 report and the print/close links of the 鹿城 report', () => {
    for (const [f, gone] of [
      ['000_e8c23d3aa62e93d4.txt', ['您需要登录后才可以回帖', '本版积分规则', '客服中心', 'Powered by', '快速回复', '010-63691786']],
      ['004_b3e4cb320142c0ae.txt', ['【返回顶部】', '索引号', '组配分类', '生成日期', '一图读懂']],
      ['001_c6236c357e1df4fa.txt', ['索 引 号', '发布机构', '附件下载', '扫一扫在手机上查看', '相关解读']],
    ] as const) {
      const cleaned = applyEdits(read(f), cleanUp(read(f)).edits);
      for (const g of gone) assert.ok(!cleaned.includes(g), `${f}: ${g} left`);
    }
  });

  it('keeps report sentences and glossary entries that mention 微信, www. or http (excerpts of real reports)', () => {
    const keep = [
      '上线地铁乘车码微信小程序',
      '“小微信贷通”：为小微企业提供的信用贷款产品。',
      '**蒙科聚科创平台：**集成科技研发、资本运作、项目孵化、成果转化、知识产权保护等功能的创新驱动平台（www.mengkeju.com）。',
      '两微一端：微博、微信和移动客户端。',
      '4、微信办理户籍业务。通过微信实现4大类、19小类、26项户籍业务办理，群众足不出户。',
      '完善市行政服务中心微信平台',
      '中华老字号大力发展',
      '来源广泛的社会资本',
    ];
    const text = ['2024年某市政府工作报告', '各位代表：', ...keep, '设为首页', '微信扫一扫', ''].join('\n');
    const cleaned = applyEdits(text, cleanUp(text).edits);
    for (const k of keep) assert.ok(cleaned.includes(k), `lost ${k}`);
    assert.ok(!cleaned.includes('设为首页'));
    // a share line next to chrome goes with it; the same line among report text stays
    assert.ok(!cleaned.includes('微信扫一扫'));
    const alone = '2024年某市政府工作报告\n各位代表：\n微信扫一扫\n全年增长5%。\n';
    assert.ok(applyEdits(alone, cleanUp(alone).edits).includes('微信扫一扫'));
  });

  it('keeps YAML front matter whole (its title: line is the only source of place and year)', () => {
    const text = '---\ntitle: 桂林市政府工作报告（2019年1月12日 秦春成）\nsource: https://www.guilin.gov.cn/a.html\n---\n\n设为首页\n\n各位代表：\n全年增长5%。\n---\n';
    const cleaned = applyEdits(text, cleanUp(text).edits);
    assert.ok(cleaned.startsWith('---\ntitle: 桂林市政府工作报告（2019年1月12日 秦春成）\nsource: https://www.guilin.gov.cn/a.html\n---\n'), cleaned);
    assert.ok(!cleaned.includes('设为首页'));
    assert.ok(cleaned.endsWith('全年增长5%。\n---\n'), 'a Markdown rule is no chrome');
  });

  it('removes the forum chrome of the 厦门 report, badge block included', () => {
    const text = read('000_e8c23d3aa62e93d4.txt');
    const { edits, removedLines } = cleanUp(text);
    const cleaned = applyEdits(text, edits);
    assert.ok(removedLines >= 15, `removed ${removedLines}`);
    for (const gone of ['设为首页', 'TA的每日心情', '签到天数', '版主', '145312', '发表于']) assert.ok(!cleaned.includes(gone), gone);
    assert.ok(cleaned.includes('[福建] 2024年厦门市政府工作报告'));
    assert.ok(cleaned.trimStart().startsWith('[福建]'), cleaned.slice(0, 40));
  });

  it('splits a 50,000-character single-line report at its headings', () => {
    const source = read('001_c6236c357e1df4fa.txt');
    let one = source.split('\n').join('  ');
    while (one.length < 50000) one += '  ' + source.split('\n').join('  ');
    one = one.slice(0, 50000);
    assert.ok(!one.includes('\n'));
    const t0 = Date.now();
    const { edits, splits } = cleanUp(one);
    const ms = Date.now() - t0;
    assert.ok(ms < 2000, `took ${ms} ms`);
    const cleaned = applyEdits(one, edits);
    assert.ok(nonWs(cleaned).length >= nonWs(one).length * 0.98, 'lost more than chrome');
    assert.ok(splits > 50, `only ${splits} splits`);
    const lines = cleaned.split('\n').map(l => l.trim());
    for (const h of ['一、2020年和“十三五”工作回顾', '二、“十四五”总体规划', '三、2021年工作建议']) {
      assert.ok(lines.some(l => l.startsWith(h)), `no line starts with ${h}`);
    }
    assert.ok(lines.some(l => /^[（(][一二三四五六七八九十]+[）)]/.test(l)), 'no （一） heading line');
    // the headings now start lines, so the outline finds them as line-start headings
    const outline = analyze(cleaned).reports.flatMap(r => r.outline);
    assert.ok(outline.length >= 2, `outline of the split text has ${outline.length} top-level nodes`);
  });

  it('leaves a clean report alone and never splits short lines', () => {
    const text = '2024年某市政府工作报告\n各位代表：\n一、2023年工作回顾\n全年地区生产总值增长5%。  其他。\n';
    assert.deepStrictEqual(cleanUp(text), { edits: [], removedLines: 0, splits: 0 });
  });
});
