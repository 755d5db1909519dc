/**
 * The document's own glossary: a 名词解释 / 注释 section with numbered entries (`1.六稳:…`,
 * `[1]…`, `①…`), and the footnote markers in the body that point to them (`“六稳”1`, `[1]`, `【1】`, `①`).
 */
import type { DocGlossaryEntry, Footnote, Span } from './types';
import type { LineSpan } from './text';
import { circledNumber, stripQuotes } from './text';
import { isChromeLine } from './chrome';

const SECTION_RE = /^[【\[（(]?(?:附[:：]?)?(?:本报告)?(?:名词解释|名词注释|名词解析|注释|注解|词语解释)[】\]）)]?[:：]?$/;
// blanks around the term are bounded ({0,8}): unbounded ones next to .{1,40}? are quadratic on a long blank run
const ENTRY_RE = /^\s*(?:(\d{1,3})[.、．]|[\[【](\d{1,3})[\]】]|([①-⑳]))\s{0,8}(.{1,40}?)\s{0,8}[:：]\s*(.+)/;

export interface DocGlossary {
  section: Span | null;
  /** Index in the report's lines of the section heading, or -1. */
  headingIndex: number;
  entries: DocGlossaryEntry[];
}

/** Finds the 名词解释 section among a report's lines and reads its entries. */
export function readDocGlossary(lines: LineSpan[], reportEnd: number): DocGlossary {
  let h = -1;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].text.length > 40) continue;
    const t = lines[i].text.replace(/[\s*#]/g, '');
    if (t.length <= 12 && SECTION_RE.test(t)) { h = i; }
  }
  if (h < 0) return { section: null, headingIndex: -1, entries: [] };
  const entries: DocGlossaryEntry[] = [];
  let end = lines[h].end;
  for (let i = h + 1; i < lines.length; i++) {
    const l = lines[i];
    if (l.start >= reportEnd) break;
    if (isChromeLine(l.text)) break;
    const m = ENTRY_RE.exec(l.text);
    if (m) {
      const number = m[1] ?? m[2] ? Number(m[1] ?? m[2]) : circledNumber(m[3]);
      const definition = m[5].trim().replace(/[。.]\s*$/, '');
      const lead = l.text.length - l.text.trimStart().length;
      entries.push({ term: m[4].trim(), definition, line: l.line, number, start: l.start + lead, end: l.end });
      end = l.end;
    } else if (l.text.trim() && entries.length) {
      // a definition that continues on the next line
      const last = entries[entries.length - 1];
      last.definition += l.text.trim().replace(/[。.]\s*$/, '');
      last.end = l.end;
      end = l.end;
    }
  }
  return { section: { start: lines[h].start, end: Math.min(end, reportEnd) }, headingIndex: h, entries };
}

const MARKER_RE = /\[(\d{1,3})\]|【(\d{1,3})】|([①-⑳])|(\d{1,2})(?!\d)/g;

/**
 * Footnote markers in the body [from, to). A bare number counts only when the text right before it
 * ends with the term of the glossary entry of that number (`“六稳”1`, `四风22`).
 */
export function findFootnotes(text: string, from: number, to: number, entries: DocGlossaryEntry[],
  lineOf: (offset: number) => number): Footnote[] {
  const byNumber = new Map<number, number>();
  entries.forEach((e, i) => { if (e.number !== null) byNumber.set(e.number, i); });
  const out: Footnote[] = [];
  const body = text.slice(0, to);
  MARKER_RE.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = MARKER_RE.exec(body))) {
    const start = m.index;
    const end = start + m[0].length;
    const prev = start > 0 ? text[start - 1] : '';
    if (m[4] !== undefined) {
      if (!entries.length || /[\d.]/.test(prev)) continue;
      const n = Number(m[4]);
      const idx = byNumber.get(n);
      if (idx === undefined) continue;
      const term = stripQuotes(entries[idx].term);
      const before = stripQuotes(text.slice(Math.max(from, start - term.length - 6), start));
      if (!term || !before.endsWith(term)) continue;
      out.push({ marker: m[0], number: n, start, end, line: lineOf(start), term: entries[idx].term, entry: idx });
      continue;
    }
    const n = m[1] ?? m[2] ? Number(m[1] ?? m[2]) : circledNumber(m[3]);
    const idx = byNumber.get(n) ?? -1;
    out.push({ marker: m[0], number: n, start, end, line: lineOf(start), term: idx >= 0 ? entries[idx].term : precedingTerm(text, start), entry: idx });
  }
  return out;
}

/** A quoted term right before a marker (`“个转企”[4]` → 个转企), or "". */
function precedingTerm(text: string, at: number): string {
  const m = /“([^“”]{1,16})”$/.exec(text.slice(Math.max(0, at - 20), at));
  return m ? m[1] : '';
}
