// Year-aware glossary senses: an entry's or a sense's `since`/`until` against the report's year.
// Excerpts are short quotes of real development-corpus reports (year as the report states it).
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import Ajv from 'ajv';
import { cliBundleIsFresh, runCliInLocale } from '../support/cli';
import { appliesIn, GlossaryEntry, GlossaryIndex, GlossaryMatch, parseGlossaryJson, resolveSense } from '../../src/core/glossary';

const ROOT = path.join(__dirname, '../../..');
const entries = (JSON.parse(fs.readFileSync(path.join(ROOT, 'data/glossary.json'), 'utf8')) as { entries: GlossaryEntry[] }).entries;
const index = new GlossaryIndex([{ id: 'builtin', label: 'Built-in glossary', entries }]);
const entry = (term: string): GlossaryEntry => {
  const e = entries.find(x => x.term === term);
  assert.ok(e, term);
  return e;
};

/** The match at the first occurrence of `word` in `text`, read in a report of `year`. */
function at(text: string, word: string, year: number | null): GlossaryMatch | null {
  const i = text.indexOf(word);
  assert.ok(i >= 0, `${word} in ${text}`);
  return index.lookupAt(text, i, year);
}

// 广西壮族自治区 2017: six stabilities of its own, a year before the 2018 六稳
const GX2017 = '稳增长摆在更加突出的位置，采取“六稳”措施精准发力。突出抓好';
// 国务院 2020
const GOV2020 = '坚决打好三大攻坚战，加大“六稳”工作力度，保居民就业、保基本民生';
// 南昌市 1998 and 1999: the 1990s 八项规定 on frugality
const NC1998 = '坚持反腐倡廉，认真落实中央有关厉行节约、制止奢侈浪费的中央八项规定，重点抓了领导干部通讯工具、车辆等专项清';
const NC1999 = '认真落实中央关于厉行节约、制止奢侈浪费中央八项规定，重点抓好清理通信工具和清理住房工作。';
// 枣庄市 2014: the 2012 rules, with 奢侈浪费 (the 1990s sense's cue) nearby
const ZZ2014 = '节约，坚决反对奢侈浪费，严格落实中央“八项规定”，带头执行公务接待';
// 福建省 2010 and 山东省 2012: 自贸区 are free trade areas (agreements), not pilot free trade zones (2013)
const FJ2010 = '有效应对国际贸易摩擦，积极开拓东盟等自贸区市场，巩固欧美日等传统市';
const SD2012 = '巩固扩大发达经济体市场份额，深度拓展新兴市场，提高自贸区市场占有率。推进外贸转型';
// 广西壮族自治区 2021
const GX2021 = '北部湾港集装箱吞吐量505万标箱。中国（广西）自由贸易试验区进出口额占全区三分之';
// 广西壮族自治区 2015: “双高” sugarcane bases, years before the 2019 vocational 双高计划
const GX2015 = '发展精深加工，提高附加值。糖业在抓好“双高”基地建设的同时，谋划产业多样';

