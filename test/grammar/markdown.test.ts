// Markdown reports (public collections keep reports as .md): YAML front matter dimmed as a comment
// block (first line only), `#` headings and `**bold**` runs with their markers as punctuation.
// Lines are excerpts of corpus reports (国务院 2024, 北京市 2014, 桂林市 2019).
import * as assert from 'assert';
import { loadGrammar, tokenizeLines, Tok } from './tokenizer';

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
