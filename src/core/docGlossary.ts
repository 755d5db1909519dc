/**
 * The document's own glossary: a 名词解释 / 注释 section with numbered, bold or plain entries
 * (`1.六稳:…`, `（1）…`, `[1]…`, `〔1〕…`, `①…`, `**1.term**：…`, `“term”：…`, `[^1]: …`), and the
 * footnote markers in the body that point to them (`“六稳”1`, `[1]`, `【1】`, `①`, `[^1]`).
 */
import type { DocGlossaryEntry, Footnote, Span } from './types';
import type { LineSpan } from './text';
import { circledNumber, stripQuotes, firstAtOrAfter } from './text';
import { isChromeLine } from './chrome';

/**
 * A glossary heading, after blanks, `*`, `#` and HTML comment marks are removed: 名词解释,
 * 名词解释和说明, 名词注解, 《政府工作报告》注释, 《政府工作报告》有关名词解释, 附件：名词解释,
 * 资料：《政府工作报告》名词解释（按报告中出现顺序排列）, 相关用语注释, 有关注释 …
 */
const SECTION_RE = new RegExp(
  '^(?:\\d{1,2}[、.．]|[一二三四五六七八九十]{1,2}、)?' +
  '[【\\[（(]?' +
  '(?:(?:附(?:件|录)?[一二三四五六七八九十\\d]{0,2}|资料)[:：]?)?' +
  '(?:\\d{4}年)?(?:《?(?:\\d{4}年)?[^《》]{0,20}政府工作报告》?|本报告)?' +
  '(?:有关|相关|主要|特定|部分|报告)?(?:内容)?' +
  '(?:名词术语|名词|词语|用语|术语|词)?(?:解释|注释|注解|解析|释义)(?:和|及)?(?:说明)?' +
  '[】\\]）)]?' +
  '(?:[（(][^（）()]{0,40}[）)]?)?[:：]?$');

/** A note under the heading: （以文中出现先后为序）, (按报告中出现顺序排列). */
const NOTE_RE = /^[（(][^（）()]{1,30}[）)]$/;

/**
 * One entry: an optional bullet, bold and number (`1.` `1、` `（1）` `[1]` `【1】` `〔1〕` `［1］` `①`,
 * or a Markdown footnote `[^1]:`), the term, then `：`/`:` (or a blank before 指/是指/即) and the
 * definition (`。` after a numbered term also separates: `**[1]绿道。**即…`). Bold marks around the term or the number (`**1.term**：`, `**[3]“四上”企业：**`) are
 * allowed. The term is validated separately (no sentence punctuation).
 */
// blanks are bounded ({0,8}) and the number's alternatives are fixed: unbounded blank runs on both
// sides of an optional part are polynomial on a line of blanks (scripts/check-core-regex.mjs)
const ENTRY_RE = new RegExp(
  '^\\s{0,8}(?:[-+]\\s{1,4})?(?:\\*\\*)?\\s{0,4}' +
  '(?:(\\d{1,3})\\s{0,4}[.、．]|[（(](\\d{1,3})[）)]|[\\[【［〔](\\d{1,3})[\\]】］〕]|([①-⑳])|\\[\\^(\\d{1,3})\\]:)?' +
  '\\s{0,4}(?:\\*\\*)?\\s{0,4}' +
  '([^\\s:：*][^:：\\n]{0,44}?)' +
  '\\s{0,8}(?:\\*\\*)?\\s{0,4}([:：]|。|\\s{1,8}(?=(?:是指|指|即)[^\\s:：]))\\s{0,8}(?:\\*\\*)?\\s{0,8}' +
  '(\\S.*)');

/** `【term】definition` (兰州: `【“三网”融合】指…`), bold or not. */
const BRACKET_ENTRY_RE = /^\s*(?:\*\*)?【([^【】]{1,40})】(?:\*\*)?\s*(\S.*)$/;

/** `term definition` separated by blanks only (杭州: `万村千乡市场工程 “千乡”指…`). */
const LOOSE_ENTRY_RE = /^\s*([^\s:：，。；（）()]{2,24})[ \u3000\t]+(\S.{3,})$/;

