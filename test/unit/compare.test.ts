import * as assert from 'assert';
import { analyze, Indicator } from '../../src/core';
import {
  judge, Measure, pairTargets, compareMatrix, compareReport, CompareReport, placeKey, unitFactor, namesOverlap, reviewPairs,
  indicatorSeries, seriesSummaryText, isOnePlaceOverYears,
} from '../../src/core/compare';
import { escapeIcons, validateChartExport } from '../../src/core/html';

function m(p: Partial<Measure>): Measure {
  return { name: '地区生产总值', canonical: 'gdp', verb: '增长', value: 5, upper: null, unit: '%', qualifier: '', qualitative: false,
    relative: null, line: 1, start: 0, end: 1, text: '', ...p };
}

describe('compare: judge (met / missed / not comparable)', () => {
  it('以上 and no qualifier: actual ≥ target', () => {
    assert.strictEqual(judge(m({ value: 6, qualifier: '以上' }), m({ value: 6 })).status, 'met');
    assert.strictEqual(judge(m({ value: 6, qualifier: '以上' }), m({ value: 5.9 })).status, 'missed');
    assert.strictEqual(judge(m({ value: 6 }), m({ value: 7.2 })).status, 'met');
    assert.strictEqual(judge(m({ value: 6 }), m({ value: 5 })).status, 'missed');
  });
  it('以内 / 以下 and 控制在: actual ≤ target', () => {
    assert.strictEqual(judge(m({ value: 3, qualifier: '以内' }), m({ value: 3 })).status, 'met');
    assert.strictEqual(judge(m({ value: 3, qualifier: '以内' }), m({ value: 3.1 })).status, 'missed');
    assert.strictEqual(judge(m({ value: 5.5, qualifier: '以下', name: '城镇调查失业率' }), m({ value: 5.2 })).status, 'met');
    assert.strictEqual(judge(m({ verb: '控制在', value: 3 }), m({ verb: '上涨', value: 0.3 })).status, 'met');
    assert.strictEqual(judge(m({ verb: '控制在', value: 3 }), m({ verb: '上涨', value: 3.4 })).status, 'missed');
  });
  it('左右: within 0.5 percentage point is met; exceeding a floor is met; far below is missed', () => {
    const t = m({ value: 5.5, qualifier: '左右' });
    assert.strictEqual(judge(t, m({ value: 5.0 })).status, 'met');
    assert.strictEqual(judge(t, m({ value: 6.0 })).status, 'met');
    assert.strictEqual(judge(t, m({ value: 4.99 })).status, 'missed');
    assert.strictEqual(judge(t, m({ value: 8 })).status, 'met');
    assert.match(judge(t, m({ value: 8 })).reason, /exceeded/);
    assert.strictEqual(judge(t, m({ value: 3.1 })).status, 'missed');
    // a 左右 ceiling (控制在3%左右): 3.5 met, 3.6 missed, 0.2 met (below the cap)
    const cpi = m({ verb: '控制在', value: 3, qualifier: '左右', canonical: 'cpi' });
    assert.strictEqual(judge(cpi, m({ value: 3.5 })).status, 'met');
    assert.strictEqual(judge(cpi, m({ value: 3.6 })).status, 'missed');
    assert.strictEqual(judge(cpi, m({ value: 0.2 })).status, 'met');
  });
  it('ranges: lower bound for floors, upper bound for ceilings', () => {
    const r = m({ value: 6.5, upper: 7 });
    assert.strictEqual(judge(r, m({ value: 6.5 })).status, 'met');
    assert.strictEqual(judge(r, m({ value: 6.8 })).status, 'met');
    assert.strictEqual(judge(r, m({ value: 6.4 })).status, 'missed');
    const c = m({ value: 3, upper: 3.5, qualifier: '以内' });
    assert.strictEqual(judge(c, m({ value: 3.4 })).status, 'met');
    assert.strictEqual(judge(c, m({ value: 3.6 })).status, 'missed');
    const around = m({ value: 6, upper: 6.5, qualifier: '左右' });
    assert.strictEqual(judge(around, m({ value: 5.6 })).status, 'met');
    assert.strictEqual(judge(around, m({ value: 6.9 })).status, 'met');
    assert.strictEqual(judge(around, m({ value: 5.4 })).status, 'missed');
  });
  it('not comparable: qualitative, relative, unit mismatch', () => {
    assert.strictEqual(judge(m({ value: null, qualitative: true }), m({ value: 5 })).status, 'not-comparable');
    assert.strictEqual(judge(m({ value: 5 }), m({ value: null, qualitative: true })).status, 'not-comparable');
    assert.strictEqual(judge(m({ value: 1, unit: '个百分点', relative: '全省' }), m({ value: 5 })).status, 'not-comparable');
    const v = judge(m({ value: 5, unit: '%' }), m({ value: 3000, unit: '亿元' }));
    assert.strictEqual(v.status, 'not-comparable');
    assert.match(v.reason, /unit mismatch/);
    assert.strictEqual(judge(m({ value: 10, unit: '万人' }), m({ value: 3, unit: '亿元' })).status, 'not-comparable');
  });
  it('convertible units are converted (万亿元 vs 亿元)', () => {
    assert.strictEqual(unitFactor('万亿元', '亿元'), 10000);
    assert.strictEqual(unitFactor('%', '亿元'), null);
    assert.strictEqual(judge(m({ verb: '达到', value: 1.2, unit: '万亿元' }), m({ verb: '达到', value: 12500, unit: '亿元' })).status, 'met');
    assert.strictEqual(judge(m({ verb: '达到', value: 1.2, unit: '万亿元' }), m({ verb: '达到', value: 11000, unit: '亿元' })).status, 'missed');
  });
  it('a decrease on one side flips the sign; decreases on both sides compare as written', () => {
    assert.strictEqual(judge(m({ value: 3 }), m({ verb: '下降', value: 2 })).status, 'missed');
    assert.strictEqual(judge(m({ verb: '下降', value: 3, name: '单位GDP能耗', canonical: 'energy_intensity' }),
      m({ verb: '下降', value: 3.5, name: '单位GDP能耗', canonical: 'energy_intensity' })).status, 'met');
  });
});

