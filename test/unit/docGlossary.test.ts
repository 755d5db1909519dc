// The report's own glossary (名词解释 / 注释 sections): every family of heading and entry layout
// seen in reports, on short excerpts of real reports, and the structure test that keeps a stray
// 注释： line in the body from cutting the report.
import * as assert from 'assert';
import { analyze } from '../../src/core/analyze';
import { isGlossaryHeading, parseEntryLine } from '../../src/core/docGlossary';

const SPEECH = (body: string) =>
  `2023年某市政府工作报告\n——2023年1月10日在某市第十届人民代表大会第二次会议上\n各位代表：\n现在，我代表市人民政府，向大会报告政府工作，请予审议。\n一、2022年工作回顾\n全市地区生产总值增长5%。\n${body}`;

function glossaryOf(text: string): Array<[number | null, string, string]> {
  const r = analyze(text).reports[0];
  return r.glossary.map(g => [g.number, g.term, g.definition]);
}

describe('document glossary: headings', () => {
  it('recognises every heading family', () => {
    for (const h of ['**名词解释**', '名词解释和说明', '**名词注解：**', '《政府工作报告》注释', '**《政府工作报告》有关名词解释**',
      '附件：名词解释', '附：名词注解', '名 词 解 释', '**注 释**', '有关词语解释', '相关用语注释', '名词术语解释', '解释和说明',
      '《政府工作报告》有关内容名词注释', '资料：《政府工作报告》名词解释（按报告中出现顺序排列）', '附录一：《政府工作报告》名词解释',
      '<!-- 名词解释 -->', '## 注释：', '**《政府工作报告》释义**', '【名词解释】']) {
      assert.ok(isGlossaryHeading(h), h);
    }
  });
  it('rejects download links and sentences', () => {
    for (const h of ['- 2025年政府工作报告名词解释.pdf', '- 2024政府工作报告名词解释.docx', '详见附件名词解释',
      '对有关名词作出解释，便于代表审议。', '注释工作']) {
      assert.ok(!isGlossaryHeading(h), h);
    }
  });
});

describe('document glossary: entry layouts', () => {
  const cases: Array<[string, [number | null, string, string]]> = [
    ['1.“两沿”：主要交通干道沿线和旅游景区周边公路沿线。', [1, '“两沿”', '主要交通干道沿线和旅游景区周边公路沿线']],
    ['1．七个率先：率先采用运营商推送数据', [1, '七个率先', '率先采用运营商推送数据']],
    ['1、一般公共预算收入：即地方级财政收入', [1, '一般公共预算收入', '即地方级财政收入']],
    ['（1）两个确立：确立习近平同志党中央的核心、全党的核心地位', [1, '两个确立', '确立习近平同志党中央的核心、全党的核心地位']],
    ['[1]一事通办：指以企业和群众办好“一件事”为标准', [1, '一事通办', '指以企业和群众办好“一件事”为标准']],
    ['〔2〕双吹哨双报到：街道吹哨、部门报到，社区吹哨、党员报到。', [2, '双吹哨双报到', '街道吹哨、部门报到，社区吹哨、党员报到']],
    ['③“三带”建设：指美丽乡村风貌带、美丽乡村精品带和乡村振兴示范带“三带”建设。', [3, '“三带”建设', '指美丽乡村风貌带、美丽乡村精品带和乡村振兴示范带“三带”建设']],
    ['**[3]“四上”企业：**规模以上工业企业、资质等级建筑业企业', [3, '“四上”企业', '规模以上工业企业、资质等级建筑业企业']],
    ['**4.“八大提质工程”**：广州制造结构优化提质工程', [4, '“八大提质工程”', '广州制造结构优化提质工程']],
    ['**1.“六多合一”:**多证合一、多规合一、多介合一、多评合一、多审合一、多测合一。', [1, '“六多合一”', '多证合一、多规合一、多介合一、多评合一、多审合一、多测合一']],
    ['**三促进一保持**：这是广东省委提出的经济工作的重要要求', [null, '三促进一保持', '这是广东省委提出的经济工作的重要要求']],
    ['“三供一业”：供水、供热、供气和物业管理。', [null, '“三供一业”', '供水、供热、供气和物业管理']],
    ['[^3]: “揭榜挂帅”：即科技悬赏制', [3, '“揭榜挂帅”', '即科技悬赏制']],
    ['**[3]绿道。**即沿着如河滨、溪谷、山脊线等自然走廊', [3, '绿道', '即沿着如河滨、溪谷、山脊线等自然走廊']],
    ['【“三网”融合】指电信网、广播电视网和互联网融合发展', [null, '“三网”融合', '指电信网、广播电视网和互联网融合发展']],
    ['十大产业 指杭州市“十二五”时期重点发展的文化创意、旅游休闲', [null, '十大产业', '指杭州市“十二五”时期重点发展的文化创意、旅游休闲']],
  ];
  for (const [line, want] of cases) {
    it(line.slice(0, 24), () => {
      const e = parseEntryLine(line);
      assert.ok(e, 'no entry');
      assert.deepStrictEqual([e.number, e.term, e.definition], want);
    });
  }
  it('an unnumbered line is a term only when it is a name, not a clause', () => {
    assert.strictEqual(parseEntryLine('经过全市上下共同努力，主要目标任务：全面完成。'), null);
    assert.strictEqual(parseEntryLine('2023年主要预期目标是：地区生产总值增长6%'), null);
  });
});

