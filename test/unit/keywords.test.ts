import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { spawnSync } from 'child_process';
import { IntlSegmenter, domainVocabulary } from '../../src/core/segmenter';
import { isTermToken, countTerms, keyTerms, keyTermsOfTexts, compareTerms, rankTfIdf, STOP_WORDS, isUnitToken, ownPlaceNames, rankKeyTerms, proseLines, adminUnitStems, compareKeyTerms } from '../../src/core/keywords';
import { Background, buildBackgroundJson } from '../../src/core/background';
import { JiebaSegmenter } from '../../src/node/jiebaSegmenter';
import { loadBackgroundSync } from '../../src/node/background';

const FIXTURES = path.join(__dirname, '../../../test/fixtures/reports');
const read = (f: string): string => fs.readFileSync(path.join(FIXTURES, f), 'utf8');
const seg = new IntlSegmenter();
const NUMERAL_ONLY_RE = /^[零〇一二三四五六七八九十百千万亿两几多余第\d.,%‰年月日号个次届批项家件条座所名位]+$/u;

describe('keywords', () => {
  it('stop-word list: curated, ~300+ entries, report boilerplate included', () => {
    assert.ok(STOP_WORDS.size >= 300, `${STOP_WORDS.size}`);
    for (const w of ['我们', '坚持', '推进', '加快', '全面', '进一步', '一是', '同比']) assert.ok(STOP_WORDS.has(w), w);
  });

  it('numbers, dates, punctuation, single characters and stop words are not terms', () => {
    for (const t of ['2023', '5%', '2023年', '3.5', '一二', '第三次', '，', '“', '的', '稳', ' ', '我们', '进一步', '12个', '一是'])
      assert.strictEqual(isTermToken(t), false, t);
    for (const t of ['营商环境', '放管服', '乡村振兴', 'GDP', '民营经济']) assert.strictEqual(isTermToken(t), true, t);
  });

  it('counts only term tokens', () => {
    const c = countTerms(['我们', '深化', '放管服', '改革', '，', '2023年', '放管服', '5%']);
    assert.deepStrictEqual([...c], [['放管服', 2], ['改革', 1]]);
  });

  it('TF-IDF prefers a term concentrated in one unit over one spread over all', () => {
    const units = [new Map([['发展', 5], ['海洋', 5]]), new Map([['发展', 5], ['民生', 5]]), new Map([['发展', 5], ['教育', 5]])];
    const r = rankTfIdf(units, 5);
    assert.strictEqual(r[0][0].term, '海洋');
    assert.strictEqual(r[0][1].term, '发展');
  });

  it('ranks sanely on the 厦门 fixture: per report and per section, no stop words or numbers', async () => {
    const res = await keyTerms(read('000_e8c23d3aa62e93d4.txt'), seg, { top: 20 });
    assert.strictEqual(res.segmenter, seg.name);
    assert.strictEqual(res.reports.length, 1);
    const r = res.reports[0];
    assert.ok(r.sections.length >= 3, `sections: ${r.sections.map(s => s.title).join(' / ')}`);
    assert.ok(r.sections.some(s => s.title.startsWith('一、2023年工作回顾')));
    const terms = r.terms.map(t => t.term);
    assert.strictEqual(terms.length, 20);
    for (const t of [...terms, ...r.sections.flatMap(s => s.terms.map(x => x.term))]) {
      assert.ok(isTermToken(t), `not a term: ${t}`);
      assert.ok(!/^\d/.test(t) && !STOP_WORDS.has(t), t);
    }
    // content words of the report rank high
    const expected = ['企业', '产业', '城市', '项目', '创新', '改革', '厦门'];
    const hits = expected.filter(e => terms.includes(e));
    assert.ok(hits.length >= 4, `top terms: ${terms.join(' ')}`);
    for (let i = 1; i < r.terms.length; i++) assert.ok(r.terms[i - 1].score >= r.terms[i].score, 'sorted by score');
  });

  it('several reports: one entry each, document frequency across reports', async () => {
    const res = await keyTermsOfTexts([read('000_e8c23d3aa62e93d4.txt'), read('004_b3e4cb320142c0ae.txt')], seg, { top: 10 });
    assert.strictEqual(res.reports.length, 2);
    // the place names are distinctive for their own report
    assert.ok(res.reports[0].terms.some(t => t.term.includes('厦门')), res.reports[0].terms.map(t => t.term).join(' '));
    assert.ok(res.reports[1].terms.some(t => /鹿城|温州/.test(t.term)), res.reports[1].terms.map(t => t.term).join(' '));
    const multi = await keyTerms(read('002_6b340ccef4bd5f14.part1.txt'), seg, { top: 5 });
    assert.strictEqual(multi.reports.length, 9);
  });

  it('compare: what rose, what is new, what vanished (normalised frequency)', () => {
    const a = new Map([['疫情防控', 10], ['脱贫攻坚', 6], ['制造业', 10], ['民生', 20]]);
    const b = new Map([['新质生产力', 8], ['制造业', 30], ['民生', 20], ['低空经济', 1]]);
    const c = compareTerms(a, b, { minCount: 3 });
    assert.deepStrictEqual(c.new.map(x => x.term), ['新质生产力']);
    assert.deepStrictEqual(c.vanished.map(x => x.term).sort(), ['疫情防控', '脱贫攻坚']);
    assert.deepStrictEqual(c.rose.map(x => x.term), ['制造业']);
    assert.strictEqual(c.tokensA, 46);
  });
});

