/**
 * The year's main targets in every era and layout of report: the target phrase and its variants,
 * lists over sentences, lines and `——` items, weighing sentences without a phrase, and what is no
 * target of the year (five-year plans, targets recalled in the review, explanations). Fixtures are
 * short excerpts of real reports, framed by a title, a review heading and a plan heading.
 */
import * as assert from 'assert';
import { analyze, Indicator } from '../../src/core';

function report(plan: string, opts: { year?: number; review?: string } = {}): string {
  const year = opts.year ?? 2024;
  return [`${year}年某市政府工作报告`, '各位代表：', `一、${year - 1}年工作回顾`, opts.review ?? '过去一年，我们攻坚克难。',
    `二、${year}年工作安排`, plan, '重点抓好以下工作：', '（一）推动产业升级。'].join('\n');
}

function targets(text: string): Indicator[] {
  return analyze(text).reports.flatMap(r => r.indicators).filter(i => i.kind === 'target');
}

const brief = (ts: Indicator[]) => ts.map(t => [t.name, t.value, t.unit, t.qualifier]);
const gdp = (ts: Indicator[]) => ts.filter(t => t.canonical === 'gdp' && t.value !== null).map(t => t.value);

describe('targets: the target phrase in its variants', () => {
  it('建议2003年全市经济和社会发展主要调控目标为：', () => {
    const t = targets(report('建议2003年全市经济和社会发展主要调控目标为：国内生产总值增长9%，其中第一产业增长2.5%，第二产业增长12%，第三产业增长9%;地方预算内财政收入增长12%;全社会固定资产投资增长18%。', { year: 2003 }));
    assert.deepStrictEqual(gdp(t), [9]);
    assert.deepStrictEqual(brief(t).slice(-2), [['地方预算内财政收入', 12, '%', ''], ['全社会固定资产投资', 18, '%', '']]);
  });
  it('主要调控目标是：… ；主要预测指标是：北京市生产总值增长9%', () => {
    const t = targets(report('为充分体现上述工作要求，树立正确的政绩观，市政府对今年经济社会发展的预期目标设置进行了改革和调整。主要调控目标是：城镇登记失业率控制在2.3%以内，地方财政收入增长13%；主要预测指标是：北京市生产总值增长9%，城镇居民人均可支配收入和农民人均纯收入分别实际增长6%以上。', { year: 2005 }));
    assert.deepStrictEqual(gdp(t), [9]);
    assert.deepStrictEqual(t.map(x => x.canonical), ['unemployment_registered', 'budget_revenue', 'gdp', 'income_urban', 'income_rural']);
  });
  it('今年主要经济指标预期是： (bold, after a five-year paragraph)', () => {
    const t = targets(report([
      '**“十二五”时期的主要奋斗目标是：地区**生产总值年均增长10%，力争“十二五”期末超万亿元；城镇登记失业率控制在3.5%以内。',
      '今年是实施“十二五”规划的开局之年。**今年主要经济指标预期是：**地区生产总值增长12%；人均生产总值增长11%；地方财政一般预算收入同口径增长10%。',
    ].join('\n'), { year: 2011 }));
    assert.deepStrictEqual(brief(t), [['地区生产总值', 12, '%', ''], ['人均生产总值', 11, '%', ''], ['地方财政一般预算收入', 10, '%', '']]);
  });
  it('预期性指标主要是： and 今年的主要发展目标： and an ASCII colon', () => {
    for (const phrase of ['今年经济社会发展的预期性指标主要是：', '今年的主要发展目标：', '今年经济社会发展的主要预期目标是:']) {
      const t = targets(report(`${phrase}地区生产总值增长8.5%；规上工业增加值增长11%；城镇登记失业率控制在4.2%以内。`, { year: 2022 }));
      assert.deepStrictEqual(brief(t), [['地区生产总值', 8.5, '%', ''], ['规上工业增加值', 11, '%', ''], ['城镇登记失业率', 4.2, '%', '以内']], phrase);
    }
  });
  it('主要预期目标初步确定为：', () => {
    const t = targets(report('今年全州经济社会发展的主要预期目标初步确定为：全州地区生产总值增长3%左右，规上工业增加值增长5%左右，居民消费价格涨幅控制在3%左右。', { year: 2021 }));
    assert.deepStrictEqual(gdp(t), [3]);
  });
  it('2025年…主要预期目标为： in the 2025 report is the year, not a plan\'s end', () => {
    const t = targets(report('综合考虑各方面因素，2025年全市经济社会发展的主要预期目标为：地区生产总值增长5%以上；规上工业增加值增长7%左右，一般公共预算收入增长3%。', { year: 2025 }));
    assert.deepStrictEqual(brief(t)[0], ['地区生产总值', 5, '%', '以上']);
  });
  it('对接“十四五”规划，提出今年…主要预期目标是：', () => {
    const t = targets(report('按照上述要求，综合分析研判形势，对接“十四五”规划，提出今年全市经济社会发展的主要预期目标是：地区生产总值增长6%以上，一般公共预算收入增长3%以上，城镇调查失业率低于5%，居民消费价格涨幅3%左右。', { year: 2021 }));
    assert.deepStrictEqual(gdp(t), [6]);
  });
  it('2016年是实施“十三五”规划的开局之年，…，主要预期目标为：', () => {
    const t = targets(report('各位代表！2016年是实施“十三五”规划的开局之年，是推进结构性改革的攻坚之年，主要预期目标为：全市生产总值增长 8%—8.5%，地方一般公共预算收入增长 10%左右。', { year: 2016 }));
    assert.deepStrictEqual(brief(t)[0], ['生产总值', 8, '%', '']);
    assert.strictEqual(t[0].upper, 8.5);
  });
});

