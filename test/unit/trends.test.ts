/**
 * Term trends (issue 13): the background model's encoding, trends per year and level on small
 * synthetic documents and on a synthetic background, rising and falling terms between periods,
 * report levels, and `govreport trends` (on synthetic report excerpts and on the bundled background).
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawnSync } from 'child_process';
import { Background, BackgroundBuilder, buildBackgroundJson, decodeVarints, encodeVarints } from '../../src/core/background';
import { reportLevel, termShifts, termTrends } from '../../src/core/trends';
import type { TrendDoc } from '../../src/core/trends';
import { parseCsv } from '../../src/core';

const ROOT = path.join(__dirname, '../../..');
const CLI = path.join(ROOT, 'dist/cli.js');

const doc = (year: number | null, level: string | null, counts: Record<string, number>): TrendDoc => ({ year, level, counts: new Map(Object.entries(counts)) });

/** Six synthetic reports: 供给侧结构性改革 from 2016, 疫情 peaking 2021, 新质生产力 from 2024. */
const DOCS: TrendDoc[] = [
  doc(2015, 'city', { 改革: 10, 发展: 90 }),
  doc(2016, 'city', { 供给侧结构性改革: 5, 改革: 10, 发展: 85 }),
  doc(2016, 'provincial', { 改革: 20, 发展: 80 }),
  doc(2021, 'city', { 疫情: 30, 供给侧结构性改革: 2, 发展: 68 }),
  doc(2024, 'national', { 新质生产力: 8, 疫情: 2, 发展: 90 }),
  doc(2024, 'city', { 新质生产力: 4, 发展: 96 }),
  doc(null, 'city', { 新质生产力: 50, 发展: 50 }),
];

const LEVELS = ['national', 'provincial', 'city'];
const LEVEL_INDEX = (l: string | null | undefined): number => LEVELS.indexOf(l ?? 'city');
const bgOf = (docs: TrendDoc[], pos?: (t: string) => string): Background =>
  Background.parse(buildBackgroundJson(docs.filter(d => d.year).map(d => ({ year: d.year!, level: LEVEL_INDEX(d.level), counts: d.counts })), { levels: LEVELS, pos }));