describe('document glossary: sections in reports', () => {
  it('reads 名词解释和说明 with （1） entries (雅安 2023)', () => {
    const g = glossaryOf(SPEECH('名词解释和说明\n（1）三个务必：务必不忘初心、牢记使命，务必谦虚谨慎、艰苦奋斗，务必敢于斗争、善于斗争。\n（2）两个毫不动摇：毫不动摇地巩固和发展公有制经济，毫不动摇地鼓励、支持、引导非公有制经济发展。'));
    assert.deepStrictEqual(g.map(x => x[1]), ['三个务必', '两个毫不动摇']);
  });
  it('reads 《政府工作报告》有关名词解释 with bold unnumbered entries (内蒙古 2024)', () => {
    const g = glossaryOf(SPEECH('附件2\n\n**《政府工作报告》有关名词解释**\n\n**“一规划三方案”：**《内蒙古自治区“三北”工程六期规划（2021-2030年）》和《黄河“几字弯”攻坚战实施方案（2021-2030年）》。\n\n**蒙科聚科创平台：**集成科技研发、资本运作、项目孵化、成果转化、知识产权保护等功能的创新驱动平台。'));
    assert.deepStrictEqual(g.map(x => x[1]), ['“一规划三方案”', '蒙科聚科创平台']);
  });
  it('reads 附件：名词解释 with 〔1〕 entries (孝感 2023)', () => {
    const g = glossaryOf(SPEECH('附件：名词解释\n\n〔1〕六稳六保：“六稳”指的是稳就业、稳金融、稳外贸、稳外资、稳投资、稳预期。\n\n〔2〕“三战”：战贫、战疫、战洪。'));
    assert.deepStrictEqual(g.map(x => [x[0], x[1]]), [[1, '六稳六保'], [2, '“三战”']]);
  });
  it('continues ① entries past ⑳ with unnumbered ones (云浮 2023)', () => {
    const g = glossaryOf(SPEECH('注 释\n\n①市委“一二三四五六”的发展思路：市第七次党代会提出。\n\n②三大抓手：指园区经济、镇域经济、资源经济“三大抓手”。\n\n双百工程：由省民政厅、省财政厅实施。\n\n四风：指形式主义、官僚主义、享乐主义、奢靡之风。'));
    assert.deepStrictEqual(g.map(x => x[1]), ['市委“一二三四五六”的发展思路', '三大抓手', '双百工程', '四风']);
  });
  it('keeps “1”即… lines inside the numbered entry above (广州 2019)', () => {
    const g = glossaryOf(SPEECH('**名词解释**\n\n1.省委“1＋1＋9”工作部署：第一个“1”是指以推进党的建设新的伟大工程为政治保证。\n“9”即：推进粤港澳大湾区建设等9项重点任务。\n\n2.四标四实：标准作业图、标准建筑物编码、标准地址库、标准基础网格；实有人口、实有房屋、实有单位、实有设施。'));
    assert.deepStrictEqual(g.map(x => x[1]), ['省委“1＋1＋9”工作部署', '四标四实']);
    assert.ok(g[0][2].includes('“9”即'));
  });
  it('reads Markdown footnotes without a heading, and their [^n] markers in the body (保定 2022)', () => {
    const text = SPEECH('实现“三步走”战略目标[^1]，开展“揭榜挂帅”[^2]。\n\n[^1]: “三步走”战略目标：第一步，到2025年基本形成创新驱动发展格局。\n\n[^2]: “揭榜挂帅”：即科技悬赏制。');
    const r = analyze(text).reports[0];
    assert.deepStrictEqual(r.glossary.map(g => [g.number, g.term]), [[1, '“三步走”战略目标'], [2, '“揭榜挂帅”']]);
    assert.deepStrictEqual(r.footnotes.map(f => [f.marker, f.entry]), [['[^1]', 0], ['[^2]', 1]]);
  });
  it('a notes section that opens with a numbered note still counts (景德镇 2016)', () => {
    const g = glossaryOf(SPEECH('注 释\n\n1、2015年市政府为民办10件实事完成情况\n\n7件已完成。\n\n2、“两试点两基地”：国家战略性新兴产业区域集聚发展试点、国家创新型产业集聚试点。\n\n3、“五城同创”：创建全国文明城市、国家卫生城市、国家森林城市。'));
    assert.deepStrictEqual(g.map(x => x[1]), ['“两试点两基地”', '“五城同创”']);
  });
  it('a stray 注释： line in the body does not cut the rest of the report', () => {
    const body = [
      '注释：',
      '以上数据为快报数据。',
      '二、2023年工作安排',
      '2023年全市经济社会发展的主要预期目标是：地区生产总值增长6%左右，一般公共预算收入增长5%。',
      '（一）全力扩大有效投资。全年实施重点项目300个，完成投资1000亿元以上。',
      '（二）加快建设现代产业体系。规模以上工业增加值增长7%。',
      '三、全面加强政府自身建设',
      '各位代表！让我们团结奋进。',
    ].join('\n');
    const r = analyze(SPEECH(body)).reports[0];
    assert.strictEqual(r.glossarySection, null);
    assert.deepStrictEqual(r.outline.map(n => n.text), ['一、2022年工作回顾', '二、2023年工作安排', '三、全面加强政府自身建设']);
    assert.ok(r.indicators.some(i => i.text.includes('规模以上工业增加值')), 'indicators after the stray line are read');
  });
  it('a stray 注释： followed by one entry-shaped line and the body is no glossary', () => {
    const body = '注释：\n1.规上工业：年主营业务收入2000万元以上的工业企业。\n二、2023年工作安排\n地区生产总值增长6%左右。\n（一）扩大有效投资。\n推进重点项目建设，完成投资1000亿元。\n（二）建设现代产业体系。\n规模以上工业增加值增长7%。\n（三）推进乡村振兴。\n粮食产量稳定在100万吨。\n（四）保障民生。\n新增城镇就业5万人。\n三、政府自身建设\n各位代表！让我们团结奋进。';
    const r = analyze(SPEECH(body)).reports[0];
    assert.strictEqual(r.glossarySection, null);
    assert.ok(r.indicators.some(i => i.text.includes('城镇就业')));
  });
});

