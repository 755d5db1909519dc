/** `govreport series` as a user runs it (`node dist/cli.js series …`), on a folder found by content. */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawnSync } from 'child_process';
import { parseCsv } from '../../src/core';

const ROOT = path.join(__dirname, '../../..');
const CLI = path.join(ROOT, 'dist/cli.js');

function run(args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, LANG: 'C', LC_ALL: '' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** A short report of 某某市 for `year` (excerpt-sized: one review sentence, one target sentence). */
function report(year: number, actual: string, target: string): string {
  return `${year}年某某市政府工作报告

——${year}年1月10日在某某市第十五届人民代表大会第${year - 2020}次会议上

各位代表：

现在，我代表市人民政府，向大会报告工作，请予审议。

一、${year - 1}年工作回顾

过去一年，全市地区生产总值增长${actual}，居民消费价格上涨0.2%。

二、${year}年工作安排

今年经济社会发展的主要预期目标是：地区生产总值增长${target}，居民消费价格涨幅3%左右，城镇调查失业率5.5%以内。
`;
}

describe('govreport series', function () {
  this.timeout(60000);
  let dir: string;
  before(() => {
    if (!fs.existsSync(CLI)) spawnSync(process.execPath, [path.join(ROOT, 'esbuild.js')], { cwd: ROOT, stdio: 'inherit' });
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'govreport-series-'));
    // names that say nothing: the reports are found by their content
    fs.writeFileSync(path.join(dir, 'a.txt'), report(2022, '8.1%', '6%左右'));
    fs.mkdirSync(path.join(dir, 'more'));
    fs.writeFileSync(path.join(dir, 'more', 'b.md'), report(2023, '3%', '5.5%左右'));
    fs.writeFileSync(path.join(dir, 'c.txt'), report(2024, '5.6%', '5%左右'));
    fs.writeFileSync(path.join(dir, 'README.md'), '# Notes\n\nThese are 政府工作报告 files: 各位代表, 主要预期目标, 过去一年.\n');
    fs.writeFileSync(path.join(dir, 'data.csv'), 'a,b\n1,2\n');
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('--format json: target for N against the actual for N, from a folder found by content', () => {
    const r = run(['series', dir, '--format', 'json']);
    assert.strictEqual(r.code, 0, r.err);
    const series = JSON.parse(r.out);
    assert.strictEqual(series.length, 1, 'one place');
    const s = series[0];
    assert.strictEqual(s.key, 'gdp');
    assert.strictEqual(s.place, '某某市');
    const y = (n: number) => s.points.find((p: { year: number }) => p.year === n);
    assert.deepStrictEqual([y(2022).target.display, y(2022).actual.display, y(2022).bound, y(2022).outcome], ['6%左右', '3%', 'point', 'missed']);
    assert.ok(y(2022).actual.file.endsWith(path.join('more', 'b.md')));
    assert.deepStrictEqual([y(2023).target.display, y(2023).actual.display, y(2023).outcome], ['5.5%左右', '5.6%', 'met']);
    assert.strictEqual(y(2024).actual, null);
    assert.deepStrictEqual(s.summary, { ...s.summary, judged: 2, met: 1, missed: 1 });
  });
  it('--format csv and md, --indicator cpi (a ceiling)', () => {
    const csv = run(['series', dir, '--format', 'csv', '--indicator', 'cpi']);
    assert.strictEqual(csv.code, 0, csv.err);
    const rows = parseCsv(csv.out);
    assert.deepStrictEqual(rows[0].slice(0, 8), ['place', 'year', 'target', 'bound', 'actual', 'verdict', 'gap', 'target_from']);
    const r2022 = rows.find(x => x[1] === '2022') as string[];
    assert.deepStrictEqual(r2022.slice(0, 6), ['某某市', '2022', '3%左右', 'ceiling', '0.2%', 'within-ceiling']);
    const md = run(['series', dir, '--indicator', '地区生产总值']);
    assert.strictEqual(md.code, 0, md.err);
    assert.match(md.out, /^\| place \| year \| target \| bound \| actual \| verdict \|/);
    assert.match(md.out, /\| 某某市 \| 2022 \| 6%左右 \| point \| 3% \| missed \| -3 \| plan \|/);
    assert.match(md.out, /地区生产总值 target met in 1 of 2 years; mean gap −1\.45 points/);
  });
  it('--help, a bad --indicator, a folder without reports', () => {
    const h = run(['series', '--help']);
    assert.strictEqual(h.code, 0);
    assert.match(h.out, /Usage: govreport series FILE\|DIR/);
    assert.match(run(['--help']).out, /series FILE\|DIR/);
    const bad = run(['series', dir, '--indicator', 'nonsense']);
    assert.strictEqual(bad.code, 2);
    assert.match(bad.err, /--indicator must be one of gdp/);
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'govreport-series-empty-'));
    fs.writeFileSync(path.join(empty, 'notes.txt'), 'shopping list\n');
    const e = run(['series', empty]);
    assert.match(e.err, /no file in this folder reads like a report/);
    fs.rmSync(empty, { recursive: true, force: true });
  });
});