/** A term that names a part of the entry above rather than a new term: “1”即…, 其中…, 第一个“1”指… */
const PART_RE = /^(?:其中|第[一二三四五六七八九十\d]|“[\dA-Za-z一二三四五六七八九十+]{1,4}”)|指|即|是|为/;

/** A part heading inside a glossary (四平: `一、 2013年工作回顾`). */
const SUBHEAD_RE = /^[一二三四五六七八九十]{1,2}、\s*[^，。；：:]{2,24}$/;

/** A numbered line. */
const NUMBERED_RE = /^(?:\d{1,3}\s*[.、．]|[（(]\d{1,3}[）)]|[\[【［〔]\d{1,3}[\]】］〕]|[①-⑳])/;

/** A Markdown footnote definition line, an entry even without a heading above. */
const FOOTNOTE_DEF_RE = /^\s*\[\^\d{1,3}\]:/;

/** Lines that end a glossary section: an appendix or table heading (附件1, 附表). */
const SECTION_STOP_RE = /^[*#\s]*(?:附件|附表)(?:\d{1,2}|[一二三四五六七八九十]{1,2})?\s*(?:[:：]\s*)?$/;

export interface DocGlossary {
  section: Span | null;
  /** Index in the report's lines of the section heading (or first entry when it has none), or -1. */
  headingIndex: number;
  entries: DocGlossaryEntry[];
}

/** True when `text` (one line) is a glossary heading such as **名词解释** or 《政府工作报告》注释. */
export function isGlossaryHeading(text: string): boolean {
  if (text.length > 80) return false;
  const t = text.replace(/^\s*[-+]\s/, '').replace(/<!--|-->|[\s*#]/g, '');
  if (t.length < 2 || t.length > 64 || /下载|\.pdf|\.docx?|见附件/i.test(t)) return false;
  return SECTION_RE.test(t);
}

interface RawEntry {
  number: number | null;
  term: string;
  definition: string;
  /** Separated by blanks only: taken as an entry only in a section of unnumbered entries. */
  loose?: boolean;
}

/** Reads one line as a glossary entry, or null when it has no entry shape. */
export function parseEntryLine(text: string): RawEntry | null {
  if (text.length > 4000) return null;
  const b = BRACKET_ENTRY_RE.exec(text);
  if (b) {
    const definition = cleanDefinition(b[2]);
    return /^\d+$/.test(b[1]) || !definition ? null : { number: null, term: b[1].trim(), definition };
  }
  const m = ENTRY_RE.exec(text);
  if (!m) {
    const l = LOOSE_ENTRY_RE.exec(text);
    if (!l || /^(?:\d|[一二三四五六七八九十]+、)/.test(l[1])) return null;
    return { number: null, term: l[1], definition: cleanDefinition(l[2]), loose: true };
  }
  const term = m[6].replace(/\*/g, '').trim();
  const n = m[1] ?? m[2] ?? m[3] ?? m[5];
  if (!term || /^[\d.%．]+$/.test(term)) return null;
  // `[1]term。definition` only with a number
  if (m[7] === '。' && n === undefined && !m[4]) return null;
  // an unnumbered term is a name, not a clause: no sentence punctuation outside quotes, no date
  // (a numbered note may be a sentence: 2022年十件民生实事全部完成：…)
  if (n === undefined && !m[4] && (/[，。；！？,;!?]/.test(term.replace(/“[^“”]*”/g, '')) ||
    /^(?:\d{1,4}年|第[一二三四五六七八九十\d]|[一二三四五六七八九十]+、)/.test(term))) return null;
  const number = n !== undefined ? Number(n) : m[4] ? circledNumber(m[4]) : null;
  const definition = cleanDefinition(m[8]);
  if (!definition) return null;
  return { number, term, definition };
}

function cleanDefinition(s: string): string {
  return s.replace(/\*\*/g, '').trim().replace(/[。.]\s*$/, '');
}

interface Section { entries: DocGlossaryEntry[]; end: number; other: number }

/** Continuation lines beyond what isGlossary allows after which a section is given up. */
const EARLY_GIVE_UP = 40;
/** Headings tried per report (a real report has one or two). */
const MAX_TRIES = 50;

/**
 * Splits entries written on one line (`24.三资：资金、资产和资源。25.澜湄：澜沧江、湄公河`): after a
 * numbered entry, `。` or `；` then the next number and an entry shape start a new entry.
 */
function splitInline(e: RawEntry): RawEntry[] {
  const out = [e];
  let last = e;
  while (last.number !== null && out.length < 50) {
    const next = last.number + 1;
    const m = new RegExp(`[。；;]\\s*${next}\\s*[.．、]`).exec(last.definition);
    if (!m) break;
    const ne = parseEntryLine(last.definition.slice(m.index + 1));
    if (!ne || ne.number !== next) break;
    last.definition = cleanDefinition(last.definition.slice(0, m.index));
    out.push(ne);
    last = ne;
  }
  return out;
}

/**
 * Reads entries from line `from` on. Returns null unless the first content line (after at most two
 * notes) is an entry. `other` counts the non-entry lines taken as continuations.
 */
function readSection(lines: LineSpan[], from: number, reportEnd: number): Section | null {
  const entries: DocGlossaryEntry[] = [];
  let other = 0;
  let notes = 0;
  let end = -1;
  for (let i = from; i < lines.length; i++) {
    const l = lines[i];
    if (l.start >= reportEnd) break;
    const text = l.text;
    const trimmed = text.trim();
    if (!trimmed) continue;
    if (isChromeLine(text) || SECTION_STOP_RE.test(trimmed)) break;
    const e = parseEntryLine(text);
    // in a numbered list, an unnumbered line explaining a part (`“1”即…：`, `其中…：`) continues the entry above
    const numbered = entries.length > 0 && entries[0].number !== null;
    if (e && !(e.number === null && numbered && (e.loose || PART_RE.test(e.term)))) {
      let from = text.length - text.trimStart().length;
      for (const part of splitInline(e)) {
        // entries run together on one line (`…资源。25.澜湄：…`) each start at their number
        const at = part === e ? from : text.indexOf(String(part.number), from);
        from = at < 0 ? from : at;
        entries.push({ term: part.term, definition: part.definition, line: l.line, number: part.number, start: l.start + from, end: l.end });
      }
      end = l.end;
      continue;
    }
    if (!entries.length) {
      const t = trimmed.replace(/\*/g, '');
      // a note under the heading, or a numbered note without a term (1、2015年为民办实事完成情况)
      if (notes < 2 && (NOTE_RE.test(t) || isGlossaryHeading(t))) { notes++; continue; }
      // and the lines of that note
      if (NUMBERED_RE.test(t) || (other > 0 && other < 8)) { other++; continue; }
      if (notes < 2 && SUBHEAD_RE.test(t)) { notes++; continue; }
      return null;
    }
    if (SUBHEAD_RE.test(trimmed.replace(/\*/g, ''))) continue;
    if (isGlossaryHeading(trimmed)) continue;
    // a definition that continues on the next line
    const last = entries[entries.length - 1];
    last.definition += cleanDefinition(trimmed);
    last.end = l.end;
    end = l.end;
    // body text after a stray heading: give up early, so trying many headings stays linear
    if (++other > 2 * entries.length + EARLY_GIVE_UP) return null;
  }
  return entries.length ? { entries, end, other } : null;
}

/**
 * A section is the report's glossary when its entries dominate it: body paragraphs after a stray
 * 注释： line are no entries, and a real glossary's continuation lines are few per entry.
 */
function isGlossary(s: Section): boolean {
  return s.other <= 2 * s.entries.length + 2;
}

/**
 * Finds the report's own glossary among its lines and reads its entries: the first heading
 * (名词解释, 《政府工作报告》注释 …) followed by entry-shaped lines that make up the rest of the
 * report, or else a trailing run of Markdown footnote definitions (`[^1]: …`).
 */
export function readDocGlossary(lines: LineSpan[], reportEnd: number): DocGlossary {
  let tries = 0;
  for (let i = 0; i < lines.length && tries < MAX_TRIES; i++) {
    if (lines[i].start >= reportEnd) break;
    if (!isGlossaryHeading(lines[i].text)) continue;
    tries++;
    const s = readSection(lines, i + 1, reportEnd);
    if (s && isGlossary(s)) {
      return { section: { start: lines[i].start, end: Math.min(s.end, reportEnd) }, headingIndex: i, entries: s.entries };
    }
  }
  const f = lines.findIndex(l => l.start < reportEnd && FOOTNOTE_DEF_RE.test(l.text));
  if (f >= 0) {
    const s = readSection(lines, f, reportEnd);
    if (s && isGlossary(s)) {
      return { section: { start: lines[f].start, end: Math.min(s.end, reportEnd) }, headingIndex: f, entries: s.entries };
    }
  }
  return { section: null, headingIndex: -1, entries: [] };
}

const MARKER_RE = /\[\^?(\d{1,3})\]|【(\d{1,3})】|([①-⑳])|(\d{1,2})(?!\d)/g;
/** The same markers without bare numbers (which count only with glossary entries): no stop at every number. */
const BRACKET_MARKER_RE = /\[\^?(\d{1,3})\]|【(\d{1,3})】|([①-⑳])/g;
/** BRACKET_MARKER_RE at one offset (its matches start with a MARKER_START_CHARS character). */
const BRACKET_MARKER_AT = new RegExp(BRACKET_MARKER_RE.source, 'y');

/**
 * Footnote markers in the body [from, to). A bare number counts only when the text right before it
 * ends with the term of the glossary entry of that number (`“六稳”1`, `四风22`).
 */
export function findFootnotes(text: string, from: number, to: number, entries: DocGlossaryEntry[],
  lineOf: (offset: number) => number, markerStarts?: readonly number[]): Footnote[] {
  const byNumber = new Map<number, number>();
  entries.forEach((e, i) => { if (e.number !== null) byNumber.set(e.number, i); });
  const out: Footnote[] = [];
  const body = text.slice(0, to);
  const read = (m: RegExpExecArray): void => {
    const start = m.index;
    const end = start + m[0].length;
    const prev = start > 0 ? text[start - 1] : '';
    if (m[4] !== undefined) {
      if (!entries.length || /[\d.]/.test(prev)) return;
      const n = Number(m[4]);
      const idx = byNumber.get(n);
      if (idx === undefined) return;
      const term = stripQuotes(entries[idx].term);
      const before = stripQuotes(text.slice(Math.max(from, start - term.length - 6), start));
      if (!term || !before.endsWith(term)) return;
      out.push({ marker: m[0], number: n, start, end, line: lineOf(start), term: entries[idx].term, entry: idx });
      return;
    }
    const n = m[1] ?? m[2] ? Number(m[1] ?? m[2]) : circledNumber(m[3]);
    const idx = byNumber.get(n) ?? -1;
    out.push({ marker: m[0], number: n, start, end, line: lineOf(start), term: idx >= 0 ? entries[idx].term : precedingTerm(text, start), entry: idx });
  };
  let m: RegExpExecArray | null;
  if (!entries.length && markerStarts) {
    // bracketed markers only, and the text's marks say where one can start (scanText): the regex
    // runs at those offsets alone, as the scan would meet them (after a match, from its end on)
    let pos = from;
    for (let k = firstAtOrAfter(markerStarts, from); k < markerStarts.length && markerStarts[k] < to; k++) {
      if (markerStarts[k] < pos) continue;
      BRACKET_MARKER_AT.lastIndex = markerStarts[k];
      if (!(m = BRACKET_MARKER_AT.exec(body))) continue;
      read(m);
      pos = m.index + m[0].length;
    }
    return out;
  }
  const re = entries.length ? MARKER_RE : BRACKET_MARKER_RE;
  re.lastIndex = from;
  while ((m = re.exec(body))) read(m);
  return out;
}

/** A quoted term right before a marker (`“个转企”[4]` → 个转企), or "". */
function precedingTerm(text: string, at: number): string {
  const m = /“([^“”]{1,16})”$/.exec(text.slice(Math.max(0, at - 20), at));
  return m ? m[1] : '';
}
