/**
 * Text normalisation that keeps offsets: every function here maps one UTF-16 unit to one, so an
 * offset into the normalised text is the same offset into the input.
 */

/** The narrow code of a wide character (full-width ASCII, U+3000, a dash or minus), or -1. */
function narrowCode(c: number): number {
  if (c >= 0xff01 && c <= 0xff5e) return c - 0xfee0;
  if (c === 0x3000) return 0x20;
  if ((c >= 0x2012 && c <= 0x2014) || c === 0x2212) return 0x2d;
  return -1;
}

/**
 * A reader of the line breaks of `text`: `next(from)` is the offset of the next LF or CR at or after
 * `from`, or -1. Offsets must not decrease between calls. Native searches (indexOf) that remember
 * the next LF and the next CR: each part of the text is searched once, and a loop over every
 * character (which cost more than a regex pass) is avoided.
 */
function breakReader(text: string): (from: number) => number {
  let lf = -2;
  let cr = -2;
  return (from: number): number => {
    if (lf !== -1 && lf < from) lf = text.indexOf('\n', from);
    if (cr !== -1 && cr < from) cr = text.indexOf('\r', from);
    if (lf < 0) return cr;
    return cr < 0 || lf < cr ? lf : cr;
  };
}

/** Offset after the line break at `i` (2 for CRLF). */
function afterBreak(text: string, i: number): number {
  return text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
}
/**
 * Full-width ASCII (U+FF01–U+FF5E) → ASCII, U+3000 → space, a few dashes/dots used in numbers, and
 * a lone CR (old Mac line ends) → LF, so that every line break of the normalised text is a "\n".
 */
export function normalizeWidth(text: string): string {
  // the loop of scanText (one loop over the char codes, unchanged runs copied as slices: a replace()
  // with a callback per full-width character cost more than a regex pass); its marks are not kept
  return scanText(text).text;
}

/** The characters that end a sentence (a line break also ends its paragraph; see sentences.ts). */
export const SENTENCE_END_CHARS = '。！？!?\n';
/** The characters a bracketed footnote marker starts with ([1], [^1], 【1】, ①–⑳; see docGlossary.ts). */
export const MARKER_START_CHARS = '[【①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
/** The numerals a Chinese-numeral amount is written with (see quantity.ts). */
export const NUMERAL_RUN_CHARS = '零〇一二两三四五六七八九十百千';

/** Where the characters that some readers look for stand in a normalised text (see scanText). */
export interface TextMarks {
  /** Offsets of the sentence ends (SENTENCE_END_CHARS), in order. */
  sentenceEnds: number[];
  /** Offsets of MARKER_START_CHARS, in order. */
  markerStarts: number[];
  /** Offsets where a run of NUMERAL_RUN_CHARS starts (the character before is none), in order. */
  numeralRuns: number[];
}

const MAPPED = 1;
const SENTENCE_END = 2;
const MARKER_START = 4;
const NUMERAL = 8;
/** The classes of every UTF-16 code unit (a 64 KB table: one load per character in scanText). */
const CLASSES = (() => {
  const t = new Uint8Array(0x10000);
  for (let c = 0xff01; c <= 0xff5e; c++) t[c] |= MAPPED;
  for (const c of [0x3000, 0x2012, 0x2013, 0x2014, 0x2212, 0x0d]) t[c] |= MAPPED;
  for (const [chars, bit] of [[SENTENCE_END_CHARS, SENTENCE_END], [MARKER_START_CHARS, MARKER_START], [NUMERAL_RUN_CHARS, NUMERAL]] as const) {
    for (let k = 0; k < chars.length; k++) t[chars.charCodeAt(k)] |= bit;
  }
  return t;
})();

/**
 * normalizeWidth and, in the same loop over the characters, where the sentence ends, footnote
 * marker starts and numeral runs of the normalised text stand: one pass instead of the loop and
 * three regex scans of the whole text (each as slow as the loop). The readers that take these
 * marks give the same answers as their regex scans (test/unit/perf.test.ts).
 */
export function scanText(input: string): { text: string; marks: TextMarks } {
  const sentenceEnds: number[] = [];
  const markerStarts: number[] = [];
  const numeralRuns: number[] = [];
  const parts: string[] = [];
  let last = 0;
  const n = input.length;
  for (let i = 0; i < n; i++) {
    const c = input.charCodeAt(i);
    let k = CLASSES[c];
    if (k === 0) continue;
    if (k & MAPPED) {
      let r: number;
      if (c === 13) {
        // a CR ends a line; only a lone one (old Mac line ends) becomes an LF
        if (input.charCodeAt(i + 1) === 10) continue;
        r = 10;
      } else {
        r = narrowCode(c);
      }
      if (i > last) parts.push(input.slice(last, i));
      parts.push(String.fromCharCode(r));
      last = i + 1;
      // what the character is once normalised (！ ends a sentence as ! does, ［ starts a marker as [)
      k = CLASSES[r];
    }
    if (k & SENTENCE_END) sentenceEnds.push(i);
    if (k & MARKER_START) markerStarts.push(i);
    // (no mapped character is a numeral: the one before is read as it stands in the input)
    if (k & NUMERAL && (i === 0 || !(CLASSES[input.charCodeAt(i - 1)] & NUMERAL))) numeralRuns.push(i);
  }
  let text = input;
  if (last > 0) {
    parts.push(input.slice(last));
    text = parts.join('');
  }
  return { text, marks: { sentenceEnds, markerStarts, numeralRuns } };
}

/** Occurrences of phrases in a text region: starts in order, and the least end from each on. */
export interface Occurrences {
  starts: number[];
  minEnd: number[];
}