describe('targets: GDP spelled 经济增长', () => {
  it('主要预期目标是：经济增长8.5％', () => {
    const t = targets(report('2001年全省国民经济和社会发展的主要预期目标是：经济增长8.5％，地方财政收入增长8％，生态环境质量继续保持全国一流水平。', { year: 2001 }));
    assert.deepStrictEqual(gdp(t), [8.5]);
  });
  it('今年经济增长预期目标为6%-6.5%', () => {
    const t = targets(report('综合考虑，今年经济增长预期目标为6%-6.5%。居民消费价格指数涨幅控制在3%以内。城镇登记失业率控制在4.5%以内。', { year: 2016 }));
    assert.deepStrictEqual(t.filter(x => x.canonical === 'gdp').map(x => [x.value, x.upper]), [[6, 6.5]]);
    assert.deepStrictEqual(t.map(x => x.canonical), ['gdp', 'cpi', 'unemployment_registered']);
  });
  it('今年全省国内生产总值增长的预期目标为8.5% (the name is in the phrase)', () => {
    const t = targets(report('今年全省国内生产总值增长的预期目标为8.5%。', { year: 2002 }));
    assert.deepStrictEqual(gdp(t), [8.5]);
  });
});

describe('targets: lists and layouts', () => {
  it('`——` items, each with a heading before its targets', () => {
    const t = targets(report([
      '**建议2004年国民经济和社会发展主要调控预期目标为：**', '',
      '——保持经济快速增长。国内生产总值增长9.5%;全社会固定资产投资增长18%。', '',
      '——创造更多就业岗位。新增城镇就业岗位16万个；城镇登记失业率控制在4.5%以内。', '',
      '——努力增加居民收入。城市居民人均可支配收入增长8%;农村居民人均纯收入增长4.5%。',
    ].join('\n'), { year: 2004 }));
    assert.deepStrictEqual(t.map(x => x.canonical), ['gdp', 'fixed_investment', 'new_urban_jobs', 'unemployment_registered', 'income_urban', 'income_rural']);
  });
  it('targets over several sentences, with 一是…二是 between them', () => {
    const t = targets(report('今年经济社会发展主要预期目标，综合考虑发展趋势和工作导向。一是实现更有质量的增长。以提高经济增长质量效益为中心，构建内涵式发展新格局。生产总值增长8%，研究与试验发展经费支出增长14.8%。二是实现更有动力的增长。以推进城市化为引擎，增强发展内生动力。固定资产投资增长15%以上，社会消费品零售总额增长12%。', { year: 2014 }));
    assert.deepStrictEqual(t.map(x => x.value), [8, 14.8, 15, 12]);
  });
  it('one value for a list of known indicators (A、B、C、D增长5%左右)', () => {
    const t = targets(report('**今年经济社会发展的主要预期目标是：**地区生产总值、规模以上工业增加值、固定资产投资、社会消费品零售总额增长5%左右，商品进出口总值增长3%左右。', { year: 2025 }));
    assert.deepStrictEqual(brief(t), [
      ['地区生产总值', 5, '%', '左右'], ['规模以上工业增加值', 5, '%', '左右'], ['固定资产投资', 5, '%', '左右'],
      ['社会消费品零售总额', 5, '%', '左右'], ['商品进出口总值', 3, '%', '左右']]);
  });
  it('跨千亿, 跨万元, then 分别增长a、b和c for the names of the clauses before', () => {
    const t = targets(report('经济社会发展的主要预期目标是：**实现“三跨”。即：地区生产总值和固定资产投资跨千亿，农民人均纯收入跨万元，分别增长12.5%、25%和15%；城镇居民人均可支配收入增长10%。**', { year: 2014 }));
    assert.deepStrictEqual(brief(t), [
      ['地区生产总值', 1000, '亿', ''], ['固定资产投资', 1000, '亿', ''], ['农民人均纯收入', 1, '万元', ''],
      ['地区生产总值', 12.5, '%', ''], ['固定资产投资', 25, '%', ''], ['农民人均纯收入', 15, '%', ''],
      ['城镇居民人均可支配收入', 10, '%', '']]);
  });
  it('初步安排2014年A、B、C分别增长10% (one value for all)', () => {
    const t = targets(report('根据市委全会对今年形势的分析判断，初步安排 2014年全市地区生产总值、规模以上工业增加值、公共预算收入分别增长10%，固定资产投资增长26%。', { year: 2014 }));
    assert.deepStrictEqual(t.map(x => [x.canonical, x.value]), [['gdp', 10], ['industry', 10], ['budget_revenue', 10], ['fixed_investment', 26]]);
  });
});

