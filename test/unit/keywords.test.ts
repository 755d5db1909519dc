import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { IntlSegmenter } from '../../src/core/segmenter';
import { isTermToken, countTerms, keyTerms, keyTermsOfTexts, compareTerms, rankTfIdf, STOP_WORDS } from '../../src/core/keywords';

const FIXTURES = path.join(__dirname, '../../../test/fixtures/reports');
const read = (f: string): string => fs.readFileSync(path.join(FIXTURES, f), 'utf8');
const seg = new IntlSegmenter();

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
