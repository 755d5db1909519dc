/**
 * Semantics of indicator records (issue 11): direction and sign, the year a figure refers to, a
 * target's bound, attribution of names, low confidence. Fixtures are short excerpts of real reports
 * (the place named in each test), wrapped in a minimal report frame.
 */
import * as assert from 'assert';
import { analyze, Indicator } from '../../src/core';
import { boundOf, directionOf, signedOf, yearsOf, dataYearLabel } from '../../src/core/semantics';
import { isJunkName, refineCanonical, readLead } from '../../src/core/names';
import { readsLikeReport, contentSignals, cjkShare } from '../../src/core/sniff';

/** A 2023 report: `review` in the review part, `plan` in the plan part. */
function report(review: string, plan = '', year = 2023): Indicator[] {
  const text = `${year}年某某市政府工作报告\n\n各位代表：\n\n一、${year - 1}年工作回顾\n\n${review}\n\n二、${year}年工作安排\n\n${plan}\n`;
  return analyze(text).reports[0].indicators;
}

function find(recs: Indicator[], p: (i: Indicator) => boolean, what: string): Indicator {
  const r = recs.find(p);
  assert.ok(r, `${what}: not found in ${JSON.stringify(recs.map(i => [i.kind, i.name, i.value, i.unit]))}`);
  return r as Indicator;
}

describe('semantics: direction and sign', () => {
  it('珠海: 固定资产投资1972.6亿元、下降8.8% is an actual of −8.8, the amount stays a level', () => {
    const recs = report('过去一年，全市地区生产总值增长4.0%，固定资产投资1972.6亿元、下降8.8%，社会消费品零售总额增长3.1%。');
    const down = find(recs, i => i.canonical === 'fixed_investment' && i.unit === '%', 'investment growth');
    assert.strictEqual(down.value, 8.8, 'value stays as written');
    assert.strictEqual(down.direction, 'down');
    assert.strictEqual(down.signedValue, -8.8);
    const level = find(recs, i => i.canonical === 'fixed_investment' && i.unit === '亿元', 'investment amount');
    assert.strictEqual(level.direction, 'level');
    assert.strictEqual(level.signedValue, 1972.6);
  });
  it('河源: 社会消费品零售总额…下降2.5% and 梅州: 进出口总额降幅收窄至9.6% are negative', () => {
    const recs = report('全市地区生产总值增长2.1%，社会消费品零售总额505.6亿元、下降2.5%，进出口总额降幅收窄至9.6%。');
    const retail = find(recs, i => i.canonical === 'retail' && i.unit === '%', 'retail');
    assert.strictEqual(retail.signedValue, -2.5);
    const trade = find(recs, i => i.canonical === 'trade', 'trade');
    assert.strictEqual(trade.name, '进出口总额', 'the decline rate is no part of the name');
    assert.strictEqual(trade.direction, 'down');
    assert.strictEqual(trade.signedValue, -9.6);
  });
  it('云南: 外贸进出口总额80.2亿美元，负增长16.5%; a written -2.5% is a decline', () => {
    const recs = report('全省生产总值增长12.1%，社会消费品零售总额2051亿元，增长19.3%；外贸进出口总额80.2亿美元，负增长16.5%；工业增加值增长-2.5%。');
    const trade = find(recs, i => i.canonical === 'trade' && i.unit === '%', 'trade');
    assert.strictEqual(trade.verb, '负增长');
    assert.strictEqual(trade.signedValue, -16.5);
    const ind = find(recs, i => i.canonical === 'industry', 'industry');
    assert.strictEqual(ind.direction, 'down');
    assert.strictEqual(ind.signedValue, -2.5);
  });
  it('levels reached by a decline are no decline (降至, 回落到, 控制在)', () => {
    assert.strictEqual(directionOf({ name: '城镇登记失业率', canonical: null, verb: '降至', value: 3.5, upper: null, unit: '%', qualifier: '', qualitative: false, relative: null }), 'level');
    assert.strictEqual(directionOf({ name: 'CPI', canonical: 'cpi', verb: '控制在', value: 3, upper: null, unit: '%', qualifier: '', qualitative: false, relative: null }), 'level');
    const range = signedOf({ name: '能耗', canonical: null, verb: '下降', value: 2, upper: 3, unit: '%', qualifier: '', qualitative: false, relative: null });
    assert.deepStrictEqual(range, { value: -3, upper: -2 });
  });
  it('居民消费价格累计下降0.2% (a CPI decline) is negative', () => {
    const recs = report('全市地区生产总值增长5.2%，城镇调查失业率5.2%，居民消费价格累计下降0.2%。');
    assert.strictEqual(find(recs, i => i.canonical === 'cpi', 'cpi').signedValue, -0.2);
  });
});

