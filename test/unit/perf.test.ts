/**
 * The fast paths of the core (issue 9's performance bar) give the same answers as the plain readings
 * they replace: width normalisation by a char-code loop, sentence facts that skip the year readers,
 * footnote markers without the bare-number branch.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { normalizeWidth, scanText, phraseOccurrences, occursWithin } from '../../src/core/text';
import { analyze } from '../../src/core';
import { yearsOf, sentenceFacts } from '../../src/core/semantics';
import { findFootnotes } from '../../src/core/docGlossary';
import { isJunkName, isWeakName } from '../../src/core/names';
import { unitInfo, WEAK_NAMES } from '../../src/core/lexicon';
import { findQuantities } from '../../src/core/quantity';
import { splitClauses, splitSentences, Clause } from '../../src/core/sentences';
import type { Quantity, Span } from '../../src/core/types';

/** The reference: splitClauses as a loop over every character (what it did before). */
function clausesByChar(text: string, s: Span, qs: Quantity[], keepEmpty = true): Clause[] {
  const out: Clause[] = [];
  let start = s.start;
  let qi = 0;
  let q0 = 0;
  let depth = 0;
  for (let i = s.start; i <= s.end; i++) {
    while (qi < qs.length && qs[qi].start === i) qi++;
    const last = qi > q0 ? qs[qi - 1] : null;
    const ch = i < s.end ? text[i] : '';
    if (ch === '(' || ch === '（') depth++;
    else if ((ch === ')' || ch === '）') && depth > 0) depth--;
    const inQuantity = last !== null && i < last.end;
    let cut = i === s.end;
    if (!cut && depth === 0 && !inQuantity) {
      if (ch === ',' || ch === ';' || ch === ':') cut = true;
      else if (ch === '、' && last && last.end === i && !/[\d零〇一二两三四五六七八九十-]/.test(text[i + 1] ?? '')) cut = true;
    }
    if (cut) {
      if (i > start && (keepEmpty || qi > q0)) out.push({ start, end: i, quantities: qs.slice(q0, qi) });
      q0 = qi;
      start = i + 1;
    }
  }
  return out;
}

/** The reference: one regex replace with a callback (what normalizeWidth did before). */
function normalizeByRegex(text: string): string {
  return text.replace(/[\uff01-\uff5e\u3000\u2012-\u2014\u2212]|\r(?!\n)/g, ch => {
    const c = ch.charCodeAt(0);
    if (c >= 0xff01 && c <= 0xff5e) return String.fromCharCode(c - 0xfee0);
    if (c === 0x0d) return '\n';
    return c === 0x3000 ? ' ' : '-';
  });
}

