import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { describeValue, formatNumber, englishMagnitude, kindLabel, qualifierMeaning, plainNumber } from '../../src/core/describe';
import { escapeMarkdown, truncate } from '../../src/core/markdown';
import { looksLikeReport, reportSignals } from '../../src/core/sniff';
import { AnalysisIndex, renderQuantityHover, renderTermHover, sloganItems } from '../../src/core/hoverModel';
import { analyze } from '../../src/core';
import { upsertGlossaryJson } from '../../src/core/glossaryEdit';

const ROOT = path.resolve(__dirname, '../../..');
const fixture = (name: string): string => fs.readFileSync(path.join(ROOT, 'test/fixtures', name), 'utf8');

/** Text a Markdown renderer would show: drops backslash escapes. */
const unescape = (s: string): string => s.replace(/\\([!-/:-@[-`{-~])/g, '$1');

describe('describe: the value in plain words', () => {
  it('340亿元 → 3.4×10¹⁰ 元, 34 billion yuan', () => {
    const d = describeValue({ value: 340, upper: null, unit: '亿元', qualifier: '' })!;
    assert.strictEqual(d.base, '3.4×10¹⁰ 元');
    assert.strictEqual(d.plain, '34 billion yuan');
    assert.strictEqual(d.written, '340亿元');
    assert.strictEqual(d.unitEnglish, 'hundred million yuan');
    assert.strictEqual(d.range, null);
  });
  it('5.5%左右 → approximately 5.5 percent, no base conversion', () => {
    const d = describeValue({ value: 5.5, upper: null, unit: '%', qualifier: '左右' })!;
    assert.strictEqual(d.plain, 'approximately 5.5 percent');
    assert.strictEqual(d.qualifier, 'approximately');
    assert.strictEqual(d.base, null);
    assert.strictEqual(d.written, '5.5%左右');
  });
  it('ranges, 以上 and 以内', () => {
    assert.strictEqual(describeValue({ value: 6.5, upper: 7, unit: '%', qualifier: '' })!.range, '6.5 to 7 percent');
    assert.strictEqual(describeValue({ value: 8, upper: null, unit: '%', qualifier: '以上' })!.plain, '8 percent or more');
    assert.strictEqual(describeValue({ value: 3, upper: null, unit: '%', qualifier: '以内' })!.plain, '3 percent or less');
    const r = describeValue({ value: 1.2, upper: 1.5, unit: '万人', qualifier: '' })!;
    assert.strictEqual(r.base, '12,000 – 15,000 人');
    assert.strictEqual(r.range, '12 thousand to 15 thousand people');
  });
  it('no binary noise: 0.1×3 and 5.5万 → 55,000', () => {
    assert.strictEqual(plainNumber(0.1 * 3), '0.3');
    assert.strictEqual(describeValue({ value: 5.5, upper: null, unit: '万人', qualifier: '' })!.base, '55,000 人');
    assert.strictEqual(describeValue({ value: 1.7, upper: null, unit: '万亿元', qualifier: '' })!.base, '1.7×10¹² 元');
  });
  it('qualitative (null value) → null; unknown unit kept as written', () => {
    assert.strictEqual(describeValue({ value: null, upper: null, unit: '', qualifier: '' }), null);
    assert.strictEqual(describeValue({ value: 3, upper: null, unit: '栋', qualifier: '' })!.plain, '3 栋');
  });
  it('formatNumber and englishMagnitude', () => {
    assert.strictEqual(formatNumber(34000000000), '3.4×10¹⁰');
    assert.strictEqual(formatNumber(100000), '10⁵');
    assert.strictEqual(formatNumber(99999), '99,999');
    assert.strictEqual(formatNumber(-2.5e7), '-2.5×10⁷');
    assert.strictEqual(englishMagnitude(3.4e10), '34 billion');
    assert.strictEqual(englishMagnitude(1200), '1200');
    assert.strictEqual(englishMagnitude(2e12), '2 trillion');
  });
  it('kind and qualifier labels', () => {
    assert.deepStrictEqual(kindLabel('target'), { zh: '目标', en: 'target' });
    assert.strictEqual(kindLabel('actual').zh, '实绩');
    assert.strictEqual(kindLabel('other').zh, '其他');
    assert.strictEqual(qualifierMeaning('左右'), 'approximately');
    assert.strictEqual(qualifierMeaning(''), '');
  });
});

describe('markdown escaping', () => {
  it('<script> cannot become HTML', () => {
    const e = escapeMarkdown('<script>alert(1)</script>');
    assert.ok(!/(^|[^\\])</.test(e), e);
    assert.strictEqual(unescape(e), '<script>alert(1)</script>');
  });
  it('[x](command:foo) cannot become a link', () => {
    const e = escapeMarkdown('[x](command:foo)');
    assert.ok(!e.includes(']('), e);
    assert.ok(!/(^|[^\\])\[/.test(e), e);
    assert.ok(!e.includes('command:'), e);
    assert.strictEqual(unescape(e), '[x](command:foo)');
  });
  it('backticks, emphasis, headings, line breaks', () => {
    const e = escapeMarkdown('`code` **b** _i_ # h\n- item\r\n> q | t ~s~ https://x.y');
    assert.ok(!/(^|[^\\])`/.test(e), e);
    assert.ok(!/[\r\n]/.test(e), 'no line breaks survive');
    assert.ok(!e.includes('https:'), e);
    for (const ch of '*_#->|~') assert.ok(!new RegExp(`(^|[^\\\\])\\${ch}`).test(e), `${ch} in ${e}`);
  });
  it('Chinese text is untouched; backslashes are doubled', () => {
    assert.strictEqual(escapeMarkdown('稳就业、稳金融'), '稳就业、稳金融');
    assert.strictEqual(escapeMarkdown('a\\b'), 'a\\\\b');
  });
  it('truncate', () => {
    assert.strictEqual(truncate('abcdef', 4), 'abc…');
    assert.strictEqual(truncate('abc', 4), 'abc');
    assert.strictEqual(truncate('a😀b', 3), 'a…');
  });
});

