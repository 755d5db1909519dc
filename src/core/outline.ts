/**
 * Headings and the section tree of one report: 一、 / 第一部分 (level 1), （一）(一) (2), 1. 1、 (3),
 * （1）(4), 第一， (5), unnumbered section titles on a short line of their own, headings wrapped in
 * `**…**`, and headings in the middle of a run-on line. Ordinals must follow on (一 → 二 → 三) so that
 * 一、 inside prose, 其一、, 一是 and numbered lists elsewhere are not taken for headings.
 */
import type { OutlineNode } from './types';
import type { LineSpan } from './text';
import { chineseOrdinal } from './text';
import { isChromeLine } from './chrome';
import { titleOf } from './reports';

type Kind = 'part' | 'plain' | 'cn1' | 'cn2' | 'ar1' | 'ar2' | 'di';
const RANK: Record<Kind, number> = { part: 0, plain: 1, cn1: 1, cn2: 2, ar1: 3, ar2: 4, di: 5 };
const ORDER: Kind[] = ['part', 'plain', 'cn1', 'cn2', 'ar1', 'ar2', 'di'];

interface Candidate {
  kind: Kind;
  ordinal: number;
  start: number;
  textStart: number;
  textEnd: number;
  line: number;
  midLine: boolean;
}

const CN = '[一二三四五六七八九十]{1,3}';
const LINE_START: Array<[Kind, RegExp]> = [
  ['part', new RegExp(`^第(${CN})部分`)],
  ['cn1', new RegExp(`^(${CN})、`)],
  ['cn2', new RegExp(`^[（(](${CN})[）)]`)],
  ['ar2', /^[（(](\d{1,2})[）)]/],
  ['ar1', /^(\d{1,2})(?:[.、](?!\d))/],
  ['di', new RegExp(`^第(${CN})[,，]`)],
];
const MID_LINE = new RegExp(`[ \\t。！；](?:(${CN})、|[（(](${CN})[）)])`, 'g');
// two regexes (words anywhere / anchored forms), so scripts/check-core-regex.mjs can prove each linear
const PLAIN_SECTION_WORDS = /工作回顾|回顾.{0,10}工作|工作安排|工作任务|重点工作|工作建议|主要任务|政府自身建设|奋斗目标|目标任务|总体要求|发展回顾|工作部署/;
const PLAIN_SECTION_FORMS = /^(?:做好.{0,8}工作$|\d{4}年(?:政府)?工作$|过去.{1,4}年|今后.{1,4}年)/;
const PLAIN_SECTION = { test: (t: string): boolean => PLAIN_SECTION_WORDS.test(t) || PLAIN_SECTION_FORMS.test(t) };
const SENTENCE_PUNCT = /[。，,；;：:！!？?、]/;
const HEADING_STOP = /[。！？!?]/;

/** Where a heading's text ends: at 。, a run of blanks (run-on lines) or the end of the line. */
function headingEnd(text: string, from: number, lineEnd: number, max: number, marker = 0): number {
  const limit = Math.min(lineEnd, from + max);
  // blanks right after the marker (第一部分 2023年工作回顾, 一、 回顾) belong to the heading
  let words = from + marker;
  while (words < limit && /[ \t\u3000]/.test(text[words])) words++;
  for (let i = from; i < limit; i++) {
    const c = text[i];
    if (HEADING_STOP.test(c)) return i;
    if ((c === ' ' || c === '\t' || c === '\u3000') && i > words && i - words >= 2) return i;
  }
  return limit;
}

