// Glossary look-up: normalisation, trie matching (longest, aliases, quotes/line breaks/full-width
// inside a term), source precedence and glossary JSON parsing with positions.
import * as assert from 'assert';
import { GlossaryIndex, GlossarySource, normalizeTerm, parseGlossaryJson } from '../../src/core/glossary';

const builtin: GlossarySource = {
  id: 'builtin',
  label: 'Built-in glossary',
  entries: [
    { term: '三公经费', definition: '因公出国（境）费、公务用车购置及运行费、公务接待费' },
    { term: '六稳', definition: '稳就业、稳金融、稳外贸、稳外资、稳投资、稳预期' },
    { term: '规上', aliases: ['规模以上'], definition: '规模以上' },
    { term: '规模以上工业', aliases: ['规上工业'], definition: '年主营业务收入2000万元及以上的工业法人单位' },
    { term: '规模以上工业增加值', definition: '规上工业增加值' },
    { term: '国内生产总值', aliases: ['GDP'], definition: 'GDP' },
    { term: 'CPI', definition: '居民消费价格指数' },
    { term: '乡村振兴', definition: '乡村振兴战略' },
    { term: '高企', definition: '高新技术企业的简称' },
    { term: '国有企业', aliases: ['国企'], definition: '国家出资企业' },
  ],
};

const user: GlossarySource = {
  id: 'user',
  label: 'My glossary',
  entries: [
    { term: '六稳', definition: 'user definition of 六稳' },
    { term: '两违', definition: '违法占地、违法建设' },
    { term: '规模以上', definition: 'user entry whose term is a built-in alias' },
  ],
};

function termAt(index: GlossaryIndex, text: string, offset: number): string | null {
  return index.lookupAt(text, offset)?.entry.term ?? null;
}

describe('normalizeTerm', () => {
  it('drops quotes, blanks and line breaks and folds full-width ASCII', () => {
    assert.strictEqual(normalizeTerm('“三公”经费'), '三公经费');
    assert.strictEqual(normalizeTerm('三公\n  经费'), '三公经费');
    assert.strictEqual(normalizeTerm('「放管服」'), '放管服');
    assert.strictEqual(normalizeTerm('ＧＤＰ'), 'GDP');
    assert.strictEqual(normalizeTerm('Ｒ＆Ｄ'), 'R&D');
    assert.strictEqual(normalizeTerm('＂六稳＂'), '六稳');
    assert.strictEqual(normalizeTerm('gdp'), 'gdp', 'case is kept');
  });
});

describe('GlossaryIndex.lookupAt', () => {
  const index = new GlossaryIndex([builtin]);

  it('prefers the longest term covering the offset', () => {
    const text = '全市规模以上工业增加值增长5%';
    for (let i = 2; i < 11; i++) assert.strictEqual(termAt(index, text, i), '规模以上工业增加值', `offset ${i}`);
    const m = index.lookupAt(text, 5)!;
    assert.deepStrictEqual([m.start, m.end, m.matched], [2, 11, '规模以上工业增加值']);
    assert.strictEqual(termAt(index, '规模以上企业', 1), '规上', 'alias 规模以上 of 规上');
  });

  it('finds aliases', () => {
    const m = index.lookupAt('推动规上工业提质', 3)!;
    assert.strictEqual(m.entry.term, '规模以上工业');
    assert.strictEqual(m.matched, '规上工业');
  });

  it('sees through quotes, line breaks and full-width forms inside a term', () => {
    const quoted = '压减“三公”经费支出';
    const m = index.lookupAt(quoted, 3)!;
    assert.strictEqual(m.entry.term, '三公经费');
    assert.strictEqual(m.matched, '“三公”经费', 'the opening quote is pulled into the match');
    assert.deepStrictEqual([m.start, m.end], [2, 8]);
    assert.strictEqual(termAt(index, quoted, 2), '三公经费', 'offset on the opening quote');
    assert.strictEqual(termAt(index, quoted, 5), '三公经费', 'offset on the closing quote');
    const broken = '压减三公\n    经费支出';
    const b = index.lookupAt(broken, 9)!;
    assert.strictEqual(b.entry.term, '三公经费');
    assert.strictEqual(b.matched, '三公\n    经费');
    assert.strictEqual(termAt(index, broken, 5), '三公经费', 'offset on the line break');
    const wide = '全年ＧＤＰ增长';
    const w = index.lookupAt(wide, 3)!;
    assert.strictEqual(w.entry.term, '国内生产总值');
    assert.deepStrictEqual([w.start, w.end, w.matched], [2, 5, 'ＧＤＰ']);
    assert.strictEqual(termAt(index, '乡村\r\n振兴', 0), '乡村振兴');
  });

  it('respects term boundaries (start inclusive, end exclusive)', () => {
    const text = '落实六稳要求';
    assert.strictEqual(termAt(index, text, 1), null);
    assert.strictEqual(termAt(index, text, 2), '六稳');
    assert.strictEqual(termAt(index, text, 3), '六稳');
    assert.strictEqual(termAt(index, text, 4), null);
    assert.strictEqual(termAt(index, '六稳', 0), '六稳', 'term at the start of the text');
    assert.strictEqual(termAt(index, '六稳', 1), '六稳', 'term at the end of the text');
    assert.strictEqual(termAt(index, '六稳', 2), null, 'offset == length');
    assert.strictEqual(termAt(index, '六稳', -1), null);
    assert.strictEqual(termAt(index, '', 0), null);
  });

  it('does not match Latin terms inside longer Latin words', () => {
    assert.strictEqual(termAt(index, 'GDPR合规', 1), null);
    assert.strictEqual(termAt(index, 'ACPI', 2), null);
    assert.strictEqual(termAt(index, 'GDP增长', 1), '国内生产总值');
    assert.strictEqual(termAt(index, '2023年CPI上涨', 6), 'CPI');
  });
});

