import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze, indicatorRows, rowsToCsv, rowsToMarkdown, parseCsv, ROW_COLUMNS, IndicatorRow, fileJson } from '../../src/core';

const FIX = path.join(__dirname, '../../../test/fixtures/reports');

function row(p: Partial<IndicatorRow>): IndicatorRow {
  return { file: 'a.txt', report: 'R', year: 2024, place: '某市', section: '一、回顾', kind: 'target', name: '地区生产总值',
    canonical: 'gdp', verb: '增长', value: 5.5, upper: null, unit: '%', qualifier: '左右', aim: false, qualitative: false,
    relative: null, line: 3, column: 1, text: '地区生产总值增长5.5%左右', direction: 'up', signedValue: 5.5, signedUpper: null,
    dataYear: 2024, dataYearFrom: 2024, bound: 'point', confidence: 'high', confidenceNote: '', ...p };
}

/** The CSV cell string a row value should come back as. */
function cell(v: unknown): string {
  return v === null || v === undefined ? '' : String(v);
}

describe('export: CSV', () => {
  it('round-trips through parseCsv, with commas, quotes, newlines and CJK', () => {
    const rows = [
      row({}),
      row({ name: 'a,b', text: 'say "hi", then\nnew line\r\nand CRLF', section: '二、“引号”' }),
      row({ value: null, qualitative: true, unit: '', qualifier: '', canonical: null, relative: '全省' }),
      row({ name: '', text: ',', report: '"' }),
    ];
    const csv = rowsToCsv(rows, true);
    assert.ok(csv.startsWith('\uFEFF'), 'BOM');
    const parsed = parseCsv(csv);
    assert.deepStrictEqual(parsed[0], ROW_COLUMNS);
    assert.strictEqual(parsed.length, rows.length + 1);
    rows.forEach((r, i) => assert.deepStrictEqual(parsed[i + 1], ROW_COLUMNS.map(c => cell(r[c]))));
  });
  it('no BOM unless asked', () => {
    assert.ok(!rowsToCsv([row({})]).startsWith('\uFEFF'));
    assert.deepStrictEqual(parseCsv(rowsToCsv([row({})]))[1][0], 'a.txt');
  });
  it('guards against spreadsheet formulas (=cmd, +, -, @) but keeps negative numbers', () => {
    const rows = [row({ name: '=cmd|\' /C calc\'!A0', text: '+1+1', section: '@SUM(A1)', report: '-2+3' }), row({ value: -2.5 })];
    const parsed = parseCsv(rowsToCsv(rows));
    const col = (c: keyof IndicatorRow) => ROW_COLUMNS.indexOf(c);
    assert.strictEqual(parsed[1][col('name')], '\'=cmd|\' /C calc\'!A0');
    assert.strictEqual(parsed[1][col('text')], '\'+1+1');
    assert.strictEqual(parsed[1][col('section')], '\'@SUM(A1)');
    assert.strictEqual(parsed[1][col('report')], '\'-2+3');
    assert.strictEqual(parsed[2][col('value')], '-2.5');
    for (const line of rowsToCsv(rows).split('\r\n').slice(1)) {
      for (const c of parseCsv(line)[0] ?? []) assert.ok(!/^[=+@]/.test(c), `unguarded cell ${c}`);
    }
  });
  it('a real report round-trips: every row and column', () => {
    const text = fs.readFileSync(path.join(FIX, '000_e8c23d3aa62e93d4.txt'), 'utf8');
    const rows = indicatorRows('000.txt', analyze(text));
    assert.ok(rows.length > 50);
    const parsed = parseCsv(rowsToCsv(rows, true));
    assert.strictEqual(parsed.length, rows.length + 1);
    rows.forEach((r, i) => assert.deepStrictEqual(parsed[i + 1], ROW_COLUMNS.map(c => {
      const s = cell(r[c]);
      return /^[=+\-@\t\r]/.test(s) && !/^-?\d+(\.\d+)?$/.test(s) ? `'${s}` : s;
    })));
  });
});

describe('export: Markdown', () => {
  it('escapes | and newlines inside cells; one line per row', () => {
    const md = rowsToMarkdown([row({ name: 'a|b', section: 'x\ny' }), row({ name: 'c\\|d' })]);
    const lines = md.trimEnd().split('\n');
    assert.strictEqual(lines.length, 4);
    assert.ok(lines[2].includes('a\\|b'));
    assert.ok(lines[2].includes('x y'));
    assert.ok(lines[3].includes('c\\\\\\|d'));
    // every body line has as many unescaped separators as the header
    const seps = (l: string) => l.replace(/\\\\/g, '').replace(/\\\|/g, '').split('|').length;
    for (const l of lines) assert.strictEqual(seps(l), seps(lines[0]));
  });
  it('HTML in report text is escaped', () => {
    const md = rowsToMarkdown([row({ name: '<script>alert(1)</script>' })]);
    assert.ok(!md.includes('<script>'));
    assert.ok(md.includes('&lt;script&gt;'));
  });
});

describe('export: JSON', () => {
  it('fileJson is plain data that survives JSON', () => {
    const text = fs.readFileSync(path.join(FIX, '002_6b340ccef4bd5f14.part1.txt'), 'utf8');
    const j = fileJson('002.txt', analyze(text));
    assert.strictEqual(j.reports.length, 9);
    assert.deepStrictEqual(JSON.parse(JSON.stringify([j])), [j]);
  });
});
