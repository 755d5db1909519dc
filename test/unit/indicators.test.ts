import * as assert from 'assert';
import { analyze, Indicator } from '../../src/core';

function recs(body: string, kind?: string): Array<Partial<Indicator>> {
  const text = `2024年某市政府工作报告\n各位代表：\n一、2023年工作回顾\n${body}\n`;
  const a = analyze(text);
  return a.reports[0].indicators.filter(i => !kind || i.kind === kind).map(i => ({
    kind: i.kind, name: i.name, canonical: i.canonical, verb: i.verb, value: i.value, upper: i.upper, unit: i.unit,
    qualifier: i.qualifier, aim: i.aim, qualitative: i.qualitative, relative: i.relative,
  }));
}

const pick = (r: Partial<Indicator>, keys: Array<keyof Indicator>) => Object.fromEntries(keys.map(k => [k, r[k]]));

describe('indicators', () => {
  it('reads the main-target sentence with distribution, qualitative and relative targets', () => {
    const t = recs('二、2024年工作安排\n今年经济社会发展的主要预期目标是：地区生产总值增长5.5%左右，一般公共预算总收入、地方一般公共预算收入均增长5.5%左右，城镇和农村居民人均可支配收入分别增长7%和8%左右，外贸进出口总额增速高于全省，居民消费价格涨幅控制在3%左右，全体居民人均可支配收入与经济增长保持同步，地区生产总值增速力争高于全省1个百分点，完成省下达的节能减排任务。', 'target');
    const keys: Array<keyof Indicator> = ['name', 'value', 'unit', 'qualifier'];
    assert.deepStrictEqual(t.map(r => pick(r, keys)), [
      { name: '地区生产总值', value: 5.5, unit: '%', qualifier: '左右' },
      { name: '一般公共预算总收入', value: 5.5, unit: '%', qualifier: '左右' },
      { name: '地方一般公共预算收入', value: 5.5, unit: '%', qualifier: '左右' },
      { name: '城镇居民人均可支配收入', value: 7, unit: '%', qualifier: '左右' },
      { name: '农村居民人均可支配收入', value: 8, unit: '%', qualifier: '左右' },
      { name: '外贸进出口总额增速', value: null, unit: '', qualifier: '' },
      { name: '居民消费价格涨幅', value: 3, unit: '%', qualifier: '左右' },
      { name: '全体居民人均可支配收入', value: null, unit: '', qualifier: '' },
      { name: '地区生产总值增速', value: 1, unit: '个百分点', qualifier: '' },
      { name: '节能减排任务', value: null, unit: '', qualifier: '' },
    ]);
    assert.strictEqual(t[0].canonical, 'gdp');
    assert.strictEqual(t[3].canonical, 'income_urban');
    assert.deepStrictEqual(pick(t[5], ['qualitative', 'relative', 'verb']), { qualitative: true, relative: '全省', verb: '高于' });
    assert.deepStrictEqual(pick(t[8], ['aim', 'relative', 'verb']), { aim: true, relative: '全省', verb: '高于' });
  });
  it('reads "综合考虑…今年…增长6%左右" as a target sentence', () => {
    const t = recs('二、2024年工作安排\n综合考虑各方面因素，今年全市生产总值增长6%左右，固定资产投资增长8%。', 'target');
    assert.deepStrictEqual(t.map(r => [r.name, r.value]), [['生产总值', 6], ['固定资产投资', 8]]);
  });
  it('reads headline actuals: level and growth as two records, names inherited', () => {
    const a = recs('全年实现地区生产总值1360亿元、增长5.0%左右，一般公共预算收入34.24亿元，同口径增长2.8%，城乡居民人均可支配收入37533元、15221元，分别增长5.8%、7.1%。', 'actual');
    assert.deepStrictEqual(a.map(r => [r.name, r.value, r.unit, r.qualifier]), [
      ['地区生产总值', 1360, '亿元', ''], ['地区生产总值', 5, '%', '左右'],
      ['一般公共预算收入', 34.24, '亿元', ''], ['一般公共预算收入', 2.8, '%', ''],
      ['城镇居民人均可支配收入', 37533, '元', ''], ['农村居民人均可支配收入', 15221, '元', ''],
      ['城镇居民人均可支配收入', 5.8, '%', ''], ['农村居民人均可支配收入', 7.1, '%', ''],
    ]);
  });
  it('names other quantities sensibly', () => {
    const o = recs('新开办5所公办校，新增5466个学位。举办600多场促消费活动。外贸进出口总额9470.4亿元。', 'other');
    assert.deepStrictEqual(o.map(r => [r.name, r.value, r.unit]), [['公办校', 5, '所'], ['学位', 5466, '个'], ['促消费活动', 600, '场'], ['外贸进出口总额', 9470.4, '亿元']]);
  });
  it('keeps text equal to the input at the offsets, with full-width digits', () => {
    const text = '2024年某市政府工作报告\n各位代表：\n主要预期目标是：地区生产总值增长５．５％左右，固定资产投资增长６％。';
    for (const i of analyze(text).reports[0].indicators) {
      assert.strictEqual(text.slice(i.start, i.end), i.text);
      assert.ok(i.valueSpan === null || text.slice(i.valueSpan.start, i.valueSpan.end).length > 0);
    }
    assert.deepStrictEqual(analyze(text).reports[0].indicators.map(i => i.value), [5.5, 6]);
  });
});

