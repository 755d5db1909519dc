/**
 * Regression tests for issue 16 (a red-team pass): one or more per finding. Inputs are generated
 * here; sizes that would show quadratic behaviour are checked as a ratio (4× input ≤ 8× time, the
 * smaller input grown until it takes ≥ 20 ms, each time the minimum of three runs).
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawnSync } from 'child_process';
import { analyze, findQuantities, normalizeWidth, LineIndex, splitLines, indicatorRows, rowsToMarkdown } from '../../src/core';
import type { Indicator } from '../../src/core';
import { cleanUp, applyEdits } from '../../src/core/cleanup';
import { isChromeLine } from '../../src/core/chrome';
import { parseGlossaryJson, MAX_GLOSSARY_DEPTH, MAX_REPORTED_ERRORS, MAX_TERM_LENGTH } from '../../src/core/glossaryJson';
import { GlossaryIndex } from '../../src/core/glossary';
import { decodeReport, decodeWarning } from '../../src/core/encoding';
import { escapeMarkdownCell, csvCell, stripControlChars, escapeIconSyntax } from '../../src/core/sanitize';

const ROOT = path.join(__dirname, '../../..');
const CLI = path.join(ROOT, 'dist/cli.js');
const HEAD = '2024年某市政府工作报告\n各位代表：\n一、2023年工作回顾\n';

function minTime(fn: () => unknown, runs = 3): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

/**
 * Asserts that `op` on `gen(4n)` takes at most 8× its time on `gen(n)` (linear: 4×, quadratic: 16×);
 * n doubles from `start` until one run takes ≥ 20 ms (or n reaches `cap`, then 20 ms is the floor).
 * Times are the best of several runs, and a failing ratio is measured again (up to three times) so
 * a busy machine does not fail a linear path; a quadratic one fails every time.
 */
function assertLinear(label: string, gen: (n: number) => string, op: (s: string) => unknown, start: number, cap: number): void {
  let n = start;
  let t1 = minTime(() => op(gen(n)), 1);
  while (t1 < 20 && n * 2 <= cap) {
    n *= 2;
    t1 = minTime(() => op(gen(n)), 1);
  }
  const small = gen(n);
  const big = gen(4 * n);
  let t4 = Infinity;
  for (let attempt = 0; attempt < 3; attempt++) {
    t1 = minTime(() => op(small));
    t4 = minTime(() => op(big));
    if (t4 <= 8 * Math.max(t1, 20)) return;
  }
  assert.fail(`${label}: ${small.length} chars ${t1.toFixed(1)} ms, ${big.length} chars ${t4.toFixed(1)} ms (> 8×, three times)`);
}

const indicatorsOf = (text: string): Indicator[] => analyze(text).reports.flatMap(r => r.indicators);

function runCli(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, ...env }, timeout: 30000, maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** GB18030 bytes of a text, from a table built with the platform's own GB18030 decoder. */
function gb18030(text: string): Uint8Array {
  const table = new Map<string, number[]>();
  const dec = new TextDecoder('gb18030');
  for (let a = 0x81; a <= 0xfe; a++) {
    for (let b = 0x40; b <= 0xfe; b++) {
      if (b === 0x7f) continue;
      const ch = dec.decode(new Uint8Array([a, b]));
      if (ch.length === 1 && ch !== '\ufffd' && !table.has(ch)) table.set(ch, [a, b]);
    }
  }
  const out: number[] = [];
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) out.push(ch.charCodeAt(0));
    else out.push(...(table.get(ch) ?? [0x3f]));
  }
  return new Uint8Array(out);
}

