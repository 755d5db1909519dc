/**
 * Localisation (English default, Simplified Chinese): the manifest's %key% references and the two
 * package.nls files, the runtime messages passed to vscode.l10n.t / l10n.t / t in src/** and
 * l10n/bundle.l10n.zh-cn.json, the webviews' string keys, the core's translate hook and the CLI's
 * language choice.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { spawnSync } from 'child_process';
import { renderQuantityHover, renderTermHover, AnalysisIndex } from '../../src/core/hoverModel';
import { judge, Measure } from '../../src/core/compare';
import { analyze } from '../../src/core';
import { untranslated, Translate } from '../../src/core/l10n';
import { detectLocale } from '../../src/cli/l10n';
import { cliBundleIsFresh, runCliInLocale } from '../support/cli';

const ROOT = path.join(__dirname, '../../..');
const read = (...p: string[]): string => fs.readFileSync(path.join(ROOT, ...p), 'utf8');
const readJson = (...p: string[]): Record<string, unknown> => JSON.parse(read(...p));

/** `{0}`, `{1}` … of a message, sorted. */
function placeholders(s: string): string[] {
  return (s.match(/\{\d+\}/g) ?? []).sort();
}

/** Every string value anywhere in a JSON value. */
function strings(v: unknown, out: string[] = []): string[] {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) v.forEach(x => strings(x, out));
  else if (v && typeof v === 'object') Object.values(v).forEach(x => strings(x, out));
  return out;
}

function tsFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...tsFiles(p));
    else if (e.name.endsWith('.ts')) out.push(p);
  }
  return out.sort();
}

