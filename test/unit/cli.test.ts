/** The CLI as a user runs it: `node dist/cli.js …` (built by `npm run build`). */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawnSync } from 'child_process';
import { parseCsv } from '../../src/core';
import { assertFreshBundle } from '../support/freshBundle';

const ROOT = path.join(__dirname, '../../..');
const CLI = path.join(ROOT, 'dist/cli.js');
const REPORTS = path.join(ROOT, 'test/fixtures/reports');

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', input, maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('govreport CLI', function () {
  this.timeout(60000);
  before(() => assertFreshBundle('dist/cli.js'));
  let tmp: string;
  before(() => {
    if (!fs.existsSync(CLI)) spawnSync(process.execPath, [path.join(ROOT, 'esbuild.js')], { cwd: ROOT, stdio: 'inherit' });
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'govreport-cli-'));
  });
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('extract --format json prints the documented shape', () => {
    const r = run(['extract', path.join(REPORTS, '000_e8c23d3aa62e93d4.txt'), '--kind', 'target']);
    assert.strictEqual(r.code, 0, r.err);
    const j = JSON.parse(r.out);
    assert.strictEqual(j.reports[0].title, '2024年厦门市政府工作报告');
    assert.deepStrictEqual([j.reports[0].line, j.reports[0].year, j.reports[0].place], [33, 2024, '厦门市']);
    assert.deepStrictEqual(j.reports[0].outline[0], { ...j.reports[0].outline[0], level: 1, text: '一、2023年工作回顾', line: 44 });
    const gdp = j.reports[0].indicators[0];
    assert.deepStrictEqual(gdp, { kind: 'target', name: '地区生产总值', canonical: 'gdp', verb: '增长', value: 5.5, upper: null, unit: '%',
      qualifier: '左右', aim: false, qualitative: false, relative: null, line: 130, column: gdp.column, text: '地区生产总值增长5.5%左右' });
  });
  it('several files give a JSON array; a file with nine reports gives nine', () => {
    const r = run(['extract', path.join(REPORTS, '003_79a18ab8566106eb.txt'), path.join(REPORTS, '002_6b340ccef4bd5f14.part1.txt')]);
    const j = JSON.parse(r.out);
    assert.deepStrictEqual(j.map((f: { reports: unknown[] }) => f.reports.length), [1, 9]);
  });
  it('extract --format csv parses back to one row per indicator', () => {
    const r = run(['extract', path.join(REPORTS, '004_b3e4cb320142c0ae.txt'), '--format', 'csv', '--kind', 'target']);
    const rows = parseCsv(r.out);
    assert.strictEqual(rows[0][0], 'file');
    const name = rows[0].indexOf('name');
    assert.deepStrictEqual(rows.slice(1).map(x => x[name]).slice(0, 2), ['地区生产总值', '一般公共预算收入']);
  });
  it('extract --format md prints a Markdown table', () => {
    const r = run(['extract', path.join(REPORTS, '003_79a18ab8566106eb.txt'), '--format', 'md', '--kind', 'target']);
    assert.match(r.out.split('\n')[1], /^\| --- \|/);
    assert.ok(r.out.includes('| 生产总值 |'));
  });
  it('reads GB18030 and UTF-16 files', () => {
    const text = fs.readFileSync(path.join(REPORTS, '003_79a18ab8566106eb.txt'), 'utf8');
    const utf16 = path.join(tmp, 'utf16.txt');
    fs.writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const gbk = path.join(tmp, 'gbk.txt');
    // GB18030 bytes for the ASCII-free title line + the rest as-is would not round-trip; encode a small report by hand
    fs.writeFileSync(gbk, Buffer.from([0xd5, 0xfe, 0xb8, 0xae, 0xb9, 0xa4, 0xd7, 0xf7, 0xb1, 0xa8, 0xb8, 0xe6, 0x0a])); // 政府工作报告\n
    const a = JSON.parse(run(['extract', utf16]).out);
    assert.strictEqual(a.reports[0].place, '鲤城区');
    const b = JSON.parse(run(['outline', gbk, '--format', 'json']).out);
    assert.strictEqual(b.reports[0].title, '政府工作报告');
  });
  it('a missing file, a directory and a binary file: one stderr line each, exit 2, the others still processed', () => {
    const bin = path.join(tmp, 'bin.dat');
    fs.writeFileSync(bin, Buffer.from([0, 1, 2, 3, 0, 255, 0, 7]));
    const r = run(['extract', path.join(tmp, 'nope.txt'), tmp, bin, path.join(REPORTS, '003_79a18ab8566106eb.txt')]);
    assert.strictEqual(r.code, 2);
    const lines = r.err.trim().split('\n');
    assert.strictEqual(lines.length, 3, r.err);
    assert.match(lines[0], /nope\.txt: no such file/);
    assert.match(lines[1], /is a directory/);
    assert.match(lines[2], /bin\.dat: binary file/);
    assert.strictEqual(JSON.parse(r.out).length, 1);
  });
  it('outline prints the sections indented', () => {
    const r = run(['outline', path.join(REPORTS, '001_c6236c357e1df4fa.txt')]);
    assert.ok(r.out.includes('  一、2020年和“十三五”工作回顾  (line 19)'), r.out.slice(0, 300));
  });
  it('define prints definitions, JSON, and exits 1 for an unknown term', () => {
    const r = run(['define', '六稳', '“三公”经费', '--format', 'json']);
    assert.strictEqual(r.code, 0);
    const j = JSON.parse(r.out);
    assert.deepStrictEqual(j.map((x: { query: string; term: string }) => [x.query, x.term]), [['六稳', '六稳'], ['“三公”经费', '三公经费']]);
    assert.ok(j[0].definition.includes('稳就业'));
    const u = run(['define', '六稳', '不存在的词', '--format', 'json']);
    assert.strictEqual(u.code, 1);
    assert.strictEqual(JSON.parse(u.out)[1].definition, null);
  });
  it('keywords prints TF-IDF key terms per report (json and csv)', () => {
    const r = run(['keywords', path.join(REPORTS, '003_79a18ab8566106eb.txt'), '--top', '5']);
    assert.strictEqual(r.code, 0, r.err);
    const j = JSON.parse(r.out);
    assert.ok(['jieba', 'intl'].some(x => String(j.segmenter).includes(x)), j.segmenter);
    const terms = j.reports[0].terms;
    assert.strictEqual(terms.length, 5);
    for (const t of terms) assert.ok(!/^\d+$/.test(t.term) && t.term.length > 1, t.term);
    const csv = parseCsv(run(['keywords', path.join(REPORTS, '003_79a18ab8566106eb.txt'), '--top', '3', '--format', 'csv']).out);
    assert.ok(csv.length >= 4);
  });
  it('--help for every command; unknown commands and options are errors', () => {
    for (const c of ['extract', 'outline', 'define', 'keywords']) {
      const r = run([c, '--help']);
      assert.strictEqual(r.code, 0);
      assert.match(r.out, new RegExp(`Usage: govreport ${c}`));
    }
    assert.strictEqual(run(['frobnicate']).code, 2);
    assert.strictEqual(run(['extract', '--format', 'xml', 'x.txt']).code, 2);
  });
});