/**
 * Every match of `re` (global, no lookaround) that lies within text[from, to), overlapping ones
 * included: the scan goes on one character after each match's start, so a window holds a match of
 * `re` exactly when it holds one of these — for a regex of literal phrases whose first alternative
 * that matches at a place is the shortest there (今后五年 before 今后五年间).
 */
export function phraseOccurrences(text: string, from: number, to: number, re: RegExp): Occurrences {
  const starts: number[] = [];
  const minEnd: number[] = [];
  // (scanned in a slice that ends at `to`: no search runs on to the text's end)
  const t = to < text.length ? text.slice(0, to) : text;
  re.lastIndex = from;
  for (let m; (m = re.exec(t));) {
    starts.push(m.index);
    minEnd.push(m.index + m[0].length);
    re.lastIndex = m.index + 1;
  }
  for (let i = minEnd.length - 2; i >= 0; i--) if (minEnd[i + 1] < minEnd[i]) minEnd[i] = minEnd[i + 1];
  return { starts, minEnd };
}

/** Does an occurrence lie wholly within [from, to)? (the first starting at or after `from` that ends soonest) */
export function occursWithin(o: Occurrences, from: number, to: number): boolean {
  const i = firstAtOrAfter(o.starts, from);
  return i < o.starts.length && o.minEnd[i] <= to;
}

/** Index of the first of the sorted `offsets` at or after `offset`. */
export function firstAtOrAfter(offsets: readonly number[], offset: number): number {
  let lo = 0;
  let hi = offsets.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (offsets[mid] < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Maps offsets to 1-based lines and columns; LF, CRLF and a lone CR each end a line. Built once per
 * text; lookups are O(log lines).
 */
export class LineIndex {
  private readonly starts: number[];
  /** Index of the line of the last lookup. */
  private last = 0;
  constructor(text: string) {
    const starts = [0];
    const nextBreak = breakReader(text);
    for (let i = nextBreak(0); i >= 0; i = nextBreak(starts[starts.length - 1])) starts.push(afterBreak(text, i));
    this.starts = starts;
  }
  get lineCount(): number {
    return this.starts.length;
  }
  /** 1-based line containing `offset`. */
  line(offset: number): number {
    // the line of the last lookup first: callers ask for line then column, and go through a text in order
    const k = this.last;
    if (offset >= this.starts[k] && (k + 1 >= this.starts.length || offset < this.starts[k + 1])) return k + 1;
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    this.last = lo;
    return lo + 1;
  }
  /** 1-based column of `offset` on its line. */
  column(offset: number): number {
    return offset - this.starts[this.line(offset) - 1] + 1;
  }
  /** Offset of the start of 1-based `line`. */
  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line - 1, this.starts.length - 1))];
  }
  /** Offset of the end of 1-based `line` (before its "\n", or its lone "\r"), given the text length. */
  lineEnd(line: number, length: number): number {
    return line < this.starts.length ? this.starts[line] - 1 : length;
  }
}

/** Lines of a text with their offsets; LF, CRLF and a lone CR end a line, and are left out of `text`. */
export interface LineSpan {
  line: number;
  start: number;
  end: number;
  text: string;
}

export function splitLines(text: string, from = 0, to = text.length): LineSpan[] {
  const out: LineSpan[] = [];
  let line = 1;
  const nextBreak = breakReader(text);
  for (let i = nextBreak(0); i >= 0 && i < from; i = nextBreak(afterBreak(text, i))) {
    if (afterBreak(text, i) > from) break; // `from` inside a CRLF
    line++;
  }
  let start = from;
  while (start <= to) {
    let nl = nextBreak(start);
    if (nl < 0 || nl >= to) nl = to;
    out.push({ line, start, end: nl, text: text.slice(start, nl) });
    if (nl >= to) break;
    start = afterBreak(text, nl);
    line++;
  }
  return out;
}

const CJK_DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const CJK_SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** Value of a Chinese numeral without 万/亿 (e.g. 一千二百 → 1200, 十五 → 15, 千 → 1000), or NaN. */
export function parseChineseNumeral(s: string): number {
  if (!s) return NaN;
  let total = 0;
  let digit = -1;
  for (const ch of s) {
    if (ch in CJK_DIGITS) {
      digit = CJK_DIGITS[ch];
    } else if (ch in CJK_SMALL_UNITS) {
      total += (digit < 0 ? 1 : digit) * CJK_SMALL_UNITS[ch];
      digit = -1;
    } else {
      return NaN;
    }
  }
  if (digit >= 0) total += digit;
  return total;
}

/** Index of a Chinese ordinal (一 → 1, 十二 → 12), or NaN. */
export function chineseOrdinal(s: string): number {
  return parseChineseNumeral(s);
}

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
/** ① → 1 … ⑳ → 20, or NaN. */
export function circledNumber(ch: string): number {
  const i = CIRCLED.indexOf(ch);
  return i < 0 ? NaN : i + 1;
}

/** Removes quotes and whitespace; used to compare terms. */
/**
 * `s` without trailing blanks and any of `chars`, by a loop: a `[*\s]+$` regex is quadratic on a
 * long run of blanks that does not end the string.
 */
export function trimEndOf(s: string, chars = ''): string {
  let e = s.length;
  while (e > 0 && (chars.includes(s[e - 1]) || /\s/.test(s[e - 1]))) e--;
  return s.slice(0, e);
}

export function stripQuotes(s: string): string {
  return s.replace(/[“”‘’"'「」『』\s\u3000]/g, '');
}

export function isCJK(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf);
}