describe('semantics: the year a figure refers to', () => {
  const review = '过去一年，全市地区生产总值增长6.8%，规上工业增加值增长5.3%，居民消费价格上涨1.9%。\n\n五年来，全市地区生产总值年均增长6.2%，一般公共预算收入年均增长8.1%。';
  const plan = '今年经济社会发展的主要预期目标是：地区生产总值增长7%左右，居民消费价格涨幅3%左右。';
  const recs = report(review, plan);
  it('in a 2023 report the actuals are 2022\'s and the targets 2023\'s', () => {
    const a = find(recs, i => i.kind === 'actual' && i.canonical === 'gdp', 'gdp actual');
    const t = find(recs, i => i.kind === 'target' && i.canonical === 'gdp', 'gdp target');
    assert.strictEqual(a.dataYear, 2022);
    assert.strictEqual(a.dataYearFrom, 2022);
    assert.strictEqual(t.dataYear, 2023);
  });
  it('五年来…年均增长 in a 2023 report is the period 2018–2022', () => {
    const five = find(recs, i => i.canonical === 'gdp' && i.value === 6.2, 'five-year gdp');
    assert.strictEqual(five.dataYearFrom, 2018);
    assert.strictEqual(five.dataYear, 2022);
    assert.strictEqual(dataYearLabel(five), '2018–2022');
  });
  it('a year written in the sentence wins; a comparison year (比2008年) opens a period', () => {
    const text = '2013年，全市地区生产总值达1707亿元，比2008年增长70%。';
    const r = { kind: 'other' as const, start: text.indexOf('1707'), sentence: { start: 0, end: text.length }, valueSpan: { start: text.indexOf('1707'), end: text.indexOf('1707') + 4 } };
    assert.deepStrictEqual(yearsOf(text, r, 2014, true), [2013, 2013]);
    const g = { ...r, start: text.indexOf('70%'), valueSpan: { start: text.indexOf('70%'), end: text.indexOf('70%') + 3 } };
    assert.deepStrictEqual(yearsOf(text, g, 2014, true), [2009, 2013], 'a change since 2008 covers 2009–2013');
    // 广州 2021: 2020年地区生产总值突破2.5万亿元，增长2.7%，5年年均增长6%
    const gz = '2020年地区生产总值突破2.5万亿元，增长2.7%，5年年均增长6%，与全省同步。';
    const at = (s: string, v: string) => ({ kind: 'other' as const, start: s.indexOf(v), sentence: { start: 0, end: s.length }, valueSpan: { start: s.indexOf(v), end: s.indexOf(v) + v.length } });
    assert.deepStrictEqual(yearsOf(gz, at(gz, '2.7%'), 2021, true), [2020, 2020]);
    assert.deepStrictEqual(yearsOf(gz, at(gz, '6%'), 2021, true), [2016, 2020]);
    // 北京 2008: 地区生产总值由2002年的4330.4亿元增长到2007年的9006.2亿元
    const bj = '初步统计，地区生产总值由2002年的4330.4亿元增长到2007年的9006.2亿元，年均增长12%。';
    assert.deepStrictEqual(yearsOf(bj, at(bj, '4330.4亿元'), 2008, true), [2002, 2002]);
    assert.deepStrictEqual(yearsOf(bj, at(bj, '9006.2亿元'), 2008, true), [2007, 2007]);
    const avg = '全市地区生产总值年均增长7.1%。';
    assert.deepStrictEqual(yearsOf(avg, at(avg, '7.1%'), 2018, true), [null, 2017], 'an average of unwritten length');
    const plan = '“十四五”时期，地区生产总值年均增长6%。';
    const p = { kind: 'target' as const, start: plan.indexOf('6%'), sentence: { start: 0, end: plan.length }, valueSpan: { start: plan.indexOf('6%'), end: plan.indexOf('6%') + 2 } };
    assert.deepStrictEqual(yearsOf(plan, p, 2021, false), [2021, 2025]);
  });
});