describe('sniffing report text', () => {
  it('two of the three signals are needed', () => {
    assert.strictEqual(looksLikeReport('政府工作报告\n各位代表:'), true);
    assert.strictEqual(looksLikeReport('政府工作报告'), false);
    assert.strictEqual(looksLikeReport('Meeting notes, Tuesday'), false);
    assert.strictEqual(reportSignals('各位代表:现在,我代表市政府向大会报告工作,请予审议'), 2);
  });
  it('the signals must be in the opening 2000 characters', () => {
    assert.strictEqual(looksLikeReport('x'.repeat(2500) + '政府工作报告 各位代表 请予审议'), false);
  });
  it('a fixture report is recognised', () => {
    assert.strictEqual(looksLikeReport(fixture('reports/004_b3e4cb320142c0ae.txt')), true);
    assert.strictEqual(looksLikeReport(fixture('workspace/notes.txt')), false);
  });
});

describe('hover model', () => {
  const huli = fixture('workspace/湖里区报告.txt');
  const xm = fixture('workspace/2024年厦门市政府工作报告.txt');
  it('slogan items from a numbered term', () => {
    assert.deepStrictEqual(sloganItems('六稳', '稳就业、稳金融、稳外贸、稳外资、稳投资、稳预期'), ['稳就业', '稳金融', '稳外贸', '稳外资', '稳投资', '稳预期']);
    assert.strictEqual(sloganItems('三高', '高技术、高成长'), undefined);
    assert.strictEqual(sloganItems('放管服', '简政放权、放管结合'), undefined);
  });
  it('document term under the cursor, quotes ignored, own definition', () => {
    const idx = new AnalysisIndex(analyze(huli));
    const at = huli.indexOf('“六稳”1') + 2;
    const hit = idx.docTermAt(huli, at, at)!;
    assert.ok(hit);
    assert.strictEqual(hit.report.glossary[hit.entryIndex].term, '六稳');
    const md = renderTermHover({ start: hit.match.start, end: hit.match.end, entry: hit.match.entry, origin: { kind: 'document', number: 1, line: 209, entryIndex: 0 } });
    assert.ok(md.includes('1. 稳就业'), md);
    assert.ok(md.includes('本文名词解释 第1条 \\(line 209\\)'), md);
  });
  it('footnote markers and indicators by offset', () => {
    const idx = new AnalysisIndex(analyze(huli));
    const at = huli.indexOf('“六稳”1') + 4;
    const fn = idx.footnoteAt(at)!;
    assert.strictEqual(fn.footnote.term, '六稳');
    assert.strictEqual(idx.footnoteEntry(fn.report, fn.footnote)!.line, 209);
    const x = new AnalysisIndex(analyze(xm));
    const v = xm.indexOf('5.5%左右');
    const ind = x.indicatorAt(v + 1)!;
    assert.strictEqual(ind.kind, 'target');
    assert.strictEqual(ind.line, 130);
    const md = renderQuantityHover(ind, xm.slice(ind.sentence.start, ind.sentence.end));
    assert.ok(md.includes('**目标** target'), md);
    assert.ok(md.includes('approximately 5\\.5 percent'), md);
    assert.ok(md.includes('\n\n> '), 'the target sentence is quoted');
    assert.strictEqual(x.indicatorAt(0), undefined);
  });
  it('hover text escapes document-derived text', () => {
    const md = renderTermHover({ start: 0, end: 1, entry: { term: '[x](command:foo)', definition: '<script>`x`</script>' }, origin: { kind: 'user', label: 'g.json' } });
    assert.ok(!md.includes(']('), md);
    assert.ok(!/(^|[^\\])</.test(md), md);
    assert.ok(!/(^|[^\\])`/.test(md), md);
  });
});

describe('user glossary edits (upsertGlossaryJson)', () => {
  it('creates a new file, appends, replaces by term, keeps other keys', () => {
    const a = upsertGlossaryJson(null, { term: '甲', definition: 'A' });
    assert.ok('text' in a);
    assert.deepStrictEqual(JSON.parse(a.text), { version: 1, entries: [{ term: '甲', definition: 'A' }] });
    const b = upsertGlossaryJson('{"$schema":"x","version":1,"entries":[{"term":"甲","definition":"A","category":"policy"}]}', { term: '“甲”', definition: 'B' });
    assert.ok('text' in b && b.replaced);
    const parsed = JSON.parse(b.text);
    assert.strictEqual(parsed.$schema, 'x');
    assert.deepStrictEqual(parsed.entries, [{ term: '“甲”', definition: 'B', category: 'policy' }]);
    assert.ok(b.text.startsWith('{\n  "$schema"') && b.text.endsWith('}\n'), '2-space indent, trailing newline');
    const c = upsertGlossaryJson('[{"term":"甲","definition":"A"}]', { term: '乙', definition: 'B' });
    assert.ok('text' in c && !c.replaced && JSON.parse(c.text).length === 2);
  });
  it('leaves a malformed file alone', () => {
    assert.ok('error' in upsertGlossaryJson('{ "entries": [ }', { term: '甲', definition: 'A' }));
    assert.ok('error' in upsertGlossaryJson('{ "entries": 3 }', { term: '甲', definition: 'A' }));
  });
});
