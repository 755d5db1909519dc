/**
 * The header family: title, place and plan year read from the text only. Every fixture is a few
 * lines of a real report (the speech body shortened to a sentence or two).
 */
import * as assert from 'assert';
import { analyze } from '../../src/core';
import { placeIn, yearOfTitle, yearOfDate, yearOfBody, lastUnit, asPlace, cleanTitle, fullPrefecture, placeOfCommittee, provinceOfBody } from '../../src/core/header';

const head = (text: string) => analyze(text).reports.map(r => [r.title, r.line, r.place, r.year]);

describe('header: front matter', () => {
  it('names the report by the front matter title, with its bracketed date and speaker', () => {
    const text = '---\ntitle: 长春市政府工作报告 （2012年12月20日 姜治莹）\n---\n<!-- 长春市市长姜治莹作政府工作报告 -->\n——2012年12月20日在长春市第十四届人民代表大会第一次会议上\n市长姜治莹\n各位代表：\n现在，我代表市人民政府，向大会报告工作，请各位代表审议，并请市政协委员提出意见。\n一、2012年工作回顾\n';
    assert.deepStrictEqual(head(text), [['长春市政府工作报告 （2012年12月20日 姜治莹）', 2, '长春市', 2013]]);
  });
  it('a closing 各位代表！ is no opening: a front-matter report whose opening salutation runs on keeps its whole body', () => {
    // 吉林省 2009 (shortened): the opening 各位代表，本届政府… runs on into the speech; the only standalone
    // salutation is the closing appeal. The targets stand between them.
    const text = '---\ntitle: 吉林省2009年政府工作报告\n---\n\n（2009年1月17日 韩长赋 ）\n\n' +
      '各位代表，本届政府履行职责已经一年。现在，我代表省政府，向大会作政府工作报告，请予审议，并请省政协委员和其他列席人员提出意见。\n\n' +
      '一、2008年工作回顾\n\n过去的一年是极不平凡的一年。面对国际国内经济形势的重大变化，在党中央、国务院和省委的正确领导下，各级政府和全省人民一道，继续解放思想，奋力攻坚克难，推动全省经济较快发展和社会全面进步，振兴吉林老工业基地迈出了新的步伐。\n\n' +
      '经济增长较快。预计全省地区生产总值实现6400亿元，比上年增长16%，人均地区生产总值跨越3000美元大关。规模以上工业增加值增长19%，服务业增加值增长15%，民营经济主营业务收入增长31.4%，社会消费品零售总额增长24.3%，外贸进出口额增长29.5%，增速均居全国前列。\n\n' +
      '二、2009年工作总体安排\n\n今年政府工作总的要求是：以党的十七大和十七届三中全会精神为指导，全面贯彻中央经济工作会议精神，坚持把保持经济平稳较快增长作为首要任务，统筹做好改革发展稳定各项工作。\n\n' +
      '2009年全省经济社会发展预期目标是：地区生产总值增长12%，地方级财政收入增长15%，规模以上工业增加值增长15%，全社会固定资产投资增长28%。\n\n' +
      '各位代表！\n\n我省正站在新的发展起点上，朝着全面振兴吉林老工业基地的目标阔步前进。\n';
    const r = analyze(text).reports;
    assert.deepStrictEqual(r.map(x => [x.title, x.place, x.year]), [['吉林省2009年政府工作报告', '吉林省', 2009]]);
    const targets = r[0].indicators.filter(i => i.kind === 'target').map(i => `${i.name}${i.value}`);
    assert.deepStrictEqual(targets, ['地区生产总值12', '地方级财政收入15', '规模以上工业增加值15', '全社会固定资产投资28']);
    assert.ok(r[0].indicators.some(i => i.kind === 'actual' && i.canonical === 'gdp' && i.value === 16), 'the review is read too');
  });
  it('reads place and year from a front matter title that is a sentence about the speech', () => {
    const text = '---\nsource: https://www.shanghai.gov.cn/nw12336/20200813/0001-12336_1101441.html\ntitle: 杨雄市长在上海市第十四届人民代表大会第四次会议的政府工作报告（2016年）\n---\n\n上海市市长杨雄\n\n各位代表：\n\n现在，我代表上海市人民政府，向大会报告政府工作，请予审议。请政协委员和其他列席人员提出意见。\n\n一、2015年工作回顾\n';
    assert.deepStrictEqual(head(text), [['杨雄市长在上海市第十四届人民代表大会第四次会议的政府工作报告（2016年）', 3, '上海市', 2016]]);
  });
  it('prints a title written twice once, and reads spaced digits', () => {
    assert.strictEqual(cleanTitle('2017年广州市政府工作报告2017年广州市政府工作报告'), '2017年广州市政府工作报告');
    assert.strictEqual(yearOfTitle('2 0 1 5 年 政府工作报告'), 2015);
    const text = '---\ntitle: 2 0 1 5 年 政府工作报告\n---\n政府工作报告\n第四次会议上\n市长伊力哈木·沙比尔\n各位代表：\n2014年工作回顾\n';
    assert.deepStrictEqual(head(text).map(r => [r[1], r[3]]), [[2, 2015]]);
  });
  it('with a front matter and no place in the title, the subtitle broken over two lines gives it', () => {
    const text = '---\nsource: https://www.xining.gov.cn/zwgk/zfgzbg_84/201603/t20160303_145463.html\ntitle: 2016年政府工作报告\n---\n政府工作报告\n**——2016年2月25日在西宁市第十五届**\n**人民代表大会第八次会议上**\n**市长 张晓容**\n各位代表：\n';
    assert.deepStrictEqual(head(text), [['2016年政府工作报告', 3, '西宁市', 2016]]);
  });
});