describe('GlossaryIndex false positives', () => {
  const index = new GlossaryIndex([builtin]);

  it('does not join characters across a quoted span', () => {
    const text = '“三高”企业进入重点上市后备库';
    assert.strictEqual(termAt(index, text, 2), null);
    assert.strictEqual(termAt(index, text, 4), null);
    assert.deepStrictEqual(index.findAll(text), []);
  });

  it('does not report short terms straddling common words (NON_TERMS)', () => {
    assert.strictEqual(termAt(index, '提高企业市场竞争力', 1), null);
    assert.strictEqual(termAt(index, '提高企业市场竞争力', 2), null);
    assert.strictEqual(termAt(index, '吸引中国企业投资', 3), null);
    assert.deepStrictEqual(index.findAll('提高企业信用，吸引中国企业'), []);
    assert.strictEqual(termAt(index, '狠抓高企培育', 2), '高企');
    assert.deepStrictEqual(index.findAll('国资国企改革，新增高企10家').map((m) => m.matched), ['国企', '高企']);
    assert.strictEqual(index.get('高企业'), null, 'NON_TERMS are not entries');
    assert.ok(!index.all().some((x) => x.entry.term === '高企业'));
  });
});

describe('GlossaryIndex precedence, get and all', () => {
  const index = new GlossaryIndex([user, builtin]);

  it('earlier sources win for the same term', () => {
    const hit = index.get('六稳')!;
    assert.strictEqual(hit.source.id, 'user');
    assert.strictEqual(hit.entry.definition, 'user definition of 六稳');
    assert.strictEqual(index.lookupAt('稳住六稳', 2)!.source.id, 'user');
    const reversed = new GlossaryIndex([builtin, user]);
    assert.strictEqual(reversed.get('六稳')!.source.id, 'builtin');
    assert.strictEqual(reversed.get('规模以上')!.entry.term, '规上', 'built-in alias shadows later term');
  });

  it('get normalises its argument and finds aliases', () => {
    assert.strictEqual(index.get('“三公”经费')!.entry.term, '三公经费');
    assert.strictEqual(index.get(' 三公经费 ')!.entry.term, '三公经费');
    assert.strictEqual(index.get('ＧＤＰ')!.entry.term, '国内生产总值');
    assert.strictEqual(index.get('两违')!.source.id, 'user');
    assert.strictEqual(index.get('规模以上')!.source.id, 'user');
    assert.strictEqual(index.get('不存在'), null);
    assert.strictEqual(index.get(''), null);
  });

  it('all() lists each term once, by precedence', () => {
    const all = index.all();
    const terms = all.map((x) => x.entry.term);
    assert.strictEqual(terms.filter((t) => t === '六稳').length, 1);
    assert.strictEqual(all.find((x) => x.entry.term === '六稳')!.source.id, 'user');
    assert.strictEqual(all.length, user.entries.length + builtin.entries.length - 1);
    const reversed = new GlossaryIndex([builtin, user]).all().map((x) => x.entry.term);
    assert.ok(!reversed.includes('规模以上'), 'term shadowed by an earlier alias is hidden');
  });
});

