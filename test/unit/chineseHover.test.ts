/**
 * The Chinese UI has no English left in what the core writes (issue 12, "Chinese UI gaps"): hover
 * value phrases (`= 136 billion yuan`, `实绩 actual`, `(qualitative)` …), hover labels, glossary
 * categories in hovers and in the CLI, and the table/Compare value text. The core takes the
 * `Translate` hook; here a fake Chinese translator built from l10n/bundle.l10n.zh-cn.json (what
 * vscode.l10n.t and the CLI's l10n.t give in a zh-cn UI). The English default stays as it was.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as os from 'os';
import { analyze } from '../../src/core';
import type { Indicator } from '../../src/core';
import { describeValue, chineseMagnitude } from '../../src/core/describe';
import { renderQuantityHover, renderTermHover, categoryLabel, categoryName, BUILTIN_GLOSSARY_LABEL, TermHover } from '../../src/core/hoverModel';
import { formatValue } from '../../src/core/compare';
import { englishUi, Translate, untranslated } from '../../src/core/l10n';
import { parseGlossaryJson, GLOSSARY_CATEGORIES } from '../../src/core/glossary';
import { upsertGlossaryJson } from '../../src/core/glossaryEdit';
import { cliBundleIsFresh, runCliInLocale } from '../support/cli';

const ROOT = path.join(__dirname, '../../..');
const zh = JSON.parse(fs.readFileSync(path.join(ROOT, 'l10n', 'bundle.l10n.zh-cn.json'), 'utf8')) as Record<string, string>;
const tZh: Translate = (m, ...args) => untranslated(zh[m] ?? m, ...args);

/** What a Markdown renderer shows: backslash escapes dropped. */
const shown = (md: string): string => md.replace(/\\([!-/:-@[-`{-~])/g, '$1');

/** ASCII words (two letters or more) other than acronyms a Chinese reader reads as such. */
const ACRONYMS = new Set(['GDP', 'CPI', 'PPI', 'PM', 'R', 'D']);
function asciiWords(s: string): string[] {
  return (s.match(/[A-Za-z]{2,}/g) ?? []).filter(w => !ACRONYMS.has(w));
}

// Sentences of real reports (2024 厦门市: the review; a 2019 city's targets), a few lines.
const EXCERPT = [
  '2024年政府工作报告',
  '各位代表：',
  '一、2023年工作回顾',
  '全市地区生产总值3360.9亿元，增长6.5%。外贸进出口总额9470.4亿元，增长2.7%，高于全国、全省水平。城镇新增就业16.4万人。发放大学生“5年5折租房”补贴2.7亿元。',
  '二、2024年主要目标和重点工作',
  '今年全市经济社会发展的主要预期目标是：地区生产总值力争增长6.5%左右；城镇调查失业率5.5%左右，城镇新增就业1.1万人以上；' +
    '居民消费价格涨幅3%以内；一般公共预算收入增长6.5-7.0%；粮食产量51万吨以上；农村居民人均可支配收入增长高于全省0.5个百分点；' +
    '外贸进出口总额增速高于全省；全社会研发经费支出突破1.2万亿元。',
].join('\n');

describe('Chinese UI: core phrases through the translate hook', () => {
  const indicators: Indicator[] = analyze(EXCERPT).reports.flatMap(r => r.indicators);
  const sentenceOf = (i: Indicator): string => EXCERPT.slice(i.sentence.start, i.sentence.end);

  it('the excerpt gives targets, actuals, amounts, ranges, qualifiers and a qualitative target', () => {
    const kinds = new Set(indicators.map(i => i.kind));
    assert.ok(kinds.has('target') && kinds.has('actual'), [...kinds].join());
    assert.ok(indicators.some(i => i.unit === '亿元'));
    assert.ok(indicators.some(i => i.upper !== null));
    assert.ok(indicators.some(i => i.qualifier === '以上') && indicators.some(i => i.qualifier === '左右'));
    assert.ok(indicators.some(i => i.qualitative && i.value === null));
    assert.ok(indicators.some(i => i.relative));
    assert.ok(indicators.length >= 12, `${indicators.length} indicators`);
  });

  it('englishUi: the default and an English translator are English, the zh-cn bundle is not', () => {
    assert.strictEqual(englishUi(untranslated), true);
    assert.strictEqual(englishUi(tZh), false);
  });

  it('every quantity hover of the excerpt is Chinese in a Chinese UI (no billion, actual, target, qualitative …)', () => {
    for (const ind of indicators) {
      const md = shown(renderQuantityHover(ind, sentenceOf(ind), tZh));
      assert.deepStrictEqual(asciiWords(md), [], `${ind.text}:\n${md}`);
      for (const w of ['billion', 'actual', 'qualitative', 'approximately', 'Value', 'verb']) assert.ok(!md.includes(w), `${w} in\n${md}`);
      assert.match(md, /\*第 \d+ 行，第 \d+ 列\*$/);
    }
    const kinds = indicators.map(i => shown(renderQuantityHover(i, null, tZh)).split('\n\n')[1]);
    assert.ok(kinds.some(k => k.startsWith('**实绩**')) && kinds.some(k => k.startsWith('**目标**')), kinds.join('\n'));
  });

  it('the fixture reports: what the hover adds to the document\'s words is Chinese for every figure', () => {
    let n = 0;
    for (const f of ['reports/2020-national.txt', 'reports/000_e8c23d3aa62e93d4.txt', 'reports/2022-chongqing-provincial.txt']) {
      const text = fs.readFileSync(path.join(ROOT, 'test/fixtures', f), 'utf8');
      for (const ind of analyze(text).reports.flatMap(r => r.indicators)) {
        n++;
        // leave out the document's own words (name, text, verb, relative; may hold PM2.5, 5G …)
        let gen = shown(renderQuantityHover(ind, null, tZh)).split('\n\n').slice(1).join('\n');
        for (const own of [ind.text, ind.name, ind.verb, ind.relative]) if (own) gen = gen.split(own).join('');
        assert.deepStrictEqual(asciiWords(gen), [], `${f} line ${ind.line}: ${gen}`);
      }
    }
    assert.ok(n > 300, `${n} figures`);
  });

  it('amounts in Chinese magnitudes, qualifiers and ranges in Chinese words', () => {
    const at = (text: string): string => {
      const ind = indicators.find(i => i.text.includes(text));
      assert.ok(ind, text);
      return shown(renderQuantityHover(ind, null, tZh));
    };
    assert.ok(at('6.5%左右').includes('- 数值：**6.5%左右** = 约6.5%'), at('6.5%左右'));
    assert.ok(at('6.5%左右').includes('- 左右：大约'));
    assert.ok(at('1.1万人以上').includes('= 1.1万人及以上'), at('1.1万人以上'));
    assert.ok(at('3%以内').includes('= 3%及以下'));
    assert.ok(at('6.5-7.0%').includes('- 区间：6.5至7%'), at('6.5-7.0%'));
    // the value as written is already Chinese: no "= 9,470.4亿元" repeating it
    assert.ok(at('9470.4亿元').includes('- 数值：**9470.4亿元**\n- 折合基本单位：9.4704×10¹¹ 元'), at('9470.4亿元'));
    assert.ok(at('增速高于全省').includes('定性（无数值）：外贸进出口总额增速高于全省'), at('增速高于全省'));
    assert.ok(at('0.5个百分点').includes('相对于：全省'));
    // describeValue itself: the "= 136 billion yuan" reads 1,360亿元; scaled units move up
    assert.strictEqual(describeValue({ value: 1360, upper: null, unit: '亿元', qualifier: '' }, tZh)!.plain, '1,360亿元');
    assert.strictEqual(describeValue({ value: 13600, upper: null, unit: '万元', qualifier: '左右' }, tZh)!.plain, '约1.36亿元');
    assert.strictEqual(describeValue({ value: 0.8, upper: null, unit: '万亿元', qualifier: '以上' }, tZh)!.plain, '8,000亿元及以上');
    assert.strictEqual(describeValue({ value: 1.2, upper: 1.5, unit: '万人', qualifier: '' }, tZh)!.range, '1.2万至1.5万人');
    assert.strictEqual(describeValue({ value: 3, upper: null, unit: '栋', qualifier: '' }, tZh)!.plain, '3栋');
    assert.strictEqual(chineseMagnitude(1.5e12), '1.5万亿');
    assert.strictEqual(chineseMagnitude(55000), '5.5万');
    assert.strictEqual(chineseMagnitude(1200), '1,200');
  });

  it('the English UI is unchanged: bilingual labels, English words of scale', () => {
    assert.strictEqual(describeValue({ value: 1360, upper: null, unit: '亿元', qualifier: '' })!.plain, '136 billion yuan');
    assert.strictEqual(describeValue({ value: 1.2, upper: 1.5, unit: '万人', qualifier: '' })!.range, '12 thousand to 15 thousand people');
    assert.strictEqual(describeValue({ value: 8, upper: null, unit: '%', qualifier: '以上' })!.plain, '8 percent or more');
    const target = indicators.find(i => i.text.includes('6.5%左右'))!;
    const en = shown(renderQuantityHover(target, sentenceOf(target)));
    assert.ok(en.startsWith('**地区生产总值** — 地区生产总值 · GDP\n\n**目标** target · 动词 verb: 增长 · 力争 (aim: strive for)'), en);
    assert.ok(en.includes('- 数值 Value: **6.5%左右** = approximately 6.5 percent\n- 左右: approximately'), en);
    const actual = indicators.find(i => i.text.includes('9470.4亿元'))!;
    const ea = shown(renderQuantityHover(actual, null));
    assert.ok(ea.includes('**实绩** actual (result achieved)') && ea.includes('= 947.04 billion yuan') && ea.includes('- 折合 In base units: 9.4704×10¹¹ 元'), ea);
    const qual = indicators.find(i => i.qualitative && i.value === null)!;
    assert.ok(shown(renderQuantityHover(qual, null)).includes('定性 Qualitative (no number): '));
  });

  const term: TermHover = {
    start: 0, end: 2,
    entry: {
      term: '六稳', definition: '稳就业、稳金融、稳外贸、稳外资、稳投资、稳预期', aliases: ['“六稳”工作'], category: 'slogan',
      english: 'six stabilities', origin: '2018年7月中央政治局会议', senses: [{ definition: '另一含义', cues: [] }],
    },
    origin: { kind: 'builtin', label: BUILTIN_GLOSSARY_LABEL },
    reports: { count: 26, nearest: { term: '六稳', definition: '稳就业、稳金融', sense: 0, place: '海南省', province: '海南省', level: 'province', year: 2022, title: '2022年海南省政府工作报告', source: 'x.md', line: 1 } },
  };

  it('term hovers: Chinese labels and category in a Chinese UI, bilingual in English', () => {
    const cn = shown(renderTermHover(term, tZh));
    assert.ok(cn.startsWith('**六稳** · *提法*\n\n*来源：*内置词表\n\n亦作：“六稳”工作'), cn);
    assert.ok(cn.includes('*出处：*2018年7月中央政治局会议') && cn.includes('*其他含义：*另一含义') && cn.includes('*报告自释（26 份报告）* — '), cn);
    // the term's English gloss is content, labelled in Chinese; nothing else is English
    const withoutGloss = cn.replace('*英文：*six stabilities', '');
    assert.deepStrictEqual(asciiWords(withoutGloss), [], cn);
    const en = shown(renderTermHover(term));
    assert.ok(en.startsWith('**六稳** · *提法 slogan*\n\n*来源 Source:* 内置词表 built-in glossary\n\n亦作 also: “六稳”工作'), en);
    assert.ok(en.includes('*报告自释 Defined in 26 reports* — ') && en.includes('*出处 Origin:* 2018') && en.includes('*其他含义 Other senses:* 另一含义'), en);
    assert.ok(shown(renderTermHover({ ...term, reports: { ...term.reports!, count: 1 } })).includes('Defined in 1 report*'));
  });

  it('categories: every glossary category has a Chinese label and CLI name; unknown ones stay', () => {
    const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'data', 'glossary.schema.json'), 'utf8')) as unknown;
    const cats = [...JSON.stringify(schema).matchAll(/"enum":\[([^\]]*)\]/g)].flatMap(m => JSON.parse(`[${m[1]}]`) as string[]);
    assert.ok(cats.includes('slogan') && cats.length >= 6, cats.join());
    for (const c of cats) {
      assert.deepStrictEqual(asciiWords(categoryLabel(c, tZh)), [], c);
      assert.deepStrictEqual(asciiWords(categoryName(c, tZh)), [], c);
      assert.ok(categoryLabel(c).endsWith(` ${c}`), categoryLabel(c));
      assert.strictEqual(categoryName(c), c);
    }
    assert.strictEqual(categoryLabel('slogan', tZh), '提法');
    assert.strictEqual(categoryName('other', tZh), 'other');
  });

  it('the VS Code glossary service labels the built-in source with BUILTIN_GLOSSARY_LABEL', () => {
    const src = fs.readFileSync(path.join(ROOT, 'src/features/shared/glossaryService.ts'), 'utf8');
    assert.ok(src.includes(`'${BUILTIN_GLOSSARY_LABEL}'`) || src.includes('BUILTIN_GLOSSARY_LABEL'), 'the service\'s label must match the core constant');
  });

  it('table and Compare values: "(vs …)" and "(qualitative)" through the hook', () => {
    const m = { value: 0.5, upper: null, unit: '个百分点', qualifier: '', qualitative: false, relative: '全省' };
    assert.strictEqual(formatValue(m), '0.5个百分点 (vs 全省)');
    assert.strictEqual(formatValue(m, tZh), '0.5个百分点 （相对于全省）');
    assert.strictEqual(formatValue({ ...m, value: null, qualitative: true }, tZh), untranslated(zh['(qualitative, vs {0})'], '全省'));
    assert.deepStrictEqual(asciiWords(formatValue({ ...m, value: null, qualitative: true, relative: null }, tZh)), []);
    assert.strictEqual(formatValue({ ...m, value: null, qualitative: true, relative: null }), '(qualitative)');
  });
});

describe('Chinese UI: user glossary problems', () => {
  // field names ("term", "aliases"), category values (slogan …) and the file name stay as written
  // (the user writes them so in the JSON); the rest is Chinese
  const words = (m: string): string[] => asciiWords(m.replace(/"[a-z]+"/g, '').replace(/\bg\.json\b/g, '')
    .replace(new RegExp(`\\b(?:${GLOSSARY_CATEGORIES.join('|')})\\b`, 'g'), ''));
  const bad = JSON.stringify({ entries: [
    { term: '六稳' }, 'x', { term: '', definition: 'd' }, { term: 'a', definition: 'd', aliases: [1] },
    { term: 'b', definition: 'd', category: 'slang' }, { term: 'c', definition: 'd', english: 3 },
    { term: 'd', definition: 'd', aliases: Array.from({ length: 300 }, (_, i) => `a${i}`) },
  ] });

  it('every entry problem of a glossary file is Chinese with a Chinese translator, English by default', () => {
    const cn = parseGlossaryJson(bad, 'g.json', tZh);
    const en = parseGlossaryJson(bad, 'g.json');
    assert.strictEqual(cn.errors.length, en.errors.length);
    assert.ok(cn.errors.length >= 6, JSON.stringify(cn.errors));
    for (const e of cn.errors) assert.deepStrictEqual(words(e.message), [], e.message);
    assert.strictEqual(en.errors[0].message, 'g.json: entry 1: "definition" of "六稳" must be a non-empty string');
    assert.strictEqual(cn.errors[0].message, 'g.json: 第 1 条："六稳" 的 "definition" 必须是非空字符串');
    assert.ok(en.errors.some(e => e.message.includes('"category" of "b" must be one of slogan, policy')), JSON.stringify(en.errors));
    for (const text of ['{"entries": 3}', '[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]']) {
      const m = parseGlossaryJson(text, 'g.json', tZh).errors[0].message;
      assert.deepStrictEqual(words(m), [], m);
    }
    assert.ok(parseGlossaryJson('{', 'g.json', tZh).errors[0].message.startsWith('g.json: JSON 无效：'));
  });

  it('Add to Glossary refuses a malformed file with a Chinese reason', () => {
    const r = upsertGlossaryJson('{ "entries": 3 }', { term: '甲', definition: 'A' }, tZh);
    assert.ok('error' in r && words(r.error).length === 0, JSON.stringify(r));
    const e = upsertGlossaryJson('{ "entries": 3 }', { term: '甲', definition: 'A' });
    assert.ok('error' in e && e.error === 'expected an object with an "entries" array, or an array of entries');
  });
});

describe('Chinese UI: CLI glossary categories', () => {
  const run = runCliInLocale;
  before(cliBundleIsFresh);

  it('define prints [提法 · …] with a Chinese locale, [slogan · …] in English', () => {
    const cn = run(['define', '六稳', '放管服', '--reports', '0'], { LANG: 'zh_CN.UTF-8' });
    assert.strictEqual(cn.status, 0, cn.stderr);
    const cats = cn.stdout.split('\n').filter(l => /^ {2}\[/.test(l));
    assert.ok(cats.length === 2 && cats[0].startsWith('  [提法') && cats[1] === '  [政策]', cn.stdout);
    assert.deepStrictEqual(cats.flatMap(asciiWords), []);
    const en = run(['define', '六稳', '放管服', '--reports', '0'], { LANG: 'C.UTF-8' });
    const enCats = en.stdout.split('\n').filter(l => /^ {2}\[/.test(l));
    assert.ok(enCats[0].startsWith('  [slogan · ') && enCats[1] === '  [policy]', en.stdout);
  });

  it('trends --format text: levels and per-10k in Chinese with a Chinese locale, English by default', () => {
    const cn = run(['trends', '六稳', '--format', 'text', '--by', 'level'], { LANG: 'zh_CN.UTF-8' });
    assert.strictEqual(cn.status, 0, cn.stderr);
    assert.match(cn.stdout, /^六稳：高峰 (全国|省级|市级)，共 \d+ 篇报告\n {2}全国 {2}\d+\/\d+/, cn.stdout);
    assert.deepStrictEqual(asciiWords(cn.stdout), [], cn.stdout);
    const years = run(['trends', '六稳', '--format', 'text'], { LANG: 'zh_CN.UTF-8' });
    assert.match(years.stdout, /\/万词\n/);
    assert.deepStrictEqual(asciiWords(years.stdout), [], years.stdout);
    const en = run(['trends', '六稳', '--format', 'text', '--by', 'level'], { LANG: 'C.UTF-8' });
    assert.match(en.stdout, /^六稳: peak (national|provincial|city), in \d+ reports\n {2}national {2}/, en.stdout);
    assert.match(run(['trends', '六稳', '--format', 'text'], { LANG: 'C.UTF-8' }).stdout, /\/10k\n/);
  });

  it('define --glossary: a bad entry is reported in Chinese with a Chinese locale', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'govreport-zh-'));
    try {
      const file = path.join(dir, 'bad.json');
      fs.writeFileSync(file, '{"entries":[{"term":"甲"}]}');
      const cn = run(['define', '六稳', '--glossary', file], { LANG: 'zh_CN.UTF-8' });
      assert.strictEqual(cn.status, 2);
      assert.ok(cn.stderr.includes('第 1 条："甲" 的 "definition" 必须是非空字符串'), cn.stderr);
      const en = run(['define', '六稳', '--glossary', file], { LANG: 'C.UTF-8' });
      assert.ok(en.stderr.includes('entry 1: "definition" of "甲" must be a non-empty string'), en.stderr);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