describe('header: title lines and subtitles', () => {
  it('the national report: 国务院, from the subtitle and the speaker', () => {
    const text = '**政府工作报告**\n——2024年3月5日在第十四届全国人民代表大会第二次会议上\n\n国务院总理　李强\n\n各位代表：\n\n现在，我代表国务院，向大会报告政府工作，请予审议，并请全国政协委员提出意见。\n\n## 一、2023年工作回顾\n';
    assert.deepStrictEqual(head(text), [['政府工作报告', 1, '国务院', 2024]]);
  });
  it('an economic-plan report of the 1950s is the report, its year in Chinese numerals', () => {
    const text = '**关于一九五八年度国民经济计划草案的报告**\n——1958年2月3日在第一届全国人民代表大会第五次会议上\n国务院副总理兼国家经济委员会主任　薄一波\n各位代表：\n我代表国务院向第一届全国人民代表大会第五次会议，提出关于一九五八年度国民经济计划草案的报告。\n';
    assert.deepStrictEqual(head(text), [['关于一九五八年度国民经济计划草案的报告', 1, '国务院', 1958]]);
  });
  it('a 政府工作报告 title line opens the report before the plan report\'s own title', () => {
    const text = '**1980年政府工作报告**\n**关于1980、1981年国民经济计划安排的报告**\n——1980年8月30日在第五届全国人民代表大会第三次会议上\n\n国务院副总理兼国家计划委员会主任　姚依林\n\n各位代表：\n';
    assert.deepStrictEqual(head(text), [['1980年政府工作报告', 1, '国务院', 1980]]);
  });
  it('title and subtitle on one line', () => {
    const text = '---\nsource: https://www.xingtai.gov.cn/zwgk/zfgzbg/202403/t20240304_683095.html\n---\n\n政府工作报告——2024年1月28日在邢台市第十六届人民代表大会第五次会议上\n\n邢台市人民政府市长 宋华英\n\n各位代表：\n';
    assert.deepStrictEqual(head(text), [['政府工作报告', 5, '邢台市', 2024]]);
  });
  it('a subtitle delivered in December plans for the next year; the speaker line names the district', () => {
    const text = '区十届人大三次\n会议文件(十四)\n政府工作报告\n——2023年12月28日在泉州市鲤城区第十届\n人民代表大会第三次会议上\n泉州市鲤城区人民政府区长 王克思\n各位代表:\n现在,我代表区人民政府向大会报告政府工作,请予审议。\n';
    assert.deepStrictEqual(head(text), [['政府工作报告', 3, '鲤城区', 2024]]);
  });
  it('a plan title\'s 2010年远景目标 is no plan year; the subtitle date is', () => {
    const text = '关于海南省国民经济和社会发展“九五”计划和2010年远景目标纲要的报告\n——1996年2月6日在海南省第一届人民代表大会第四次会议上\n\n海南省省长 阮崇武\n\n各位代表：\n';
    assert.deepStrictEqual(head(text).map(r => [r[2], r[3]]), [['海南省', 1996]]);
  });
});

