/**
 * Clean-up of scraped reports as a list of text edits (one undoable edit in the editor):
 *
 * - page chrome lines go (`isPageChromeLine` from ./chrome, not duplicated here), together with the blank
 *   lines between them and with the short badge lines of a chrome block (rule below);
 * - run-on lines (longer than 200 characters, as scraped from pages that lost their line breaks) are
 *   split at mid-line headings (` 一、2022年工作回顾 `, ` （一）聚焦… `, ` 第一部分 `) and at paragraph
 *   breaks (a run of two or more blanks after 。！？；：” …): the blank run becomes a line break.
 *
 * Only line breaks, blanks and removed chrome change: every other character stays, in order.
 *
 * Chrome is decided by structure — the shape of a line and its neighbours — never by a word that
 * report prose also uses; a line with a full stop is never removed. Rules that need neighbouring
 * lines (not in chrome.ts):
 * - a *link line* (short, no sentence punctuation, mentions 微信 / 公众号 / www. / http…) is chrome
 *   when its nearest non-blank neighbour above or below is chrome (`扫一扫关注微信公众号` under a
 *   page footer), never on its own;
 * - a *chrome block* line is a short line (≤ 12 characters, no sentence punctuation, no 报告, not a
 *   heading) whose nearest non-blank neighbours above and below are chrome (or other block lines) —
 *   the forum badges between `TA的每日心情` and `发表于 …` (奋斗 / 昨天 20:00 / 1万 / 积分 / 145312);
 * - YAML front matter (`---` … `---` at the start, with `title:`) is kept whole, and a Markdown
 *   rule (`---`) is no chrome.
 *
 * Every step is linear in the text: regexes start a blank run only at its first blank, and the
 * neighbours of blank lines are found in two passes.
 */
import { isPageChromeLine, isLinkLine } from './chrome';
import { normalizeWidth, splitLines } from './text';
import type { LineSpan } from './text';

export interface TextEditSpan {
  /** UTF-16 offset where the replaced range starts. */
  start: number;
  /** UTF-16 offset where it ends (exclusive). */
  end: number;
  newText: string;
}

export interface CleanUpResult {
  /** Sorted, non-overlapping edits. */
  edits: TextEditSpan[];
  /** Non-blank lines (or pieces of run-on lines) removed as page chrome. */
  removedLines: number;
  /** Line breaks inserted into run-on lines. */
  splits: number;
}

/** Lines longer than this are treated as run-on lines and split. */
export const RUN_ON_LENGTH = 200;

const CN = '[一二三四五六七八九十]{1,3}';
/** A heading right after a blank run: 一、 / （一）(一) / 第一部分. */
const MID_HEADING = new RegExp(`(?<![ \\t\\u3000])[ \\t\\u3000]+(?=(?:${CN}、|[（(]${CN}[）)]|第${CN}部分))`, 'g');
/** A paragraph break: a blank run of ≥2 (or one ideographic space / tab) after sentence-final punctuation. */
const PARA_BREAK = /(?<=[。！？；：:!?;”」』）)])(?:[ \t\u3000]{2,}|[\t\u3000]+)(?=\S)/g;
const HEADING_START = new RegExp(`^(?:${CN}、|[（(]${CN}[）)]|第${CN}部分|\\d{1,2}[.、])`);
const SENTENCE_PUNCT = /[。，,；;！!？?]/;

/** True for a short badge-like line that may belong to a chrome block. */
function blockCandidate(t: string): boolean {
  return t.length > 0 && t.length <= 12 && !SENTENCE_PUNCT.test(t) && !t.includes('报告') && !HEADING_START.test(t);
}

type Mark = 'keep' | 'chrome' | 'blank';