describe('targets: emissions cut (削减, 减少) in the list', () => {
  it('a sentence of 削减 targets does not end the list: the targets after it are found', () => {
    // 河北 2015 (excerpt): energy and emission targets between the GDP and the income targets
    const t = targets(report('今年全省经济社会发展的主要预期目标是：生产总值增长7%左右，全社会固定资产投资增长15%。单位生产总值能耗下降3%，化学需氧量、二氧化硫、氨氮、氮氧化物排放量分别削减1%、1%、2.5%和5.1%。城乡居民人均可支配收入分别增长8%和8.5%。居民消费价格指数涨幅控制在3%左右。', { year: 2015 }));
    assert.deepStrictEqual(gdp(t), [7]);
    assert.deepStrictEqual(t.filter(x => x.verb === '削减').map(x => [x.value, x.direction]), [[1, 'down'], [1, 'down'], [2.5, 'down'], [5.1, 'down']]);
    assert.deepStrictEqual(t.slice(-3).map(x => [x.canonical, x.value]), [['income_urban', 8], ['income_rural', 8.5], ['cpi', 3]]);
  });
  it('氮氧化物排放量减少4% in a target list is a target (a decline)', () => {
    const t = targets(report('今年经济社会发展的主要预期目标是：生产总值增长8%，化学需氧量、二氧化硫排放量均减少2%，氮氧化物排放量减少4%。', { year: 2013 }));
    assert.deepStrictEqual(t.filter(x => x.verb === '减少').map(x => [x.value, x.signedValue]), [[2, -2], [2, -2], [4, -4]]);
  });
});

describe('targets: items of the phrase sentence without a verb', () => {
  it('农牧区劳动力转移就业105万人次 and 万人发明专利量23.8件 in the list are targets; a figure after the phrase sentence needs a verb', () => {
    // 青海 2017 / 惠州 2024 (excerpts)
    const t = targets(report('今年全省经济社会发展的主要预期目标是：生产总值增长7.5%左右，新增城镇就业6万人，农牧区劳动力转移就业105万人次，万人发明专利量23.8件，物价涨幅控制在3%以内。全年安排重点项目200个。', { year: 2017 }));
    assert.deepStrictEqual(t.map(x => [x.name, x.value, x.unit]), [['生产总值', 7.5, '%'], ['新增城镇就业', 6, '万人'],
      ['农牧区劳动力转移就业', 105, '万人次'], ['万人发明专利量', 23.8, '件'], ['物价涨幅', 3, '%']]);
  });
});

describe('targets: blanks of converted text in a list of values', () => {
  it('分别增长 8%和 9% (枣庄 2016): a blank beside 和 keeps the values listed', () => {
    for (const list of ['8%和 9%', '8% 和 9%', '8%和9%']) {
      const t = targets(report(`今年主要预期目标是：城镇和农村居民人均可支配收入分别增长${list}。`, { year: 2016 }));
      assert.deepStrictEqual(t.map(x => [x.canonical, x.value]), [['income_urban', 8], ['income_rural', 9]], list);
    }
  });
});

describe('targets: qualitative aims', () => {
  it('居民消费价格指数调控在3%左右: 调控在 is the verb, not part of the name', () => {
    const t = targets(report('今年经济社会发展的主要预期目标是：地区生产总值增长8%，居民消费价格指数调控在3%左右。', { year: 2008 }));
    assert.deepStrictEqual(t.map(x => [x.name, x.verb, x.canonical, x.bound]), [['地区生产总值', '增长', 'gdp', 'floor'], ['居民消费价格指数', '调控在', 'cpi', 'ceiling']]);
  });
  it('进出口保稳提质 (国务院 2022) is a qualitative target, as 进出口促稳提质 is', () => {
    const t = targets(report('今年发展主要预期目标是：国内生产总值增长5.5%左右；进出口保稳提质，国际收支基本平衡。', { year: 2022 }));
    assert.deepStrictEqual(t.filter(x => x.qualitative).map(x => x.name), ['进出口', '国际收支']);
  });
});

