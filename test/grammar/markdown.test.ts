// Markdown reports (public collections keep reports as .md): YAML front matter dimmed as a comment
// block (first line only), `#` headings and `**bold**` runs with their markers as punctuation.
// Lines are excerpts of corpus reports (国务院 2024, 北京市 2014, 桂林市 2019).
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vsctm from 'vscode-textmate';
import { loadGrammar, newRegistry, ROOT, ROOT_SCOPE, tokenizeLines, Tok } from './tokenizer';

/** The foreground of `needle` on line `lineNo` of `text` in a theme of test/fixtures/themes, and the text colour. */
async function foreground(themeFile: string, text: string, lineNo: number, needle: string): Promise<{ fg: string; text: string }> {
  const load = (f: string): vsctm.IRawTheme['settings'] => {
    const j = JSON.parse(fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'themes', f), 'utf8').replace(/^\s*\/\/.*$/gm, '')) as { include?: string; tokenColors?: vsctm.IRawTheme['settings'] };
    return [...(j.include ? load(path.basename(j.include)) : []), ...(j.tokenColors ?? [])];
  };
  const light = /light/.test(themeFile);
  const registry = newRegistry({ name: themeFile, settings: [{ settings: { foreground: light ? '#000000' : '#D4D4D4', background: light ? '#FFFFFF' : '#1E1E1E' } }, ...load(themeFile)] });
  const grammar = await registry.loadGrammar(ROOT_SCOPE);
  assert.ok(grammar);
  const colors = registry.getColorMap();
  let state = vsctm.INITIAL;
  const lines = text.split('\n');
  for (let i = 0; i < lineNo; i++) state = grammar.tokenizeLine2(lines[i], state).ruleStack;
  const r = grammar.tokenizeLine2(lines[lineNo], state);
  const at = lines[lineNo].indexOf(needle);
  let meta = r.tokens[1];
  for (let i = 0; i < r.tokens.length; i += 2) if (r.tokens[i] <= at) meta = r.tokens[i + 1];
  return { fg: colors[(meta >>> 15) & 0x1ff].toUpperCase(), text: colors[1].toUpperCase() };
}

const FRONT = 'comment.block.front-matter.govreport';

async function lines(text: string): Promise<Tok[][]> {
  return tokenizeLines(await loadGrammar(), text);
}

/** The scopes of the token that covers the first occurrence of `needle` on line `i`. */
function scopesAt(toks: Tok[][], i: number, needle: string): string[] {
  const text = toks[i].map(t => t.text).join('');
  const at = text.indexOf(needle);
  assert.ok(at >= 0, `"${needle}" not on line ${i}: ${text}`);
  let pos = 0;
  for (const t of toks[i]) {
    if (pos <= at && at < pos + t.text.length) return t.scopes;
    pos += t.text.length;
  }
  return [];
}

describe('govreport grammar: Markdown reports', () => {
  it('dims the YAML front matter of the first line, and only there', async () => {
    const t = await lines('---\nsource: https://www.beijing.gov.cn/x.html\ntitle: 2014年政府工作报告\n---\n\n各位代表：\n\n---\nsource: 2024年\n');
    for (const [i, needle] of [[0, '---'], [1, 'source'], [2, '2014年'], [3, '---']] as const) {
      assert.ok(scopesAt(t, i, needle).includes(FRONT), `line ${i} "${needle}": ${scopesAt(t, i, needle).join(' ')}`);
    }
    assert.ok(!scopesAt(t, 2, '2014年').includes('support.type.date.govreport'), 'no date colour inside the front matter');
    assert.ok(!scopesAt(t, 5, '各位代表').includes(FRONT));
    assert.ok(!scopesAt(t, 8, '2024年').includes(FRONT), 'a later --- block is not front matter');
  });

  it('the front matter is painted as a comment in Light+ and Dark Modern (not in the text colour)', async () => {
    const text = '---\nsource: https://www.beijing.gov.cn/x.html\ntitle: 政府工作报告\n---\n';
    for (const theme of ['light_plus.json', 'dark_modern.json']) {
      const p = await foreground(theme, text, 2, '政府工作报告');
      assert.notStrictEqual(p.fg, p.text, `${theme}: the front matter has the text colour`);
    }
  });

  it('# headings are headings, with the #s as punctuation', async () => {
    const t = await lines('## 一、2023年工作回顾\n');
    assert.ok(scopesAt(t, 0, '##').includes('punctuation.definition.heading.markdown.govreport'));
    assert.ok(scopesAt(t, 0, '工作回顾').some(s => s.startsWith('markup.heading')));
    assert.ok(scopesAt(t, 0, '2023年').includes('support.type.date.govreport'), 'inline scopes inside the heading');
  });

  it('**bold** runs: markers are punctuation, the text bold, inline scopes kept', async () => {
    const t = await lines('**名词解释**\n\n根据总体要求，**实现地区生产总值增长9%左右**，其他。\n');
    assert.ok(scopesAt(t, 0, '**').includes('punctuation.definition.bold.govreport'));
    assert.ok(scopesAt(t, 0, '名词解释').includes('markup.bold.govreport'));
    assert.ok(scopesAt(t, 2, '实现').includes('markup.bold.govreport'));
    assert.ok(!scopesAt(t, 2, '根据').includes('markup.bold.govreport'));
    assert.ok(!scopesAt(t, 2, '其他').includes('markup.bold.govreport'), 'the run ends at its closing **');
    assert.ok(scopesAt(t, 2, '9%').some(s => s.startsWith('meta.target') || s.startsWith('constant.numeric')), scopesAt(t, 2, '9%').join(' '));
  });
});
