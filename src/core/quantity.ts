/**
 * Quantities: Arabic, full-width and Chinese-numeral numbers with ranges, units, qualifiers and
 * prefixes. Works on width-normalised text (see text.ts), so offsets are those of the input.
 */
import type { Quantity, Qualifier } from './types';
import { UNITS, PREFIXES, alternation, unitInfo } from './lexicon';
import { parseChineseNumeral, NUMERAL_RUN_CHARS, firstAtOrAfter } from './text';

const UNIT_ALT = alternation(UNITS.map(u => u.unit));
// a line break may fall inside a qualifier of hard-wrapped text (左\n右); it is dropped when read
const QUAL_ALT = '左\\n?右|以\\n?上|以\\n?内|以\\n?下|上\\n?下';
// thousands may be grouped with a comma or a blank (2 063.37亿元, 37 511元), never more digits after a group
const NUM = String.raw`\d+(?:[, ]\d{3}(?!\d))*(?:\.\d+)?`;
// sign, number, 多/余, optional range, unit, qualifier — no nested quantifiers: linear time.
const ARABIC_RE = new RegExp(
  // a blank or a line break may stand between number and unit (text converted from PDF: 增长 6 %)
  String.raw`(-?)(${NUM})(多|余)?(?:(%)?(?:-|~|至|到)(${NUM}))?(?:[ \n]?(${UNIT_ALT}))?(多|余)?\n?(${QUAL_ALT})?`,
  'g',
);
/** Units a Chinese-numeral amount may carry (count words like 个/项 would turn slogans into numbers). */
const CJK_UNITS = ['个百分点', '百分点', '倍', '公里', '平方公里', '元', '美元', '吨', '亩', '平方米', '人次', '人', '户'];
/**
 * What follows a run of Chinese numerals: magnitude and unit, or a unit, then a qualifier. Runs are
 * found by a loop (see chineseMatches), so no regex ever scans a run more than once.
 */
const CJK_TAIL_RE = new RegExp(
  String.raw`(?:(万亿|亿|万)(${alternation(CJK_UNITS)})?|(${alternation(CJK_UNITS.slice(0, 6))}))(${QUAL_ALT})?`,
  'y',
);
/** The characters a CJK_TAIL_RE match starts with. */
const CJK_TAIL_FIRST = [...new Set(['万亿', '亿', '万', ...CJK_UNITS.slice(0, 6)].map(u => u[0]))].join('');
const CJK_RUN_CHARS = NUMERAL_RUN_CHARS;
/** A run of the numeral characters above (found by the regex engine, not char by char). */
const CJK_RUN_RE = new RegExp(`[${CJK_RUN_CHARS}]+`, 'g');
const CJK_RUN_CODES = new Set([...CJK_RUN_CHARS].map(c => c.charCodeAt(0)));
const CJK_NUMERAL_CHARS = '零〇一二两三四五六七八九十百千万亿';
/**
 * A magnitude with an implied 一 after 跨 / 破 / 超 / 过 (农民人均纯收入跨万元, 突破万亿元大关): value 1.
 * Not before another word (超亿元企业 names the enterprises).
 */
const IMPLIED_ONE_RE = new RegExp(
  String.raw`[跨破超过](万亿|亿|万)(${alternation(CJK_UNITS)})?(?=[^\u4e00-\u9fa5]|$|大关|台阶|规模)`,
  'g',
);

/**
 * The lexicon's own string for a unit read from the text (the same characters): the many later
 * lookups and comparisons of a quantity's unit then meet one string, already hashed, instead of a
 * fresh piece of the text (or a joined magnitude + unit) each time.
 */
function sharedUnit(unit: string): string {
  return unitInfo(unit)?.unit ?? unit;
}

/** `[A-Za-z0-9._/:+#@\\-]` on a char code (no one-character string per number). */
function isAsciiWordChar(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x2b && c <= 0x3a && c !== 0x2c) ||
    c === 0x5f || c === 0x23 || c === 0x40 || c === 0x5c;
}

