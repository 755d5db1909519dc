/**
 * Report boundaries in a file: one or several reports, each starting at a title line such as
 * `2023年泉州市政府工作报告` (confirmed by the 各位代表 salutation that opens the speech), or a bare
 * fragment. Also reads each report's title, plan year and place.
 */
import type { LineSpan } from './text';
import { isChromeLine } from './chrome';

export interface ReportFrame {
  title: string;
  titleLine: number;
  start: number;
  end: number;
  /** Index in `lines` of the title line and of the salutation (or -1). */
  titleIndex: number;
  salutationIndex: number;
  year: number | null;
  place: string | null;
}

// a title may carry a page's tag ([福建]) and a suffix such as （全文） / (摘要)
// (matched against the title without blanks, see titleOf)
const TITLE_RE = /^(?:\[[^\]]{1,12}\])?(.{0,40}?)政府工作报告(?:[（(【\[]?(?:全文|摘要|全文实录|文字实录|实录|解读版)[）)】\]]?)?$/;
const SALUTATION_RE = /^(?:各位代表\s*(?:[:：!！,，]|$)|现在[,，]\s*我代表.{0,20}(?:政府|人民政府)向)/;
const YEAR_RE = /((?:19|20)\d{2})年/;

function cleanLine(s: string): string {
  // the end is trimmed by a loop: a `[*\s]+$` regex is quadratic on a long run of blanks
  const t = s.trim().replace(/^[#*\s]+/, '');
  let e = t.length;
  while (e > 0 && (t[e - 1] === '*' || /\s/.test(t[e - 1]))) e--;
  return t.slice(0, e);
}

/** The title text of a title-like line, or null. Inner spaces (`政 府 工 作 报 告`) are tolerated. */
export function titleOf(line: string): string | null {
  const t = cleanLine(line);
  if (!t || t.length > 60) return null;
  const compact = t.replace(/\s+/g, '');
  if (!TITLE_RE.test(compact)) return null;
  if (/[。，,；;：:]/.test(compact)) return null;
  return t.replace(/^\[[^\]]{1,12}\]\s*/, '');
}

function isRichTitle(title: string): boolean {
  return title.replace(/\s+/g, '').length > '政府工作报告'.length;
}

/** Finds the reports in a text. `lines` are all the lines of the text. */
export function findReports(text: string, lines: LineSpan[]): ReportFrame[] {
  const titles: number[] = [];
  const salutations: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i].text;
    if (raw.length > 200) continue;
    if (titleOf(raw) !== null) titles.push(i);
    else if (SALUTATION_RE.test(raw.trim())) salutations.push(i);
  }
  const frames: Array<{ titleIndex: number; salutationIndex: number }> = [];
  let lastSal = -1;
  for (const s of salutations) {
    // the title that opens this speech: the nearest rich title (year/place) within 25 lines, else the nearest
    const candidates = titles.filter(t => t < s && t > lastSal && s - t <= 25);
    if (!candidates.length) continue;
    const rich = candidates.filter(t => isRichTitle(titleOf(lines[t].text) ?? ''));
    const titleIndex = (rich.length ? rich : candidates)[(rich.length ? rich : candidates).length - 1];
    frames.push({ titleIndex, salutationIndex: s });
    lastSal = s;
  }
  if (!frames.length) {
    // no speech opening: rich titles with a year, or the whole text as one fragment
    const rich = titles.filter(t => YEAR_RE.test(lines[t].text));
    if (rich.length) for (const t of rich) frames.push({ titleIndex: t, salutationIndex: -1 });
  }
  if (!frames.length) {
    const first = lines.findIndex(l => l.text.trim() && !isChromeLine(l.text));
    if (first < 0) return [];
    const t = titles.length ? titles[0] : first;
    const title = titles.length ? titleOf(lines[t].text)! : lines[first].text.trim().slice(0, 40);
    return [makeFrame(text, lines, t, -1, lines.length, title, first)];
  }
  return frames.map((f, k) => {
    const nextStart = k + 1 < frames.length ? frames[k + 1].titleIndex : lines.length;
    return makeFrame(text, lines, f.titleIndex, f.salutationIndex, nextStart, titleOf(lines[f.titleIndex].text)!, f.titleIndex);
  });
}

function makeFrame(text: string, lines: LineSpan[], titleIndex: number, salutationIndex: number,
  nextStart: number, title: string, firstIndex: number): ReportFrame {
  const lastIndex = trimTail(lines, firstIndex, nextStart);
  const head = lines.slice(titleIndex, salutationIndex > 0 ? salutationIndex : Math.min(titleIndex + 8, lastIndex + 1));
  return {
    title,
    titleLine: lines[titleIndex].line,
    titleIndex,
    salutationIndex,
    start: lines[firstIndex].start,
    end: Math.max(lines[firstIndex].start, lines[lastIndex].end),
    year: readYear(title, head),
    place: readPlace(title, head),
  };
}

/** Index of the report's last line: trailing blank lines, chrome and link lists are not report text. */
function trimTail(lines: LineSpan[], first: number, next: number): number {
  let last = next - 1;
  // cut at the first chrome line after which nothing but short lines follow
  let lastLong = first;
  for (let j = next - 1; j > first; j--) {
    if (lines[j].text.length > 60 && lines[j].text.trim().length > 60 && !isChromeLine(lines[j].text)) { lastLong = j; break; }
  }
  for (let i = lastLong + 1; i < next; i++) {
    if (isChromeLine(lines[i].text)) { last = i - 1; break; }
  }
  while (last > first && (!lines[last].text.trim() || isChromeLine(lines[last].text))) last--;
  return last;
}

function readYear(title: string, head: LineSpan[]): number | null {
  const t = YEAR_RE.exec(title);
  if (t) return Number(t[1]);
  for (const l of head) {
    const d = /((?:19|20)\d{2})年(\d{1,2})月\d{1,2}日/.exec(l.text);
    if (d) return Number(d[2]) >= 10 ? Number(d[1]) + 1 : Number(d[1]);
  }
  return null;
}

/** The last administrative unit of a place name: 泉州市鲤城区 → 鲤城区, 彬州市 → 彬州市. */
function lastAdminUnit(s: string): string | null {
  const parts = s.split(/(?<=[省市区县旗盟])/).filter(p => /[省市区县旗盟]$/.test(p) && p.length >= 2);
  if (parts.length) return parts[parts.length - 1];
  return /^[\u4e00-\u9fa5]{1,8}州$/.test(s) ? s : null;
}

function readPlace(title: string, head: LineSpan[]): string | null {
  const core = title.replace(/\s+/g, '').replace(YEAR_RE, '').replace(/(?:人民)?政府工作报告$/, '');
  if (core) return lastAdminUnit(core) ?? core;
  for (const l of head) {
    if (/全国人民代表大会/.test(l.text)) return '全国';
    const m = /在(.{2,20}?)第[一二三四五六七八九十]+届/.exec(l.text) ?? /(.{2,20}?)人民政府.{0,2}[市区县州省]长/.exec(l.text);
    if (m) {
      const p = lastAdminUnit(m[1].replace(/\s+/g, ''));
      if (p) return p;
    }
  }
  return null;
}