describe('GlossaryIndex.findAll', () => {
  const index = new GlossaryIndex([builtin]);

  it('returns non-overlapping longest matches left to right', () => {
    const text = '“六稳”工作扎实推进，规模以上工业增加值增长，压减“三公”\n经费，GDP和ＣＰＩ平稳，GDPR除外。';
    const found = index.findAll(text).map((m) => [m.entry.term, m.matched, text.slice(m.start, m.end)]);
    assert.deepStrictEqual(found.map((f) => f[0]), ['六稳', '规模以上工业增加值', '三公经费', '国内生产总值', 'CPI']);
    assert.deepStrictEqual(found.map((f) => f[1]), ['六稳', '规模以上工业增加值', '“三公”\n经费', 'GDP', 'ＣＰＩ']);
    for (const f of found) assert.strictEqual(f[1], f[2]);
    const ms = index.findAll(text);
    for (let i = 1; i < ms.length; i++) assert.ok(ms[i].start >= ms[i - 1].end, 'non-overlapping');
  });

  it('returns nothing for text without terms or an empty index', () => {
    assert.deepStrictEqual(index.findAll('今天天气很好'), []);
    assert.deepStrictEqual(new GlossaryIndex([]).findAll('六稳'), []);
    assert.strictEqual(new GlossaryIndex([]).lookupAt('六稳', 0), null);
  });
});

describe('parseGlossaryJson', () => {
  it('accepts the file shape and a bare array', () => {
    const file = JSON.stringify({ version: 1, entries: [{ term: '两违', definition: '违法占地、违法建设' }] });
    assert.deepStrictEqual(parseGlossaryJson(file, 'f.json'), {
      entries: [{ term: '两违', definition: '违法占地、违法建设' }],
      errors: [],
    });
    const bare = '[{"term":"六稳","aliases":["“六稳”"],"definition":"稳就业","category":"slogan"}]';
    const r = parseGlossaryJson(bare, 'bare.json');
    assert.deepStrictEqual(r.errors, []);
    assert.deepStrictEqual(r.entries[0].aliases, ['“六稳”']);
  });

  it('reports a syntax error with its line and column and returns no entries', () => {
    const text = '{\n  "entries": [\n    {"term": "六稳", "definition": "稳就业",}\n  ]\n}';
    const r = parseGlossaryJson(text, 'bad.json');
    assert.deepStrictEqual(r.entries, []);
    assert.strictEqual(r.errors.length, 1);
    const col = text.split('\n')[2].indexOf('}') + 1;
    assert.deepStrictEqual([r.errors[0].line, r.errors[0].column], [3, col]);
    assert.match(r.errors[0].message, /bad\.json/);
  });

  it('reports an unexpected end of input at the end of the text', () => {
    const r = parseGlossaryJson('[\n  {"term": "六稳"', 'cut.json');
    assert.strictEqual(r.errors.length, 1);
    assert.deepStrictEqual([r.errors[0].line, r.errors[0].column], [2, 16]);
  });

  it('skips invalid entries with a positioned error each and keeps the valid ones', () => {
    const text = [
      '\uFEFF{ "entries": [',
      '  { "term": "六稳", "definition": "稳就业" },',
      '  { "term": "", "definition": "empty term" },',
      '  { "term": "四风", "definition": "形式主义", "aliases": "not an array" },',
      '  "just a string",',
      '  { "term": "两违", "definition": "违法占地", "category": "unknown" },',
      '  { "term": "双碳", "definition": "碳达峰、碳中和", "extra": true }',
      '] }',
    ].join('\r\n');
    const r = parseGlossaryJson(text, 'user.json');
    assert.deepStrictEqual(r.entries.map((e) => e.term), ['六稳', '双碳']);
    assert.deepStrictEqual(r.errors.map((e) => [e.line, e.column]), [[3, 3], [4, 3], [5, 3], [6, 3]]);
    assert.match(r.errors[0].message, /term/);
    assert.match(r.errors[1].message, /aliases/);
    assert.match(r.errors[3].message, /category/);
  });

  it('positions errors on the editor\'s lines: LF, CRLF and a lone CR each end a line', () => {
    const text = '[\r  { "term": "六稳", "definition": "稳就业" },\r\n  { "term": "", "definition": "x" },\n   { "definition": "no term" }\r]';
    const r = parseGlossaryJson(text, 'mixed.json');
    assert.deepStrictEqual(r.entries.map((e) => e.term), ['六稳']);
    assert.deepStrictEqual(r.errors.map((e) => [e.line, e.column]), [[3, 3], [4, 4]]);
  });

  it('rejects a root that is neither an array nor an object with entries', () => {
    const r = parseGlossaryJson('\n  {"terms": []}', 'x.json');
    assert.deepStrictEqual(r.entries, []);
    assert.deepStrictEqual(r.errors.map((e) => [e.line, e.column]), [[2, 3]]);
  });
});