describe('indicators in other report formats', () => {
  it('reads a national report: 万亿元, 亿斤, qualitative balance, energy intensity', () => {
    const text = [
      '政府工作报告', '——2024年3月5日在第十四届全国人民代表大会第二次会议上', '各位代表：', '一、2023年工作回顾',
      '国内生产总值超过126万亿元，增长5.2%。城镇新增就业1244万人，城镇调查失业率平均为5.2%。居民消费价格上涨0.2%。',
      '二、2024年政府工作任务',
      '今年发展主要预期目标是：国内生产总值增长5%左右；城镇新增就业1200万人以上，城镇调查失业率5.5%左右；居民消费价格涨幅3%左右；居民收入增长和经济增长同步；国际收支保持基本平衡；粮食产量1.3万亿斤以上；单位国内生产总值能耗降低2.5%左右。',
    ].join('\n');
    const r = analyze(text).reports[0];
    assert.strictEqual(r.place, '国务院');
    assert.strictEqual(r.year, 2024);
    const t = r.indicators.filter(i => i.kind === 'target').map(i => [i.canonical, i.value, i.unit, i.qualifier]);
    assert.deepStrictEqual(t, [
      ['gdp', 5, '%', '左右'], ['new_urban_jobs', 1200, '万人', '以上'], ['unemployment_surveyed', 5.5, '%', '左右'],
      ['cpi', 3, '%', '左右'], ['income_all', null, '', ''], ['balance_of_payments', null, '', ''],
      ['grain_output', 1.3, '万亿斤', '以上'], ['energy_intensity', 2.5, '%', '左右']]);
    const a = r.indicators.filter(i => i.kind === 'actual').map(i => [i.canonical, i.value, i.unit]);
    assert.deepStrictEqual(a, [['gdp', 126, '万亿元'], ['gdp', 5.2, '%'], ['new_urban_jobs', 1244, '万人'],
      ['unemployment_surveyed', 5.2, '%'], ['cpi', 0.2, '%']]);
  });
  it('accepts "主要目标任务是" and Markdown headings', () => {
    const text = '# 2024年某县政府工作报告\n各位代表：\n## 一、2023年工作回顾\n## 二、2024年工作安排\n今年经济社会发展的主要目标任务是：全县地区生产总值增长6.5%，一般公共预算收入增长5%。';
    const r = analyze(text).reports[0];
    assert.strictEqual(r.title, '2024年某县政府工作报告');
    assert.deepStrictEqual(r.outline.map(n => n.text), ['一、2023年工作回顾', '二、2024年工作安排']);
    assert.deepStrictEqual(r.indicators.filter(i => i.kind === 'target').map(i => [i.name, i.value]), [['地区生产总值', 6.5], ['一般公共预算收入', 5]]);
  });
});

describe('single-target sentences', () => {
  it('an explicit main-target sentence with one target is a target', () => {
    const t = recs('二、2024年工作安排\n今年主要预期目标是：地区生产总值增长5.5%左右。', 'target');
    assert.deepStrictEqual(t.map(r => [r.name, r.value, r.qualifier]), [['地区生产总值', 5.5, '左右']]);
  });
});