describe('compare: pairing', () => {
  it('names and places', () => {
    assert.ok(namesOverlap('规模以上工业增加值', '规上工业增加值'));
    assert.ok(namesOverlap('地区生产总值', '全市地区生产总值'));
    assert.ok(!namesOverlap('财政收入', '居民收入'));
    assert.strictEqual(placeKey('厦门市'), '厦门');
    assert.strictEqual(placeKey('厦门'), '厦门');
    assert.strictEqual(placeKey('湖里区'), '湖里');
    assert.strictEqual(placeKey(null), '');
  });

  const y2023 = `2023年某某市政府工作报告
一、2022年工作回顾
过去一年，全市地区生产总值增长4.2%。
二、2023年主要工作
今年经济社会发展的主要预期目标是：地区生产总值增长6%左右，规模以上工业增加值增长8%以上，居民消费价格涨幅控制在3%左右，一般公共预算收入增长5%，城乡居民收入与经济增长基本同步。
`;
  const y2024 = `2024年某某市政府工作报告
一、2023年工作回顾
过去一年，全市地区生产总值增长5.6%，规模以上工业增加值增长7%，居民消费价格上涨0.4%，一般公共预算收入180亿元。
二、2024年主要工作
今年经济社会发展的主要预期目标是：地区生产总值增长5.5%左右，规模以上工业增加值增长6%。
`;
  const other = `2024年别的市政府工作报告
一、2023年工作回顾
过去一年，全市地区生产总值增长9%。
二、2024年主要工作
今年经济社会发展的主要预期目标是：地区生产总值增长6%左右，规模以上工业增加值增长7%。
`;
  function reports(...texts: string[]): CompareReport[] {
    return texts.flatMap((t, k) => analyze(t).reports.map((r, i) => compareReport(`${k}#${i}`, `f${k}.txt`, r)));
  }

  it('consecutive years of one place: last year\'s targets with this year\'s actuals', () => {
    const rs = reports(y2024, y2023, other); // order does not matter
    assert.strictEqual(rs[0].year, 2024);
    assert.strictEqual(rs[1].year, 2023);
    const pairs = pairTargets(rs).filter(p => p.mode === 'consecutive');
    assert.ok(pairs.every(p => p.targetReport === 1 && p.actualReport === 0), 'only 某某市 2023 → 2024 pairs');
    const by = (k: string) => pairs.find(p => p.key === k);
    assert.strictEqual(by('gdp')?.status, 'met', 'gdp 5.6 vs 6左右 → met (within 0.5)');
    assert.strictEqual(by('gdp')?.target.value, 6);
    assert.strictEqual(by('gdp')?.actual.value, 5.6);
    assert.strictEqual(by('industry')?.status, 'missed', 'industry 7 vs 8以上 → missed');
    assert.strictEqual(by('cpi')?.status, 'met', 'cpi 0.4 vs 控制在3左右 → met');
    const rev = by('budget_revenue');
    assert.ok(rev, 'budget revenue paired');
    assert.strictEqual(rev?.status, 'not-comparable', 'budget revenue 5% vs 180亿元: unit mismatch');
  });

  it('a different place or a non-consecutive year does not pair', () => {
    const rs = reports(y2023, other);
    assert.strictEqual(pairTargets(rs).filter(p => p.mode === 'consecutive').length, 0);
  });

  it('within one report: the review\'s own "高于年初预期目标" and "年初目标为" statements', () => {
    const text = `2024年某某市政府工作报告
一、2023年工作回顾
过去一年，全市地区生产总值增长6.2%，高于年初预期目标0.7个百分点；规模以上工业增加值增长5%，年初目标为增长8%左右。
二、2024年主要工作
今年经济社会发展的主要预期目标是：地区生产总值增长5.5%左右。
`;
    const rs = reports(text);
    const pairs = reviewPairs(rs[0], 0);
    const gdp = pairs.find(p => p.key === 'gdp');
    assert.ok(gdp, JSON.stringify(pairs.map(p => p.key)));
    assert.strictEqual(gdp?.status, 'met');
    assert.strictEqual(gdp?.target.value, 5.5);
    assert.strictEqual(gdp?.actual.value, 6.2);
    const ind = pairs.find(p => p.key === 'industry');
    assert.ok(ind);
    assert.strictEqual(ind?.target.value, 8);
    assert.strictEqual(ind?.target.qualifier, '左右');
    assert.strictEqual(ind?.status, 'missed');
  });

  it('the matrix: one row per report, gdp column, targets and actuals side by side', () => {
    const rs = reports(y2023, y2024, other);
    const mx = compareMatrix(rs);
    assert.strictEqual(mx.rows.length, 3);
    assert.ok(mx.columns.some(c => c.key === 'gdp'));
    assert.strictEqual(mx.columns[0].key, 'gdp', 'lexicon order');
    const r2024 = mx.rows[1];
    assert.strictEqual(r2024.cells.gdp.target?.display, '5.5%左右');
    assert.strictEqual(r2024.cells.gdp.actual?.display, '5.6%');
    assert.strictEqual(r2024.cells.gdp.actualStatus, 'met');
    assert.strictEqual(r2024.cells.gdp.actualVs, '6%左右');
    assert.strictEqual(mx.rows[0].cells.gdp.targetStatus, 'met');
    assert.ok(mx.pairs.every(p => typeof p.targetLabel === 'string' && typeof p.actualLabel === 'string'));
    JSON.parse(JSON.stringify(mx)); // plain data for postMessage
  });

  it('qualitative targets are kept and not comparable', () => {
    const rs = reports(y2023);
    const q = rs[0].indicators.filter((i: Indicator) => i.kind === 'target' && i.qualitative);
    assert.ok(q.length >= 1);
    assert.strictEqual(judge(q[0], m({ value: 5 })).status, 'not-comparable');
  });
});

