import * as assert from 'assert';
import { analyze } from '../../src/core';

const SPEECH = (title: string, body: string) => `${title}\n——2024年1月10日在某市第十届人民代表大会第二次会议上\n各位代表：\n现在，我代表市人民政府，向大会报告政府工作，请予审议。\n${body}`;

describe('report structure', () => {
  it('finds several reports in one file, each with title, year and place', () => {
    const a = analyze([
      '目录', SPEECH('2023年泉州市政府工作报告', '一、2022年工作回顾\n正文。\n二、2023年工作安排\n正文。'),
      SPEECH('2023年龙岩市人民政府工作报告', '一、2022年工作回顾\n正文。'),
    ].join('\n'));
    assert.deepStrictEqual(a.reports.map(r => [r.title, r.year, r.place, r.line]), [
      ['2023年泉州市政府工作报告', 2023, '泉州市', 2], ['2023年龙岩市人民政府工作报告', 2023, '龙岩市', 10]]);
  });
  it('reads place and plan year from the speech line when the title is bare', () => {
    const a = analyze('政府工作报告\n——2023年12月28日在泉州市鲤城区第十届人民代表大会第三次会议上\n各位代表:\n一、2023年工作回顾\n');
    assert.strictEqual(a.reports[0].place, '鲤城区');
    assert.strictEqual(a.reports[0].year, 2024);
  });
  it('treats a bare fragment as one report', () => {
    const a = analyze('一、过去一年工作回顾\n我们做了很多工作。\n二、今年工作安排\n');
    assert.strictEqual(a.reports.length, 1);
    assert.deepStrictEqual(a.reports[0].outline.map(n => n.text), ['一、过去一年工作回顾', '二、今年工作安排']);
  });
  it('reads heading levels and nests them', () => {
    const a = analyze(SPEECH('2024年某市政府工作报告', '一、2023年工作回顾\n（一）稳住经济大盘。正文。\n1.扩大投资\n（1）项目\n(二)推动创新\n**二、2024年工作安排**\n第一，坚持稳中求进。\n三、加强自身建设'));
    const o = a.reports[0].outline;
    assert.deepStrictEqual(o.map(n => [n.level, n.text]), [[1, '一、2023年工作回顾'], [1, '二、2024年工作安排'], [1, '三、加强自身建设']]);
    assert.deepStrictEqual(o[0].children.map(n => n.text), ['（一）稳住经济大盘', '(二)推动创新']);
    assert.deepStrictEqual(o[0].children[0].children.map(n => [n.level, n.text]), [[3, '1.扩大投资']]);
    assert.deepStrictEqual(o[1].children.map(n => n.level), [5]);
    assert.ok(o[0].end <= o[1].start && o[1].end <= o[2].start);
  });
  it('does not take prose for headings (第一、 其一、 一是, out-of-order 一、)', () => {
    const a = analyze(SPEECH('2024年某市政府工作报告', '一、2023年工作回顾\n第一、就是落后的问题。\n其一、是观念。\n一是抓项目。\n三、不是标题\n二、2024年工作安排'));
    assert.deepStrictEqual(a.reports[0].outline.map(n => n.text), ['一、2023年工作回顾', '二、2024年工作安排']);
  });
  it('finds headings in the middle of a single very long line', () => {
    const para = '我们坚持稳中求进，推动高质量发展。'.repeat(1500);
    const line = `各位代表：现在我代表市人民政府报告工作。 一、2022年工作回顾 ${para} （一）聚焦产业发展 ${para} 二、2023年工作安排 ${para}`;
    assert.ok(line.length > 50000);
    const a = analyze(`2023年某市政府工作报告\n${line}`);
    const o = a.reports[0].outline;
    assert.deepStrictEqual(o.map(n => n.text), ['一、2022年工作回顾', '二、2023年工作安排']);
    assert.deepStrictEqual(o[0].children.map(n => n.text), ['（一）聚焦产业发展']);
  });
  it('uses unnumbered section titles on a line of their own', () => {
    const a = analyze(SPEECH('2023年某市政府工作报告', '2022年工作回顾\n正文。\n一、抓产业\n2023年工作安排\n一、抓投资\n二、抓消费\n加强政府自身建设\n正文。'));
    const o = a.reports[0].outline;
    assert.deepStrictEqual(o.map(n => n.text), ['2022年工作回顾', '2023年工作安排', '加强政府自身建设']);
    assert.deepStrictEqual(o[1].children.map(n => n.text), ['一、抓投资', '二、抓消费']);
  });
  it('keeps page chrome out of reports', () => {
    const text = ['设为首页收藏本站', '[复制链接]', '索引号：001/2021', '发布机构：区政府办公室', SPEECH('2024年某市政府工作报告', '一、回顾\n地区生产总值增长5%。'), '附件下载', '扫一扫在手机上查看当前页面', '- 相关报道2024-01-12'].join('\n');
    const r = analyze(text).reports[0];
    assert.strictEqual(r.line, 5);
    const body = text.slice(r.start, r.end);
    assert.ok(body.startsWith('2024年某市') && body.endsWith('增长5%。'), body);
  });
  it('reads the 名词解释 section and the footnote markers pointing to it', () => {
    const a = analyze(SPEECH('2024年某区政府工作报告', '一、回顾\n做好“六稳”1工作，落实“六保”2任务，狠抓四风[3]问题。\n名 词 解 释\n1.六稳:稳就业、稳金融、稳外贸、稳外资、稳投资、稳预期。\n2.六保:保居民就业、保基本民生。\n3.四风：形式主义、官僚主义、享乐主义、奢靡之风。'));
    const r = a.reports[0];
    assert.deepStrictEqual(r.glossary.map(g => [g.number, g.term, g.definition]), [
      [1, '六稳', '稳就业、稳金融、稳外贸、稳外资、稳投资、稳预期'], [2, '六保', '保居民就业、保基本民生'], [3, '四风', '形式主义、官僚主义、享乐主义、奢靡之风']]);
    assert.deepStrictEqual(r.footnotes.map(f => [f.marker, f.entry]), [['1', 0], ['2', 1], ['[3]', 2]]);
    assert.ok(r.glossarySection && r.outline.every(n => n.end <= r.glossarySection!.start));
    assert.deepStrictEqual(r.outline.map(n => n.text), ['一、回顾']);
  });
});