describe('semantics: target bounds', () => {
  // 2023 national report: 国内生产总值增长5%左右；城镇新增就业1200万人左右，城镇调查失业率5.5%左右；居民消费价格涨幅3%左右
  const plan = '今年发展主要预期目标是：国内生产总值增长5%左右；城镇新增就业1200万人左右，城镇调查失业率5.5%左右；居民消费价格涨幅3%左右；一般公共预算收入增长4.5%以上；单位国内生产总值能耗下降2%左右；进出口总额增长6-6.5%；城镇登记失业率控制在4.5%以内。';
  const recs = report('过去一年，国内生产总值增长3%，居民消费价格上涨2%。', plan);
  const bound = (key: string) => find(recs, i => i.kind === 'target' && i.canonical === key, key).bound;
  it('CPI 3%左右 and unemployment 5.5%左右 / 以内 are ceilings', () => {
    assert.strictEqual(bound('cpi'), 'ceiling');
    assert.strictEqual(bound('unemployment_surveyed'), 'ceiling');
    assert.strictEqual(bound('unemployment_registered'), 'ceiling');
  });
  it('growth 左右 is a point, 以上 a floor, a-b% a range, a decrease to reach a ceiling on the signed change', () => {
    assert.strictEqual(bound('gdp'), 'point');
    assert.strictEqual(bound('budget_revenue'), 'floor');
    assert.strictEqual(bound('trade'), 'range');
    assert.strictEqual(bound('energy_intensity'), 'ceiling');
    assert.strictEqual(find(recs, i => i.kind === 'target' && i.canonical === 'energy_intensity', 'ei').signedValue, -2);
  });
  it('actuals and qualitative records have no bound', () => {
    assert.strictEqual(find(recs, i => i.kind === 'actual' && i.canonical === 'gdp', 'gdp actual').bound, null);
    assert.strictEqual(boundOf({ kind: 'target', name: 'x', canonical: null, verb: '', value: null, upper: null, unit: '', qualifier: '', qualitative: true, relative: null }), null);
  });
});

describe('semantics: attribution', () => {
  it('南宁: 一般公共预算收入扣除留抵退税因素后增长7.54% is budget revenue, not industry', () => {
    const recs = report('全市实现生产总值5218.34亿元、增长1.4%，规上工业增加值增长1.9%，一般公共预算收入扣除留抵退税因素后增长7.54%，居民消费价格指数上涨1.7%，外贸进出口总额增长22.9%。');
    const r = find(recs, i => i.value === 7.54, '7.54');
    assert.strictEqual(r.name, '一般公共预算收入');
    assert.strictEqual(r.canonical, 'budget_revenue');
    assert.ok(!recs.some(i => i.canonical === 'industry' && i.value === 7.54));
  });
  it('金华: 城乡居民收入倍差1.95 is no income; 接待游客人次 is no tourism revenue', () => {
    const recs = report('全市生产总值增长4.5%，城乡居民人均可支配收入分别增长4.2%、6.6%，城乡居民收入倍差缩小到1.95。全市接待游客人次和旅游综合收入分别增长17.6%、18.2%。');
    const ratio = find(recs, i => i.value === 1.95, 'ratio');
    assert.strictEqual(ratio.name, '城乡居民收入倍差');
    assert.strictEqual(ratio.canonical, null);
    const visitors = find(recs, i => i.value === 17.6, 'visitors');
    assert.strictEqual(visitors.canonical, null);
    assert.strictEqual(refineCanonical('城乡居民收入倍差由', 'income_all'), null);
    assert.strictEqual(refineCanonical('接待游客人次', 'tourism'), null);
    assert.strictEqual(refineCanonical('旅游总收入', 'tourism'), 'tourism');
  });
  it('北京: 万元地区生产总值能耗 is energy intensity; 第三产业增加值占地区生产总值比重 is neither services nor GDP', () => {
    assert.strictEqual(refineCanonical('万元地区生产总值能耗', 'gdp'), 'energy_intensity');
    assert.strictEqual(refineCanonical('第三产业增加值占地区生产总值比重', 'services'), null);
    assert.strictEqual(refineCanonical('全市地区生产总值', 'gdp'), 'gdp');
    // 上海 2013: 全社会研发经费支出相当于全市生产总值的比例达到3%以上
    assert.strictEqual(refineCanonical('全社会研发经费支出相当于全市生产总值的比例', 'gdp'), null);
    assert.strictEqual(refineCanonical('人均国内生产总值', 'gdp'), 'gdp_per_capita');
    assert.strictEqual(refineCanonical('地区生产总值预计', 'gdp'), 'gdp');
  });
  it('焦作: 分别高于全国、全省、焦作市平均增速1.8、1.7、1.5个百分点 yields no rows named 1.7 or 2.6', () => {
    const recs = report('全市地区生产总值增长6.5%，规上工业增加值增长8.2%，分别高于全国、全省、焦作市平均增速1.8、1.7、1.5个百分点。地区生产总值增长4.6%，高于全国、全省平均水平2.6、2.5个百分点。');
    assert.ok(!recs.some(i => /^[\d.、]+$/.test(i.name)), JSON.stringify(recs.map(i => i.name)));
    const later = find(recs, i => i.value === 1.5, '1.5');
    assert.strictEqual(later.unit, '个百分点');
    assert.strictEqual(later.confidence, 'low');
    const listed = find(recs, i => i.value === 2.6, '2.6');
    assert.strictEqual(listed.unit, '个百分点', 'a unit-less number in a list shares the list\'s unit');
    assert.strictEqual(listed.confidence, 'low', 'which comparison it is stays uncertain');
  });
  it('names that are a unit, a number or a fragment never reach a table (日, 盒, 次)', () => {
    for (const n of ['日', '盒', '次', '万人', '亿元', '1.7', '2.2、1.3', '', '和']) assert.ok(isJunkName(n), n);
    for (const n of ['地区生产总值', '学位', '城镇新增就业']) assert.ok(!isJunkName(n), n);
    // 上海 2021: 随申码持续迭代升级、使用20.8亿次; 唐山 2014: 增长10.5%和 11.6%
    const recs = report('“随申码”持续迭代升级、使用20.8亿次。全市发放消费券5000万盒，平均每户2盒。');
    assert.ok(!recs.some(i => isJunkName(i.name)), JSON.stringify(recs.map(i => i.name)));
  });
  it('国务院 2010: an explanatory 提出国内生产总值增长8%左右 beside the list is low-confidence', () => {
    const recs = report('过去一年，国内生产总值增长8.7%，居民消费价格下降0.7%。',
      '今年经济社会发展的主要预期目标是：国内生产总值增长8%左右；城镇新增就业900万人以上，城镇登记失业率控制在4.6%以内；居民消费价格涨幅3%左右。这里要着重说明，提出国内生产总值增长8%左右，主要是强调好字当头。', 2010);
    const gdp = recs.filter(i => i.kind === 'target' && i.canonical === 'gdp' && i.unit === '%');
    if (gdp.length >= 2) {
      assert.strictEqual(gdp[0].confidence, 'high');
      assert.ok(gdp.slice(1).every(i => i.confidence === 'low'), JSON.stringify(gdp.map(i => [i.text, i.confidence])));
    }
    assert.strictEqual(gdp.filter(i => i.confidence !== 'low').length, 1);
  });
  it('a five-year average or the values of one sentence are no second statement of a target', () => {
    // 三明 2016: 地区生产总值增长9%左右 beside 地区生产总值年均增长9%左右; 桂林 2017: 增长8%，力争8.5%
    const recs = report('过去一年，全市地区生产总值增长8.1%，规模以上工业增加值增长7%。',
      '今后五年，全市地区生产总值年均增长9%左右。今年经济社会发展的主要预期目标是：地区生产总值增长9%左右，规模以上工业增加值增长8%，力争8.5%，固定资产投资增长10%。', 2017);
    const targets = recs.filter(i => i.kind === 'target' && i.value !== null);
    assert.ok(targets.filter(i => i.canonical === 'gdp' && i.dataYear === 2017 && i.dataYearFrom === 2017).every(i => i.confidence === 'high'));
    assert.ok(targets.filter(i => i.canonical === 'industry').every(i => i.confidence === 'high'), JSON.stringify(targets.map(i => [i.text, i.confidenceNote])));
  });
  it('readLead: 降幅收窄至 and 负增长 are verbs, 扣除…后 no part of the name', () => {
    const t = '进出口总额降幅收窄至9.6%';
    const l = readLead(t, 0, t.indexOf('9.6'));
    assert.strictEqual(l.name, '进出口总额');
    assert.strictEqual(l.verb, '降幅收窄至');
    const u = '一般公共预算收入扣除留抵退税因素后增长7.54%';
    assert.strictEqual(readLead(u, 0, u.indexOf('7.54')).name, '一般公共预算收入');
  });
});

