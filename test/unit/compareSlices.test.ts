// Compare Reports' time-sliced loop (src/features/compare/slices.ts) and the comparison it feeds
// (compute.ts): yields to the event loop, progress, cancellation; one place over the years → series.
import * as assert from 'assert';
import { mapSliced } from '../../src/features/compare/slices';
import { computeComparison } from '../../src/features/compare/compute';
import { analyze } from '../../src/core';
import { compareReport } from '../../src/core/compare';

function busy(ms: number): void { const t = Date.now(); while (Date.now() - t < ms) { /* spin */ } }

describe('compare slices', () => {
  it('yields between slices so timers run, reports progress, keeps order', async () => {
    let ticks = 0;
    const timer = setInterval(() => { ticks++; }, 1);
    const seen: number[] = [];
    const r = await mapSliced([1, 2, 3, 4, 5, 6, 7, 8], x => { busy(6); return x * 2; }, { budgetMs: 10, onProgress: d => seen.push(d) });
    clearInterval(timer);
    assert.deepStrictEqual(r.results, [2, 4, 6, 8, 10, 12, 14, 16]);
    assert.deepStrictEqual(seen, [1, 2, 3, 4, 5, 6, 7, 8]);
    assert.ok(r.yields >= 3, `yields ${r.yields}`);
    assert.ok(ticks >= 2, `the event loop ran timers in between (${ticks})`);
    assert.strictEqual(r.cancelled, false);
  });

  it('stops when cancelled and leaves out undefined results', async () => {
    let n = 0;
    const r = await mapSliced([1, 2, 3, 4, 5], x => (x % 2 ? x : undefined), { isCancelled: () => n++ >= 3 });
    assert.strictEqual(r.cancelled, true);
    assert.deepStrictEqual(r.results, [1, 3]);
  });

  it('one place over two years: a GDP series with the target of year N against the actual read in report N+1', async () => {
    const a = analyze('2022年××市政府工作报告\n——2022年1月6日在××市第十五届人民代表大会第五次会议上\n\n今年经济社会发展主要预期目标是：地区生产总值增长5%以上，一般公共预算收入增长4%。\n');
    const b = analyze('2023年××市政府工作报告\n——2023年1月15日在××市第十六届人民代表大会第一次会议上\n\n初步预计，全市地区生产总值增长0.7%，一般公共预算收入下降5.7%。\n\n今年主要预期目标是：地区生产总值增长4.5%以上。\n');
    const reports = [compareReport('a', 'a', a.reports[0]), compareReport('b', 'b', b.reports[0])];
    const c = await computeComparison(reports, (m, ...args) => m.replace(/\{(\d+)\}/g, (_, k: string) => String(args[Number(k)])));
    assert.ok(c.series, 'series for one place');
    const gdp = c.series.find(s => s.key === 'gdp');
    assert.ok(gdp);
    const p = gdp.points.find(x => x.year === 2022);
    assert.strictEqual(p?.target?.signedValue, 5);
    assert.strictEqual(p?.actual?.signedValue, 0.7);
    assert.strictEqual(p?.outcome, 'missed');
    assert.match(gdp.summaryText, /met in 0 of 1 years/);
  });
});