describe('layouts of converted reports', () => {
  const head = '2024年某市政府工作报告\n各位代表：\n一、2023年工作回顾\n过去一年，地区生产总值增长5.2%，一般公共预算收入增长3.1%。\n二、2024年工作安排\n';
  const targets = (text: string) => analyze(text).reports[0].indicators.filter(i => i.kind === 'target').map(i => [i.name, i.value, i.unit, i.qualifier]);
  const want = [['地区生产总值', 6, '%', '左右'], ['一般公共预算收入', 5.5, '%', ''], ['城镇调查失业率', 5.5, '%', '以内']];

  it('a target list with one target per line after "主要预期目标是："', () => {
    expect(targets(head + '今年经济社会发展的主要预期目标是：\n地区生产总值增长6%左右；\n一般公共预算收入增长5.5%；\n城镇调查失业率控制在5.5%以内。\n重点抓好以下工作：\n'));
  });
  it('hard-wrapped lines (text from a PDF), with blanks between number and unit', () => {
    const filler = '我们坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，加快构建新发展格局，着力推动高质量发展。'.repeat(3);
    const wrap = (p: string) => (p.match(/.{1,30}/g) ?? []).join('\n');
    const wrapped = [filler, '今年经济社会发展的主要预期目标是：地区生产总值增长 6 %左右，一般公共预算收入增长5.5%，城镇调查失业率控制在5.5%以内。重点抓好以下工作。', filler]
      .map(wrap).join('\n') + '\n';
    expect(targets(head.replace('过去一年，', '过去一年，\n') + wrapped));
  });
  function expect(got: unknown[]) {
    assert.deepStrictEqual(got, want);
  }
});

describe('headline actuals after a five-year review', () => {
  it('the five-year summary is passed over for the year under review', () => {
    const text = '2021年某市政府工作报告\n各位代表：\n一、“十三五”和2020年工作回顾\n过去五年，地区生产总值年均增长7.5%，一般公共预算收入年均增长8%。\n2020年，地区生产总值增长3.1%，一般公共预算收入增长2.6%。\n二、2021年工作安排\n';
    const a = analyze(text).reports[0].indicators.filter(i => i.kind === 'actual').map(i => [i.name, i.value]);
    assert.deepStrictEqual(a, [['地区生产总值', 3.1], ['一般公共预算收入', 2.6]]);
  });
});

describe('targets recalled in the review', () => {
  it('"年初确定的主要预期目标为…" in the review is not the plan year\'s target', () => {
    const text = '2024年某市政府工作报告\n各位代表：\n一、2023年工作回顾\n年初确定的主要预期目标为地区生产总值增长6%左右，实际增长5.2%。\n二、2024年工作安排\n今年主要预期目标是：地区生产总值增长5.5%左右，固定资产投资增长8%。\n';
    const t = analyze(text).reports[0].indicators.filter(i => i.kind === 'target').map(i => [i.name, i.value]);
    assert.deepStrictEqual(t, [['地区生产总值', 5.5], ['固定资产投资', 8]]);
  });
});

describe('targets in separate sentences', () => {
  it('a target list whose items are sentences of one paragraph', () => {
    const text = '2024年某市政府工作报告\n各位代表：\n一、2023年工作回顾\n二、2024年工作安排\n今年主要预期目标是：地区生产总值增长6%左右。城镇调查失业率5.5%以内。居民消费价格涨幅3%左右。我们要坚定信心。\n';
    const t = analyze(text).reports[0].indicators.filter(i => i.kind === 'target').map(i => [i.name, i.value, i.qualifier]);
    assert.deepStrictEqual(t, [['地区生产总值', 6, '左右'], ['城镇调查失业率', 5.5, '以内'], ['居民消费价格涨幅', 3, '左右']]);
  });
});

describe('more qualitative targets', () => {
  it('达到…要求, 保持平稳, 稳定在合理区间', () => {
    const text = '2024年某市政府工作报告\n各位代表：\n一、2023年工作回顾\n二、2024年工作安排\n主要预期目标是：地区生产总值增长6%左右，PM2.5平均浓度达到省考核要求，外贸进出口保持平稳，城镇就业稳定在合理区间。\n';
    const t = analyze(text).reports[0].indicators.filter(i => i.kind === 'target').map(i => [i.name, i.value, i.qualitative]);
    assert.deepStrictEqual(t, [['地区生产总值', 6, false], ['PM2.5平均浓度', null, true], ['外贸进出口', null, true], ['城镇就业', null, true]]);
  });
});

describe('names keep the words of Latin text', () => {
  it('blanks between Chinese characters go, blanks in Latin text stay', () => {
    const text = '2024年某市政府工作报告\n各位代表：\n一、回顾\n地区 生产总值达到100亿元。<img src=x onerror=alert(1)>增长5%。\n';
    const names = analyze(text).reports[0].indicators.map(i => i.name);
    assert.deepStrictEqual(names, ['地区生产总值', '<img src=x onerror=alert(1)>']);
  });
});

