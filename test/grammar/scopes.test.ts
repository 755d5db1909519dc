// Per-category scope assertions for the govreport grammar, run with the real TextMate engine.
import * as assert from 'assert';
import { loadGrammar, tokens, scopesOf, show } from './tokenizer';

const G = (s: string) => `${s}.govreport`;

/** Asserts that `needle` inside `line` is exactly one token run carrying `scope`. */
async function has(line: string, needle: string, scope: string, occurrence = 0): Promise<void> {
  const toks = await tokens(line);
  const sc = scopesOf(toks, needle, occurrence);
  assert.ok(sc, `"${needle}" is not an exact token run in: ${show(toks)}`);
  assert.ok(sc.includes(G(scope)), `"${needle}" lacks ${G(scope)}; got [${sc.join(', ')}] in: ${show(toks)}`);
}

/** Asserts that every character of `needle` carries `scope` (token boundaries may differ, e.g. spans). */
async function inside(line: string, needle: string, scope: string): Promise<void> {
  const toks = await tokens(line);
  const start = line.indexOf(needle);
  assert.ok(start >= 0, `needle ${needle} not in line`);
  let pos = 0;
  for (const t of toks) {
    const end = pos + t.text.length;
    if (end > start && pos < start + needle.length && !t.scopes.includes(G(scope))) {
      assert.fail(`"${needle}": token "${t.text}" lacks ${G(scope)}, has [${t.scopes.join(', ')}] in: ${show(toks)}`);
    }
    pos = end;
  }
}

/** Asserts that no character of `needle` (at that occurrence) carries `scope`. */
async function lacks(line: string, needle: string, scope: string): Promise<void> {
  const toks = await tokens(line);
  const start = line.indexOf(needle);
  assert.ok(start >= 0, `needle ${needle} not in line`);
  let pos = 0;
  for (const t of toks) {
    const end = pos + t.text.length;
    if (end > start && pos < start + needle.length && t.scopes.some((s) => s.startsWith(scope))) {
      assert.fail(`"${needle}" should not have ${scope}, token "${t.text}" has [${t.scopes.join(', ')}] in: ${show(toks)}`);
    }
    pos = end;
  }
}

type Check = 'has' | 'inside' | 'lacks';
/** One assertion per row, in order: [has | inside | lacks, line, needle, scope, occurrence (has only)]. */
async function check(...rows: Array<[Check, string, string, string, number?]>): Promise<void> {
  for (const [how, line, needle, scope, occurrence] of rows) {
    if (how === 'has') await has(line, needle, scope, occurrence);
    else if (how === 'inside') await inside(line, needle, scope);
    else await lacks(line, needle, scope);
  }
}

