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
  it('a bold part title followed by its paragraph on the same line is a part (贵州 2005 layout)', () => {
    const a = analyze(SPEECH('2005年某省政府工作报告', [
      '**2004年政府工作回顾** 过去一年，我们认真贯彻党的十六大精神，全省经济社会发展取得新的成绩，主要表现在以下几个方面：',
      '（一）经济增长速度明显加快，运行质量和效益稳步提高。全省生产总值增长11.4%。',
      '（二）西部大开发的战略重点扎实推进，基础设施和基础产业建设进一步加强。',
      '**2005年政府工作主要任务** 今年政府工作的总体要求是：以邓小平理论和“三个代表”重要思想为指导，全面落实科学发展观。',
      '一、坚持把解决“三农”问题作为全省工作的重中之重',
      '二、加大力度实施西部大开发战略，努力保持固定资产投资合理增长',
      // a bold lead-in of a paragraph is no part, even with 工作 in it
      '**做好就业社保等工作**，全年新增就业岗位10万个以上，切实保障困难群众的基本生活。',
    ].join('\n')));
    const outline = a.reports[0].outline;
    assert.deepStrictEqual(outline.map(n => n.text), ['2004年政府工作回顾', '2005年政府工作主要任务']);
    assert.deepStrictEqual(outline[1].children.map(n => n.text.slice(0, 2)), ['一、', '二、']);
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

describe('section families of other eras and layouts', () => {
  it('unnumbered parts named by their year: 2014年工作回顾 / 2015年主要工作', () => {
    const o = analyze('政府工作报告\n第四次会议上\n市长伊力哈木·沙比尔\n各位代表：\n2014年工作回顾\n过去一年，我们做了很多工作。\n（一）稳增长\n2015年主要工作\n今年的工作。\n').reports[0].outline;
    assert.deepStrictEqual(o.map(n => n.text), ['2014年工作回顾', '2015年主要工作']);
  });
  it('unnumbered parts named by the plan period: 关于“十二五”和2015年工作 / 二〇〇〇年工作意见', () => {
    const a = analyze('政府工作报告\n市长 黄泽元\n各位代表：\n关于“十二五”和2015年工作\n过去的五年，是全力实施“十二五”规划的五年。\n关于“十三五”总体部署和2016年工作\n正文。\n').reports[0].outline;
    assert.deepStrictEqual(a.map(n => n.text), ['关于“十二五”和2015年工作', '关于“十三五”总体部署和2016年工作']);
    const b = analyze('佛山市市长 梁绍棠\n各位代表：\n一九九九年工作回顾\n正文。\n二〇〇〇年工作意见\n一、继续推进各项改革和调整\n').reports[0].outline;
    assert.deepStrictEqual(b.map(n => [n.text, n.children.map(c => c.text)]), [['一九九九年工作回顾', []], ['二〇〇〇年工作意见', ['一、继续推进各项改革和调整']]]);
  });
  it('a closing 建设…政府 part counts only among unnumbered parts', () => {
    const a = analyze('各位代表:\n**2022年工作回顾**\n一年来，我们主要做了以下工作。\n**2023年高质量追赶发展重点任务**\n正文。\n加快建设实干政府\n正文。\n').reports[0].outline;
    assert.deepStrictEqual(a.map(n => n.text), ['2022年工作回顾', '2023年高质量追赶发展重点任务', '加快建设实干政府']);
    const b = analyze('各位代表：\n一、2006年工作回顾\n正文。\n二、2007年工作安排\n努力建设核心竞争力突出的经济强市\n努力建设廉洁高效的服务型政府\n正文。\n').reports[0].outline;
    assert.deepStrictEqual(b.map(n => n.text), ['一、2006年工作回顾', '二、2007年工作安排']);
  });
  it('the closing part on the government and 对今后五年…的建议 among unnumbered parts', () => {
    const a = analyze('各位代表：\n2019年工作回顾\n正文。\n2020年工作安排\n正文。\n全面提升政府治理能力\n各位代表！\n').reports[0].outline;
    assert.deepStrictEqual(a.map(n => n.text), ['2019年工作回顾', '2020年工作安排', '全面提升政府治理能力']);
    const b = analyze('各位代表：\n过去五年回顾和2002年工作情况\n正文。\n对今后五年和2003年政府工作的建议\n实现上述目标，建议重点抓好九个方面的工作：\n').reports[0].outline;
    assert.deepStrictEqual(b.map(n => n.text), ['过去五年回顾和2002年工作情况', '对今后五年和2003年政府工作的建议']);
  });
  it('labels carry no ** and a bold heading ends at its bold when its paragraph follows', () => {
    const a = analyze('各位代表：\n**一、2023年工作回**顾\n正文。\n一、**2024年工作安排\n').reports[0].outline;
    assert.deepStrictEqual(a.map(n => n.text), ['一、2023年工作回顾']);
    const b = analyze('各位代表：\n**一、“十一五”时期和2010年经济社会发展回顾**“十一五”时期是我区发展史上极不平凡的五年。\n**二、“十二五”时期经济社会发展的主要任务**\n').reports[0].outline;
    assert.deepStrictEqual(b.map(n => n.text), ['一、“十一五”时期和2010年经济社会发展回顾', '二、“十二五”时期经济社会发展的主要任务']);
  });
  it('an appendix headed 《政府工作报告》附件1 and its numbered list are no sections', () => {
    const text = '各位代表：\n一、2013年工作回顾\n正文。\n二、2014年工作安排\n正文。\n《政府工作报告》附件1\n**2014年为民办15件实事**\n三、为600个行政村配建（更新）健身器材。\n四、为全市民族村（社区）提供政策、法律、法规服务。\n';
    assert.deepStrictEqual(analyze(text).reports[0].outline.map(n => n.text), ['一、2013年工作回顾', '二、2014年工作安排']);
    const t2 = '各位代表：\n一、2023年工作回顾\n正文。\n二、2024年工作安排\n正文。\n附件1 2024年重点项目\n一、交通类\n';
    assert.deepStrictEqual(analyze(t2).reports[0].outline.map(n => n.text), ['一、2023年工作回顾', '二、2024年工作安排']);
  });
});

describe('numbered parts written 一，', () => {
  it('takes 一， 二， at the start of a line for top-level parts', () => {
    const o = analyze('各位代表：\n一，2023年工作回顾\n正文。\n二，2024年工作安排\n正文。\n').reports[0].outline;
    assert.deepStrictEqual(o.map(n => n.text), ['一，2023年工作回顾', '二，2024年工作安排']);
  });
});

describe('thematic unnumbered parts', () => {
  // 镇江 2021: three parts titled by a phrase, （一） lists restarting under them
  const text = [
    '——2021年1月19日在镇江市第八届人民代表大会第六次会议上', '镇江市人民政府市长 徐曙海', '各位代表：',
    '现在，我代表镇江市人民政府向大会报告工作，请予审议。',
    '打赢收官战，全面建成小康社会胜利在望',
    '2020年是镇江发展史上极不平凡的一年。面对严峻挑战和重大困难，全市上下坚持以习近平新时代中国特色社会主义思想为指导，圆满完成全年主要目标任务。',
    '（一）决胜大疫大汛考验，经济运行稳中向好。2020年，我们经受了艰难困苦的历史大考。',
    '（二）高举产业强市大旗，发展动能持续增强。把产业强市作为“一号战略”强力推进。',
    '开启新征程，“十四五”宏伟目标催人奋进',
    '根据市委“十四五”规划建议，市政府编制了《镇江市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要草案》，提请大会审议。',
    '奋战起步年，新征程新开局蹄疾步稳',
    '今年是“十四五”规划开局之年，从今年起，我们进入到全面建设社会主义现代化新发展阶段。',
    '（一）培育壮大新兴动能，厚植产业根基。坚定不移推进产业强市，加快构建现代产业体系。',
    '（二）整体推进改革开放，释放优势潜能。把握规律、顺势而为。',
  ].join('\n');
  it('takes the title lines before restarting （一） lists for the parts', () => {
    const o = analyze(text).reports[0].outline;
    assert.deepStrictEqual(o.map(n => [n.level, n.text, n.children.length]), [
      [1, '打赢收官战，全面建成小康社会胜利在望', 2], [1, '开启新征程，“十四五”宏伟目标催人奋进', 0], [1, '奋战起步年，新征程新开局蹄疾步稳', 2]]);
  });
  it('without restarting lists, short lines stay out', () => {
    const o = analyze(text.split('\n').slice(0, 10).join('\n')).reports[0].outline;
    assert.deepStrictEqual(o.map(n => n.text), ['（一）决胜大疫大汛考验，经济运行稳中向好', '（二）高举产业强市大旗，发展动能持续增强']);
  });
});