const DATE_AFTER = /^[年月日号时]/;

/** Every quantity in `text` between `from` and `to` (normalised text expected), left to right. */
export function findQuantities(text: string, from = 0, to = text.length, numeralRuns?: readonly number[]): Quantity[] {
  const out: Quantity[] = [];
  const slice = from === 0 && to === text.length ? text : text.slice(0, to);
  ARABIC_RE.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = ARABIC_RE.exec(slice))) {
    const q = arabicQuantity(slice, m);
    if (q) out.push(q);
    if (m[0].length === 0) ARABIC_RE.lastIndex++;
  }
  const cjk: Quantity[] = [];
  for (const cm of chineseMatches(slice, from, numeralRuns)) {
    const q = chineseQuantity(slice, cm);
    if (q) cjk.push(q);
  }
  IMPLIED_ONE_RE.lastIndex = from;
  const implied: Quantity[] = [];
  while ((m = IMPLIED_ONE_RE.exec(slice))) {
    // the quantity starts after the verb (跨 / 破 / 超 / 过), which a regex scan finds faster than a lookbehind
    const start = m.index + 1;
    implied.push({ start, end: m.index + m[0].length, value: 1, upper: null, unit: sharedUnit(m[1] + (m[2] ?? '')), qualifier: '', prefix: readPrefix(slice, start) });
  }
  if (implied.length) return mergeSorted(mergeSorted(out, cjk), implied);
  if (!cjk.length) return out;
  return mergeSorted(out, cjk);
}

/**
 * Matches of "a run of Chinese numerals + tail" in text[from…], shaped like the groups of one regex:
 * [whole, numeral, magnitude, magnitude unit, unit, qualifier]. A match starts at the first numeral
 * of a run and takes the longest numeral prefix whose tail matches: the whole run, or the run less
 * a final 百 when the tail is 百分点 (百 is both a numeral and the start of a unit). Linear.
 */
function chineseMatches(text: string, from: number, runs?: readonly number[]): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  if (runs) {
    // the text's marks (scanText) say where runs start: no regex scan of the text. (A window that
    // starts inside a run skips that run's rest: the scan below would read it, but an amount right
    // after another numeral is no quantity — chineseQuantity — and no tail is a numeral.)
    let k = firstAtOrAfter(runs, from);
    for (let searched = from; ;) {
      while (k < runs.length && runs[k] < searched) k++;
      if (k >= runs.length || runs[k] >= text.length) break;
      const a = runs[k];
      let i = a + 1;
      while (i < text.length && CJK_RUN_CODES.has(text.charCodeAt(i))) i++;
      searched = runTail(text, a, i, out);
    }
    return out;
  }
  CJK_RUN_RE.lastIndex = from;
  // test() finds the end of the next run without a match array (runs are frequent: 一是, 进一步);
  // its start is found by a short walk back
  for (let searched = from; CJK_RUN_RE.test(text); searched = CJK_RUN_RE.lastIndex) {
    const i = CJK_RUN_RE.lastIndex;
    let a = i - 1;
    while (a > searched && CJK_RUN_CODES.has(text.charCodeAt(a - 1))) a--;
    CJK_RUN_RE.lastIndex = runTail(text, a, i, out);
  }
  return out;
}

/**
 * The match of the numeral run text[a, i) with its tail, pushed to `out` when there is one; returns
 * where the search goes on (after the match, else after the run).
 */
function runTail(text: string, a: number, i: number, out: RegExpExecArray[]): number {
  for (const b of text[i - 1] === '百' && i - 1 > a ? [i, i - 1] : [i]) {
    // most runs (一是, 进一步) have no tail: its first character rules them out before the regex
    if (!CJK_TAIL_FIRST.includes(text[b])) continue;
    CJK_TAIL_RE.lastIndex = b;
    const t = CJK_TAIL_RE.exec(text);
    if (!t) continue;
    const m = [text.slice(a, b + t[0].length), text.slice(a, b), t[1], t[2], t[3], t[4]] as unknown as RegExpExecArray;
    m.index = a;
    out.push(m);
    return b + t[0].length;
  }
  return i;
}

