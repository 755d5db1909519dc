// Checks the built-in glossary data (data/glossary.json) against its schema and content rules.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import Ajv from 'ajv';
import { GlossaryEntry, GlossaryIndex, normalizeTerm, parseGlossaryJson } from '../../src/core/glossary';

const ROOT = path.join(__dirname, '../../..');
const DATA = path.join(ROOT, 'data/glossary.json');
const SCHEMA = path.join(ROOT, 'data/glossary.schema.json');
const GOLD_DIR = path.join(ROOT, 'test/fixtures/gold');
const CATEGORIES = ['slogan', 'policy', 'indicator', 'institution', 'plan', 'abbreviation'];

/**
 * Terms from the fixtures' own 名词解释 sections that are purely local (a district's or city's own
 * programmes, slogans or teams) and therefore not built-in material. Reason given for each.
 */
const LOCAL_EXCLUSIONS: Record<string, string> = {
  三高: '湖里区/厦门 enterprise-cultivation label (高技术、高成长、高附加值), not a national term',
  双促: 'district investment campaign (促签约、促落地)',
  两地一区: 'names three Xiamen areas (自贸委、火炬高新区、湖里区)',
  双百人才: 'Xiamen talent programme',
  十大教育发展工程: 'district education projects',
  '5+3+8': 'district service-station layout',
  爱心屋: 'Xiamen programme for people with disabilities',
  '1+3+8': 'Xiamen 岛内大提升 plan',
  六个一: 'district anti-crime working method',
  '10+2+5': 'mix of national and district special campaigns specific to this report',
  四门四访: 'district petition-handling practice',
  '“最多投一次”阳光信访': 'district petition-handling brand',
  六定: 'district supervision method',
  五个到位: 'district epidemic-control requirement',
  芯屏器端网: 'Fujian/Xiamen industrial-chain slogan',
  '“劳动关系调节数字云”': 'system developed by the district itself',
  六统一: 'district community-worker management rule',
  三无: 'district definition of 三无小区 (no property management, owners committee, Party branch)',
  六小员: 'district community-service team',
};

/** Chinese numerals used as counts at the start of slogans. */
const DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 双: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
/** Fragments whose numeral is not a count: 三证合一 ("into one"), 五位一体, 两个一百年, 双一流, 五个一批. */
const NON_COUNTING = /合一|一体|一百年|一流|一批/g;

/** Value of a run of numerals such as 六, 十, 十四, 二十. */
function numeralValue(run: string): number {
  if (run.includes('十')) {
    const [tens, units] = run.split('十');
    return (tens ? DIGITS[tens] : 1) * 10 + (units ? DIGITS[units] : 0);
  }
  return DIGITS[run];
}

/**
 * The count a numbered slogan announces, or null if the term does not begin with a numeral:
 * the sum of its numeral runs (两不愁三保障 → 5, 三去一降一补 → 5, 三区三线 → 6).
 */
function announcedCount(term: string): number | null {
  const t = normalizeTerm(term);
  if (!/^[一二两双三四五六七八九十]/.test(t)) return null;
  const runs = t.replace(NON_COUNTING, '').match(/[一二两双三四五六七八九十]+/g) ?? [];
  return runs.reduce((sum, run) => sum + numeralValue(run), 0);
}

function loadEntries(): GlossaryEntry[] {
  return (JSON.parse(fs.readFileSync(DATA, 'utf8')) as { entries: GlossaryEntry[] }).entries;
}

function goldGlossaryTerms(): string[] {
  const terms: string[] = [];
  for (const f of fs.readdirSync(GOLD_DIR).filter((n) => n.endsWith('.gold.json'))) {
    const gold = JSON.parse(fs.readFileSync(path.join(GOLD_DIR, f), 'utf8')) as {
      reports: Array<{ glossary?: Array<{ term: string }> }>;
    };
    for (const r of gold.reports) for (const g of r.glossary ?? []) terms.push(g.term);
  }
  return terms;
}