describe('hardening (issue 16)', function () {
  this.timeout(120000);
  before(() => {
    if (!fs.existsSync(CLI)) spawnSync(process.execPath, [path.join(ROOT, 'esbuild.js')], { cwd: ROOT, stdio: 'inherit' });
  });

  describe('1. Clean Up and the analysis keep report text', () => {
    it('a short report sentence with 微信 or a URL is no chrome, and its numbers are read', () => {
      const line = '“粤省事”茂名版微信小程序上线，网上办理事项增长20%。';
      assert.strictEqual(isChromeLine(line), false);
      assert.strictEqual(isChromeLine('主要平台（www.example.gov.cn）访问量增长35%。'), false);
      const recs = indicatorsOf(HEAD + line + '\n');
      assert.ok(recs.some(r => r.value === 20 && r.unit === '%'), JSON.stringify(recs.map(r => r.text)));
    });
    it('Clean Up removes chrome only: a generated page keeps every sentence', () => {
      const sentences = Array.from({ length: 50 }, (_, i) => `第${i + 1}项：关注“${['微信', '公众号', 'www.a.cn', 'https://b.cn'][i % 4]}”平台建设，办理量增长${i}%。`);
      const chrome = ['设为首页收藏本站', '微信扫一扫', '您需要登录后才可以回帖 登录 | 立即注册', '本版积分规则', '【返回顶部】【打印本稿】【关闭本页】', '索 引 号：11440300/2021-00123', 'Powered by Discuz! X3.4'];
      const text = [chrome[0], chrome[1], '', HEAD, ...sentences, '', ...chrome.slice(2)].join('\n');
      const cleaned = applyEdits(text, cleanUp(text).edits);
      for (const s of sentences) assert.ok(cleaned.includes(s), s);
      for (const c of chrome) assert.ok(!cleaned.includes(c), c);
    });
  });

  describe('2. no stack overflow on thousands of quantities in one clause', () => {
    it('2,800 × 增长5% (14 KB) gives 2,800 records', () => {
      const text = HEAD + '全年' + '增长5% '.repeat(2800) + '。\n';
      const recs = indicatorsOf(text);
      assert.ok(recs.length >= 2800, `${recs.length} records`);
    });
    it('and the time stays linear', () => {
      assertLinear('增长5% chain', n => HEAD + '全年' + '增长5% '.repeat(n) + '。\n', t => indicatorsOf(t).length, 500, 64000);
    });
  });

  describe('3. linear time on pathological runs', () => {
    it('a long run of Chinese numerals', () => {
      assertLinear('numerals', n => HEAD + '全年' + '一'.repeat(n) + '。\n', t => findQuantities(normalizeWidth(t)).length, 2000, 1 << 20);
    });
    it('a long run of blanks before a number', () => {
      assertLinear('blanks before a number', n => HEAD + '全年 ' + ' '.repeat(n) + '产值增长5%。\n', t => indicatorsOf(t).length, 2000, 1 << 20);
      assertLinear('tabs before a number', n => HEAD + '全年' + '\t'.repeat(n) + '增长5%。\n', t => indicatorsOf(t).length, 2000, 1 << 20);
    });
    it('Clean Up on a long blank run in a run-on line, and on many blank lines', () => {
      assertLinear('clean blank run', n => '各位代表。' + '甲'.repeat(300) + ' '.repeat(n) + '好', t => cleanUp(t).edits.length, 2000, 1 << 20);
      assertLinear('clean blank lines', n => '设为首页\n' + '\n'.repeat(n) + '全年增长5%。', t => cleanUp(t).edits.length, 2000, 1 << 20);
      assertLinear('clean blank-and-space lines', n => HEAD + ' \n'.repeat(n) + '全年增长5%。', t => cleanUp(t).edits.length, 2000, 1 << 20);
    });
  });

  describe('4. output bounded by the input', () => {
    it('全年新增、1个、1个… does not copy the list into every record', () => {
      const items = 5000;
      const text = HEAD + '全年新增' + '、1个'.repeat(items) + '。\n';
      const recs = indicatorsOf(text);
      const chars = recs.reduce((n, r) => n + r.text.length, 0);
      assert.ok(recs.length >= items, `${recs.length} records`);
      assert.ok(chars <= 2 * text.length + 130 * 4, `${chars} characters of record text for ${text.length} of input`);
      for (const r of recs) assert.ok(r.text.length <= 130, r.text.slice(0, 40));
    });
    it('a record inheriting its name from an earlier clause keeps only its own clause as text', () => {
      const text = HEAD + '全年' + '增长5% '.repeat(2000) + '。\n';
      const recs = indicatorsOf(text);
      assert.ok(recs.every(r => r.text.length <= 130), `longest ${Math.max(...recs.map(r => r.text.length))}`);
    });
  });

  describe('5/6. glossary files are untrusted', () => {
    const entry = (i: number): string => `{"term": "术语${i}", "definition": "释义${i}"}`;
    it('a deeply nested file is one error, no entries, and no exception', () => {
      for (const text of ['['.repeat(200000), `{"entries": [${entry(1)}, ${'['.repeat(100000)}${']'.repeat(100000)}]}`]) {
        const r = parseGlossaryJson(text, 'g.json');
        assert.strictEqual(r.entries.length, 0);
        assert.strictEqual(r.errors.length, 1);
        assert.ok(r.errors[0].message.includes(`deeper than ${MAX_GLOSSARY_DEPTH}`), r.errors[0].message);
      }
    });
    it('invalid entries are reported (capped) while the valid ones, and the built-in, keep working', () => {
      const bad = Array.from({ length: 40000 }, (_, i) => `{"term": ${i}}`);
      const text = `{"entries": [${entry(1)}, ${bad.join(',\n')}, ${entry(2)}]}`;
      const r = parseGlossaryJson(text, 'g.json');
      assert.deepStrictEqual(r.entries.map(e => e.term), ['术语1', '术语2']);
      assert.strictEqual(r.errors.length, MAX_REPORTED_ERRORS + 1);
      assert.deepStrictEqual([r.errors[0].line, r.errors[1].line], [1, 2]);
      assert.ok(r.errors[MAX_REPORTED_ERRORS].message.includes('40000 in all'));
      const index = new GlossaryIndex([{ id: 'u', label: 'g.json', entries: r.entries }, { id: 'b', label: 'built-in', entries: [{ term: '六稳', definition: '稳就业…' }] }]);
      assert.ok(index.get('六稳') && index.get('术语2'));
    });
    it('validation time is linear in the number of invalid entries', () => {
      assertLinear('glossary validation', n => `{"entries": [\n${Array.from({ length: n }, (_, i) => `{"term": "t${i}"}`).join(',\n')}\n]}`,
        t => parseGlossaryJson(t, 'g.json').errors.length, 1000, 1 << 18);
    });
    it('a 100,000-character term is refused (hovers stay fast)', () => {
      const r = parseGlossaryJson(JSON.stringify({ entries: [{ term: '长'.repeat(100000), definition: 'x' }, { term: '短', definition: 'y', aliases: ['别'.repeat(MAX_TERM_LENGTH + 1)] }] }), 'g.json');
      assert.strictEqual(r.entries.length, 0);
      assert.strictEqual(r.errors.length, 2);
      assert.ok(r.errors[0].message.length < 200, 'the message quotes the term shortened');
    });
    it('define --glossary on a deeply nested file reports it and still answers from the built-in glossary', () => {
      const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'govreport-harden-'));
      try {
        const g = path.join(tmp, 'deep.json');
        fs.writeFileSync(g, '['.repeat(500000));
        const r = runCli(['define', '六稳', '--glossary', g, '--format', 'json']);
        assert.strictEqual(r.code, 2, r.err);
        assert.ok(/nested deeper/.test(r.err), r.err);
        assert.strictEqual(JSON.parse(r.out)[0].term, '六稳');
      } finally {
        fs.rmSync(tmp, { recursive: true, force: true });
      }
    });
  });

  describe('7. decoding', () => {
    const report = HEAD + '全年地区生产总值增长5.5%左右，城镇新增就业10万人。\n'.repeat(20);
    const utf8 = new TextEncoder().encode(report);
    it('UTF-8 with one invalid byte stays UTF-8, with a warning', () => {
      const bytes = new Uint8Array(utf8);
      bytes[200] = 0xff;
      const d = decodeReport(bytes);
      assert.strictEqual(d.encoding, 'utf-8');
      assert.ok(d.replaced >= 1 && d.replaced <= 3, String(d.replaced));
      assert.ok(decodeWarning(d)?.includes('U+FFFD'));
      assert.ok(d.text.startsWith('2024年某市政府工作报告'));
    });
    it('a UTF-8 file cut mid-character stays UTF-8', () => {
      const d = decodeReport(utf8.subarray(0, utf8.length - 2));
      assert.strictEqual(d.encoding, 'utf-8');
      assert.strictEqual(d.replaced, 1);
      assert.ok(indicatorsOf(d.text).length >= indicatorsOf(report).length - 1);
    });
    it('real GB18030 is read as GB18030, and a clean UTF-8 file has no warning', () => {
      const d = decodeReport(gb18030(report));
      assert.strictEqual(d.encoding, 'gb18030');
      assert.strictEqual(d.text, report);
      assert.strictEqual(d.replaced, 0);
      assert.strictEqual(decodeWarning(decodeReport(utf8)), null);
    });
  });

  describe('8. smaller findings', () => {
    it('Markdown export escapes link syntax from report text', () => {
      const text = HEAD + '[点此](command:workbench.action.terminal.new)工程投资增长5%。\n![x](https://e.example/a.png)项目投资增长6%。\n';
      const md = rowsToMarkdown(indicatorRows('f.txt', analyze(text)), ['name', 'text']);
      assert.ok(!md.includes('](') && !md.includes('https://'), md);
      assert.strictEqual(escapeMarkdownCell('[x](command:a) *b* `c` <d> a|b\nc'), '\\[x\\]\\(command:a\\) \\*b\\* \\`c\\` &lt;d&gt; a\\|b c');
    });
    it('picker text cannot draw icons: $(…) is broken up', () => {
      assert.strictEqual(escapeIconSyntax('$(alert) 增长$(5)'), '$\u200b(alert) 增长$\u200b(5)');
      assert.ok(!escapeIconSyntax('$(x)$(y)').includes('$('));
    });
    it('keywords CSV cells get the formula guard (shared csvCell)', () => {
      assert.strictEqual(csvCell('=HYPERLINK("http://x")'), `"'=HYPERLINK(""http://x"")"`);
      assert.strictEqual(csvCell('@SUM(A1)'), "'@SUM(A1)");
      assert.strictEqual(csvCell('-5'), '-5');
      assert.ok(fs.readFileSync(path.join(ROOT, 'src/cli/keywords.ts'), 'utf8').includes("import { csvCell } from '../core/sanitize'"));
    });
    it('CR, CRLF and LF are all line breaks (lines, titles, line numbers)', () => {
      const lf = '\n前言\n' + HEAD + '全年地区生产总值增长5.5%。\n二、2024年工作安排\n预期目标是：地区生产总值增长5%左右。\n';
      for (const eol of ['\r', '\r\n']) {
        const text = lf.replace(/\n/g, eol);
        assert.strictEqual(splitLines(text).length, splitLines(lf).length);
        assert.deepStrictEqual(splitLines(text).map(l => l.text), splitLines(lf).map(l => l.text));
        const idx = new LineIndex(text);
        assert.strictEqual(idx.lineCount, new LineIndex(lf).lineCount);
        const a = analyze(text).reports;
        const b = analyze(lf).reports;
        assert.deepStrictEqual(a.map(r => [r.title, r.line]), b.map(r => [r.title, r.line]));
        assert.deepStrictEqual(a.flatMap(r => r.indicators.map(i => [i.name, i.value, i.line, i.column])), b.flatMap(r => r.indicators.map(i => [i.name, i.value, i.line, i.column])));
      }
    });
    it('terminal control characters never reach the terminal', () => {
      assert.strictEqual(stripControlChars('a\x1b[31mb\x9b2Jc\u202ed\x07e\tf\ng'), 'a[31mb2Jcde\tf\ng');
      const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'govreport-harden-'));
      try {
        const f = path.join(tmp, 'esc.txt');
        fs.writeFileSync(f, HEAD + '\x1b]0;pwned\x07\x1b[2J地区生产总值增长5%。\n');
        for (const format of ['md', 'csv', 'json']) {
          const r = runCli(['extract', f, '--format', format]);
          assert.strictEqual(r.code, 0, r.err);
          // eslint-disable-next-line no-control-regex -- the test looks for escape characters
          assert.ok(!/[\x1b\x07\x9b]/.test(r.out), `${format}: ${JSON.stringify(r.out.slice(0, 200))}`);
        }
      } finally {
        fs.rmSync(tmp, { recursive: true, force: true });
      }
    });
    it('only regular files of bounded size are read (extract /dev/zero stops at once)', () => {
      if (fs.existsSync('/dev/zero')) {
        const r = runCli(['extract', '/dev/zero']);
        assert.strictEqual(r.code, 2);
        assert.ok(/not a regular file/.test(r.err), r.err);
      }
      const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'govreport-harden-'));
      try {
        const f = path.join(tmp, 'big.txt');
        fs.writeFileSync(f, HEAD.repeat(100));
        const r = runCli(['extract', f], { GOVREPORT_MAX_BYTES: '1000' });
        assert.strictEqual(r.code, 2);
        assert.ok(/too large/.test(r.err), r.err);
      } finally {
        fs.rmSync(tmp, { recursive: true, force: true });
      }
    });
    it('a missing file with --format json still prints valid JSON (the reason on stderr)', () => {
      const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'govreport-harden-'));
      try {
        const ok = path.join(tmp, 'ok.txt');
        fs.writeFileSync(ok, HEAD + '地区生产总值增长5%。\n');
        const missing = path.join(tmp, 'missing.txt');
        const one = runCli(['extract', missing, '--format', 'json']);
        assert.strictEqual(one.code, 2);
        assert.strictEqual(JSON.parse(one.out), null);
        const two = runCli(['extract', missing, ok, '--format', 'json']);
        assert.strictEqual(two.code, 2);
        assert.strictEqual(JSON.parse(two.out).length, 1);
        const kw = runCli(['keywords', missing], { GOVREPORT_SEGMENTER: 'intl' });
        assert.strictEqual(kw.code, 2);
        assert.deepStrictEqual(JSON.parse(kw.out).reports, []);
      } finally {
        fs.rmSync(tmp, { recursive: true, force: true });
      }
    });
  });

  describe('9. govreport clean', () => {
    it('prints the cleaned text, or rewrites the file with a .bak backup', () => {
      const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'govreport-harden-'));
      try {
        const f = path.join(tmp, 'page.txt');
        const text = '设为首页收藏本站\n\n' + HEAD + '上线地铁乘车码微信小程序，客流增长5%。\n\n本版积分规则\n\n快速回复 返回顶部 返回列表\n';
        fs.writeFileSync(f, text);
        const expected = applyEdits(text, cleanUp(text).edits);
        const out = runCli(['clean', f]);
        assert.strictEqual(out.code, 0, out.err);
        assert.strictEqual(out.out, expected);
        assert.ok(out.out.includes('微信小程序') && !out.out.includes('本版积分规则'));
        assert.ok(/2 chrome lines removed|3 chrome lines removed/.test(out.err), out.err);
        const inPlace = runCli(['clean', '--in-place', f]);
        assert.strictEqual(inPlace.code, 0, inPlace.err);
        assert.strictEqual(fs.readFileSync(f, 'utf8'), expected);
        assert.strictEqual(fs.readFileSync(f + '.bak', 'utf8'), text);
        assert.strictEqual(runCli(['clean', '--help']).code, 0);
        assert.strictEqual(runCli(['clean', f, f]).code, 2, 'several files need --in-place');
      } finally {
        fs.rmSync(tmp, { recursive: true, force: true });
      }
    });
  });
});
