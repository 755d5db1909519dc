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
import { isTrimmed } from './sentences';

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
  /** A plain title that is a part only among other unnumbered parts. */
  weak?: boolean;
}

const CN = '[一二三四五六七八九十]{1,3}';
const LINE_START: Array<[Kind, RegExp]> = [
  ['part', new RegExp(`^第(${CN})部分`)],
  // 一、 and, in some reports, 一， (一,  after width normalisation)
  ['cn1', new RegExp(`^(${CN})(?:、|,)`)],
  ['cn2', new RegExp(`^[（(](${CN})[）)]`)],
  ['ar2', /^[（(](\d{1,2})[）)]/],
  ['ar1', /^(\d{1,2})(?:[.、](?!\d))/],
  ['di', new RegExp(`^第(${CN})[,，]`)],
];
const MID_LINE = new RegExp(`[ \\t。！；](?:(${CN})、|[（(](${CN})[）)])`, 'g');
// two regexes (words anywhere / anchored forms), so scripts/check-core-regex.mjs can prove each linear
const PLAIN_SECTION_WORDS = /工作回顾|回顾.{0,10}工作|工作安排|工作任务|重点工作|工作的?建议|主要任务|重点任务|政府自身建设|奋斗目标|目标任务|总体要求|发展回顾|工作部署/;
const PLAIN_SECTION_FORMS = /^(?:做好.{0,8}工作$|\d{4}年(?:政府)?工作$|(?:对|关于)?过去.{1,4}年|(?:对|关于)?今后.{1,4}年)/;
const PLAIN_SECTION = { test: (t: string): boolean => PLAIN_SECTION_WORDS.test(t) || PLAIN_SECTION_FORMS.test(t) };
// part titles named by their year or plan period: 2015年主要工作 / 二〇〇〇年工作意见 / 2004年主要工作及措施 /
// 关于“十二五”和2015年工作 / “十四五”时期发展目标…
const PLAIN_PERIOD = /^(?:关于)?(?:(?:19|20)\d{2}|[〇○零一二三四五六七八九]{4}|“?十[一二三四五六]五”?)(?:年|时期)?.{0,18}(?:工作|任务|目标|回顾|部署|意见|安排|措施)$/;
// the closing part on the government itself (加快建设实干政府): a part only after other unnumbered parts
const PLAIN_GOVERNMENT = /^(?:全面|切实|持续|进一步|努力|着力|加快|不断)?(?:加强|提升|提高|推进|建设|打造|转变)[^，,]{0,14}(?:政府|治理能力|治理效能|履职能力|政府职能)$/;
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
  // char codes (a one-character string per test was garbage): \s is what trim removes
  for (let c = text.charCodeAt(s); s < e && (c === 0x2a || c === 0x23 || isTrimmed(c)); c = text.charCodeAt(++s));
  for (let c = text.charCodeAt(e - 1); e > s && (c === 0x2a || isTrimmed(c)); c = text.charCodeAt(--e - 1));
  return [s, e];
}

/** Whether a line-start heading (LINE_START) can begin with this char code: 第, a numeral, a parenthesis or a digit. */
function mayStartHeading(c: number): boolean {
  return c === 0x7b2c || LINE_START_NUMERALS.includes(c) || c === 0x28 || c === 0xff08 || (c >= 0x30 && c <= 0x39);
}
const LINE_START_NUMERALS = [...'一二三四五六七八九十'].map(ch => ch.charCodeAt(0));

function ordinalOf(s: string): number {
  return /^\d+$/.test(s) ? Number(s) : chineseOrdinal(s);
}