describe('govreport grammar: scopes', () => {
  before(async () => { await loadGrammar(); });

  describe('headings', () => {
    it('level 1: 一、 and 第一部分 at line start', () => check(
      ['inside', '一、2023年工作回顾', '工作回顾', 'markup.heading.1'],
      ['inside', '      二、2024年主要工作', '主要工作', 'markup.heading.1'],
      ['inside', '第一部分 总体要求', '总体要求', 'markup.heading.1'],
    ));
    it('level 2: （一） and (一)', () => check(
      ['inside', '（一）着力稳住经济大盘', '着力稳住经济大盘', 'markup.heading.2'],
      ['inside', '  (九)不断增进民生福祉,共享高质量发展成果', '共享高质量发展成果', 'markup.heading.2'],
    ));
    it('level 3: 1. / 1、 only at line start', () => check(
      ['inside', '1.六稳:稳就业', '稳就业', 'markup.heading.3'],
      ['inside', '   12、扩大有效投资', '扩大有效投资', 'markup.heading.3'],
      ['lacks', '增长1.5倍以上', '1.5', 'markup.heading'],
      ['lacks', '全年完成1、2号线', '1、', 'markup.heading'],
    ));
    it('level 4: （1）/(1)', () => check(
      ['inside', '（1）扩大内需', '扩大内需', 'markup.heading.4'],
      ['inside', '(2)稳定外贸', '稳定外贸', 'markup.heading.4'],
    ));
    it('level 0: report title line', () => check(
      ['inside', '2024年厦门市政府工作报告', '厦门市政府工作报告', 'markup.heading.0'],
      ['inside', '政府工作报告(第九届人民代表大会第五次会议)', '政府工作报告(第九届人民代表大会第五次会议)', 'markup.heading.0'],
      ['lacks', '现在,我代表市人民政府,向大会作政府工作报告,请予审议', '政府工作报告', 'markup.heading'],
      ['lacks', '数读《政府工作报告》', '政府工作报告', 'markup.heading'],
    ));
    it('heading wrapped in **…**', () => check(
      ['inside', '**（二）坚持创新驱动**', '坚持创新驱动', 'markup.heading.2'],
      ['has', '**（二）坚持创新驱动**', '**', 'punctuation.definition.bold'],
    ));
    it('mid-line headings after whitespace or 。；', () => {
      const line = '过去一年成绩显著。 一、2022年工作回顾 过去的一年……。（一）聚焦重点产业。随后';
      return check(
        ['inside', line, '2022年工作回顾'.slice(5), 'markup.heading.1'],
        ['inside', line, '聚焦重点产业', 'markup.heading.2'],
        ['lacks', line, '过去的一年', 'markup.heading'],
        ['lacks', line, '随后', 'markup.heading'],
        ['inside', '抓好落实；(二)强化保障', '强化保障', 'markup.heading.2'],
      );
    });
    it('not headings: 第一、 其一、 一是', () => check(
      ['lacks', '第一、就是落后', '第一、就是落后', 'markup.heading'],
      ['lacks', '问题有三。其一、基础薄弱', '其一、基础薄弱', 'markup.heading'],
      ['lacks', '一是稳增长', '一是稳增长', 'markup.heading'],
      ['lacks', '发展质量居全省第一、增速居前列', '第一、', 'markup.heading'],
    ));
    it('heading marker 一 is not a number', () => check(
      ['has', '一、总体要求', '一、', 'punctuation.definition.heading'],
      ['lacks', '一、总体要求', '一、', 'constant.numeric'],
    ));
  });

  describe('numbers and units', () => {
    it('Arabic, decimals, thousands separators', () => check(
      ['has', '兑现资金340亿元', '340', 'constant.numeric'],
      ['has', '兑现资金340亿元', '亿元', 'keyword.other.unit'],
      ['has', '总投资3025.5亿元', '3025.5', 'constant.numeric'],
      ['has', '共计1,234,567.8万元', '1,234,567.8', 'constant.numeric'],
    ));
    it('full-width and mixed digits', () => check(
      ['has', '增速５．５％', '５．５', 'constant.numeric'],
      ['has', '增速５．５％', '％', 'keyword.other.unit'],
      ['has', '占比４.６%', '４.６', 'constant.numeric'],
    ));
    it('Chinese-numeral amounts', () => check(
      ['has', '资金一千万', '一千万', 'constant.numeric'],
      ['has', '规模超两万亿元', '两万亿', 'constant.numeric'],
      ['has', '产值实现千亿元规模', '千亿', 'constant.numeric'],
      ['lacks', '千家万户', '千家万户', 'constant.numeric'],
      ['lacks', '千万不要松懈', '千万', 'constant.numeric'],
      ['lacks', '一些地方', '一些', 'constant.numeric'],
    ));
    it('ranges', () => check(
      ['has', '预期增长6.5—7', '—', 'keyword.operator.range'],
      ['has', '区间6.5%－7%', '6.5', 'constant.numeric'],
      ['has', '区间6.5%－7%', '－', 'keyword.operator.range'],
      ['has', '区间6.5%－7%', '%', 'keyword.other.unit', 1],
      ['has', '目标7-7.5', '7.5', 'constant.numeric'],
    ));
    it('units incl. 个百分点 and compounds', async () => {
      const cases: [string, string][] = [
        ['提高1个百分点', '个百分点'], ['接待游客500万人次', '万人次'], ['新增就业3万人', '万人'], ['粮食50万吨', '万吨'],
        ['高标准农田2万亩', '万亩'], ['建成30万平方米', '万平方米'], ['面积1699平方公里', '平方公里'], ['新建12公里', '公里'],
        ['新增8家', '家'], ['实施5项', '项'], ['办结12件', '件'], ['新开办5所', '所'], ['增长1.5倍', '倍'],
        ['改造3万户', '万户'], ['装机60万千瓦', '万千瓦'], ['利用外资5亿美元', '亿美元'], ['保障房2000套', '套'],
        ['桥梁3座', '座'], ['线路4条', '条'], ['人均3万元', '万元'], ['补贴500元', '元'], ['占比3％', '％'],
      ];
      for (const [line, unit] of cases) { await has(line, unit, 'keyword.other.unit'); }
    });
    it('digits inside dates are not amounts', () => check(
      ['lacks', '2024年1月11日召开', '2024年1月11日', 'constant.numeric'],
      ['lacks', '截至12月28日', '12月28日', 'constant.numeric'],
    ));
  });

  describe('targets and qualifiers', () => {
    const targets = ['增长5.5%左右', '控制在3%以内', '下降2%', '达到100亿元以上', '提高1个百分点', '保持在5%上下', '突破千亿元'];
    for (const t of targets) {
      it(`meta.target spans ${t}`, async () => { await inside(`今年${t},其他`, t, 'meta.target'); });
    }
    it('qualifiers', () => check(
      ['has', '增长5.5%左右', '左右', 'keyword.control.qualifier'],
      ['has', '控制在3%以内', '以内', 'keyword.control.qualifier'],
      ['has', '力争增长6%以上', '力争', 'keyword.control.qualifier'],
      ['inside', '力争增长6%以上', '力争增长6%以上', 'meta.target'],
      ['has', '达到100亿元以上', '以上', 'keyword.control.qualifier'],
    ));
    it('not targets: prose, dates after verbs', () => check(
      ['lacks', '规模以上工业增加值', '以上', 'keyword.control.qualifier'],
      ['lacks', '全市上下齐心协力', '上下', 'keyword.control.qualifier'],
      ['lacks', '完成2023年目标任务', '完成2023年', 'meta.target'],
      ['lacks', '增加一些投入', '增加一些', 'meta.target'],
    ));
  });

  describe('slogans', () => {
    it('quoted slogans', async () => {
      for (const s of ['“六稳”', '“三个十天”', '“放管服”', '“5+3+8”']) {
        await has(`落实${s}工作`, s, 'string.quoted.slogan');
      }
      await lacks('他说“这是一个很长很长的引用句子不是口号了吧”', '这是', 'string.quoted.slogan');
    });
    it('unquoted curated slogans', async () => {
      for (const s of ['四风', '两个确立', '两个维护', '三农', '六稳', '六保', '四个意识', '四个自信', '五位一体', '四个全面',
        '三大攻坚战', '两不愁三保障', '三去一降一补', '三公经费', '十四五']) {
        await has(`坚持${s}工作`, s, 'string.unquoted.slogan');
      }
    });
    it('prose is not a slogan: 三年, 一些, 五年', () => check(
      ['lacks', '三年新冠疫情防控转段', '三年', 'string'],
      ['lacks', '一些地方', '一些', 'string'],
      ['lacks', '过去五年', '五年', 'string'],
    ));
  });

  describe('dates, footnotes, salutation', () => {
    it('dates', async () => {
      for (const [line, d] of [['2024年1月11日在', '2024年1月11日'], ['2023年是', '2023年'], ['发表于 2023-12-29 20:37', '2023-12-29'],
        ['12月28日', '12月28日'], ['二〇三五年远景目标', '二〇三五年'], ['“十四五”时期(2021-2025年)', '2021-2025年']]) {
        await has(line, d, 'constant.other.date');
      }
    });
    it('footnote markers', () => check(
      ['has', 'GEP核算[1]做法', '[1]', 'constant.other.footnote'],
      ['has', '试点【12】推进', '【12】', 'constant.other.footnote'],
      ['has', '注释①和⑳', '①', 'constant.other.footnote'],
      ['has', '注释①和⑳', '⑳', 'constant.other.footnote'],
      ['has', '做好“六稳”1工作', '1', 'constant.other.footnote'],
      ['has', '推行河长制3、林长制', '3', 'constant.other.footnote'],
      ['lacks', '【返回顶部】', '【返回顶部】', 'constant.other.footnote'],
      ['lacks', '均列宜春第2,实现', '2', 'constant.other.footnote'],
      ['lacks', '新增“三高”企业87家', '87', 'constant.other.footnote'],
    ));
    it('salutation 各位代表', () => check(
      ['has', '各位代表:', '各位代表', 'markup.bold'],
    ));
  });
});