describe('header: places from structure', () => {
  it('takes the name after 在 or a date, never the date fragment, salutation or a word before 省', () => {
    assert.strictEqual(placeIn('——1月15日在广元市第七届人民代表大会第一次会议上'), '广元市');
    assert.strictEqual(placeIn('——2015年1月13日兰州市第十五届人民代表大会第三次会议'), '兰州市');
    assert.strictEqual(placeIn('——2020年1月在广西壮族自治区第十三届人民代表大会第三次会议上'), '广西壮族自治区');
    assert.strictEqual(placeIn('第十二届人民代表大会第五次会议上自治区'), null);
    assert.strictEqual(placeIn('各位代表：'), null);
    assert.strictEqual(placeIn('从省六届人大第一次会议召开到现在的一年多来'), null);
    assert.strictEqual(placeIn('代省长 孙 英'), null);
    assert.strictEqual(placeIn('（2021年3月29日在州八届人大七次会议第一次全体会议上）'), null);
    assert.strictEqual(placeIn('现在，我代表无锡市人民政府，向市第十四届人民代表大会第一次会议报告过去五年的工作', { opening: true }), '无锡市');
    assert.strictEqual(placeIn('北京市市长 郭金龙'), '北京市');
    assert.strictEqual(placeIn('广西壮族自治区主席 陈武'), '广西壮族自治区');
    assert.strictEqual(placeIn('2016年国务院政府工作报告'), '国务院');
    assert.strictEqual(placeIn('上海市2003年政府工作报告'), '上海市');
    assert.strictEqual(placeIn('中卫市市政府工作报告 （2016年1月27日 万新恒）'), '中卫市');
  });
  it('keeps the last unit of a full name', () => {
    assert.strictEqual(lastUnit('泉州市鲤城区'), '鲤城区');
    assert.strictEqual(lastUnit('浙江省杭州市'), '杭州市');
    assert.strictEqual(lastUnit('杭州市'), '杭州市');
    assert.strictEqual(lastUnit('枣庄市市中区'), '市中区');
    assert.strictEqual(asPlace('我市'), null);
    assert.strictEqual(asPlace('全省'), null);
  });
  it('writes an abbreviated autonomous prefecture in full', () => {
    const text = '---\ntitle: 黔西南州政府工作报告（2022年2月10日 黄兴文）\n---\n（2022年2月10日在州九届人大一次会议第一次全体会议上）\n州长 黄兴文\n各位代表：\n现在，我代表州人民政府向大会报告工作，请予审议，并请政协委员和其他列席人员提出意见。\n';
    assert.deepStrictEqual(head(text).map(r => [r[2], r[3]]), [['黔西南布依族苗族自治州', 2022]]);
    assert.strictEqual(fullPrefecture('克州'), '克孜勒苏柯尔克孜自治州');
    assert.strictEqual(fullPrefecture('恩施州'), '恩施土家族苗族自治州');
    // 代州长 is 代 + 州长: no prefecture begins 代
    assert.strictEqual(placeIn('代州长钟阳'), null);
  });
  it('a title without its suffix takes the suffix of the government the opening names', () => {
    const text = '---\ntitle: 长春政府工作报告 （2011年12月26日 崔杰）\n---\n\n各位代表：\n\n现在，我代表市人民政府向大会作工作报告，请予审议，并请列席会议人员提出意见。\n\n**一、2011年工作回顾** 2011年是实施“十二五”规划的第一年。\n';
    assert.deepStrictEqual(head(text).map(r => [r[2], r[3]]), [['长春市', 2012]]);
  });
  it('a province that names itself only 省: its party committee, else the provincial unit its body names most', () => {
    const text = '---\nsource: https://www.zj.gov.cn/art/2014/5/29/art_1229019379_1247.html\ntitle: 2014年政府工作报告\n---\n各位代表：\n现在，我代表省人民政府向大会作政府工作报告，请予审议，并请省政协委员和其他列席人员提出意见。\n**一、2013年主要工作**\n各位代表，一年来的成绩来之不易。这是党中央、国务院和中共浙江省委正确领导的结果。\n';
    assert.deepStrictEqual(head(text).map(r => [r[2], r[3]]), [['浙江省', 2014]]);
    assert.strictEqual(placeOfCommittee('这是党中央、国务院和中共浙江省委正确领导的结果', '省'), '浙江省');
    assert.strictEqual(placeOfCommittee('在中共浙江省委和中共杭州市委的领导下', '市'), '杭州市');
    assert.strictEqual(provinceOfBody('加强平安浙江和法治浙江建设。建设美丽浙江。', '省'), '浙江省');
    assert.strictEqual(provinceOfBody('加强平安浙江和法治浙江建设。', '省'), null);
  });
});