describe('document glossary: entries run together on one line', () => {
  it('splits `…资源。25.澜湄：…` into two entries (保山 2023)', () => {
    const g = glossaryOf(SPEECH('**名词解释**\n\n24.三资：资金、资产和资源。25.澜湄：澜沧江、湄公河。\n\n26.四早：早发现、早报告、早隔离、早治疗。'));
    assert.deepStrictEqual(g, [[24, '三资', '资金、资产和资源'], [25, '澜湄', '澜沧江、湄公河'], [26, '四早', '早发现、早报告、早隔离、早治疗']]);
  });
  it('keeps a definition that merely contains a numbered list', () => {
    const g = glossaryOf(SPEECH('**名词解释**\n\n1.三个一：1.一个平台；2.一支队伍；3.一套机制。\n\n2.四早：早发现、早报告。'));
    assert.deepStrictEqual(g.map(x => x[1]), ['三个一', '四早']);
  });
});

describe('document glossary: cost', () => {
  it('many stray 注释： headings followed by body text stay linear', () => {
    const block = '注释：\n1.规上工业：年主营业务收入2000万元以上的工业企业。\n正文一段。\n正文二段。\n正文三段。\n';
    const text = SPEECH(block.repeat(20000));
    const t0 = Date.now();
    const r = analyze(text).reports[0];
    const ms = Date.now() - t0;
    assert.strictEqual(r.glossarySection, null);
    assert.ok(ms < 3000, `${ms} ms`);
  });
});