describe('built-in glossary data', () => {
  const entries = loadEntries();

  it('every blocker (data/term-blockers.json) hides a glossary key, and is listed once', () => {
    // matches are longest first and do not overlap, so a blocker hides the keys that start inside it
    // (wholly inside: 高企 in 高企业; running past its end: 经济… after 非国有) and the shorter keys it
    // starts with; a blocker that hides none is dead weight, one listed twice a merge slip
    const blockers = (JSON.parse(fs.readFileSync(path.join(ROOT, 'data/term-blockers.json'), 'utf8')) as { groups: Array<{ words: string[] }> })
      .groups.flatMap(g => g.words);
    const keys = entries.flatMap(e => [e.term, ...(e.aliases ?? [])]).map(normalizeTerm).filter(k => k.length >= 2);
    const hides = (b: string, k: string): boolean => {
      if (b.startsWith(k)) return k.length < b.length;
      for (let j = 1; j < b.length; j++) if (b.slice(j).startsWith(k) || k.startsWith(b.slice(j))) return true;
      return false;
    };
    const dead = blockers.filter(b => !keys.some(k => hides(normalizeTerm(b), k)));
    assert.deepStrictEqual(dead, [], 'blockers that hide no glossary key');
    assert.deepStrictEqual(blockers.filter((b, i) => blockers.indexOf(b) !== i), [], 'blockers listed twice');
  });

  it('validates against data/glossary.schema.json', () => {
    const ajv = new Ajv({ allErrors: true });
    const validate = ajv.compile(JSON.parse(fs.readFileSync(SCHEMA, 'utf8')));
    const ok = validate(JSON.parse(fs.readFileSync(DATA, 'utf8')));
    assert.ok(ok, ajv.errorsText(validate.errors, { separator: '\n' }));
  });

  it('the schema rejects entries without a definition and unknown categories', () => {
    const ajv = new Ajv();
    const validate = ajv.compile(JSON.parse(fs.readFileSync(SCHEMA, 'utf8')));
    assert.ok(validate([{ term: '六稳', definition: '稳就业' }]), 'bare array with minimal entry');
    assert.ok(!validate({ entries: [{ term: '六稳' }] }));
    assert.ok(!validate({ entries: [{ term: '六稳', definition: 'x', category: 'other' }] }));
  });

  it('parses without errors through parseGlossaryJson', () => {
    const r = parseGlossaryJson(fs.readFileSync(DATA, 'utf8'), 'glossary.json');
    assert.deepStrictEqual(r.errors, []);
    assert.strictEqual(r.entries.length, entries.length);
  });

  it('has at least 300 entries', () => {
    assert.ok(entries.length >= 300, `only ${entries.length} entries`);
  });

  it('has no duplicate terms or aliases across entries (after normalizeTerm)', () => {
    const owner = new Map<string, string>();
    const dups: string[] = [];
    for (const e of entries) {
      for (const key of new Set([e.term, ...(e.aliases ?? [])].map(normalizeTerm))) {
        const prev = owner.get(key);
        if (prev !== undefined) dups.push(`${key} (${prev} / ${e.term})`);
        owner.set(key, e.term);
      }
      assert.ok(!(e.aliases ?? []).includes(e.term), `${e.term} lists itself as an alias`);
    }
    assert.deepStrictEqual(dups, []);
  });

  it('has non-empty definitions and allowed categories', () => {
    for (const e of entries) {
      assert.ok(e.definition.trim().length > 0, `${e.term}: empty definition`);
      assert.ok(e.category && CATEGORIES.includes(e.category), `${e.term}: category ${e.category}`);
      assert.ok(e.english && e.english.trim().length > 0, `${e.term}: no English rendering`);
    }
  });

  it('numbered slogans list as many items as their number announces', () => {
    const wrong: string[] = [];
    for (const e of entries) {
      const n = announcedCount(e.term);
      if (n === null) continue;
      if (e.category === 'slogan' && !e.items) wrong.push(`${e.term}: slogan without items`);
      if (e.items && e.items.length !== n) wrong.push(`${e.term}: ${e.items.length} items, expected ${n}`);
    }
    assert.deepStrictEqual(wrong, []);
  });

  it('counts slogans as expected', () => {
    assert.strictEqual(announcedCount('六稳'), 6);
    assert.strictEqual(announcedCount('四个意识'), 4);
    assert.strictEqual(announcedCount('两不愁三保障'), 5);
    assert.strictEqual(announcedCount('三去一降一补'), 5);
    assert.strictEqual(announcedCount('五位一体'), 5);
    assert.strictEqual(announcedCount('两个一百年'), 2);
    assert.strictEqual(announcedCount('五个一批'), 5);
    assert.strictEqual(announcedCount('十大教育发展工程'), 10);
    assert.strictEqual(announcedCount('新发展理念'), null);
  });

  it('spot-checks well-known items', () => {
    const index = new GlossaryIndex([{ id: 'builtin', label: 'Built-in glossary', entries }]);
    assert.deepStrictEqual(index.get('六稳')?.entry.items, ['稳就业', '稳金融', '稳外贸', '稳外资', '稳投资', '稳预期']);
    assert.deepStrictEqual(index.get('两不愁三保障')?.entry.items,
      ['不愁吃', '不愁穿', '义务教育有保障', '基本医疗有保障', '住房安全有保障']);
    assert.strictEqual(index.get('“三公”经费')?.entry.term, '三公经费');
    assert.strictEqual(index.get('规模以上')?.entry.term, '规上');
    assert.strictEqual(index.get('ＧＤＰ')?.entry.term, '国内生产总值');
  });

  it('covers every general term of the fixtures\' 名词解释 sections', () => {
    const index = new GlossaryIndex([{ id: 'builtin', label: 'Built-in glossary', entries }]);
    const gold = goldGlossaryTerms();
    assert.ok(gold.length > 0, 'no gold glossary terms found');
    const missing = gold.filter((t) => !(t in LOCAL_EXCLUSIONS) && !index.get(t));
    assert.deepStrictEqual(missing, []);
    const stale = Object.keys(LOCAL_EXCLUSIONS).filter((t) => !gold.includes(t));
    assert.deepStrictEqual(stale, [], 'exclusions that no longer occur in the gold files');
  });

  it('covers the core vocabulary of government work reports', () => {
    const index = new GlossaryIndex([{ id: 'builtin', label: 'Built-in glossary', entries }]);
    const core = [
      '六稳', '六保', '四风', '三公经费', '两个确立', '两个维护', '四个意识', '四个自信', '五位一体', '四个全面',
      '三大攻坚战', '两不愁三保障', '三去一降一补', '三农', '两个毫不动摇', '四个不摘', '三区三线',
      '放管服', '最多跑一次', '一网通办', '一网统管', '证照分离', '双随机、一公开', '河长制', '林长制', '枫桥经验',
      '营商环境', '互联网+政务服务', '新发展理念', '新发展格局', '高质量发展', '新质生产力', '共同富裕', '乡村振兴',
      '碳达峰碳中和', '双碳', '专精特新', '小巨人', '一带一路', '双循环', '规模以上工业', '规模以上工业增加值',
      '社会消费品零售总额', '一般公共预算收入', '城镇调查失业率', '城镇登记失业率', '居民消费价格指数', 'CPI',
      '单位GDP能耗', 'R&D经费投入强度', '地区生产总值', 'GDP', '固定资产投资', '全体居民人均可支配收入', 'PM2.5',
      '十四五', '十三五', '二〇三五年远景目标', '规上', '社零', '固投', '专项债', '限上', '高企', '双创',
    ];
    assert.deepStrictEqual(core.filter((t) => !index.get(t)), []);
  });
});