describe('key terms against the background (issue 13)', function () {
  this.timeout(120000);
  const LEVELS = ['national', 'provincial', 'city'];
  /** A small background: 经济 everywhere, 改革 in four, 海洋 in one report, 厦门 and 思明区 in two, units and a function word. */
  const small = (): Background => {
    const docs = [
      { 经济: 50, 改革: 20, 万公里: 3, 进一步: 4, 厦门: 9, 思明区: 2 },
      { 经济: 40, 改革: 10, 亿千瓦: 2, 进一步: 3, 厦门: 7, 思明区: 1 },
      { 经济: 45, 改革: 12, 海洋: 6 },
      { 经济: 42, 改革: 11, 产业: 5 },
      { 经济: 42, 产业: 5 },
    ];
    const pos: Record<string, string> = { 进一步: 'f', 万公里: 'm', 亿千瓦: 'm', 厦门: 's', 思明区: 's', 经济: 'n' };
    return Background.parse(buildBackgroundJson(docs.map((c, i) => ({ year: 2024, level: i === 0 ? 0 : 2, counts: new Map(Object.entries(c)) })), { levels: LEVELS, pos: t => pos[t] ?? 'n' }));
  };

  it('units, magnitudes and numbers are not key terms', () => {
    for (const t of ['万公里', '亿千瓦', '亿户', '平方公里', '万人次', '千瓦时', '万亿元', '公里', '亿', '万亿', '个百分点'])
      assert.ok(isUnitToken(t), t);
    for (const t of ['营商环境', '万家灯火', '公园城市', '亿万人民', '海洋', '户籍']) assert.ok(!isUnitToken(t), t);
  });

  it('prose lines: web chrome dropped, sentences, long lines and headings kept', () => {
    const text = ['一、2023年工作回顾', '    推进供给侧结构性改革，发展海洋经济。', '您需要登录后才可以回帖 登录 | 立即注册', '快速回复 返回顶部 返回列表', 'Powered by quyushuju X3.4 Licensed© 2008-2018 quyushuju Inc. All rights', '（二）加快建设海洋强市', '## 2024年工作安排', ''].join('\n');
    assert.deepStrictEqual(proseLines(text).split('\n').filter(Boolean).map(l => l.trim()), ['一、2023年工作回顾', '推进供给侧结构性改革，发展海洋经济。', '（二）加快建设海洋强市', '## 2024年工作安排']);
  });

  it('administrative-unit stems: words written before 区/县/市… (not 市场, 区域)', () => {
    const stems = adminUnitStems('支持万州区、黔江区发展，建设国际市场和长三角区域，锦江区');
    for (const s of ['万州', '黔江', '锦江', '持万州']) assert.ok(stems.has(s), s);
    for (const s of ['国际', '长三角', '三角']) assert.ok(!stems.has(s), s);
  });

  it("a report's own place names: the place, its short name, its units; nothing for junk places", () => {
    assert.deepStrictEqual(ownPlaceNames('厦门市').sort(), ['厦门', '厦门市']);
    assert.deepStrictEqual(ownPlaceNames('泉州市鲤城区').sort(), ['泉州', '泉州市', '泉州市鲤城区', '鲤城', '鲤城区'].sort());
    assert.ok(ownPlaceNames('广西壮族自治区').includes('广西'));
    assert.ok(ownPlaceNames('国务院').includes('中国'));
    assert.deepStrictEqual(ownPlaceNames('人民政府工作报告——1月17日在重庆市'), []);
    assert.deepStrictEqual(ownPlaceNames(null), []);
  });

  it('rankKeyTerms: corpus IDF ranks the rare term first; units, function words, own place and admin units never rank', () => {
    const bg = small();
    const counts = new Map(Object.entries({ 经济: 60, 改革: 20, 海洋: 6, 产业: 6, 万公里: 9, 亿户: 5, 进一步: 9, 厦门: 12, 思明区: 4, 湖里区: 3, 鼓浪屿: 3 }));
    const terms = rankKeyTerms(counts, bg, { year: 2024, place: '厦门市', top: 10 }).map(t => t.term);
    assert.deepStrictEqual(terms.slice(0, 2).sort(), ['海洋', '鼓浪屿'].sort(), terms.join(' '));
    for (const bad of ['万公里', '亿户', '进一步', '厦门', '思明区', '湖里区']) assert.ok(!terms.includes(bad), `${bad} in ${terms.join(' ')}`);
    assert.strictEqual(terms[terms.length - 1], '经济', 'a word of every report ranks last');
    // the analysis may miss the place: the report's most frequent place name is its own
    assert.ok(!rankKeyTerms(counts, bg, { year: 2024, place: null }).some(t => t.term === '厦门'));
    // a place-name term written as an administrative unit in the text is one (a sub-unit or a neighbour)
    const bg2 = Background.parse(buildBackgroundJson([{ year: 2024, level: 2, counts: new Map([['经济', 1], ['万州', 1]]) }, { year: 2024, level: 2, counts: new Map([['经济', 1]]) }], { levels: LEVELS, pos: t => (t === '万州' ? 's' : 'n') }));
    const c2 = new Map([['万州', 3], ['经济', 3]]);
    assert.ok(rankKeyTerms(c2, bg2, {}).some(t => t.term === '万州'));
    assert.ok(!rankKeyTerms(c2, bg2, { adminStems: adminUnitStems('推进万州区建设') }).some(t => t.term === '万州'));
    // share: of the background's reports of the same year
    const hai = rankKeyTerms(counts, bg, { year: 2024 }).find(t => t.term === '海洋')!;
    assert.strictEqual(hai.share, 1 / 5);
  });

  it('compare with the background: new and vanished are terms, not units or numbers', () => {
    const bg = small();
    const a = new Map(Object.entries({ 万公里: 8, 亿千瓦: 6, 海洋: 5, 经济: 40 }));
    const b = new Map(Object.entries({ 亿户: 7, 产业: 5, 改革: 4, 经济: 40 }));
    const plain = compareTerms(a, b, { minCount: 3 });
    assert.ok(plain.vanished.some(x => x.term === '万公里'), 'without a background units show up');
    const c = compareTerms(a, b, { minCount: 3, background: bg, yearA: 2024, yearB: 2024 });
    assert.deepStrictEqual(c.vanished.map(x => x.term), ['海洋']);
    assert.deepStrictEqual(c.new.map(x => x.term), ['产业', '改革']);
  });

  describe('on the fixture reports with jieba and data/background.json', () => {
    let bg: Background;
    let jieba: JiebaSegmenter;
    before(() => {
      bg = loadBackgroundSync(path.join(__dirname, '../../../data/background.json')).background;
      jieba = new JiebaSegmenter(domainVocabulary());
    });

    it('the bundled background: ≥ 1,500 reports, ≤ 2 MB, core terms present', () => {
      const bytes = fs.statSync(path.join(__dirname, '../../../data/background.json')).size;
      assert.ok(bytes <= 2_000_000, `${bytes} bytes`);
      assert.ok(bg.totalDocs >= 1500, String(bg.totalDocs));
      assert.ok(bg.size >= 10000, String(bg.size));
      for (const t of ['经济', '新质生产力', '供给侧结构性改革', '乡村振兴', '高质量发展']) assert.ok(bg.has(t), t);
      assert.strictEqual(bg.pos('万公里'), 'm');
    });

    it('top 20 of every fixture report: ≥ 10 terms in < 20 % of the same year\'s background reports, no unit or number', async () => {
      const printed = new Set(['000_e8c23d3aa62e93d4.txt', '2016-national.txt', '2022-chongqing-provincial.txt']);
      const files = fs.readdirSync(FIXTURES).filter(f => f.endsWith('.txt')).sort();
      assert.ok(files.length >= 10);
      let reports = 0;
      for (const f of files) {
        const text = read(f);
        const res = await keyTermsOfTexts([text], jieba, { top: 20, background: bg });
        for (const r of res.reports) {
          reports++;
          const terms = r.terms.map(t => t.term);
          assert.strictEqual(terms.length, 20, `${f} ${r.title}`);
          for (const t of terms) {
            assert.ok(!isUnitToken(t) && !/\d/.test(t) && !NUMERAL_ONLY_RE.test(t), `${f}: unit or number ${t}`);
            assert.ok(isTermToken(t), `${f}: ${t}`);
          }
          const year = r.year ?? 0;
          const ny = bg.docsInYear(year);
          const rare = terms.filter(t => (ny >= 20 ? bg.df(t, year) / ny : bg.df(t) / bg.totalDocs) < 0.2);
          assert.ok(rare.length >= 10, `${f} ${r.title} (${r.year}): only ${rare.length} distinctive of ${terms.join(' ')}`);
        }
        if (printed.has(f)) {
          const before = await keyTermsOfTexts([text], jieba, { top: 20 });
          console.log(`      ${f} (${res.reports[0].year})\n        before: ${before.reports[0].terms.map(t => t.term).join(' ')}\n        after:  ${res.reports[0].terms.map(t => t.term).join(' ')}`);
        }
      }
      assert.ok(reports >= 18, String(reports));
    });

    it('Compare Key Terms (core compareKeyTerms, CLI keywords --compare): 2016 → 2020 national, terms not units', async () => {
      const c = await compareKeyTerms(read('2016-national.txt'), read('2020-national.txt'), jieba, { background: bg, top: 15 });
      const all = [...c.rose, ...c.fell, ...c.new, ...c.vanished].map(x => x.term);
      for (const t of all) assert.ok(!isUnitToken(t) && !/\d/.test(t) && bg.pos(t) !== 'f', t);
      for (const t of ['中国', '全国']) assert.ok(!all.includes(t), t);
      assert.ok(c.new.some(x => x.term === '疫情'), c.new.map(x => x.term).join(' '));
      const CLI = path.join(__dirname, '../../../dist/cli.js');
      const r = spawnSync(process.execPath, [CLI, 'keywords', '--compare', path.join(FIXTURES, '2016-national.txt'), path.join(FIXTURES, '2020-national.txt'), '--top', '15'], { encoding: 'utf8' });
      assert.strictEqual(r.status, 0, r.stderr);
      const j = JSON.parse(r.stdout);
      assert.deepStrictEqual(j.new.map((x: { term: string }) => x.term), c.new.map(x => x.term));
      assert.strictEqual(j.background, true);
      const bad = spawnSync(process.execPath, [CLI, 'keywords', '--compare', path.join(FIXTURES, '2016-national.txt')], { encoding: 'utf8' });
      assert.strictEqual(bad.status, 2);
      assert.match(bad.stderr, /--compare takes two files, got 1/);
    });

    it("the report's own place never ranks (厦门 in the 厦门 report, 重庆 in the 重庆 one)", async () => {
      for (const [f, place] of [['000_e8c23d3aa62e93d4.txt', /^厦门市?$/], ['2022-chongqing-provincial.txt', /^重庆市?$/], ['2016-national.txt', /^(中国|全国)$/]] as const) {
        const res = await keyTermsOfTexts([read(f)], jieba, { top: 50, background: bg });
        const terms = res.reports[0].terms.map(t => t.term);
        assert.ok(!terms.some(t => place.test(t)), `${f}: ${terms.join(' ')}`);
        for (const s of res.reports[0].sections) for (const t of s.terms) assert.ok(!place.test(t.term) && !isUnitToken(t.term), `${f} section: ${t.term}`);
      }
    });
  });
});
