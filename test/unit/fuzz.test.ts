/**
 * Seeded fuzz test (issue 16): excerpts of the test fixtures mixed with long repeated fragments —
 * the family of inputs that found the stack overflow, the quadratic regexes and the output blow-up.
 * Every case must analyse (outline, indicators, glossary), clean up and export without an exception,
 * with output bounded by the input, and in time that grows linearly (each case is run at one and at
 * four times its repetition count). Bounded: at most FUZZ_BUDGET_MS in all (default 15 s).
 * FUZZ_SEED picks another seed; a failure message names the seed and the case.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze, indicatorRows, rowsToCsv, rowsToMarkdown, fileJson } from '../../src/core';
import { cleanUp, applyEdits } from '../../src/core/cleanup';

const FIXTURES = path.join(__dirname, '../../../test/fixtures/reports');
const SEED = Number(process.env.FUZZ_SEED ?? 16);
const BUDGET_MS = Number(process.env.FUZZ_BUDGET_MS ?? 15000);

/** mulberry32: a small seeded PRNG. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FRAGMENTS = [
  '增长5% ', '、1个', '一', '二十', '百', ' ', '\u3000', '\t', '\n', '\r', '\r\n', '\n\n', '。', '，', '、', '：', '（', '）', '“', '”',
  '万亿元', '%', '-', '~', '至', '左右', '以上', '第', '年', '月', '5', '1,000', '3.5', '①', '【1】', '名词解释', '注释：',
  '设为首页', '微信', 'www.', 'https://', '索 引 号:', '【返回顶部】', '---\n', 'title: ', '[x](command:a)', '\x1b[31m',
  '地区生产总值增长6%左右，', '城镇新增就业10万人以上；', '主要预期目标是：', '一、', '（一）', '各位代表：', '2024年某市政府工作报告\n',
  '分别增长7%和8%', '均增长', '其中', '**', '# ', '| a | b |\n',
];

interface Case { text: string; describe: string }

/** One fuzz case at repetition scale `scale` (the same random choices for every scale). */
function makeCase(seed: number, excerpts: string[], scale: number): Case {
  const rnd = prng(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rnd() * xs.length)];
  const base = pick(excerpts);
  const start = Math.floor(rnd() * Math.max(1, base.length - 3000));
  let text = base.slice(start, start + 500 + Math.floor(rnd() * 2500));
  const parts: string[] = [];
  const inserts = 1 + Math.floor(rnd() * 4);
  for (let k = 0; k < inserts; k++) {
    // a mix of one to three fragments, repeated
    const mix = Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => pick(FRAGMENTS)).join('');
    const reps = Math.floor((200 + rnd() * 1800) * scale / Math.max(1, mix.length / 2));
    const at = Math.floor(rnd() * (text.length + 1));
    text = text.slice(0, at) + mix.repeat(reps) + text.slice(at);
    parts.push(`${JSON.stringify(mix)}×${reps}@${at}`);
  }
  if (rnd() < 0.3) text = '2024年某市政府工作报告\n各位代表：\n' + text;
  return { text, describe: `seed ${seed}: ${parts.join(', ')}` };
}

/** Everything a user can ask of a text; returns the size of what it produced. */
function exercise(text: string): { ms: number; out: number; records: number } {
  const t0 = performance.now();
  const a = analyze(text);
  let records = 0;
  let textChars = 0;
  for (const r of a.reports) {
    records += r.indicators.length;
    for (const i of r.indicators) textChars += i.text.length;
  }
  const rows = indicatorRows('f.txt', a);
  const out = rowsToCsv(rows).length + rowsToMarkdown(rows).length + JSON.stringify(fileJson('f.txt', a, 'all')).length;
  const c = cleanUp(text);
  const cleaned = applyEdits(text, c.edits);
  assert.ok(cleaned.length <= text.length + c.splits, 'Clean Up only removes or splits');
  assert.ok(textChars <= 130 * records + 2 * text.length, `record text ${textChars} chars for ${records} records`);
  return { ms: performance.now() - t0, out, records };
}

describe('fuzz: report excerpts with long repeated fragments', function () {
  this.timeout(BUDGET_MS * 3 + 30000);
  const excerpts = fs.readdirSync(FIXTURES).filter(f => f.endsWith('.txt')).map(f => fs.readFileSync(path.join(FIXTURES, f), 'utf8'));

  it(`no exception, bounded output, linear time (seed ${SEED}, ≤ ${BUDGET_MS} ms)`, () => {
    const started = performance.now();
    let cases = 0;
    const slow: string[] = [];
    for (let i = 0; performance.now() - started < BUDGET_MS && i < 400; i++) {
      const seed = SEED * 1000 + i;
      const small = makeCase(seed, excerpts, 1);
      const big = makeCase(seed, excerpts, 4);
      let r1: ReturnType<typeof exercise>;
      let r4: ReturnType<typeof exercise>;
      try {
        r1 = exercise(small.text);
        r4 = exercise(big.text);
      } catch (e) {
        assert.fail(`${small.describe}: ${e instanceof Error ? e.stack : String(e)}`);
      }
      // output: a few hundred bytes per record at most, and records never outnumber the characters
      for (const [c, r] of [[small, r1], [big, r4]] as const) {
        assert.ok(r.records <= c.text.length, `${c.describe}: ${r.records} records`);
        assert.ok(r.out <= 2000 * (r.records + 1) + 20 * c.text.length, `${c.describe}: ${r.out} bytes of output for ${c.text.length} chars`);
      }
      // time: 4× the repetitions (≤ 4× the text) must not take more than 8× (with a 25 ms floor for noise);
      // a case that looks slow is measured again (min of three) before it counts
      if (r4.ms > 8 * Math.max(r1.ms, 25)) {
        const again = (t: string): number => Math.min(...[0, 1, 2].map(() => exercise(t).ms));
        const [a1, a4] = [again(small.text), again(big.text)];
        if (a4 > 8 * Math.max(a1, 25)) slow.push(`${small.describe}: ${small.text.length} chars ${a1.toFixed(0)} ms, ${big.text.length} chars ${a4.toFixed(0)} ms`);
      }
      cases++;
    }
    assert.deepStrictEqual(slow, [], 'super-linear cases');
    assert.ok(cases >= 10, `only ${cases} cases ran in ${BUDGET_MS} ms`);
    if (process.env.FUZZ_VERBOSE) console.log(`      ${cases} cases`);
  });
});