describe('sniff: reports found by content, not by name', () => {
  it('a report opening, in front matter or not, reads like a report', () => {
    const a = '---\ntitle: 政府工作报告\n---\n\n二〇二三年一月十五日在北京市第十六届人民代表大会第一次会议上\n\n各位代表：\n\n现在，我代表市人民政府，向大会报告工作，请予审议。\n\n一、过去五年工作回顾\n\n过去一年，全市地区生产总值增长0.7%。';
    assert.ok(readsLikeReport(a), JSON.stringify(contentSignals(a)));
    // 浙江 1986: a five-year plan report, no 政府工作报告 in its title
    const b = '---\ntitle: 关于浙江省第七个五年计划的报告\n---\n\n各位代表:\n\n省六届人大本次会议的中心议题，是审议我省国民经济和社会发展第七个五年计划。现在，我代表省人民政府作关于我省“七五”计划的报告，请大会审议。\n\n但是，我们应当清醒地认识到，过去五年的工作，还存在不少缺点，发生过某些失误。';
    assert.ok(readsLikeReport(b), JSON.stringify(contentSignals(b)));
  });
  it('a README quoting report phrases, notes and news are no report', () => {
    const readme = '# govreport\n\nReads 政府工作报告 (government work reports): `各位代表`, 主要预期目标, 过去一年 …\n\n```sh\nnpm run build\n```\n'.repeat(3);
    assert.ok(!readsLikeReport(readme));
    assert.ok(cjkShare(readme) < 0.5);
    assert.ok(!readsLikeReport('今天天气很好，我们去公园散步。'));
  });
});
