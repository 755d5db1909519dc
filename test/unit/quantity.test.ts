import * as assert from 'assert';
import { findQuantities, normalizeWidth, parseChineseNumeral, toBaseUnits } from '../../src/core';

function q(text: string) {
  const t = normalizeWidth(text);
  return findQuantities(t).map(x => ({ v: x.value, u: x.unit, up: x.upper, q: x.qualifier, p: x.prefix, s: text.slice(x.start, x.end) }));
}

describe('quantities', () => {
  const cases: Array<[string, Partial<{ v: number; u: string; up: number | null; q: string; p: string }>]> = [
    ['增长5.5%左右', { v: 5.5, u: '%', q: '左右' }],
    ['增长５．５％', { v: 5.5, u: '%' }],
    ['增长４.６％以上', { v: 4.6, u: '%', q: '以上' }],
    ['增长6.5—7%', { v: 6.5, up: 7, u: '%' }],
    ['增长6.5%－7%', { v: 6.5, up: 7, u: '%' }],
    ['增长7-7.5%', { v: 7, up: 7.5, u: '%' }],
    ['高于全省1个百分点', { v: 1, u: '个百分点' }],
    ['总投资340亿元', { v: 340, u: '亿元' }],
    ['新增就业1.2万人', { v: 1.2, u: '万人' }],
    ['接待游客30万人次', { v: 30, u: '万人次' }],
    ['粮食产量50万吨', { v: 50, u: '万吨' }],
    ['造林2.8万亩', { v: 2.8, u: '万亩' }],
    ['改造12万平方米', { v: 12, u: '万平方米' }],
    ['新建道路15公里', { v: 15, u: '公里' }],
    ['新增5466个学位', { v: 5466, u: '个' }],
    ['培育企业20家', { v: 20, u: '家' }],
    ['实施项目65项', { v: 65, u: '项' }],
    ['投入一千万元', { v: 1000, u: '万元' }],
    ['跨千亿', { v: 1000, u: '亿' }],
    ['两万亿元', { v: 2, u: '万亿元' }],
    ['约120亿元', { v: 120, u: '亿元', p: '约' }],
    ['近15亿元', { v: 15, u: '亿元', p: '近' }],
    ['超10亿元', { v: 10, u: '亿元', p: '超' }],
    ['控制在3%以内', { v: 3, u: '%', q: '以内' }],
    ['增长-1.0%', { v: -1, u: '%' }],
    ['600多场', { v: 600, u: '场' }],
  ];
  for (const [text, want] of cases) {
    it(`reads ${text}`, () => {
      const got = q(text);
      assert.strictEqual(got.length, 1, JSON.stringify(got));
      for (const [k, v] of Object.entries(want)) assert.deepStrictEqual((got[0] as Record<string, unknown>)[k], v, `${k} of ${text}`);
    });
  }
  for (const text of ['2024年1月11日', '2023-12-29', 'PM2.5浓度', '两个确立', '三大攻坚战', '第4位', '“1+3+8”', '十四五', '一年来', '5G基站']) {
    it(`is no quantity: ${text}`, () => assert.deepStrictEqual(q(text).filter(x => x.u), []));
  }
  it('keeps offsets of the input (full-width digits)', () => {
    const text = '目标：增长５．５％左右。';
    const [x] = findQuantities(normalizeWidth(text));
    assert.strictEqual(text.slice(x.start, x.end), '５．５％左右');
  });
  it('parses Chinese numerals', () => {
    assert.strictEqual(parseChineseNumeral('一千二百'), 1200);
    assert.strictEqual(parseChineseNumeral('十五'), 15);
    assert.strictEqual(parseChineseNumeral('两'), 2);
  });
  it('converts to base units', () => {
    assert.deepStrictEqual(toBaseUnits(340, '亿元'), { value: 3.4e10, unit: '元' });
    assert.strictEqual(toBaseUnits(5, '%')?.unit, '%');
  });
});

describe('quantities of other layouts', () => {
  it('thousands grouped by a blank or a comma, never more digits after a group', () => {
    assert.deepStrictEqual(q('2 063.37亿元').map(x => [x.v, x.u]), [[2063.37, '亿元']]);
    assert.deepStrictEqual(q('37 511元').map(x => [x.v, x.u]), [[37511, '元']]);
    assert.deepStrictEqual(q('1,234,567元').map(x => [x.v, x.u]), [[1234567, '元']]);
    assert.deepStrictEqual(q('增长 6 %').map(x => [x.v, x.u]), [[6, '%']]);
  });
  it('a magnitude with an implied one after 跨 / 突破 / 超 (跨万元, 突破万亿元大关), not before a noun', () => {
    assert.deepStrictEqual(q('农民人均纯收入跨万元，').map(x => [x.v, x.u]), [[1, '万元']]);
    assert.deepStrictEqual(q('突破万亿元大关').map(x => [x.v, x.u]), [[1, '万亿元']]);
    assert.deepStrictEqual(q('培育超亿元企业').filter(x => x.u), []);
  });
});