describe('compare: verdicts by bound (issue 11)', () => {
  it('national CPI 3%左右 against 0.2% is within the ceiling, not missed', () => {
    const cpi = m({ name: '居民消费价格涨幅', canonical: 'cpi', verb: '', value: 3, qualifier: '左右' });
    const v = judge(cpi, m({ name: '居民消费价格', canonical: 'cpi', verb: '上涨', value: 0.2 }));
    assert.strictEqual(v.outcome, 'within-ceiling');
    assert.strictEqual(v.status, 'met');
    assert.strictEqual(judge(cpi, m({ name: '居民消费价格', canonical: 'cpi', verb: '下降', value: 0.3 })).outcome, 'within-ceiling');
    assert.strictEqual(judge(cpi, m({ name: '居民消费价格', canonical: 'cpi', verb: '上涨', value: 5.4 })).outcome, 'missed');
  });
  it('unemployment 5.5%以内 is a ceiling; growth 左右 a point (met / exceeded / missed); 以上 a floor', () => {
    const u = m({ name: '城镇调查失业率', canonical: 'unemployment_surveyed', verb: '', value: 5.5, qualifier: '以内' });
    assert.strictEqual(judge(u, m({ ...u, qualifier: '', value: 5.2 })).outcome, 'within-ceiling');
    assert.strictEqual(judge(u, m({ ...u, qualifier: '', value: 5.6 })).outcome, 'missed');
    const g = m({ value: 6, qualifier: '左右' });
    assert.strictEqual(judge(g, m({ value: 5.7 })).outcome, 'met');
    assert.strictEqual(judge(g, m({ value: 6.8 })).outcome, 'exceeded');
    assert.strictEqual(judge(g, m({ value: 6.8 })).status, 'met');
    assert.strictEqual(judge(g, m({ value: 5.4 })).outcome, 'missed');
    const f = m({ value: 4.5, qualifier: '以上' });
    assert.strictEqual(judge(f, m({ value: 4.6 })).outcome, 'met');
    assert.strictEqual(judge(f, m({ value: 6.4 })).outcome, 'exceeded');
    assert.strictEqual(judge(f, m({ value: 4.4 })).outcome, 'missed');
  });
  it('ranges and decreases: 6-6.5% range; 能耗下降3% met by 下降3.5%, missed by 下降2%; growth target missed by a decline', () => {
    const r = m({ value: 6, upper: 6.5 });
    assert.strictEqual(judge(r, m({ value: 6.1 })).outcome, 'met');
    assert.strictEqual(judge(r, m({ value: 7.5 })).outcome, 'exceeded');
    const e = m({ name: '单位地区生产总值能耗', canonical: 'energy_intensity', verb: '下降', value: 3 });
    assert.strictEqual(judge(e, m({ ...e, value: 3.3 })).outcome, 'met');
    assert.strictEqual(judge(e, m({ ...e, value: 5 })).outcome, 'exceeded');
    assert.strictEqual(judge(e, m({ ...e, value: 2 })).outcome, 'missed');
    // 珠海: 固定资产投资 target 8% against 下降8.8%
    const fi = m({ name: '固定资产投资', canonical: 'fixed_investment', value: 8 });
    const v = judge(fi, m({ name: '固定资产投资', canonical: 'fixed_investment', verb: '下降', value: 8.8 }));
    assert.strictEqual(v.outcome, 'missed');
    assert.match(v.reason, /-8\.8/);
  });
  it('the State Council\'s reports are one place whatever their titles', () => {
    assert.strictEqual(placeKey('国务院'), placeKey('全国'));
    assert.strictEqual(placeKey('中华人民共和国'), '全国');
  });
});