/** Candidates in one line (line-start headings, plain section titles, mid-line headings). */
function lineCandidates(text: string, l: LineSpan, out: Candidate[]): void {
  const [s, e] = trimStars(text, l.start, l.end);
  if (s >= e) return;
  const body = text.slice(s, Math.min(e, s + 16));
  // (every LINE_START regex is anchored: a line that starts otherwise is tried by none)
  for (const [kind, re] of mayStartHeading(text.charCodeAt(s)) ? LINE_START : []) {
    const m = re.exec(body);
    if (!m) continue;
    let end = headingEnd(text, s, e, 80, m[0].length);
    // a bold heading followed by its paragraph on the same line (**一、…回顾**过去一年…) ends at the bold
    if (text.startsWith('**', l.start + (text.slice(l.start, s).length - text.slice(l.start, s).trimStart().length))) {
      const close = text.indexOf('**', s);
      if (close > s && close < end && e - close > 10) end = close;
    }
    out.push({ kind, ordinal: ordinalOf(m[1]), start: s, textStart: s, textEnd: trimStars(text, s, end)[1], line: l.line, midLine: false });
    break;
  }
  const len = e - s;
  // a bold part title followed by its paragraph on the same line (**2004年政府工作回顾** 过去一年，…)
  // is read as the bold words alone
  // (the closing ** is looked for in the next 42 characters only: no search runs on through the text)
  const boldEnd = len > 40 && out[out.length - 1]?.start !== s && text.startsWith('**', s - 2)
    ? text.slice(s, s + 42).indexOf('**') : -1;
  const plainEnd = boldEnd > 0 ? s + boldEnd : e;
  if (plainEnd - s >= 4 && plainEnd - s <= 40 && (out.length === 0 || out[out.length - 1].start !== s)) {
    const t = text.slice(s, plainEnd);
    const bare = t.replace(/\*\*/g, '');
    // (a run-on needs part-title words: 做好…工作 there is the bold lead-in of a paragraph)
    const strong = (plainEnd < e ? PLAIN_SECTION_WORDS.test(t) : PLAIN_SECTION.test(t)) || PLAIN_PERIOD.test(bare);
    if (!SENTENCE_PUNCT.test(t) && (strong || PLAIN_GOVERNMENT.test(bare)) && titleOf(t) === null) {
      out.push({ kind: 'plain', ordinal: 0, start: s, textStart: s, textEnd: plainEnd, line: l.line, midLine: false, weak: !strong });
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
  const firstPlain = cands.find(c => c.kind === 'plain' && !c.weak);
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
  // thematic parts: no numbered or named part, but （一） lists that restart — the short title lines
  // before each list (负重奋进，新时代幸福六安建设迈出坚实步伐 / 扎实苦干，决胜全面建成小康社会) are the parts
  if (!accepted.some(c => c.kind === 'cn1' || c.kind === 'part' || c.kind === 'plain')) {
    const cn2 = accepted.filter(c => c.kind === 'cn2' && !c.midLine);
    if (cn2.filter(c => c.ordinal === 1).length >= 2) {
      const parts = thematicParts(text, lines, cn2, isChrome);
      if (parts.length >= 2) {
        accepted.push(...parts);
        accepted.sort((a, b) => a.start - b.start);
      }
    }
  }
  // levels are dense: the kinds present, in rank order, are levels 1, 2, 3 …
  const rankOf = (k: Kind) => (k === 'cn1' && plainMode ? 1.5 : RANK[k]);
  const ranks = [...new Set(accepted.map(c => rankOf(c.kind)))].sort((a, b) => a - b);
  return nest(text, source, accepted, bodyEnd, c => ranks.indexOf(rankOf(c.kind)) + 1);
}

const THEME_STOP = /[。！？!?；;：:]/;
const NUMBERED_START = /^(?:[（(]?[一二三四五六七八九十\d]{1,3}[）)、.,，]|第[一二三四五六七八九十]{1,3}|——|-|各位代表)/;

/**
 * The thematic part titles of a report whose parts are unnumbered and unnamed: in the gaps before
 * each （一） that restarts a list (the first gap starting after the 各位代表 salutation), the short
 * lines without sentence punctuation that a paragraph or a list follows.
 */
function thematicParts(text: string, lines: LineSpan[], cn2: Candidate[], isChrome: (l: LineSpan) => boolean): Candidate[] {
  const out: Candidate[] = [];
  const sal = lines.findIndex(l => /^[*#\s]*各位代表/.test(l.text));
  if (sal < 0) return out;
  let li = sal + 1;
  let prevEnd = lines[sal].end;
  for (const c of cn2) {
    if (c.ordinal === 1) {
      // lines in (prevEnd, c.start)
      while (li < lines.length && lines[li].start <= prevEnd) li++;
      for (let i = li; i < lines.length && lines[i].end <= c.start; i++) {
        const l = lines[i];
        if (isChrome(l)) continue;
        const [s, e] = trimStars(text, l.start, l.end);
        const t = text.slice(s, e).replace(/\*\*/g, '');
        if (t.length < 6 || t.length > 40 || THEME_STOP.test(t) || NUMBERED_START.test(t) || titleOf(t) !== null) continue;
        let j = i + 1;
        while (j < lines.length && !lines[j].text.trim()) j++;
        if (j >= lines.length) continue;
        const next = lines[j].text.trim();
        if (next.length <= t.length + 10 && !/^[*#\s]*[（(][一二三四五六七八九十]{1,3}[）)]/.test(next)) continue;
        out.push({ kind: 'plain', ordinal: 0, start: s, textStart: s, textEnd: e, line: l.line, midLine: false });
      }
    }
    prevEnd = c.textEnd;
  }
  return out;
}

function nest(text: string, source: string, accepted: Candidate[], bodyEnd: number, levelOf: (c: Candidate) => number): OutlineNode[] {
  const roots: OutlineNode[] = [];
  const stack: OutlineNode[] = [];
  const nodes: OutlineNode[] = accepted.map(c => ({
    level: levelOf(c),
    // emphasis marks inside a heading (**一、2023年工作回**顾, 一、**1999年…) are no part of its label
    text: source.slice(c.textStart, c.textEnd).replace(/\*\*/g, ''),
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