describe('core fast paths', () => {
  it('normalizeWidth: full-width ASCII, U+3000, dashes and a lone CR, offsets kept', () => {
    const input = '地区生产总值增长６．５％左右，\u3000ＧＤＰ\u2014\u2212\u2012x\r\ny\rz\r';
    const out = normalizeWidth(input);
    assert.strictEqual(out, '地区生产总值增长6.5%左右, GDP---x\r\ny\nz\n');
    assert.strictEqual(out.length, input.length);
  });

  it('normalizeWidth: lone and paired surrogates stay as they are', () => {
    const input = 'a\ud800b\udc00c\ud83d\ude00，\udbff';
    const out = normalizeWidth(input);
    assert.strictEqual(out, 'a\ud800b\udc00c\ud83d\ude00,\udbff');
    assert.strictEqual(out, normalizeByRegex(input));
  });

  it('normalizeWidth: the same as the regex reading on every code unit around the mapped ranges', () => {
    const codes: number[] = [];
    for (const [a, b] of [[0, 0x80], [0x2000, 0x2220], [0x2ff0, 0x3010], [0xd7f0, 0xe010], [0xfef0, 0xffff]]) {
      for (let c = a; c <= b; c++) codes.push(c, 0x41);
    }
    codes.push(0x0d, 0x0d, 0x0a, 0x0d);
    const input = String.fromCharCode(...codes);
    assert.strictEqual(normalizeWidth(input), normalizeByRegex(input));
    assert.strictEqual(normalizeWidth('no wide characters'), 'no wide characters');
  });

  it('sentence facts: a sentence without a year or 五 reads like one with every reader run', () => {
    const text = '2024年地区生产总值增长5%左右。过去五年,全市生产总值年均增长6.2%。“十四五”时期单位能耗下降13.5%。比上年增长8%。';
    const spans = text.split('。').filter(Boolean).map(t => ({ start: text.indexOf(t), end: text.indexOf(t) + t.length }));
    for (const s of spans) {
      const at = text.slice(s.start, s.end).search(/\d+(?:\.\d+)?%/) + s.start;
      for (const kind of ['target', 'actual', 'other'] as const) {
        for (const inReview of [true, false]) {
          const r = { kind, start: at, sentence: { ...s, line: 1, para: 0 }, valueSpan: { start: at, end: at + 2 } };
          const all = yearsOf(text, r, 2024, inReview, { year: true, five: true });
          assert.deepStrictEqual(yearsOf(text, r, 2024, inReview, sentenceFacts(text, s)), all, text.slice(s.start, s.end));
          assert.deepStrictEqual(yearsOf(text, r, 2024, inReview), all);
        }
      }
    }
    assert.deepStrictEqual(sentenceFacts(text, spans[3]), { year: false, five: false });
    assert.deepStrictEqual(sentenceFacts(text, spans[1]), { year: false, five: true });
  });

  it('data years: a paragraph that names the past or next five years still gives its figures that period', () => {
    // the year readers look up the paragraph's five-year phrases in the report's occurrences
    const text = '2023年某某市政府工作报告\n\n各位代表：\n\n一、过去五年工作回顾\n\n过去五年，我们团结奋斗，攻坚克难。' +
      '全市新建学校120所，新增城镇就业5万人。\n\n' + '全市经济平稳运行，社会大局和谐稳定。'.repeat(40) +
      '\n\n本届政府以来，全市稳步发展。新建公园12个。\n\n二、2023年工作安排\n\n' +
      '今后五年，全市将加快发展。计划新建学校80所，新增城镇就业6万人。\n\n全市将加快发展。再建公园10个。\n';
    const years = analyze(text).reports[0].indicators.map(r => `${r.name} ${r.dataYearFrom}-${r.dataYear}`);
    assert.deepStrictEqual(years, ['新建学校 2018-2022', '新增城镇就业 2018-2022', '新建公园 2018-2022',
      '计划新建学校 2023-2027', '新增城镇就业 2023-2027', '再建公园 2023-2023']);
  });

  it('five-year phrases: a lookup in the occurrences answers as the regex over every window does', () => {
    const past = /过去五年|五年来|五年间|过去的五年|本届政府(?:任期)?以来|五年里/;
    const next = /今后五年|未来五年|今后五年间/;
    // overlapping and adjoining phrases, and near misses
    const text = '过去五年来，五年间本届政府任期以来过去的五年里今后五年间未来五年五年，本届政府以来过去五\n年今后五年';
    for (const re of [past, next]) {
      const occ = phraseOccurrences(text, 0, text.length, new RegExp(re.source, 'g'));
      for (let a = 0; a <= text.length; a++) {
        for (let b = a; b <= text.length; b++) {
          assert.strictEqual(occursWithin(occ, a, b), re.test(text.slice(a, b)), `${re.source} [${a}, ${b})`);
        }
      }
      // a region: occurrences that end after it are not found
      const part = phraseOccurrences(text, 3, 20, new RegExp(re.source, 'g'));
      for (let a = 3; a <= 20; a++) for (let b = a; b <= 20; b++) assert.strictEqual(occursWithin(part, a, b), re.test(text.slice(a, b)));
    }
  });

  it('one scan of the text: its marks give the readers the answers of their own regex scans', () => {
    // the fixture reports, and a deterministic mix of what the scan marks: sentence ends (also
    // full-width ！？ and a lone CR), marker starts ([ ［ 【 ①–⑳), numeral runs (百 before 分点), blanks
    const texts = fs.readdirSync(path.join(__dirname, '../../../test/fixtures/reports')).sort()
      .map(f => fs.readFileSync(path.join(__dirname, '../../../test/fixtures/reports', f), 'utf8'));
    let seed = 11;
    const pick = (xs: string[]): string => xs[(seed = (seed * 1103515245 + 12345) % 2147483648) % xs.length];
    const atoms = ['。', '！', '？', '!', '?', '\n', '\r', '\r\n', '[', '［', '[^', '【', '】', ']', '①', '⑳', '⑴', '一', '二', '十', '百', '千', '两',
      '零', '〇', '万', '亿', '元', '个', '分点', '倍', '公里', '左右', '以上', '1', '2', '３', '%', '％', ',', '，', '增长', '地区生产总值', ' ', '\u3000', '跨', '破'];
    for (let n = 0; n < 300; n++) {
      let t = '';
      for (let k = 0; k < 80; k++) t += pick(atoms);
      texts.push(t);
    }
    const noLine = (): number => 1;
    for (const input of texts) {
      const { text, marks } = scanText(input);
      assert.strictEqual(text, normalizeByRegex(input));
      // a window of the text (a report's body) and the whole of it
      for (const [from, to] of [[0, text.length], [Math.floor(text.length / 3), Math.floor(text.length * 2 / 3)]]) {
        const label = `${JSON.stringify(input.slice(0, 40))} [${from}, ${to})`;
        assert.deepStrictEqual(splitSentences(text, from, to, noLine, null, marks.sentenceEnds), splitSentences(text, from, to, noLine), label);
        assert.deepStrictEqual(findFootnotes(text, from, to, [], noLine, marks.markerStarts), findFootnotes(text, from, to, [], noLine), label);
        assert.deepStrictEqual(findQuantities(text, from, to, marks.numeralRuns), findQuantities(text, from, to), label);
      }
    }
    // a window that starts inside a numeral run finds the quantities the regex scan finds
    const short = '增长二十五万元和三百分点，一百两千亿元';
    const { marks } = scanText(short);
    for (let from = 0; from < short.length; from++) {
      assert.deepStrictEqual(findQuantities(short, from, short.length, marks.numeralRuns), findQuantities(short, from), `from ${from}`);
    }
  });

  it('isJunkName: one code point is no name, also when it is a surrogate pair; two are not one', () => {
    assert.strictEqual(isJunkName('亿'), true);
    assert.strictEqual(isJunkName('\ud840\udc00'), true);
    assert.strictEqual(isJunkName('\ud840\ud840'), false);
    assert.strictEqual(isJunkName('\udc00\ud840'), false);
    assert.strictEqual(isJunkName('a\ud840'), false);
    assert.strictEqual(isJunkName('地区生产总值'), false);
  });

  it('quantities: an ASCII word character before or after a number makes it part of a code', () => {
    const word = /[A-Za-z0-9._/:+#@\\-]/;
    for (let c = 0x20; c < 0x7f; c++) {
      const x = String.fromCharCode(c);
      if (/[\d-]/.test(x)) continue;
      const before = findQuantities(`增长${x}5%`).some(q => q.value === 5 && q.unit === '%');
      assert.strictEqual(before, !word.test(x), `before ${JSON.stringify(x)}`);
      if (/[%.,\s]/.test(x)) continue;
      const after = findQuantities(`共有5${x}。`).some(q => q.value === 5);
      assert.strictEqual(after, !word.test(x), `after ${JSON.stringify(x)}`);
    }
  });

  it('footnotes: without glossary entries a bare number is no marker, bracketed ones still are', () => {
    const text = '推进“六稳”1工作[2]，落实【3】政策①，增长12%。';
    const marks = findFootnotes(text, 0, text.length, [], () => 1).map(f => f.marker);
    assert.deepStrictEqual(marks, ['[2]', '【3】', '①']);
    // each kind of marker alone is found
    for (const m of ['[^7]', '【12】', '①', '⑳']) {
      const t = `推进“六稳”工作${m}，增长12%。`;
      assert.deepStrictEqual(findFootnotes(t, 0, t.length, [], () => 1).map(f => f.marker), [m]);
    }
    assert.deepStrictEqual(findFootnotes('增长12%，[3]', 0, 6, [], () => 1), []);
  });

  it('splitClauses: the same clauses as the reading of every character, within the span only', () => {
    const sentences = [
      '地区生产总值1360亿元、增长5.0%,一般公共预算收入增长6%(同口径增长7.5%),城乡居民收入分别增长7%和8%左右。',
      '37533元、15221元;规模以上工业增加值（含新口径、增量）增长9%:其中,高技术制造业占比提高1.5个百分点、2个百分点',
      '（（（增长5%,下降3%)))),、、,;:无数字的分句,居民消费价格涨幅3%左右、',
    ];
    // a deterministic mix of separators, parentheses, digits and words (no library: the same strings every run)
    let seed = 7;
    const pick = (xs: string): string => xs[(seed = (seed * 1103515245 + 12345) % 2147483648) % xs.length];
    for (let n = 0; n < 200; n++) {
      let t = '';
      for (let k = 0; k < 60; k++) t += pick(',;:、()（）增长5%亿元和1.2左右一二。 ');
      sentences.push(t);
    }
    for (const body of sentences) {
      // the span starts after other text and stops before more separators: nothing outside it counts
      const before = '前文,;、(增长5%)';
      const text = before + body + '),;、后文';
      const span = { start: before.length, end: before.length + body.length };
      const qs = findQuantities(text).filter(q => q.start >= span.start && q.end <= span.end);
      for (const keepEmpty of [true, false]) {
        assert.deepStrictEqual(splitClauses(text, span, qs, keepEmpty), clausesByChar(text, span, qs, keepEmpty), body);
      }
    }
  });

  it('records: every record is its own object with every field, in one order (semantics filled in place)', () => {
    const text = '# 2024年政府工作报告\n\n一、2023年工作回顾\n\n全年地区生产总值增长5.2%,固定资产投资增长3%,社会消费品零售总额增长7.2%。' +
      '城镇新增就业30万人。\n\n二、2024年工作安排\n\n今年经济社会发展的主要预期目标是:地区生产总值增长5%左右,城镇调查失业率5.5%以内,' +
      '居民消费价格涨幅3%左右,居民收入增长与经济增长同步。\n';
    const recs = analyze(text).reports.flatMap(r => r.indicators);
    assert.ok(recs.length >= 5, `${recs.length} records`);
    assert.strictEqual(new Set(recs).size, recs.length);
    const order = ['kind', 'name', 'canonical', 'verb', 'value', 'upper', 'unit', 'qualifier', 'aim', 'qualitative', 'relative',
      'line', 'column', 'text', 'start', 'end', 'sentence', 'valueSpan', 'direction', 'signedValue', 'signedUpper', 'dataYear',
      'dataYearFrom', 'bound', 'confidence', 'confidenceNote'];
    for (const r of recs) {
      assert.deepStrictEqual(Object.keys(r), order, r.name);
      for (const k of ['direction', 'signedValue', 'dataYear', 'bound', 'confidence', 'confidenceNote'] as const) {
        assert.notStrictEqual(r[k], undefined, `${r.name}: ${k}`);
      }
    }
    assert.ok(recs.some(r => r.kind === 'target') && recs.some(r => r.kind === 'actual'), recs.map(r => r.kind).join());
    // a second analysis gives equal records (nothing of the first one's is reused or changed)
    assert.deepStrictEqual(analyze(text).reports.flatMap(r => r.indicators).map(r => ({ ...r, sentence: null, valueSpan: null })),
      recs.map(r => ({ ...r, sentence: null, valueSpan: null })));
  });

  it('isWeakName / isJunkName: the first-character gates answer as the plain regexes do', () => {
    // the readings before the gates
    const weakByRegex = (name: string): boolean => !name || WEAK_NAMES.has(name) ||
      /^(?:扣除|剔除|按|其中|分别|均|同比|比上年)/.test(name) || /[后时中]$/.test(name) ||
      /^(?:比|较)(?:(?:19|20)\d{2}年|上年|去年)(?:末|底)?$/.test(name);
    const junkByRegex = (name: string): boolean => {
      const n = name.trim();
      if (!n) return true;
      if (n.length > 6 && !/^[-\d.]/.test(n)) return false;
      if (/^[-\d.,、%\s—~]+$/.test(n)) return true;
      if ([...n].length === 1) return true;
      return !!unitInfo(n) || /^[万亿千百十]?(?:[个名次座场户项件条家处套栋株盏间元人吨亩米年月日天周度倍盒袋只头辆台张份所批期轮届]|人次|千瓦|公里|平方米|立方米)$/.test(n);
    };
    const names = ['', '同比', '比上年', '比2007年末', '较去年', '比较优势', '均', '均衡发展', '按可比价格计算', '其中', '其中工业',
      '分别', '扣除价格因素后', '剔除', '一般公共预算收入', '地区生产总值', '城镇新增就业', '2023年底', '2023年', '1.2、3.4',
      '-5', '.5', '5', '1,2', '、、', '%', '—', '~5', '—2.5、3', ' 12 ', '万人', '个', '平方米', '亿元', '居民人均可支配收入增长',
      '12345678', '-1234567', '1234567年', '\u3000　', '比2023年底增长', '按', '中', '时', '后'];
    for (const n of names) {
      assert.strictEqual(isWeakName(n), weakByRegex(n), `isWeakName(${JSON.stringify(n)})`);
      assert.strictEqual(isJunkName(n), junkByRegex(n), `isJunkName(${JSON.stringify(n)})`);
    }
  });

  it('outline: headings after blanks, stars and # are found (lines trimmed by char code, regexes gated by the first character)', () => {
    const text = '2024年某市政府工作报告\n——2024年1月10日在某市第十届人民代表大会第二次会议上\n各位代表：\n现在，我代表市人民政府，向大会报告政府工作，请予审议。\n' +
      '## 一、2023年工作回顾\n\u3000\u3000（一）稳住经济大盘。正文。\n**1.扩大投资**\n\u3000 2.扩大消费\n各项工作（三）不是标题。\n  二、2024年工作安排  \n\t第一，坚持稳中求进。';
    type Node = { level: number; text: string; children: Node[] };
    const shape = (ns: Node[]): unknown[] => ns.map(n => [n.level, n.text, shape(n.children)]);
    assert.deepStrictEqual(shape(analyze(text).reports[0].outline), [
      [1, '一、2023年工作回顾', [[2, '（一）稳住经济大盘', [[3, '1.扩大投资', []], [3, '2.扩大消费', []]]]]],
      [1, '二、2024年工作安排', [[4, '第一，坚持稳中求进', []]]],
    ]);
  });
});