function unescapeJs(body: string): string {
  return body.replace(/\\(u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|\r?\n|.)/g, (_, e: string) => {
    if (e[0] === 'u') return String.fromCodePoint(parseInt(e.replace(/[u{}]/g, ''), 16));
    if (e[0] === 'x') return String.fromCharCode(parseInt(e.slice(1), 16));
    if (e === '\n' || e === '\r\n') return '';
    return ({ n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v', 0: '\0' } as Record<string, string>)[e] ?? e;
  });
}

/** The first argument of every vscode.l10n.t( / l10n.t( / t( / tr( call that is a string literal. */
const CALL = /(?<![\w$.])(?:vscode\.l10n\.t|l10n\.t|t|tr)\(\s*('(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\[\s\S])*`)/g;

interface Message { text: string; file: string; template: boolean }
function messages(): Message[] {
  const out: Message[] = [];
  for (const f of tsFiles(path.join(ROOT, 'src'))) {
    const src = fs.readFileSync(f, 'utf8');
    for (const m of src.matchAll(CALL)) {
      const lit = m[1];
      out.push({ text: unescapeJs(lit.slice(1, -1)), file: path.relative(ROOT, f), template: lit[0] === '`' && lit.includes('${') });
    }
  }
  return out;
}

describe('localisation (en, zh-cn)', () => {
  describe('manifest', () => {
    const pkg = readJson('package.json');
    const en = readJson('package.nls.json') as Record<string, string>;
    const zh = readJson('package.nls.zh-cn.json') as Record<string, string>;
    const refs = new Set(strings(pkg).filter(s => /^%[^%\s]+%$/.test(s)).map(s => s.slice(1, -1)));

    it('every %key% of package.json is in package.nls.json and package.nls.zh-cn.json', () => {
      assert.ok(refs.size >= 20, `only ${refs.size} keys`);
      for (const k of refs) {
        assert.ok(typeof en[k] === 'string' && en[k].trim(), `package.nls.json lacks ${k}`);
        assert.ok(typeof zh[k] === 'string' && zh[k].trim(), `package.nls.zh-cn.json lacks ${k}`);
      }
    });
    it('the nls files have the same keys, none unused, with matching placeholders', () => {
      assert.deepStrictEqual(Object.keys(zh).sort(), Object.keys(en).sort());
      for (const k of Object.keys(en)) {
        assert.ok(refs.has(k), `package.nls.json: ${k} is not used in package.json`);
        assert.deepStrictEqual(placeholders(zh[k]), placeholders(en[k]), k);
      }
    });
    it('titles, categories, setting descriptions and names are %key% references; l10n points at ./l10n', () => {
      const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts/l10n-manifest.mjs'), '--check'], { encoding: 'utf8' });
      assert.strictEqual(r.status, 0, r.stderr);
      assert.strictEqual(pkg.l10n, './l10n');
      const c = pkg.contributes as { commands: Array<{ title: string; category: string }> };
      for (const cmd of c.commands) assert.ok(/^%.+%$/.test(cmd.title) && cmd.category === '%command.category%', JSON.stringify(cmd));
      assert.strictEqual(en['command.category'], 'Gov Report');
      assert.strictEqual(zh['command.category'], '政府工作报告');
    });
  });

  describe('runtime messages (l10n/bundle.l10n.zh-cn.json)', () => {
    const zh = readJson('l10n', 'bundle.l10n.zh-cn.json') as Record<string, unknown>;
    const msgs = messages();

    it('finds the messages of the extension, the core and the CLI', () => {
      const files = new Set(msgs.map(m => m.file));
      for (const f of ['src/features/exportCommand.ts', 'src/features/shared/webviewStrings.ts', 'src/core/hoverModel.ts', 'src/core/compare.ts', 'src/cli/io.ts', 'src/cli/main.ts',
        'src/features/keyTerms/command.ts', 'src/features/keyTerms/panel.ts', 'src/features/cleanup.ts', 'src/features/encodingWarning.ts', 'src/cli/keywords.ts']) {
        assert.ok(files.has(f), `no l10n.t messages found in ${f}`);
      }
      assert.ok(msgs.length >= 100, `${msgs.length} messages`);
    });
    it('no template literal with ${…} is passed to l10n (use {0} placeholders)', () => {
      const bad = msgs.filter(m => m.template).map(m => `${m.file}: ${m.text.slice(0, 60)}`);
      assert.deepStrictEqual(bad, []);
    });
    it('every message has a non-empty Chinese translation with the same placeholders', () => {
      for (const m of msgs.filter(x => !x.template)) {
        const v = zh[m.text];
        assert.ok(typeof v === 'string' && v.trim(), `${m.file}: no Chinese for ${JSON.stringify(m.text)}`);
        assert.deepStrictEqual(placeholders(v as string), placeholders(m.text), `placeholders of ${JSON.stringify(m.text)}`);
      }
    });
    it('the bundle has no unused keys', () => {
      const used = new Set(msgs.map(m => m.text));
      assert.deepStrictEqual(Object.keys(zh).filter(k => !used.has(k)), []);
    });
    it('the webviews use only string keys the extension sends, and hold no English UI text', () => {
      const src = read('src/features/shared/webviewStrings.ts');
      const [tablePart, comparePart] = src.split(/export (?:function|const) compareStrings\b/);
      const keysOf = (s: string): Set<string> => new Set([...s.matchAll(/^\s*(\w+): vscode\.l10n\.t\(/gm)].map(m => m[1]));
      const keyTermsPart = read('src/features/keyTerms/panel.ts').split(/export (?:function|const) keyTermsStrings\b/)[1].split(/\n\}(?:\)\);)?\n/)[0];
      for (const [file, keys] of [['media/table.js', keysOf(tablePart)], ['media/compare.js', keysOf(comparePart)], ['media/keyterms.js', keysOf(keyTermsPart)]] as const) {
        const js = read(file);
        const used = new Set<string>();
        for (const m of js.matchAll(/\b(?:str|fmt)\('(\w+)'/g)) used.add(m[1]);
        for (const m of js.matchAll(/\bstr: '(\w+)'/g)) used.add(m[1]);
        for (const m of js.matchAll(/_STR = \{([^}]*)\}/g)) for (const v of m[1].matchAll(/:\s*'(\w+)'/g)) used.add(v[1]);
        for (const m of js.matchAll(/for \(const h of \[([^\]]*)\]\)/g)) for (const v of m[1].matchAll(/'(\w+)'/g)) used.add(v[1]);
        assert.ok(used.size >= 10, `${file}: ${used.size} keys`);
        for (const k of used) assert.ok(keys.has(k), `${file} uses strings.${k}, which the extension does not send`);
        // no English words rendered from literals: textContent / text nodes / el(…, text) get keys only
        assert.doesNotMatch(js, /(?:textContent|placeholder|title)\s*=\s*'[A-Za-z]/, file);
        assert.doesNotMatch(js, /\bel\('\w+', '[^']*', '[A-Za-z]/, file);
      }
    });
  });

  describe('core translate hook', () => {
    const zh = readJson('l10n', 'bundle.l10n.zh-cn.json') as Record<string, string>;
    const tZh: Translate = (m, ...args) => untranslated(zh[m] ?? m, ...args);
    const xm = read('test/fixtures/reports/000_e8c23d3aa62e93d4.txt');

    it('hovers are English by default and take their labels from t', () => {
      const idx = new AnalysisIndex(analyze(xm));
      const ind = idx.indicatorAt(xm.indexOf('5.5%左右') + 1)!;
      const en = renderQuantityHover(ind, null);
      assert.ok(en.includes(`*line ${ind.line}, column ${ind.column}*`), en);
      const cn = renderQuantityHover(ind, null, tZh);
      assert.ok(cn.includes(`*第 ${ind.line} 行，第 ${ind.column} 列*`), cn);
      assert.ok(en.includes('**目标** target'), 'the English UI keeps the bilingual kind');
      assert.ok(cn.includes('**目标**') && !cn.includes('target'), 'the Chinese UI has the Chinese kind alone');
      const term = { start: 0, end: 2, entry: { term: '六稳', definition: '稳就业', english: 'six stabilities' }, origin: { kind: 'document' as const, number: 1, line: 209, entryIndex: 0 } };
      assert.ok(renderTermHover(term).includes('*English:* six stabilities'));
      assert.ok(renderTermHover(term).includes('本文名词解释 第1条 \\(line 209\\)'));
      const zhHover = renderTermHover(term, tZh);
      assert.ok(zhHover.includes('*英文：*six stabilities') && zhHover.includes('本文名词解释 第1条 （第 209 行）'), zhHover);
    });
    it('verdict reasons are English by default and translated through t', () => {
      const m = (o: object): Measure => ({ name: 'GDP', canonical: 'gdp', verb: '增长', value: 5, upper: null, unit: '%', qualifier: '', qualitative: false, relative: null, line: 1, start: 0, end: 1, text: '', ...o });
      assert.strictEqual(judge(m({ value: null, qualitative: true }), m({})).reason, 'qualitative target');
      assert.strictEqual(judge(m({ value: null, qualitative: true }), m({}), tZh).reason, '目标为定性表述');
      assert.strictEqual(judge(m({}), m({ unit: '亿元' }), tZh).reason, '单位不一致（亿元 对比 %）');
    });
  });

  describe('CLI language', () => {
    const run = runCliInLocale;
    before(cliBundleIsFresh);

    it('detectLocale: --locale wins, then LC_ALL, LC_MESSAGES, LANG', () => {
      assert.strictEqual(detectLocale(undefined, {}), 'en');
      assert.strictEqual(detectLocale(undefined, { LANG: 'zh_CN.UTF-8' }), 'zh-cn');
      assert.strictEqual(detectLocale(undefined, { LANG: 'zh_CN.UTF-8', LC_ALL: 'C' }), 'en');
      assert.strictEqual(detectLocale(undefined, { LANG: 'en_US.UTF-8', LC_MESSAGES: 'zh_TW' }), 'zh-cn');
      assert.strictEqual(detectLocale('zh-cn', { LANG: 'C' }), 'zh-cn');
      assert.strictEqual(detectLocale('en', { LANG: 'zh_CN.UTF-8' }), 'en');
    });
    it('English by default, Chinese with LANG=zh_CN or --locale zh-cn', () => {
      const en = run(['extract', '--help'], { LANG: 'C.UTF-8' });
      assert.match(en.stdout, /^Usage: govreport extract/);
      const zh = run(['extract', '--help'], { LANG: 'zh_CN.UTF-8' });
      assert.match(zh.stdout, /^用法：govreport extract/);
      assert.ok(zh.stdout.includes('提取政府工作报告中的指标'), zh.stdout);
      const opt = run(['--locale', 'zh-cn', 'extract', 'nope.txt'], { LANG: 'en_US.UTF-8' });
      assert.strictEqual(opt.status, 2);
      assert.strictEqual(opt.stderr.trim(), 'govreport: nope.txt：文件不存在');
      const back = run(['extract', 'nope.txt', '--locale=en'], { LC_ALL: 'zh_CN.UTF-8' });
      assert.strictEqual(back.stderr.trim(), 'govreport: nope.txt: no such file');
    });
    it('keywords: help and messages in English by default, in Chinese with --locale zh-cn', () => {
      assert.match(run(['keywords', '--help'], { LANG: 'C.UTF-8' }).stdout, /^Usage: govreport keywords \[options\] FILE\.\.\./);
      const zh = run(['--locale', 'zh-cn', 'keywords', '--help'], {});
      assert.match(zh.stdout, /^用法：govreport keywords \[选项\] FILE\.\.\./);
      assert.ok(zh.stdout.includes('TF-IDF 关键词'), zh.stdout);
      assert.strictEqual(run(['keywords', '--top', '0', 'x.txt'], { LANG: 'C' }).stderr.trim(), "govreport: --top must be a positive integer, got '0'");
      assert.strictEqual(run(['keywords', '--top', '0', 'x.txt'], { LANG: 'zh_CN.UTF-8' }).stderr.trim(), "govreport: --top 必须是正整数，而给定的是 '0'");
      assert.strictEqual(run(['keywords'], { LANG: 'zh_CN.UTF-8' }).stderr.trim(), 'govreport: keywords：没有输入文件（参见 govreport keywords --help）');
    });
  });
});