function mergeSorted(a: Quantity[], b: Quantity[]): Quantity[] {
  const out: Quantity[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i].start <= b[j].start)) out.push(a[i++]);
    else out.push(b[j++]);
  }
  return out;
}

function readPrefix(text: string, start: number): string {
  for (const p of PREFIXES) {
    if (start >= p.length && text.startsWith(p, start - p.length)) return p;
  }
  return '';
}

function arabicQuantity(text: string, m: RegExpExecArray): Quantity | null {
  let start = m.index;
  const sign = m[1];
  const numStart = start + sign.length;
  const before = start > 0 ? text.charCodeAt(start - 1) : -1;
  // a "-" after a digit or letter is a separator (dates, codes), not a sign
  if (isAsciiWordChar(before)) return null;
  if (before === 0x7b2c) return null; // 第
  let end = m.index + m[0].length;
  const after = end < text.length ? text[end] : '';
  let unit = m[6] === undefined ? '' : sharedUnit(m[6]);
  const upperText = m[5];
  // a following letter/digit/+ makes it part of a code or name (5G, 1+3+8, PM2.5 …)
  if (!unit && after && isAsciiWordChar(text.charCodeAt(end))) return null;
  // (a date's year is the whole number, followed by "-")
  if (m[2].length === 4 && text.charCodeAt(numStart + 4) === 0x2d && /^\d{4}-\d{1,2}-\d{1,2}/.test(text.slice(numStart, numStart + 10))) return null;
  if (!unit && DATE_AFTER.test(after)) return null;
  if (upperText !== undefined && !unit && !m[4]) {
    // "5-10年", "2023-12": a range needs a unit to be a quantity
    return null;
  }
  if (m[4] && !unit) unit = '%';
  const digits = m[2].length > 3 && /[, ]/.test(m[2]) ? m[2].replace(/[, ]/g, '') : m[2];
  const value = sign ? -Number(digits) : Number(digits);
  const upper = upperText !== undefined ? Number(upperText.replace(/[, ]/g, '')) : null;
  if (!Number.isFinite(value)) return null;
  const qualifier = (m[8] ?? '').replace('\n', '') as Qualifier;
  if (!unit && !qualifier) {
    // bare numbers keep only their digits
    end = numStart + m[2].length;
  }
  start = sign ? start : numStart;
  return { start, end, value, upper, unit, qualifier, prefix: readPrefix(text, start) };
}

function chineseQuantity(text: string, m: RegExpExecArray): Quantity | null {
  const start = m.index;
  const before = start > 0 ? text[start - 1] : '';
  if (before && (CJK_NUMERAL_CHARS.includes(before) || before === '第' || before === '其' || before === '星')) return null;
  const numeral = m[1];
  // a lone 十/百/千 needs a magnitude (千亿), never just a unit (千元 is "thousand yuan" only with a digit)
  const value = parseChineseNumeral(numeral);
  if (!Number.isFinite(value) || value === 0) return null;
  const magnitude = m[2] ?? '';
  const unit = magnitude ? sharedUnit(magnitude + (m[3] ?? '')) : m[4] === undefined ? '' : sharedUnit(m[4]);
  if (!unit) return null;
  if (!magnitude && !/[一二两三四五六七八九]/.test(numeral)) return null;
  const end = start + m[0].length;
  return { start, end, value, upper: null, unit, qualifier: (m[5] ?? '').replace('\n', '') as Qualifier, prefix: readPrefix(text, start) };
}

/** The value in base units, e.g. 340 亿元 → { value: 3.4e10, unit: "元" }. */
export { toBaseUnits } from './units';
