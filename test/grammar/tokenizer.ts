// Loads the govreport grammar with the real TextMate engine (vscode-textmate + vscode-oniguruma).
import * as fs from 'fs';
import * as path from 'path';
import * as vsctm from 'vscode-textmate';
import * as oniguruma from 'vscode-oniguruma';

/** Project root, from out/test/grammar/ (compiled) or test/grammar/ (source). */
export const ROOT = path.basename(path.resolve(__dirname, '..', '..')) === 'out'
  ? path.resolve(__dirname, '..', '..', '..')
  : path.resolve(__dirname, '..', '..');

export const GRAMMAR_PATH = path.join(ROOT, 'syntaxes', 'govreport.tmLanguage.json');
export const ROOT_SCOPE = 'text.govreport';

export interface Tok { text: string; scopes: string[] }

let onigPromise: Promise<vsctm.IOnigLib> | undefined;

/** The Oniguruma engine VS Code uses (its WASM build), loaded once per process. */
export function onigLib(): Promise<vsctm.IOnigLib> {
  onigPromise ??= (async () => {
    const wasm = fs.readFileSync(path.join(ROOT, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    return {
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    };
  })();
  return onigPromise;
}

/** A registry holding the govreport grammar, with a colour theme when one is given. */
export function newRegistry(theme?: vsctm.IRawTheme): vsctm.Registry {
  return new vsctm.Registry({
    onigLib: onigLib(),
    theme,
    loadGrammar: async (scopeName: string) => {
      if (scopeName !== ROOT_SCOPE) { return null; }
      const raw = fs.readFileSync(GRAMMAR_PATH, 'utf8');
      return vsctm.parseRawGrammar(raw, GRAMMAR_PATH);
    },
  });
}

let grammarPromise: Promise<vsctm.IGrammar> | undefined;

export function loadGrammar(): Promise<vsctm.IGrammar> {
  grammarPromise ??= (async () => {
    const g = await newRegistry().loadGrammar(ROOT_SCOPE);
    if (!g) { throw new Error('grammar text.govreport failed to load'); }
    return g;
  })();
  return grammarPromise;
}

/** Tokenizes text line by line; returns tokens per line with the root scope removed. */
export function tokenizeLines(grammar: vsctm.IGrammar, text: string, timeLimitMs = 0): Tok[][] {
  let state = vsctm.INITIAL;
  const out: Tok[][] = [];
  for (const line of text.split(/\r?\n/)) {
    const r = grammar.tokenizeLine(line, state, timeLimitMs);
    const toks: Tok[] = [];
    for (const t of r.tokens) {
      const s = line.substring(t.startIndex, Math.min(t.endIndex, line.length));
      if (s.length === 0) { continue; }
      toks.push({ text: s, scopes: t.scopes.filter((x) => x !== ROOT_SCOPE) });
    }
    out.push(toks);
    state = r.ruleStack;
  }
  return out;
}

/** Flat token list for a single line of text. */
export async function tokens(line: string): Promise<Tok[]> {
  return tokenizeLines(await loadGrammar(), line)[0];
}

/** Compact debug form: text⟨scope scope⟩ … */
export function show(toks: Tok[]): string {
  return toks.map((t) => (t.scopes.length ? `${t.text}⟨${t.scopes.join(' ')}⟩` : t.text)).join(' ');
}

/** Scopes of the token(s) that exactly cover `needle` (first occurrence), or undefined if split differently. */
export function scopesOf(toks: Tok[], needle: string, occurrence = 0): string[] | undefined {
  let pos = 0;
  let seen = 0;
  const starts: number[] = [];
  for (const t of toks) { starts.push(pos); pos += t.text.length; }
  const line = toks.map((t) => t.text).join('');
  let idx: number;
  for (let from = 0; ; from = idx + 1) {
    idx = line.indexOf(needle, from);
    if (idx < 0) { return undefined; }
    if (seen++ === occurrence) { break; }
  }
  const i = starts.indexOf(idx);
  if (i < 0) { return undefined; }
  let len = 0;
  let common: string[] | undefined;
  for (let j = i; j < toks.length && len < needle.length; j++) {
    len += toks[j].text.length;
    common = common ? common.filter((s) => toks[j].scopes.includes(s)) : [...toks[j].scopes];
  }
  return len === needle.length ? common : undefined;
}

/** A single ~50,000-character line made by joining a fixture's lines (repeated if needed). */
export function longLine(length = 50000): string {
  const dir = path.join(ROOT, 'test', 'fixtures', 'reports');
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  let s = '';
  for (let i = 0; s.length < length; i++) {
    s += fs.readFileSync(path.join(dir, files[i % files.length]), 'utf8').replace(/\r?\n/g, '');
  }
  return s.slice(0, length);
}