describe('headline actuals in every era', () => {
  const actuals = (text: string) => analyze(text).reports[0].indicators.filter(i => i.kind === 'actual')
    .map(i => [i.canonical ?? i.name, i.value, i.unit]);
  it('a five-year review over —— items, then the year under review', () => {
    const text = ['2021年某市政府工作报告', '各位代表：', '一、“十三五”时期和2020年工作回顾',
      '“十三五”时期是佛山发展史上具有重大意义的五年。',
      '**——经济综合实力迈上新台阶。**地区生产总值从2015年的8107.6亿元增加到2020年的10816.47亿元，年均增长6.1%。',
      '**——科技创新能力持续提升。**财政科技投入从30亿元增加到102亿元，现代服务业增加值占第三产业比重达62%，旅游业总收入增长60%。',
      '2020年是“十三五”规划收官之年，也是极不平凡的一年。我们在大战大考中经受住严峻考验，实现地区生产总值增长1.6%，与全国、全省基本同步，地方一般公共预算收入增长3%，居民人均可支配收入增长4.1%。',
      '二、2021年工作安排'].join('\n');
    assert.deepStrictEqual(actuals(text), [['gdp', 1.6, '%'], ['budget_revenue', 3, '%'], ['income_all', 4.1, '%']]);
  });
  it('only five-year paragraphs: their sentences about the year, never a 年均 figure', () => {
    const text = ['2006年某市政府工作报告', '各位代表：', '一、“十五”时期工作回顾',
      '——经济持续快速稳定增长，经济实力跃上新台阶。“十五”时期第一年，生产总值突破1000亿元大关，预计2005年达2379.8亿元，增长19.2%，“十五”时期年均增长14.9%；人均生产总值41031元。',
      '二、2006年工作安排'].join('\n');
    const a = actuals(text);
    assert.ok(a.some(x => x[0] === 'gdp' && x[1] === 19.2), JSON.stringify(a));
    assert.ok(!a.some(x => x[1] === 14.9), JSON.stringify(a));
  });
  it('预计，全市地区生产总值突破千亿大关，增长6％左右 (a Chinese-numeral level)', () => {
    const text = '2025年某市政府工作报告\n各位代表：\n一、2024年工作回顾\n预计，全市地区生产总值突破千亿大关，增长6％左右，规上工业增加值增长8.5%左右，一般公共预算收入增长14.2％。\n二、2025年工作安排\n';
    assert.deepStrictEqual(actuals(text), [['gdp', 1000, '亿'], ['gdp', 6, '%'], ['industry', 8.5, '%'], ['budget_revenue', 14.2, '%']]);
  });
  it('thousands grouped by a blank: 国内生产总值2 063.37亿元', () => {
    const text = '2000年某市政府工作报告\n各位代表：\n一、1999年工作的主要情况\n全市实现国内生产总值2 063.37亿元，比上年增长13.3%。人均国内生产总值3.04万元，增长11.7%。\n二、2000年工作安排\n';
    assert.deepStrictEqual(actuals(text), [['gdp', 2063.37, '亿元'], ['gdp', 13.3, '%'], ['gdp_per_capita', 3.04, '万元'], ['gdp_per_capita', 11.7, '%']]);
  });
  it('实际增长9.8%和8.5%: the names of the clauses before', () => {
    const text = '2010年政府工作报告\n各位代表：\n一、2009年工作回顾\n国内生产总值达到33.5万亿元，比上年增长8.7%；城镇居民人均可支配收入17175元，农村居民人均纯收入5153元，实际增长9.8%和8.5%。\n二、2010年工作任务\n';
    assert.deepStrictEqual(actuals(text).slice(-2), [['income_urban', 9.8, '%'], ['income_rural', 8.5, '%']]);
  });
  it('财政收入 in its own sentence of the headline is a headline actual (fiscal revenue)', () => {
    // 武汉 2008 (excerpt): the fiscal figures follow GDP in the summary paragraph
    const text = '2008年某市政府工作报告\n各位代表：\n一、2007年工作回顾\n全市实现生产总值3141.5亿元，增长15.6%。财政收入634.06亿元，增长26.2%；地方一般预算收入221.68亿元，增长24.1%。\n二、2008年工作安排\n';
    const a = actuals(text);
    assert.deepStrictEqual(a.filter(x => x[0] === 'fiscal_revenue'), [['fiscal_revenue', 634.06, '亿元'], ['fiscal_revenue', 26.2, '%']], JSON.stringify(a));
    // 财政总收入 and 地方财政收入 keep their own keys
    assert.deepStrictEqual(['财政总收入', '地方财政收入', '全国财政收入', '财政收入占地区生产总值比重'].map(n => recs(`${n}增长5%。`)[0]?.canonical),
      ['budget_revenue_total', 'budget_revenue', 'fiscal_revenue', null]);
  });
  it('a five-year paragraph (过去的五年, 五年平均增长) is passed over for the paragraph of the year under review', () => {
    // 河北 2006 (excerpt): a 十五 review, its items, then 刚刚过去的2005年
    const text = ['2006年某省政府工作报告', '各位代表：', '一、“十五”时期和2005年工作回顾',
      '过去的五年，全省人民全面完成“十五”各项目标任务。',
      '综合实力上了一个大台阶。2005年，全省生产总值初步核算达到10116.6亿元，五年平均增长11.2%。人均生产总值达到1.48万元。全部财政收入完成1035.2亿元。',
      '特别需要指出的是，刚刚过去的2005年，各条战线都取得了新成绩。全省生产总值增长13.4%，全部财政收入增长33%，全社会固定资产投资增长30.4%。',
      '二、2006年工作安排'].join('\n');
    assert.deepStrictEqual(actuals(text), [['gdp', 13.4, '%'], ['fiscal_revenue', 33, '%'], ['fixed_investment', 30.4, '%']]);
  });
  it('the goals of a 今后五年 part are no headline: the year sentence of the five-year review is', () => {
    // 濮阳 2023 / 长沙 2006 layout (excerpts): a five-year review, the next five years' goals, the year's work
    const text = ['2023年某市政府工作报告', '各位代表：', '一、过去五年工作回顾',
      '过去五年，是综合实力大幅跃升的五年。2022年，预计全市生产总值增长5%以上，规模以上工业增加值增长8%以上，固定资产投资增长13%左右。',
      '二、今后五年的目标任务',
      '——经济实力显著增强。地区生产总值达2800亿元左右，人均GDP达到40000元以上，城镇化率达到60%左右。',
      '三、2023年工作安排',
      '今年经济社会发展的主要预期目标是：生产总值增长6.5%左右。'].join('\n');
    const a = analyze(text).reports[0].indicators.filter(i => i.kind === 'actual');
    assert.deepStrictEqual(a.map(i => [i.canonical, i.value, i.line]), [['gdp', 5, 4], ['industry', 8, 4], ['fixed_investment', 13, 4]]);
  });
  it('年平均增长 is an average over years: it names nothing (the name before is kept) and is no headline', () => {
    // 甘肃 1993 (excerpt)
    const text = '1993年某省政府工作报告\n各位代表：\n一、过去五年的工作\n初步统计，1992年，全省国内生产总值达到277亿元，比上年增长10.5%，年平均增长8.5%；财政收入达到39.2亿元，增长9.4%，年平均增长11.9%。\n二、1993年的工作\n';
    const recs = analyze(text).reports[0].indicators;
    const avg = recs.filter(i => i.value === 8.5 || i.value === 11.9).map(i => [i.name, i.kind, i.dataYear]);
    assert.deepStrictEqual(avg, [['国内生产总值', 'other', 1992], ['财政收入', 'other', 1992]]);
    assert.deepStrictEqual(actuals(text).map(x => x[1]), [277, 10.5, 39.2, 9.4]);
  });
  it('an adverb between name and verb (实际, 预计, 全年, 继续) is no part of the name', () => {
    const text = '2010年某市政府工作报告\n各位代表：\n一、2009年工作回顾\n地区生产总值预计增长9.5%，城镇居民人均可支配收入和农民人均纯收入分别实际增长9%和8%，城镇调查失业率全年控制在4.5%以内，进出口总额继续增长5%。\n';
    assert.deepStrictEqual(analyze(text).reports[0].indicators.map(i => [i.name, i.value]),
      [['地区生产总值', 9.5], ['城镇居民人均可支配收入', 9], ['农民人均纯收入', 8], ['城镇调查失业率', 4.5], ['进出口总额', 5]]);
  });
  it('a year before the name (2002年城镇居民人均可支配收入) is no part of it; the data year is still read', () => {
    const text = '2003年某市政府工作报告\n各位代表：\n一、2002年工作回顾\n2002年城镇居民人均可支配收入达到8177元，2002年全市实现生产总值5408.76亿元。\n';
    assert.deepStrictEqual(analyze(text).reports[0].indicators.map(i => [i.name, i.value, i.dataYear]),
      [['城镇居民人均可支配收入', 8177, 2002], ['生产总值', 5408.76, 2002]]);
  });
  it('一、二、三产业增加值分别增长a、b和c: each industry by its name', () => {
    const text = '2010年某市政府工作报告\n各位代表：\n一、2009年工作回顾\n一、二、三产业增加值分别增长6.5%、4.6%和6.2%；第二、三产业增加值分别增长8%和9%；二、三产业比重提高0.9个百分点。\n';
    assert.deepStrictEqual(analyze(text).reports[0].indicators.map(i => [i.name, i.value]), [['第一产业增加值', 6.5], ['第二产业增加值', 4.6],
      ['第三产业增加值', 6.2], ['第二产业增加值', 8], ['第三产业增加值', 9], ['二、三产业比重', 0.9]]);
  });
  it('—— items carry a five-year review on (their dashes are -- once the width is normalised)', () => {
    const text = ['2021年某市政府工作报告', '各位代表：', '一、“十三五”和2020年工作回顾',
      '过去五年，我们攻坚克难，全面完成“十三五”规划目标任务。',
      '——综合实力大幅跃升。地区生产总值增加到3000亿元，一般公共预算收入增长80%。',
      '2020年，地区生产总值增长3.1%，一般公共预算收入增长2.6%。',
      '二、2021年工作安排'].join('\n');
    assert.deepStrictEqual(actuals(text), [['gdp', 3.1, '%'], ['budget_revenue', 2.6, '%']]);
  });
  it('an item that opens with 全年 after the five-year items is the year under review (黔南 2022)', () => {
    const text = ['2022年某州政府工作报告', '各位代表：', '一、过去五年工作回顾',
      '过去五年，是极不平凡、具有里程碑意义的五年。',
      '——过去五年，我们聚力大抓产业，加快发展实体经济。',
      '——经济实力显著提升。全年地区生产总值1747.41亿元，增长8.3%，社会消费品零售总额增长14.6%。',
      '——社会大局和谐稳定。', '——干部作风持续转变。',
      '二、奋力开创高质量发展新局面',
      '到那时，全州地区生产总值达到2500亿元，常住人口城镇化率达到65%。',
      '三、2022年工作安排', '今年经济社会发展的主要预期目标是：地区生产总值增长7%左右。'].join('\n');
    assert.deepStrictEqual(actuals(text), [['gdp', 1747.41, '亿元'], ['gdp', 8.3, '%'], ['retail', 14.6, '%']]);
  });
  it('the goals after 今后五年的主要目标是： (—— items, no part heading) are no headline (平凉 2016)', () => {
    const text = ['2016年某市政府工作报告', '各位代表：', '“十二五”工作回顾',
      '五年来，城镇和农村居民人均可支配收入分别达到20995元和6060元，比“十一五”末增长78.4%和93.2%。',
      '统筹考虑发展环境和增长潜力，今后五年的主要目标是：',
      '——综合实力迈上新台阶。地区生产总值达到500亿元，常住人口城镇化率达到60%。',
      '2016年工作安排', '今年经济社会发展的主要预期目标是：地区生产总值增长8%左右。'].join('\n');
    assert.ok(!actuals(text).some(x => x[1] === 500 || x[1] === 60), JSON.stringify(actuals(text)));
  });
  it('a sentence of the headline without figures that states a known indicator', () => {
    const text = '2016年国务院政府工作报告\n各位代表：\n一、2015年工作回顾\n——经济运行保持在合理区间。国内生产总值达到67.7万亿元，增长6.9%，在世界主要经济体中位居前列。粮食产量实现“十二连增”，居民消费价格涨幅保持较低水平。特别是就业形势总体稳定，城镇新增就业1312万人，超过全年预期目标。\n二、2016年工作重点\n';
    const a = analyze(text).reports[0].indicators.filter(i => i.kind === 'actual').map(i => [i.canonical ?? i.name, i.value]);
    assert.deepStrictEqual(a, [['gdp', 67.7], ['gdp', 6.9], ['cpi', null], ['new_urban_jobs', 1312]]);
  });
});