describe('built-in glossary and the reports\' own definitions', () => {
  const entries = loadEntries();
  const index = new GlossaryIndex([{ id: 'builtin', label: 'Built-in glossary', entries }]);
  const data = JSON.parse(fs.readFileSync(path.join(ROOT, 'data/reportTerms.json'), 'utf8')) as {
    reports: Array<[string | null, ...unknown[]]>; terms: Record<string, Array<[number[], number, string]>>;
  };
  /**
   * Terms that reports of 4 or more places define but that are one province's or city's own
   * (a Sichuan or Changsha programme): not built-in material.
   */
  const LOCAL: Record<string, string> = {
    一江六河: 'Changsha rivers', 三乡工程: 'Chengdu-area rural programme', 三集中三到位: 'one city\'s approval reform',
    五好园区: 'Sichuan park rating', 四尘三烟三气: 'one city\'s air-pollution list', 治重化积: 'local petition campaign',
    贡嘎培优: 'Sichuan enterprise programme', 金通工程: 'Sichuan rural bus programme',
  };

  it('defines every term that reports of 4 or more places define (save listed local ones)', () => {
    const missing: string[] = [];
    for (const [term, defs] of Object.entries(data.terms)) {
      const places = new Set<string>();
      for (const [rs] of defs) for (const r of rs) places.add(data.reports[r][0] ?? `#${r}`);
      // 专精特新企业 is 专精特新 + 企业: a generic suffix needs no entry of its own
      const base = term.replace(/(?:企业|政策|工作|问题|改革|建设|行动)$/, '');
      if (places.size >= 4 && !index.get(term) && !(base.length >= 2 && index.get(base)) && !(term in LOCAL)) missing.push(`${term} (${places.size})`);
    }
    assert.deepStrictEqual(missing, []);
  });

  it('senses are well formed: cue words, and a definition other than the entry\'s', () => {
    for (const e of entries) {
      for (const s of e.senses ?? []) {
        assert.ok(s.cues.length > 0 && s.cues.every(c => c.trim().length > 0), `${e.term}: sense without cues`);
        assert.notStrictEqual(s.definition, e.definition, `${e.term}: sense repeats the definition`);
      }
    }
  });

  it('quoted-only entries are short forms', () => {
    for (const e of entries.filter(x => x.quoted)) {
      assert.ok(normalizeTerm(e.term).length <= 6, `${e.term} is quoted-only but long`);
    }
  });
});