describe('term trends', () => {
  it('varints round-trip (5 bits a character, large values continue)', () => {
    const values = [0, 1, 31, 32, 33, 1023, 1024, 99999, 7];
    const s = encodeVarints(values);
    assert.match(s, /^[0-9A-Za-z_-]+$/);
    assert.deepStrictEqual(decodeVarints(s), values);
    assert.throws(() => decodeVarints('W'), /truncated/);
    assert.throws(() => decodeVarints('a"'), /bad character/);
  });

  it('the background decodes what the builder encodes; absent terms get a pruned-rare estimate', () => {
    const b = new BackgroundBuilder(LEVELS);
    for (const d of DOCS) if (d.year) b.add({ year: d.year, level: LEVEL_INDEX(d.level), counts: d.counts });
    const json = b.build({ minDf: 2 });
    const bg = Background.parse(JSON.parse(JSON.stringify(json)));
    assert.deepStrictEqual(bg.years, [2015, 2016, 2021, 2024]);
    assert.deepStrictEqual(bg.docs, [1, 2, 1, 2]);
    assert.strictEqual(bg.totalDocs, 6);
    assert.deepStrictEqual(bg.terms()[0], '发展');
    assert.strictEqual(bg.get('疫情')!.df, 2);
    assert.deepStrictEqual(bg.get('新质生产力')!.years, [{ year: 2024, df: 2, count: 12 }]);
    assert.deepStrictEqual(bg.get('改革')!.levelDf, [0, 1, 2]);
    assert.strictEqual(bg.df('改革', 2016), 2);
    assert.strictEqual(bg.df('改革', 2021), 0);
    assert.ok(!bg.has('海洋'));
    assert.strictEqual(bg.df('海洋'), 0.5, 'half the pruning threshold');
    assert.throws(() => Background.parse({ ...json, format: 'x' }), /not govreport-background/);
    assert.throws(() => Background.parse({ ...json, pos: '' }), /differ in length/);
  });

  it('per year: share of reports, per 10,000 words, first seen, peak (documents without a year left out)', () => {
    const [supply, covid, nqp, none] = termTrends(['供给侧结构性改革', '疫情', '新质生产力', '海洋'], DOCS);
    assert.deepStrictEqual(supply.points.map(p => p.key), ['2015', '2016', '2021', '2024']);
    assert.strictEqual(supply.firstSeen, 2016);
    assert.strictEqual(supply.lastSeen, 2021);
    const p2016 = supply.points[1];
    assert.deepStrictEqual([p2016.docs, p2016.docsWith, p2016.share, p2016.count, p2016.tokens], [2, 1, 0.5, 5, 200]);
    assert.strictEqual(p2016.per10k, 250);
    assert.strictEqual(supply.peak, '2016', '250 per 10k in 2016 beats 200 in 2021');
    assert.strictEqual(covid.firstSeen, 2021);
    assert.strictEqual(covid.peak, '2021');
    assert.strictEqual(nqp.firstSeen, 2024);
    assert.strictEqual(nqp.docsWith, 2, 'the report without a year does not count by year');
    assert.deepStrictEqual([none.firstSeen, none.peak, none.docsWith], [null, null, 0]);
    // counts limited to some terms, with the report's token total given
    const slim = DOCS.map(d => ({ ...d, tokens: [...d.counts.values()].reduce((a, b) => a + b, 0), counts: new Map([...d.counts].filter(([t]) => t === '疫情')) }));
    assert.deepStrictEqual(termTrends(['疫情'], slim), [covid]);
    // minDocs: a bucket of one report cannot be the peak
    assert.strictEqual(termTrends(['供给侧结构性改革'], DOCS, { minDocs: 2 })[0].peak, '2016');
    assert.strictEqual(termTrends(['疫情'], DOCS, { minDocs: 2 })[0].peak, '2024');
  });

  it('per level (unknown levels in their own bucket)', () => {
    const [nqp] = termTrends(['新质生产力'], [...DOCS, doc(2024, null, { 新质生产力: 1, 发展: 1 })], { by: 'level' });
    assert.deepStrictEqual(nqp.points.map(p => [p.key, p.docs, p.docsWith]), [['national', 1, 1], ['provincial', 1, 0], ['city', 5, 2], ['unknown', 1, 1]]);
    assert.strictEqual(nqp.firstSeen, null);
    assert.strictEqual(nqp.peak, 'unknown', '1 of 2 tokens');
  });

  it('the background gives the same trends by year; by level shares only', () => {
    const bg = bgOf(DOCS);
    const fromDocs = termTrends(['供给侧结构性改革', '疫情'], DOCS);
    const fromBg = termTrends(['供给侧结构性改革', '疫情'], bg);
    assert.deepStrictEqual(fromBg, fromDocs);
    const [lv] = termTrends(['疫情'], bg, { by: 'level' });
    assert.deepStrictEqual(lv.points.map(p => [p.key, p.docsWith, p.per10k]), [['national', 1, null], ['provincial', 0, null], ['city', 1, null]]);
  });

  it('rose and fell between two periods, by share of reports; no units, numbers or function words', () => {
    const docs = [
      doc(2014, 'city', { 简政放权: 3, 发展: 50, 万公里: 9, 进一步: 5 }),
      doc(2015, 'city', { 简政放权: 2, 发展: 50, 电子商务: 4 }),
      doc(2015, 'city', { 简政放权: 1, 发展: 50, 电子商务: 1 }),
      doc(2023, 'city', { 新质生产力: 3, 发展: 50, 亿千瓦: 9, 电子商务: 1 }),
      doc(2024, 'city', { 新质生产力: 5, 发展: 50, 进一步: 9 }),
      doc(2024, 'city', { 新质生产力: 2, 发展: 50, 进一步: 9 }),
    ];
    const bg = bgOf(docs, t => (t === '进一步' ? 'f' : 'n'));
    for (const source of [docs, bg]) {
      const s = termShifts(source, [2014, 2016], [2022, 2024], { minDocs: 2, background: bg });
      assert.deepStrictEqual([s.docsA, s.docsB], [3, 3]);
      assert.deepStrictEqual(s.rose.map(x => x.term), ['新质生产力']);
      assert.deepStrictEqual(s.fell.map(x => x.term), ['简政放权', '电子商务']);
      assert.strictEqual(s.rose[0].shareA, 0);
      assert.strictEqual(s.rose[0].shareB, 1);
    }
    assert.deepStrictEqual(termShifts(docs, [1990, 1991], [2022, 2024]).rose, [], 'an empty period compares nothing');
  });

  it('report level from the analysis: place and title, never a file name', () => {
    assert.strictEqual(reportLevel('国务院'), 'national');
    assert.strictEqual(reportLevel(null, '2016年国务院政府工作报告'), 'national');
    assert.strictEqual(reportLevel('广西壮族自治区'), 'provincial');
    assert.strictEqual(reportLevel('四川省'), 'provincial');
    assert.strictEqual(reportLevel('厦门市'), 'city');
    assert.strictEqual(reportLevel('锡林郭勒盟'), 'city');
    assert.strictEqual(reportLevel('鹿城区'), 'county');
    assert.strictEqual(reportLevel('人民政府工作报告——1月17日在重庆市'), null);
    assert.strictEqual(reportLevel(null), null);
  });

  describe('govreport trends', function () {
    this.timeout(60000);
    let tmp: string;
    const run = (args: string[]) => {
      const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
      return { code: r.status, out: r.stdout, err: r.stderr };
    };
    before(() => {
      const stale = !fs.existsSync(CLI) || fs.statSync(CLI).mtimeMs < fs.statSync(path.join(ROOT, 'src/cli/trends.ts')).mtimeMs;
      if (stale) spawnSync(process.execPath, [path.join(ROOT, 'esbuild.js')], { cwd: ROOT, stdio: 'ignore' });
      tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'govreport-trends-'));
      // three short report excerpts in a nested folder; the file names carry no year (years come from the text)
      const dir = path.join(tmp, 'reports', 'sub');
      fs.mkdirSync(dir, { recursive: true });
      const report = (year: number, place: string, body: string): string =>
        `${year}年${place}政府工作报告\n\n各位代表：\n\n现在，我代表${place}人民政府，向大会报告政府工作。\n\n一、${year - 1}年工作回顾\n\n${body}\n`;
      fs.writeFileSync(path.join(tmp, 'reports', 'a.md'), report(2016, '厦门市', '推进供给侧结构性改革，深化供给侧结构性改革。发展海洋经济。'));
      fs.writeFileSync(path.join(dir, 'b.md'), report(2024, '厦门市', '加快发展新质生产力，因地制宜发展新质生产力。深化供给侧结构性改革。'));
      fs.writeFileSync(path.join(dir, 'c.txt'), report(2024, '福建省', '培育新质生产力。发展海洋经济。'));
      fs.writeFileSync(path.join(dir, 'ignored.json'), '{}');
    });
    after(() => fs.rmSync(tmp, { recursive: true, force: true }));

    it('folders: years and levels from the texts, first seen, JSON and CSV', () => {
      const r = run(['trends', '新质生产力', '供给侧结构性改革', path.join(tmp, 'reports')]);
      assert.strictEqual(r.code, 0, r.err);
      const j = JSON.parse(r.out);
      assert.strictEqual(j.reports, 3);
      assert.strictEqual(j.by, 'year');
      const [nqp, supply] = j.terms;
      assert.deepStrictEqual([nqp.term, nqp.firstSeen, nqp.reports], ['新质生产力', 2024, 2]);
      assert.deepStrictEqual(nqp.points.map((p: { year: number; reports: number; reportsWith: number }) => [p.year, p.reports, p.reportsWith]), [[2016, 1, 0], [2024, 2, 2]]);
      assert.deepStrictEqual([supply.firstSeen, supply.lastSeen, supply.peak], [2016, 2024, '2016']);
      assert.ok(nqp.points[1].per10k > 0);

      const lv = JSON.parse(run(['trends', '新质生产力', path.join(tmp, 'reports'), '--by', 'level']).out);
      assert.deepStrictEqual(lv.terms[0].points.map((p: { level: string; reportsWith: number }) => [p.level, p.reportsWith]), [['provincial', 1], ['city', 1]]);

      const csv = parseCsv(run(['trends', '新质生产力', path.join(tmp, 'reports'), '--format', 'csv']).out);
      assert.deepStrictEqual(csv[0], ['term', 'year', 'reports', 'reports_with', 'share', 'count', 'per10k']);
      assert.deepStrictEqual(csv.slice(1).filter(r => r.length > 1).map(r => [r[0], r[1], r[3], r[4]]), [['新质生产力', '2016', '0', '0'], ['新质生产力', '2024', '2', '1']]);
    });

    it('without a folder: the bundled background (新质生产力 from 2023/2024, 供给侧结构性改革 from 2016)', () => {
      const r = run(['trends', '新质生产力', '供给侧结构性改革', '--format', 'text']);
      assert.strictEqual(r.code, 0, r.err);
      const j = JSON.parse(run(['trends', '新质生产力', '供给侧结构性改革']).out);
      assert.strictEqual(j.source, 'background');
      assert.ok(j.reports > 1500, String(j.reports));
      const [nqp, supply] = j.terms;
      assert.ok(nqp.firstSeen >= 2023 && nqp.firstSeen <= 2024, String(nqp.firstSeen));
      assert.ok(Number(nqp.peak) >= 2024);
      assert.strictEqual(supply.firstSeen, 2016);
      assert.match(r.out, /^新质生产力: first seen 202[34], peak \d{4}, in \d+ reports$/m);
      const cmp = JSON.parse(run(['trends', '--compare', '2014-2016:2023-2025', '--top', '10']).out).compare;
      assert.strictEqual(cmp.rose.length, 10);
      assert.ok(cmp.rose.some((s: { term: string }) => /高质量发展|新发展理念|乡村振兴/.test(s.term)), JSON.stringify(cmp.rose.map((s: { term: string }) => s.term)));
      for (const s of [...cmp.rose, ...cmp.fell]) assert.ok(!/^[\d万亿千百十]/.test(s.term), s.term);
    });

    it('usage errors: no terms, bad --by, bad --compare', () => {
      assert.strictEqual(run(['trends']).code, 2);
      assert.match(run(['trends', 'x', '--by', 'month']).err, /--by must be one of year, level/);
      assert.match(run(['trends', 'x', '--compare', '2016']).err, /--compare must look like/);
      assert.match(run(['trends', '--help']).out, /^Usage: govreport trends/);
    });
  });
});