describe('compare: a place over the years', () => {
  const frame = (year: number, review: string, plan: string) => `${year}年某某市政府工作报告

各位代表：

一、${year - 1}年工作回顾

${review}

二、${year}年主要工作

${plan}
`;
  const r2022 = frame(2022, '过去一年，全市地区生产总值增长8.1%，居民消费价格上涨0.9%。',
    '今年经济社会发展的主要预期目标是：地区生产总值增长6%左右，居民消费价格涨幅控制在3%左右。');
  const r2023 = frame(2023, '过去一年，全市地区生产总值增长3%，居民消费价格上涨2%。\n\n五年来，全市地区生产总值年均增长5.2%。',
    '今年经济社会发展的主要预期目标是：地区生产总值增长5.5%左右，居民消费价格涨幅3%左右。');
  const r2024 = frame(2024, '过去一年，全市地区生产总值增长5.6%，居民消费价格上涨0.2%。',
    '今年经济社会发展的主要预期目标是：地区生产总值增长5%左右，居民消费价格涨幅3%左右。');
  function reports(...texts: string[]): CompareReport[] {
    return texts.flatMap((t, k) => analyze(t).reports.map((r, i) => compareReport(`${k}#${i}`, `f${k}.txt`, r)));
  }

  it('target for year N (report N) against the actual for year N (report N+1), judged by bound', () => {
    const rs = reports(r2024, r2022, r2023);
    assert.ok(isOnePlaceOverYears(rs));
    const [s] = indicatorSeries(rs, 'gdp');
    assert.deepStrictEqual(s.points.map(p => p.year), [2021, 2022, 2023, 2024]);
    const y = (n: number) => s.points.find(p => p.year === n);
    assert.strictEqual(y(2022)?.target?.display, '6%左右');
    assert.strictEqual(y(2022)?.target?.file, 'f1.txt', 'the 2022 target from the 2022 report');
    assert.strictEqual(y(2022)?.actual?.display, '3%');
    assert.strictEqual(y(2022)?.actual?.file, 'f2.txt', 'the 2022 actual from the 2023 report, not its five-year average');
    assert.strictEqual(y(2022)?.outcome, 'missed');
    assert.strictEqual(y(2022)?.gap, -3);
    assert.strictEqual(y(2023)?.outcome, 'met');
    assert.strictEqual(y(2021)?.target, null);
    assert.strictEqual(y(2021)?.outcome, null);
    assert.strictEqual(y(2024)?.actual, null);
    assert.strictEqual(s.summary.judged, 2);
    assert.strictEqual(seriesSummaryText(s), 'GDP target met in 1 of 2 years; mean gap −1.45 points');
  });
  it('a five-year average is no actual of the year, even when read as a headline', () => {
    const rs = reports(r2022, r2023);
    const five = rs[1].indicators.find(i => i.value === 5.2) as Indicator;
    assert.strictEqual(five.dataYearFrom, 2018);
    rs[1] = { ...rs[1], indicators: [{ ...five, kind: 'actual' }, ...rs[1].indicators.filter(i => i !== five)] };
    const [s] = indicatorSeries(rs, 'gdp');
    assert.strictEqual(s.points.find(p => p.year === 2022)?.actual?.display, '3%');
    assert.strictEqual(pairTargets(rs).find(p => p.key === 'gdp' && p.mode === 'consecutive')?.actual.value, 3);
  });
  it('CPI over the years: within the ceiling', () => {
    const [s] = indicatorSeries(reports(r2022, r2023, r2024), 'cpi');
    const y = (n: number) => s.points.find(p => p.year === n);
    assert.strictEqual(y(2022)?.bound, 'ceiling');
    assert.strictEqual(y(2022)?.outcome, 'within-ceiling');
    assert.strictEqual(y(2023)?.outcome, 'within-ceiling');
  });
  it('a missing report N: the target the review of report N+1 states', () => {
    const r = frame(2024, '过去一年，全市地区生产总值增长6.2%，高于年初预期目标0.7个百分点；居民消费价格上涨0.2%。',
      '今年经济社会发展的主要预期目标是：地区生产总值增长5%左右。');
    const [s] = indicatorSeries(reports(r), 'gdp');
    const p = s.points.find(x => x.year === 2023);
    assert.strictEqual(p?.targetFrom, 'review');
    assert.strictEqual(p?.target?.signedValue, 5.5);
    assert.strictEqual(p?.outcome, 'exceeded');
  });
  it('matrix cells say the year their figure refers to; pairs need the same data year', () => {
    const mx = compareMatrix(reports(r2022, r2023));
    const row = mx.rows.find(r => r.year === 2023);
    assert.strictEqual(row?.cells.gdp.target?.dataYear, '2023');
    assert.strictEqual(row?.cells.gdp.actual?.dataYear, '2022');
    assert.strictEqual(row?.cells.gdp.actual?.value, 3, 'the year\'s growth, not the five-year average');
    const gdp = mx.pairs.find(p => p.key === 'gdp' && p.mode === 'consecutive');
    assert.strictEqual(gdp?.outcome, 'missed');
  });
  it('low-confidence records stay out of Compare unless asked for', () => {
    const rs = reports(r2022, r2023);
    const low = rs.map(r => ({ ...r, indicators: r.indicators.map(i => ({ ...i, confidence: 'low' as const })) }));
    assert.strictEqual(pairTargets(low).length, 0);
    assert.ok(pairTargets(low, undefined, { includeLowConfidence: true }).length > 0);
    assert.strictEqual(Object.keys(compareMatrix(low).rows[0].cells).length, 0);
  });
});