describe('glossary senses by the report\'s year', () => {
  it('appliesIn: no year applies everything; since and until bound inclusively', () => {
    assert.ok(appliesIn({ since: 2018 }, null));
    assert.ok(appliesIn({ since: 2018 }, undefined));
    assert.ok(!appliesIn({ since: 2018 }, 2017));
    assert.ok(appliesIn({ since: 2018 }, 2018));
    assert.ok(appliesIn({ until: 2012 }, 2012));
    assert.ok(!appliesIn({ until: 2012 }, 2013));
    assert.ok(appliesIn({}, 1954));
  });

  it('六稳 (2018) is no glossary hit in a 2017 report, and is in 2020 and without a year', () => {
    assert.strictEqual(at(GX2017, '六稳', 2017), null);
    assert.strictEqual(at(GX2017, '六稳', null)?.entry.term, '六稳', 'no year: unchanged');
    const m = at(GOV2020, '六稳', 2020);
    assert.strictEqual(m?.entry.term, '六稳');
    assert.deepStrictEqual(m?.entry.items, ['稳就业', '稳金融', '稳外贸', '稳外资', '稳投资', '稳预期']);
    assert.deepStrictEqual(index.findAll(GX2017, 2017).map(x => x.entry.term), []);
    assert.deepStrictEqual(index.findAll(GOV2020, 2020).map(x => x.entry.term), index.findAll(GOV2020).map(x => x.entry.term));
  });

  it('中央八项规定 in the 1990s reads as the 1990s frugality rules, in 2014 as the 2012 rules even beside 奢侈浪费', () => {
    const old = entry('中央八项规定').senses![0].definition;
    assert.strictEqual(at(NC1998, '中央八项规定', 1998)?.entry.definition, old);
    assert.strictEqual(at(NC1999, '中央八项规定', 1999)?.entry.definition, old);
    assert.strictEqual(at(NC1998, '中央八项规定', 1998)?.entry.origin, undefined, 'the 2012 origin is not the 1990s rules\' one');
    const m = at(ZZ2014, '八项规定', 2014);
    assert.strictEqual(m?.entry.definition, entry('中央八项规定').definition);
    // the 1990s reading is not offered as another sense in 2014
    assert.ok(!(m?.entry.senses ?? []).some(s => s.definition === old));
    // without a year, the cue word chooses the 1990s sense, as before
    assert.strictEqual(at(ZZ2014, '八项规定', null)?.entry.definition, old);
  });

  it('自贸区 in 2010 and 2012 is no pilot free trade zone; 自由贸易试验区 in 2021 is', () => {
    assert.strictEqual(at(FJ2010, '自贸区', 2010), null);
    assert.strictEqual(at(SD2012, '自贸区', 2012), null);
    assert.strictEqual(at(SD2012, '自贸区', null)?.entry.term, '自由贸易试验区');
    assert.strictEqual(at(GX2021, '自由贸易试验区', 2021)?.entry.term, '自由贸易试验区');
  });

  it('“双高” before 2019 takes the older sense the glossary has (sugarcane) without a cue word', () => {
    const sugar = entry('双高').senses![0].definition;
    assert.strictEqual(at(GX2015, '双高', 2015)?.entry.definition, sugar);
    assert.strictEqual(at(GX2015, '双高', null)?.entry.definition, entry('双高').definition);
  });

  it('the housing 三大工程 sense is not chosen by its cue words before 2023', () => {
    const e = entry('三大工程');
    const text = '实施“三大工程”，推进保障性住房建设';
    assert.strictEqual(resolveSense(e, text, 3, 7, 2024)?.definition, e.senses![0].definition);
    assert.strictEqual(resolveSense(e, text, 3, 7, 2015)?.definition, e.definition);
  });

  it('resolveSense without a year returns the entry itself when no cue is near', () => {
    const e = entry('六稳');
    assert.strictEqual(resolveSense(e, GX2017, 6, 10), e);
    assert.strictEqual(resolveSense(e, GX2017, 6, 10, null), e);
    assert.strictEqual(resolveSense(e, GX2017, 6, 10, 2017), null);
  });

  it('a dropped term keeps its span: no shorter term is read inside it', () => {
    const e: GlossaryEntry[] = [
      { term: '新质生产力', definition: 'A', since: 2023 },
      { term: '生产力', definition: 'B' },
    ];
    const idx = new GlossaryIndex([{ id: 't', label: 't', entries: e }]);
    assert.deepStrictEqual(idx.findAll('发展新质生产力', 2020).map(m => m.entry.term), []);
    assert.deepStrictEqual(idx.findAll('发展新质生产力', 2024).map(m => m.entry.term), ['新质生产力']);
  });

  it('user glossary files may date entries; bad years are reported', () => {
    const ok = parseGlossaryJson(JSON.stringify([{ term: '甲', definition: 'A', since: 2018, until: 2020 }]), 'g');
    assert.deepStrictEqual(ok.errors, []);
    assert.strictEqual(ok.entries[0].since, 2018);
    assert.strictEqual(ok.entries[0].until, 2020);
    for (const bad of [{ since: '2018' }, { since: 2018.5 }, { until: 1800 }, { since: 2020, until: 2018 }]) {
      const r = parseGlossaryJson(JSON.stringify([{ term: '甲', definition: 'A', ...bad }]), 'g');
      assert.strictEqual(r.entries.length, 0, JSON.stringify(bad));
      assert.strictEqual(r.errors.length, 1, JSON.stringify(bad));
    }
  });

  it('the schema takes since/until on entries and senses, years only', () => {
    const ajv = new Ajv();
    const validate = ajv.compile(JSON.parse(fs.readFileSync(path.join(ROOT, 'data/glossary.schema.json'), 'utf8')));
    assert.ok(validate([{ term: '甲', definition: 'A', since: 2018, senses: [{ definition: 'B', cues: ['乙'], until: 2012 }] }]));
    assert.ok(!validate([{ term: '甲', definition: 'A', since: '2018' }]));
    assert.ok(!validate([{ term: '甲', definition: 'A', senses: [{ definition: 'B', cues: ['乙'], since: 1800 }] }]));
  });

  it('data: dates are consistent and never later than the year the entry\'s origin names', () => {
    let dated = 0;
    for (const e of entries) {
      const readings = [e, ...(e.senses ?? [])];
      for (const r of readings) {
        if (r.since !== undefined && r.until !== undefined) assert.ok(r.since <= r.until, e.term);
      }
      if (e.since === undefined) continue;
      dated++;
      const y = /(?:19|20)\d\d/.exec(e.origin ?? '');
      if (y) assert.ok(e.since <= Number(y[0]), `${e.term}: since ${e.since} after its origin ${e.origin}`);
      assert.ok(e.since >= 1949, e.term);
    }
    assert.ok(dated >= 40, `${dated} dated entries`);
  });

  describe('govreport define --year', () => {
    before(cliBundleIsFresh);

    it('gives the sense of that year, and says when the term is dated later', () => {
      const r = runCliInLocale(['define', '六稳', '八项规定', '--year', '1998', '--reports', '0', '--format', 'json'], { LANG: 'C.UTF-8' });
      assert.strictEqual(r.status, 0, r.stderr);
      const [six, eight] = JSON.parse(r.stdout) as Array<{ definition: string; inUse: boolean | null; origin: string | null }>;
      assert.strictEqual(six.inUse, false);
      assert.strictEqual(eight.inUse, true);
      assert.strictEqual(eight.definition, entry('中央八项规定').senses![0].definition);
      assert.strictEqual(eight.origin, null);
      const now = JSON.parse(runCliInLocale(['define', '八项规定', '--reports', '0', '--format', 'json'], { LANG: 'C.UTF-8' }).stdout) as Array<{ definition: string; inUse: boolean }>;
      assert.strictEqual(now[0].definition, entry('中央八项规定').definition);
      assert.strictEqual(now[0].inUse, true);
      const text = runCliInLocale(['define', '六稳', '--year', '2017', '--reports', '0'], { LANG: 'C.UTF-8' }).stdout;
      assert.match(text, /dates this sense 2018–: not in use in 2017/);
    });
  });
});
