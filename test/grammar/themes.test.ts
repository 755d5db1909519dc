// Colours in real themes: the grammar's scopes run through the TextMate engine with the token colour
// rules of VS Code's own themes (copied from VS Code 1.100 into test/fixtures/themes, MIT), the way the
// editor paints them. Targets, their qualifier and dates must be painted, and a target must not look
// like any other number (`增长5.5%左右` vs `75周年`).
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vsctm from 'vscode-textmate';
import { newRegistry, ROOT, ROOT_SCOPE } from './tokenizer';

const THEMES = path.join(ROOT, 'test', 'fixtures', 'themes');

type ThemeRule = vsctm.IRawTheme['settings'][number];
interface ThemeFile { include?: string; colors?: Record<string, string>; tokenColors?: ThemeRule[] }

/** A theme file with its includes resolved, as VS Code does: included rules first. */
function loadTheme(file: string): { colors: Record<string, string>; rules: ThemeRule[] } {
  const raw = fs.readFileSync(path.join(THEMES, file), 'utf8').replace(/^\s*\/\/.*$/gm, '');
  const j = JSON.parse(raw) as ThemeFile;
  const base = j.include ? loadTheme(path.basename(j.include)) : { colors: {}, rules: [] };
  return { colors: { ...base.colors, ...j.colors }, rules: [...base.rules, ...(j.tokenColors ?? [])] };
}

interface Paint { fg: string; bold: boolean }

async function paint(file: string, line: string): Promise<{ at: (needle: string) => Paint; text: string }> {
  const { colors, rules } = loadTheme(file);
  const isLight = /light/.test(file);
  const defaults: ThemeRule = { settings: {
    foreground: colors['editor.foreground'] ?? (isLight ? '#000000' : '#D4D4D4'),
    background: colors['editor.background'] ?? (isLight ? '#FFFFFF' : '#1E1E1E'),
  } };
  const registry = newRegistry({ name: file, settings: [defaults, ...rules] });
  const grammar = await registry.loadGrammar(ROOT_SCOPE);
  assert.ok(grammar);
  const colorMap = registry.getColorMap();
  const r = grammar.tokenizeLine2(line, vsctm.INITIAL);
  const toks: Array<{ start: number; paint: Paint }> = [];
  for (let i = 0; i < r.tokens.length; i += 2) {
    const meta = r.tokens[i + 1];
    toks.push({ start: r.tokens[i], paint: {
      fg: colorMap[(meta >>> 15) & 0x1ff].toUpperCase(),
      bold: (((meta >>> 11) & 0xf) & 2) !== 0,
    } });
  }
  return {
    text: colorMap[1].toUpperCase(),
    at(needle: string): Paint {
      const idx = line.indexOf(needle);
      assert.ok(idx >= 0, needle);
      let k = 0;
      while (k + 1 < toks.length && toks[k + 1].start <= idx) { k++; }
      return toks[k].paint;
    },
  };
}

const THEME_FILES: Record<string, string> = {
  'Light+': 'light_plus.json',
  'Dark+': 'dark_plus.json',
  'Dark Modern': 'dark_modern.json',
  'Solarized Light': 'solarized-light-color-theme.json',
  'Solarized Dark': 'solarized-dark-color-theme.json',
  'Monokai': 'monokai-color-theme.json',
};

describe('govreport grammar: colours in VS Code themes', () => {
  const line = '2024年3月5日提出，地区生产总值增长5.5%左右，纪念建党75周年。';
  for (const [name, file] of Object.entries(THEME_FILES)) {
    it(`${name}: targets, qualifiers and dates are coloured; a target stands apart from other numbers`, async () => {
      const p = await paint(file, line);
      const target = p.at('5.5');
      const qualifier = p.at('左右');
      const verb = p.at('增长');
      const plain = p.at('75');
      const date = p.at('2024年');
      assert.notStrictEqual(target.fg, p.text, 'target number in text colour');
      assert.notStrictEqual(qualifier.fg, p.text, '左右 in text colour');
      assert.notStrictEqual(date.fg, p.text, 'date in text colour');
      assert.ok(target.fg !== plain.fg || target.bold !== plain.bold || verb.fg !== p.text,
        `target 5.5 looks like the 75 of 75周年 (${JSON.stringify(target)} vs ${JSON.stringify(plain)})`);
      assert.ok(verb.bold || verb.fg !== p.text, 'the target phrase (增长) is not set apart');
    });
  }
});