describe('appendices', () => {
  it('an appendix and its numbered project list are no sections', () => {
    const text = '2024年某市政府工作报告\n各位代表：\n一、2023年工作回顾\n正文。\n二、2024年工作安排\n正文。\n附件：\n2024年重点项目清单\n1.某某大道改造工程\n2.某某学校新建工程\n一、交通类\n';
    const o = analyze(text).reports[0].outline;
    assert.deepStrictEqual(o.map(n => n.text), ['一、2023年工作回顾', '二、2024年工作安排']);
    assert.deepStrictEqual(o[1].children, []);
    assert.ok(o[1].end <= text.indexOf('附件'));
  });
});

describe('page chrome of other sources', () => {
  it('a Markdown front matter names the report; a WeChat ad line yields no indicator', () => {
    const text = '---\ntitle: 2024年某市政府工作报告\ndate: 2024-01-20\n---\n关注公众号，回复“报告”领取100份资料\n# 2024年某市政府工作报告\n各位代表：\n一、2023年工作回顾\n地区生产总值增长5%。\n';
    const r = analyze(text).reports;
    assert.strictEqual(r.length, 1);
    assert.strictEqual(r[0].line, 2);
    assert.ok(r[0].indicators.every(i => i.line >= 6), JSON.stringify(r[0].indicators.map(i => i.text)));
  });
});

describe('title variants', () => {
  it('a title with （全文） and a 【tag】-free page heading is the report title', () => {
    const r = analyze('首页 > 政务公开\n2024年某某县人民政府工作报告（全文）\n——2024年1月5日在某某县第十八届人民代表大会第三次会议上\n各位代表：\n一、2023年工作回顾\n').reports;
    assert.deepStrictEqual(r.map(x => [x.title, x.line, x.place, x.year]), [['2024年某某县人民政府工作报告（全文）', 2, '某某县', 2024]]);
  });
});

describe('parts', () => {
  it('第一部分 headings keep their title after the blank; 一、 under a part is level 2', () => {
    const o = analyze('XX县2024年政府工作报告\n各位代表：\n第一部分 2023年工作回顾\n正文。\n（一）产业发展 正文很长很长。\n第二部分  2024年工作安排\n一、 抓项目\n').reports[0].outline;
    assert.deepStrictEqual(o.map(n => [n.level, n.text, n.children.map(c => [c.level, c.text])]), [
      [1, '第一部分 2023年工作回顾', [[3, '（一）产业发展']]], [1, '第二部分  2024年工作安排', [[2, '一、 抓项目']]]]);
  });
});