function trimStars(text: string, s: number, e: number): [number, number] {
  while (s < e && /[\s*#]/.test(text[s])) s++;
  while (e > s && /[\s*]/.test(text[e - 1])) e--;
  return [s, e];
}

function ordinalOf(s: string): number {
  return /^\d+$/.test(s) ? Number(s) : chineseOrdinal(s);
}

/** Candidates in one line (line-start headings, plain section titles, mid-line headings). */
function lineCandidates(text: string, l: LineSpan, out: Candidate[]): void {
  const [s, e] = trimStars(text, l.start, l.end);
  if (s >= e) return;
  const body = text.slice(s, Math.min(e, s + 16));
  for (const [kind, re] of LINE_START) {
    const m = re.exec(body);
    if (!m) continue;
    const end = headingEnd(text, s, e, 80, m[0].length);
    out.push({ kind, ordinal: ordinalOf(m[1]), start: s, textStart: s, textEnd: trimStars(text, s, end)[1], line: l.line, midLine: false });
    break;
  }
  const len = e - s;
  if (len >= 4 && len <= 40 && (out.length === 0 || out[out.length - 1].start !== s)) {
    const t = text.slice(s, e);
    if (!SENTENCE_PUNCT.test(t) && PLAIN_SECTION.test(t) && titleOf(t) === null) {
      out.push({ kind: 'plain', ordinal: 0, start: s, textStart: s, textEnd: e, line: l.line, midLine: false });
    }
  }
  if (len > 200) {
    MID_LINE.lastIndex = s + 1;
    const lineText = text.slice(0, e);
    let m: RegExpExecArray | null;
    while ((m = MID_LINE.exec(lineText))) {
      const hs = m.index + 1;
      const end = headingEnd(text, hs, e, 50);
      const stopped = end < e && end - hs < 50;
      if (!stopped) continue;
      out.push({ kind: m[1] ? 'cn1' : 'cn2', ordinal: chineseOrdinal(m[1] ?? m[2]), start: hs, textStart: hs, textEnd: end, line: l.line, midLine: true });
    }
  }
}

/**
 * The section tree of the lines [from, to) of a report. `bodyEnd` is where the last section ends
 * (the report end or the start of its 名词解释 section).
 */
export function buildOutline(text: string, lines: LineSpan[], bodyEnd: number, source = text,
  isChrome: (l: LineSpan) => boolean = l => isChromeLine(l.text)): OutlineNode[] {
  const cands: Candidate[] = [];
  for (const l of lines) {
    if (l.start >= bodyEnd) break;
    if (isChrome(l)) continue;
    lineCandidates(text, l, cands);
  }
  // unnumbered section titles lead only when they come before any numbered top-level heading;
  // then 一、 headings are their sub-sections (一、… under 2023年重点工作安排)
  const firstPlain = cands.find(c => c.kind === 'plain');
  const firstTop = cands.find(c => c.kind === 'cn1' || c.kind === 'part');
  const plainMode = !!firstPlain && (!firstTop || firstPlain.start < firstTop.start);
  const last: Record<Kind, number> = { part: 0, plain: 0, cn1: 0, cn2: 0, ar1: 0, ar2: 0, di: 0 };
  const accepted: Candidate[] = [];
  for (const c of cands) {
    if (c.kind === 'plain') {
      if (!plainMode) continue;
    } else {
      const top = c.kind === 'cn1' || c.kind === 'part';
      const ok = c.ordinal === last[c.kind] + 1 || (c.ordinal === 1 && !top);
      if (!ok) continue;
      if (c.midLine && c.ordinal !== last[c.kind] + 1 && c.ordinal !== 1) continue;
      last[c.kind] = c.ordinal;
    }
    for (const k of ORDER) if (RANK[k] > RANK[c.kind] || (c.kind === 'plain' && k === 'cn1')) last[k] = 0;
    accepted.push(c);
  }
  // levels are dense: the kinds present, in rank order, are levels 1, 2, 3 …
  const rankOf = (k: Kind) => (k === 'cn1' && plainMode ? 1.5 : RANK[k]);
  const ranks = [...new Set(accepted.map(c => rankOf(c.kind)))].sort((a, b) => a - b);
  return nest(text, source, accepted, bodyEnd, c => ranks.indexOf(rankOf(c.kind)) + 1);
}

function nest(text: string, source: string, accepted: Candidate[], bodyEnd: number, levelOf: (c: Candidate) => number): OutlineNode[] {
  const roots: OutlineNode[] = [];
  const stack: OutlineNode[] = [];
  const nodes: OutlineNode[] = accepted.map(c => ({
    level: levelOf(c),
    text: source.slice(c.textStart, c.textEnd),
    line: c.line,
    start: c.start,
    end: bodyEnd,
    headingEnd: c.textEnd,
    children: [],
  }));
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i];
    while (stack.length && stack[stack.length - 1].level >= n.level) {
      stack.pop()!.end = n.start;
    }
    if (stack.length) stack[stack.length - 1].children.push(n);
    else roots.push(n);
    stack.push(n);
  }
  // sections end where the next section of the same or a higher level starts, trimmed of trailing blanks
  for (const n of stack) n.end = bodyEnd;
  const trim = (n: OutlineNode): void => {
    let e = n.end;
    while (e > n.headingEnd && /\s/.test(text[e - 1])) e--;
    n.end = Math.max(e, n.headingEnd);
    n.children.forEach(trim);
  };
  roots.forEach(trim);
  return roots;
}