describe('targets without a target phrase', () => {
  it('a sentence naming the targets, then the targets (…预期目标作了适当调整。今年要…)', () => {
    const t = targets(report('综合研判形势，我们对疫情前考虑的预期目标作了适当调整。今年要优先稳就业保民生，坚决打赢脱贫攻坚战；城镇新增就业900万人以上，城镇调查失业率6%左右；居民消费价格涨幅3.5%左右；进出口促稳提质，国际收支基本平衡；单位国内生产总值能耗和主要污染物排放量继续下降。', { year: 2020 }));
    assert.deepStrictEqual(t.map(x => [x.name, x.value]), [['城镇新增就业', 900], ['城镇调查失业率', 6], ['居民消费价格涨幅', 3.5],
      ['进出口', null], ['国际收支', null], ['单位国内生产总值能耗', null], ['主要污染物排放量', null]]);
  });
  it('明年是…之年。我们将…力争地区生产总值增长7%左右 (the paragraph names the plan year)', () => {
    const t = targets(report('明年是党的二十大召开之年，是全市乘势而上再出发的关键之年。我们将全面落实市第五次党代会安排部署，力争地区生产总值增长7%左右，地方一般公共预算收入增长5%，固定资产投资增长15%。', { year: 2022 }));
    assert.deepStrictEqual(gdp(t), [7]);
  });
  it('a list of lines after a sentence naming the year', () => {
    const t = targets(report('2006年，是“十一五”规划时期的开局之年，我们要突出“六个工作重点”，为“十一五”规划时期开好局、起好步。\n\n地区生产总值1170亿元，增长14.5%;\n\n全社会固定资产投资650亿元，增长25%;', { year: 2006 }));
    assert.deepStrictEqual(t.map(x => [x.canonical, x.value]), [['gdp', 1170], ['gdp', 14.5], ['fixed_investment', 650], ['fixed_investment', 25]]);
  });
});

describe('no targets of the year', () => {
  it('a five-year plan (“十三五”时期…主要目标是, 今后五年…年均增长) is passed over', () => {
    const t = targets(report([
      '“十三五”时期经济社会发展的主要目标是：地区生产总值年均增长7%以上，一般公共预算收入年均增长8%。',
      '《纲要（草案）》提出今后五年的主要奋斗目标。经济社会发展的主要预期指标是：地区生产总值年均增长9%，地方财政收入年均增长12%。',
      '今年经济社会发展的主要预期目标是：地区生产总值增长7.5%左右。',
    ].join('\n'), { year: 2016 }));
    assert.deepStrictEqual(brief(t), [['地区生产总值', 7.5, '%', '左右']]);
  });
  it('奋斗目标是：确保到2020年… is a plan for a later year', () => {
    const t = targets(report([
      '奋斗目标是：确保到2020年高水平全面建成小康社会，生产总值达到7万亿元，城镇居民人均可支配收入达到7万元。',
      '综合分析国内外发展环境，建议2018年全省经济社会发展主要预期目标为：全省生产总值增长7%左右，城乡居民收入增长与经济增长同步。',
    ].join('\n'), { year: 2018 }));
    assert.deepStrictEqual(t.map(x => [x.name, x.value]), [['生产总值', 7], ['城乡居民收入', null]]);
  });
  it('targets recalled in the review (市人大…会议确定的主要目标) are not the year\'s', () => {
    const t = targets(report('今年主要预期目标是：地区生产总值增长5.5%左右。', {
      review: '市一届人大六次会议确定的主要目标为：国内生产总值增长9%，除外贸出口外均已完成或超额完成。',
    }));
    assert.deepStrictEqual(gdp(t), [5.5]);
  });
  it('an explanation after the targets (这里要着重说明，提出…) adds no second target', () => {
    const t = targets(report('今年经济社会发展的主要预期目标是：国内生产总值增长８％左右；居民消费价格涨幅３％左右；国际收支状况改善。这里要着重说明，提出国内生产总值增长８％左右，主要是强调好字当头。提出居民消费价格涨幅３％左右，综合考虑了去年价格变动的翘尾因素。', { year: 2010 }));
    assert.deepStrictEqual(t.map(x => [x.name, x.value]), [['国内生产总值', 8], ['居民消费价格涨幅', 3], ['国际收支状况', null]]);
  });
  it('确定以上预期目标主要是基于两点考虑 is no target phrase', () => {
    const t = targets(report('2013年经济社会发展的主要预期目标是：生产总值增长12%，固定资产投资增长30%。\n确定以上预期目标主要是基于两点考虑：一是城镇化率由38.8%提高到41%；二是体现量力而行。', { year: 2013 }));
    assert.deepStrictEqual(t.map(x => x.value), [12, 30]);
  });
});