describe('header: plan year', () => {
  it('October to December plans for the next year; a bare year in a title is the plan year', () => {
    assert.strictEqual(yearOfDate('——2011年11月15日在兰州市第十五届人民代表大会第一次会议上'), 2012);
    assert.strictEqual(yearOfDate('——1998年1月14日在北京市'), 1998);
    assert.strictEqual(yearOfDate('（一九六四年十二月二十一日、二十二日）'), 1965);
    assert.strictEqual(yearOfTitle('1964年政府工作报告'), 1964);
    assert.strictEqual(yearOfTitle('兰州市人民政府工作报告（2012）'), 2012);
    assert.strictEqual(yearOfTitle('2010政府工作报告'), 2010);
    assert.strictEqual(yearOfTitle('南京市政府工作报告（2019年1月9日 蓝绍敏）'), 2019);
  });
  it('with no year in the header, the first headings of the body give it', () => {
    assert.strictEqual(yearOfBody('各位代表：\n现在，我代表市人民政府向大会报告工作。\n**一、2004年政府工作回顾**\n过去的一年'), 2005);
    assert.strictEqual(yearOfBody('三、全面完成2006年的各项任务，努力实现“十一五”良好开局'), 2006);
    const text = '---\ntitle: 政府工作报告\n---\n各位代表：\n现在，我代表市人民政府向大会报告工作，请予审议。\n**一、2004年政府工作回顾**\n过去的一年，在市委的正确领导下。\n';
    assert.strictEqual(analyze(text).reports[0].year, 2005);
  });
});

describe('report boundaries', () => {
  it('splits a report whose salutation line holds the whole speech from the one before it', () => {
    const para = '我们坚持稳中求进，推动高质量发展。'.repeat(3000);
    const text = [
      '2023年河源市政府工作报告', '各位代表：', '一、2022年工作回顾', '正文。', '二、2023年工作安排', '正文。',
      '2023年金华市政府工作报告', `各位代表: 现在，我代表市人民政府，向大会报告政府工作。 一、2022年工作回顾 ${para} 二、2023年工作总体要求和目标任务 ${para}`,
    ].join('\n');
    const r = analyze(text).reports;
    assert.deepStrictEqual(r.map(x => [x.title, x.line, x.place]), [['2023年河源市政府工作报告', 1, '河源市'], ['2023年金华市政府工作报告', 7, '金华市']]);
    assert.deepStrictEqual(r[1].outline.map(n => n.text), ['一、2022年工作回顾', '二、2023年工作总体要求和目标任务']);
  });
  it('an appeal 各位代表，… inside the speech after a newspaper page title splits nothing', () => {
    const text = '---\ntitle: 南通市政府工作报告（2020年1月7日 王晖）\n---\n各位代表：\n现在，我代表市人民政府，向大会报告工作，请予审议。\n一、2019年工作回顾\n正文。\n二、2020年目标任务\n正文。\n政府工作报告\n（上接A2版）\n推动乡村产业振兴。实施新一轮高标准农田建设六年计划。\n各位代表，今年也是谋划“十四五”发展的重要一年。\n';
    const r = analyze(text).reports;
    assert.strictEqual(r.length, 1);
    assert.deepStrictEqual([r[0].place, r[0].year], ['南通市', 2020]);
  });
});