/** Index after the YAML front matter block at the start (`---`, `key: value` lines, `---`), or 0. */
export function frontMatterEnd(lines: LineSpan[]): number {
  let i = 0;
  while (i < lines.length && !lines[i].text.trim() && i < 3) i++;
  if (i >= lines.length || lines[i].text.trim() !== '---') return 0;
  for (let j = i + 1; j < lines.length && j <= i + 60; j++) {
    const t = lines[j].text;
    if (t.trim() === '---' || t.trim() === '...') return j + 1;
    if (t.trim() && !/^(?:[A-Za-z_][\w-]{0,40}:(?:\s|$)|[ \t]|-\s|#)/.test(t)) return 0;
  }
  return 0;
}

function markLines(lines: LineSpan[]): Mark[] {
  const front = frontMatterEnd(lines);
  const marks: Mark[] = lines.map((l, k) => (k < front ? 'keep' : !l.text.trim() ? 'blank' : isPageChromeLine(l.text) ? 'chrome' : 'keep'));
  // link lines next to chrome: one pass down, one pass up (a run of them next to chrome goes whole)
  const link = lines.map((l, k) => k >= front && marks[k] === 'keep' && isLinkLine(l.text));
  for (const order of [1, -1]) {
    let last: Mark | 'edge' = 'edge';
    for (let n = 0; n < lines.length; n++) {
      const k = order === 1 ? n : lines.length - 1 - n;
      if (marks[k] === 'blank') continue;
      if (link[k] && last === 'chrome') marks[k] = 'chrome';
      last = marks[k];
    }
  }
  // chrome blocks: runs of candidate lines (and blanks) bounded by chrome on both sides
  let i = front;
  while (i < lines.length) {
    if (marks[i] !== 'chrome') {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < lines.length && (marks[j] === 'blank' || (marks[j] === 'keep' && (link[j] || blockCandidate(lines[j].text.trim()))))) j++;
    if (j < lines.length && marks[j] === 'chrome') {
      for (let k = i + 1; k < j; k++) if (marks[k] === 'keep') marks[k] = 'chrome';
    }
    i = j;
  }
  return marks;
}

interface Split {
  start: number;
  end: number;
}

/** Blank runs of a run-on line to turn into line breaks (offsets into the text). */
function splitPoints(norm: string, l: LineSpan): Split[] {
  const line = norm.slice(l.start, l.end);
  const lead = line.length - line.trimStart().length;
  const trail = line.trimEnd().length;
  const out = new Map<number, Split>();
  const add = (s: number, e: number): void => {
    if (s <= lead) return; // leading indentation, not a break
    if (e >= trail) return; // trailing blanks
    out.set(s, { start: l.start + s, end: l.start + e });
  };
  for (const m of line.matchAll(MID_HEADING)) {
    const s = m.index;
    const e = s + m[0].length;
    add(s, e);
    // the heading's own end: a blank run within 50 characters, before any 。
    for (let k = e + 2; k < Math.min(line.length, e + 50); k++) {
      const c = line[k];
      if (c === '。' || c === '！' || c === '？') break;
      if (c === ' ' || c === '\t' || c === '\u3000') {
        let r = k;
        while (r < line.length && /[ \t\u3000]/.test(line[r])) r++;
        if (k - e >= 4) add(k, r);
        break;
      }
    }
  }
  for (const m of line.matchAll(PARA_BREAK)) add(m.index, m.index + m[0].length);
  return [...out.values()].sort((a, b) => a.start - b.start);
}

/** Edits that remove page chrome and split run-on lines; see the module comment. */
export function cleanUp(text: string): CleanUpResult {
  const norm = normalizeWidth(text);
  const lines = splitLines(text);
  const marks = markLines(lines);
  const edits: TextEditSpan[] = [];
  let removedLines = 0;
  let splits = 0;
  const nextStart = (k: number): number => (k + 1 < lines.length ? lines[k + 1].start : lines[k].end);

  // blank lines inside a removed block (between chrome lines, or between chrome and the file edge) go
  // too; the nearest non-blank mark above and below every line comes from two linear passes
  const remove = marks.map(m => m === 'chrome');
  const above: Array<Mark | 'edge'> = new Array(lines.length);
  const below: Array<Mark | 'edge'> = new Array(lines.length);
  let seen: Mark | 'edge' = 'edge';
  for (let k = 0; k < lines.length; k++) {
    above[k] = seen;
    if (marks[k] !== 'blank') seen = marks[k];
  }
  seen = 'edge';
  for (let k = lines.length - 1; k >= 0; k--) {
    below[k] = seen;
    if (marks[k] !== 'blank') seen = marks[k];
  }
  for (let k = 0; k < lines.length; k++) {
    if (marks[k] !== 'blank') continue;
    const a = above[k];
    const b = below[k];
    if ((a === 'chrome' && (b === 'chrome' || b === 'edge')) || (a === 'edge' && b === 'chrome')) remove[k] = true;
  }

  for (let k = 0; k < lines.length; k++) {
    const l = lines[k];
    if (remove[k]) {
      let j = k;
      while (j + 1 < lines.length && remove[j + 1]) j++;
      for (let q = k; q <= j; q++) if (marks[q] === 'chrome') removedLines++;
      edits.push({ start: l.start, end: nextStart(j), newText: '' });
      k = j;
      continue;
    }
    if (l.end - l.start <= RUN_ON_LENGTH) continue;
    const points = splitPoints(norm, l);
    if (!points.length) continue;
    // pieces between the split points; pieces that are page chrome are dropped with their break
    const pieces: string[] = [];
    let from = l.start;
    for (const p of [...points, { start: l.end, end: l.end }]) {
      pieces.push(text.slice(from, p.start));
      from = p.end;
    }
    const kept = pieces.filter(p => {
      const chrome = isPageChromeLine(p);
      if (chrome) removedLines++;
      return !chrome;
    });
    splits += kept.length - 1;
    edits.push({ start: l.start, end: l.end, newText: kept.join('\n') });
  }
  return { edits, removedLines, splits };
}

/** The text with edits applied (edits sorted and non-overlapping, as `cleanUp` returns them). */
export function applyEdits(text: string, edits: TextEditSpan[]): string {
  let out = '';
  let last = 0;
  for (const e of edits) {
    out += text.slice(last, e.start) + e.newText;
    last = e.end;
  }
  return out + text.slice(last);
}
