/**
 * Sentences and clauses of report prose (on width-normalised text, so `，；：` are `,;:`).
 * A clause ends at , ; : and at a 、 that follows a quantity and is not followed by another number
 * (`1360亿元、增长5.0%` is two clauses; `37533元、15221元` is one list).
 */
import type { Span, Quantity } from './types';
import { SENTENCE_END_CHARS, firstAtOrAfter } from './text';

export interface Sentence extends Span {
  /** 1-based line of the sentence start. */
  line: number;
  /** Paragraph number (sentences of one paragraph share it). */
  para: number;
}

const TERMINAL = /[。！？!?；;：:”"’）)\]】…]$/;

/**
 * The line width of hard-wrapped text (a report converted from PDF: paragraphs broken into lines of
 * about the same length, mid-sentence), or null when lines are paragraphs.
 */
export function hardWrapWidth(lines: Array<{ text: string }>): number | null {
  // trimmed lengths and last characters read in place (no trimmed copy of every line)
  const lengths: number[] = [];
  let open = 0;
  for (const { text: t } of lines) {
    let a = 0;
    let b = t.length;
    while (a < b && isTrimmed(t.charCodeAt(a))) a++;
    while (b > a && isTrimmed(t.charCodeAt(b - 1))) b--;
    if (b - a < 15) continue;
    lengths.push(b - a);
    if (!TERMINAL_CHARS.includes(t[b - 1])) open++;
  }
  if (lengths.length < 8) return null;
  if (open / lengths.length < 0.6) return null;
  lengths.sort((x, y) => x - y);
  return lengths[Math.floor(lengths.length / 2)];
}

/** The characters of TERMINAL. */
const TERMINAL_CHARS = '。！？!?；;：:”"’）)]】…';

/** What String.prototype.trim removes: JavaScript's white space and line terminators (what `\s` matches). */
export function isTrimmed(c: number): boolean {
  if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) return true;
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f ||
    c === 0x205f || c === 0x3000 || c === 0xfeff;
}

const HEADING_START = /^\s*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.、]|第[一二三四五六七八九十]{1,3}[部章，,])/;

function isBlank(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0d || c === 0x0a || c === 0x3000 || c === 0xa0;
}

/** Sentences of [from, to), never crossing a line break. Empty ones are skipped. */
const SENTENCE_END_RE = new RegExp(`[${SENTENCE_END_CHARS}]`, 'g');

/**
 * Sentences of [from, to). A line break ends a sentence and a paragraph — except in hard-wrapped
 * text (`wrapWidth` given), where it does so only after end punctuation, before a blank line or a
 * heading, or at the end of a line clearly shorter than the wrap width.
 */
export function splitSentences(text: string, from: number, to: number, lineOf: (o: number) => number,
  wrapWidth: number | null = null, ends?: readonly number[]): Sentence[] {
  const out: Sentence[] = [];
  let s = from;
  let para = 0;
  const push = (i: number): void => {
    let a = s;
    let b = i;
    while (a < b && isBlank(text.charCodeAt(a))) a++;
    while (b > a && isBlank(text.charCodeAt(b - 1))) b--;
    if (b > a) out.push({ start: a, end: b, line: lineOf(a), para });
    s = i + 1;
  };
  // the ends: from the text's marks (scanText) when given, else found by the regex engine (much
  // faster than a loop over every character; test() allocates no match array per sentence)
  let k = ends ? firstAtOrAfter(ends, from) : 0;
  SENTENCE_END_RE.lastIndex = from;
  const nextEnd = (): number => {
    if (ends) return k < ends.length ? ends[k++] : -1;
    return SENTENCE_END_RE.test(text) ? SENTENCE_END_RE.lastIndex - 1 : -1;
  };
  for (let at = nextEnd(); at >= 0; at = nextEnd()) {
    if (at >= to) break;
    if (text.charCodeAt(at) !== 10) { push(at); continue; }
    if (wrapWidth !== null && !paragraphBreak(text, at, wrapWidth)) continue;
    push(at);
    para++;
  }
  push(to);
  return out;
}

/** In hard-wrapped text: does the line break at `nl` end a paragraph? */
function paragraphBreak(text: string, nl: number, width: number): boolean {
  const lineStart = text.lastIndexOf('\n', nl - 1) + 1;
  const line = text.slice(lineStart, nl).trim();
  if (!line || TERMINAL.test(line) || line.length < width * 0.7) return true;
  const next = text.indexOf('\n', nl + 1);
  const following = text.slice(nl + 1, next < 0 ? text.length : next);
  return !following.trim() || HEADING_START.test(following);
}

export interface Clause extends Span {
  quantities: Quantity[];
}

/** , ; : (the text is width-normalised, so ，；： are these too). */
function isClauseSep(c: number): boolean {
  return c === 0x2c || c === 0x3b || c === 0x3a;
}

const OPEN_PAREN = 0x28; // (
const CLOSE_PAREN = 0x29; // )
const WIDE_OPEN_PAREN = 0xff08; // （
const WIDE_CLOSE_PAREN = 0xff09; // ）
const ENUM_COMMA = 0x3001; // 、

/** The characters a clause cut depends on: separators, 、 and parentheses (found by the regex engine). */
const CLAUSE_CHAR_RE = /[,;:、()（）]/g;

/**
 * Clauses of a sentence with the quantities inside each. `qs` are the sentence's quantities, sorted.
 * With `keepEmpty` false, clauses without a quantity are left out (a reader of figures only).
 */
export function splitClauses(text: string, s: Span, qs: Quantity[], keepEmpty = true): Clause[] {
  const out: Clause[] = [];
  let start = s.start;
  let qi = 0;
  // the clause's quantities are qs[q0, qi): copied once, at its end, into an array of their number
  let q0 = 0;
  let depth = 0;
  // only a separator, a 、, a parenthesis or the sentence end can change anything: the loop visits
  // those positions, found by the regex engine in the sentence alone (a search never runs past its end)
  const seg = text.slice(s.start, s.end);
  CLAUSE_CHAR_RE.lastIndex = 0;
  for (let i = nextClauseChar(seg, s.start); ; i = nextClauseChar(seg, s.start)) {
    // the quantities started by i (they lie in the sentence and are sorted)
    while (qi < qs.length && qs[qi].start <= i) qi++;
    const last = qi > q0 ? qs[qi - 1] : null;
    // char codes, not one-character strings (a string per CJK character was garbage to collect)
    const c = i < s.end ? text.charCodeAt(i) : -1;
    if (c === OPEN_PAREN || c === WIDE_OPEN_PAREN) depth++;
    else if ((c === CLOSE_PAREN || c === WIDE_CLOSE_PAREN) && depth > 0) depth--;
    const inQuantity = last !== null && i < last.end;
    let cut = i === s.end;
    if (!cut && depth === 0 && !inQuantity) {
      if (isClauseSep(c)) cut = true;
      else if (c === ENUM_COMMA && last && last.end === i && !/[\d零〇一二两三四五六七八九十-]/.test(text[i + 1] ?? '')) cut = true;
    }
    if (cut) {
      if (i > start && (keepEmpty || qi > q0)) out.push({ start, end: i, quantities: qs.slice(q0, qi) });
      q0 = qi;
      start = i + 1;
    }
    if (i >= s.end) break;
  }
  return out;
}

/** Offset in the text of the next clause character of `seg` (the text from `base`), else of the end of `seg`. */
function nextClauseChar(seg: string, base: number): number {
  return CLAUSE_CHAR_RE.test(seg) ? base + CLAUSE_CHAR_RE.lastIndex - 1 : base + seg.length;
}
