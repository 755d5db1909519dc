/** `govreport define` with the reports' own definitions (data/reportTerms.json), as a user runs it. */
import * as assert from 'assert';
import * as path from 'path';
import { spawnSync } from 'child_process';
import { assertFreshBundle } from '../support/freshBundle';
import { ReportTerms } from '../../src/core/reportTerms';
import { nearestFew } from '../../src/cli/define';

const ROOT = path.join(__dirname, '../../..');
const CLI = path.join(ROOT, 'dist/cli.js');

function run(args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args, '--locale', 'en'], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

interface JsonResult { query: string; term: string | null; definition: string | null; reports: { count: number; definitions: Array<{ place: string | null; year: number | null; title: string; sense: number; definition: string }> } }

describe('govreport define: report definitions', function () {
  this.timeout(60000);
  before(() => assertFreshBundle('dist/cli.js'));

  it('text output: the glossary definition, then "Defined in N reports" with the nearest few, named', () => {
    const r = run(['define', '营改增']);
    assert.strictEqual(r.code, 0, r.err);
    const m = /Defined in (\d+) reports/.exec(r.out);
    assert.ok(m && Number(m[1]) >= 2, r.out);
    const lines = r.out.split('\n').filter(l => /^ {4}\S.*政府工作报告.*：/.test(l));
    assert.strictEqual(lines.length, 3, r.out);
    assert.match(r.out, /… and \d+ more \(--reports N shows more\)/);
  });

  it('--place puts that place’s own report first; --reports bounds the list; json carries count and provenance', () => {
    const all = run(['define', '放管服', '--format', 'json', '--reports', '99']);
    assert.strictEqual(all.code, 0, all.err);
    const [j] = JSON.parse(all.out) as JsonResult[];
    assert.strictEqual(j.term, '放管服');
    assert.ok(j.reports.count >= 2);
    assert.strictEqual(j.reports.definitions.length, j.reports.count);
    for (const d of j.reports.definitions) assert.ok(d.title && d.definition.length > 0, JSON.stringify(d));
    // pick a place whose report is not shown first by default, then ask for it
    const place = j.reports.definitions.map(d => d.place).filter((p): p is string => !!p).pop()!;
    const near = JSON.parse(run(['define', '放管服', '--format', 'json', '--reports', '1', '--place', place]).out) as JsonResult[];
    assert.strictEqual(near[0].reports.definitions.length, 1);
    assert.strictEqual(near[0].reports.definitions[0].place, place);
    const none = JSON.parse(run(['define', '放管服', '--format', 'json', '--reports', '0']).out) as JsonResult[];
    assert.deepStrictEqual(none[0].reports.definitions, []);
    assert.strictEqual(none[0].reports.count, j.reports.count);
  });

  it('a term only reports define is found (exit 0); unknown stays 1; a bad --reports is 2', () => {
    const r = run(['define', '专精特新企业']);
    assert.strictEqual(r.code, 0, r.out + r.err);
    assert.match(r.out, /Defined in \d+ reports/);
    assert.strictEqual(run(['define', '不存在的词']).code, 1);
    assert.strictEqual(run(['define', '放管服', '--reports', 'x']).code, 2);
  });

  it('--help documents the report options', () => {
    const h = run(['define', '--help']).out;
    for (const o of ['--reports N', '--place PLACE', '--year YEAR', '名词解释']) assert.ok(h.includes(o), o);
  });

  it('nearestFew: the nearest first, then the latest, one per report', () => {
    const rt = new ReportTerms({
      version: 1,
      reports: [['甲市', '乙省', 'city', 2015, '甲市报告', 'a/2015.md', 1], ['丙市', '乙省', 'city', 2020, '丙市报告', 'c/2020.md', 1],
        ['丁市', '戊省', 'city', 2023, '丁市报告', 'd/2023.md', 1], ['甲市', '乙省', 'city', 2019, '甲市报告', 'a/2019.md', 1]],
      terms: { 某词: [[[0, 2], 0, '定义一'], [[1, 3], 1, '定义二']] },
    });
    const names = (ctx: object, n: number) => nearestFew(rt, '某词', ctx, n).map(d => `${d.place}${d.year}`);
    assert.deepStrictEqual(names({}, 9), ['丁市2023', '丙市2020', '甲市2019', '甲市2015']);
    assert.deepStrictEqual(names({ place: '甲市', year: 2014 }, 2), ['甲市2015', '丁市2023']);
    assert.deepStrictEqual(names({ province: '乙省' }, 1), ['丙市2020']);
    assert.deepStrictEqual(names({}, 0), []);
  });
});
