/** Property tests: on arbitrary input `analyze` never throws, stays in bounds and in linear time. */
import * as assert from 'assert';
import fc from 'fast-check';
import { analyze, Analysis, OutlineNode } from '../../src/core';

function checkInvariants(text: string, a: Analysis): void {
  const n = text.length;
  for (const r of a.reports) {
    assert.ok(0 <= r.start && r.start <= r.end && r.end <= n, 'report in bounds');
    for (const i of r.indicators) {
      assert.ok(0 <= i.start && i.start <= i.end && i.end <= n, 'indicator in bounds');
      assert.strictEqual(text.slice(i.start, i.end), i.text, 'indicator text equals the input');
    }
    const walk = (nodes: OutlineNode[], parent: { start: number; end: number }) => {
      let prev = -1;
      for (const x of nodes) {
        assert.ok(x.start >= prev, 'outline ordered');
        assert.ok(parent.start <= x.start && x.end <= parent.end && x.start <= x.end, 'outline nested');
        prev = x.start;
        walk(x.children, x);
      }
    };
    walk(r.outline, { start: 0, end: n });
    for (const g of r.glossary) assert.ok(g.start <= g.end && g.end <= n);
    for (const f of r.footnotes) assert.ok(f.start < f.end && f.end <= n);
  }
}

const pieces = ['一、', '（一）', '(二)', '1.', '各位代表：', '政府工作报告\n', '增长', '5.5', '５．５', '％', '%', '左右', '以上', '亿元', '个百分点',
  '\n', '。', '，', '、', '“六稳”1', '名词解释\n', '1.六稳:稳就业\n', '主要预期目标是:', '\u3000', '\uD800', '\uDC00', '一千万元', '——', '[1]', '**'];

describe('analyze on arbitrary input (fast-check)', () => {
  it('never throws and keeps every offset in bounds (random strings)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), s => { checkInvariants(s, analyze(s)); }), { numRuns: 300 });
  });
  it('never throws on report-like token soup', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 200 }), parts => {
      const s = parts.join('');
      checkInvariants(s, analyze(s));
    }), { numRuns: 500 });
  });
  it('stays linear: （一） repeated 100,000 times and a 1 MB single line', () => {
    analyze('（一）'.repeat(50000)); // warm up the JIT before timing
    const time = (n: number) => {
      const s = '（一）'.repeat(n);
      const t = Date.now();
      checkInvariants(s, analyze(s));
      return Date.now() - t;
    };
    const t100k = time(100000);
    const t200k = time(200000);
    const t2 = Date.now();
    const line = '地区生产总值增长5.5%左右，一、工作回顾 （一）聚焦发展。'.repeat(40000);
    assert.ok(line.length >= 1_000_000);
    checkInvariants(line, analyze(line));
    const t3 = Date.now();
    console.log(`    （一）×100k ${t100k} ms, ×200k ${t200k} ms, 1 MB single line ${t3 - t2} ms`);
    // twice the input must cost about twice the time (quadratic would be 4×)
    assert.ok(t200k < Math.max(100, t100k * 3.5), `linear in input size (${t100k} ms → ${t200k} ms)`);
    assert.ok(t3 - t2 < 5000, '1 MB single line in under 5 s');
  });
});
