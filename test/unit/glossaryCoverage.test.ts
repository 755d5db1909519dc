// Coverage of the built-in glossary over the most frequent report jargon of the development corpus
// (lists made by scripts/jargon-list.mjs: quoted terms by document frequency, see its header).
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { GlossaryEntry, GlossaryIndex } from '../../src/core/glossary';

const ROOT = path.join(__dirname, '../../..');
const entries = (JSON.parse(fs.readFileSync(path.join(ROOT, 'data/glossary.json'), 'utf8')) as { entries: GlossaryEntry[] }).entries;
const index = new GlossaryIndex([{ id: 'builtin', label: 'Built-in glossary', entries }]);

function coverage(file: string): { share: number; missing: string[]; size: number } {
  const list = (JSON.parse(fs.readFileSync(path.join(ROOT, 'test/fixtures', file), 'utf8')) as { terms: Array<{ term: string }> }).terms;
  const missing = list.filter(t => !index.get(t.term)).map(t => t.term);
  return { share: (list.length - missing.length) / list.length, missing, size: list.length };
}

describe('glossary coverage of report jargon', () => {
  it('defines ≥ 95 % of the 300 most frequent pieces of jargon', () => {
    const c = coverage('jargon-top300.json');
    console.log(`      top ${c.size}: ${(c.share * 100).toFixed(1)} % defined; missing: ${c.missing.join(' ')}`);
    assert.strictEqual(c.size, 300);
    assert.ok(c.share >= 0.95, `only ${(c.share * 100).toFixed(1)} %; missing: ${c.missing.join(' ')}`);
  });
  it('defines ≥ 85 % of the 2000–2012 era\'s most frequent jargon', () => {
    const c = coverage('jargon-2000-2012.json');
    console.log(`      2000–2012 top ${c.size}: ${(c.share * 100).toFixed(1)} % defined; missing: ${c.missing.join(' ')}`);
    assert.ok(c.size >= 150);
    assert.ok(c.share >= 0.85, `only ${(c.share * 100).toFixed(1)} %; missing: ${c.missing.join(' ')}`);
  });
  it('defines the jargon issue 10 found undefined', () => {
    const named = ['产学研', '走出去', '紧日子', '动态清零', '摘帽', '亲清', '村村通', '双控', '急难愁盼', '新农合', '标准地', '回头看',
      '非农化', '两山', '僵尸企业', '链主', '一村一品', '三品一标', '黄标车', '营改增', '占补平衡', '国之大者', '万村千乡', '两化融合',
      '单一窗口', '零基预算', '党政同责', '两基', '批而未供', '兴边富民', '三网融合', '增减挂钩', '卡脖子', '收支两条线', '免申即享',
      '十年禁渔', '三孩', '两癌', '十五计划', '两免一补', '普九', '家电下乡', '入世'];
    assert.deepStrictEqual(named.filter(t => !index.get(t)), []);
  });
});