describe('html helpers', () => {
  it('escapeIcons keeps codicon syntax from report text literal', () => {
    assert.strictEqual(escapeIcons('a $(rocket) b $(x'), 'a \\$(rocket) b \\$(x');
    assert.strictEqual(escapeIcons('no icons'), 'no icons');
  });
  it('validateChartExport accepts plain SVG and real PNG data, rejects scripts and junk', () => {
    assert.ok(validateChartExport('svg', '<svg xmlns="http://www.w3.org/2000/svg" width="10"><rect/></svg>'));
    assert.strictEqual(validateChartExport('svg', '<svg><script>alert(1)</script></svg>'), null);
    assert.strictEqual(validateChartExport('svg', '<svg><rect onload="x()"/></svg>'), null);
    assert.strictEqual(validateChartExport('svg', '<svg><image href="http://x/y.png"/></svg>'), null);
    assert.strictEqual(validateChartExport('svg', '<html></html>'), null);
    assert.strictEqual(validateChartExport('svg', 42), null);
    const png = 'data:image/png;base64,' + Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]).toString('base64');
    const v = validateChartExport('png', png);
    assert.ok(v && v.format === 'png' && v.bytes.length === 12);
    assert.strictEqual(validateChartExport('png', 'data:image/png;base64,' + Buffer.from('GIF89a....').toString('base64')), null);
    assert.strictEqual(validateChartExport('png', 'data:text/html;base64,PGI+'), null);
    assert.strictEqual(validateChartExport('gif', png), null);
  });
});
