/**
 * Report boundaries in a file: one or several reports, each starting at a title line such as
 * `2023年泉州市政府工作报告` (confirmed by the 各位代表 salutation that opens the speech — also when
 * the salutation line holds the whole speech), or a bare fragment. A Markdown front matter `title:`
 * names the file's report. Each report's title, plan year and place are read by `header.ts`.
 */
import { trimEndOf, type LineSpan } from './text';
import { isChromeLine } from './chrome';
import {
  readFrontMatter, cleanTitle, namesReport, yearOfTitle, yearOfDate, yearOfBody, placeIn,
  expandPlace, shortNameOfTitle, fullPrefecture, provinceOfBody, levelOf, placeOfCommittee, type FrontMatter,
} from './header';

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

// a title may carry a page's tag ([福建]) and a bracketed suffix: （全文）, (摘要), （2022年）,
// （2019年1月9日 蓝绍敏）
const TITLE_RE = /^(?:\[[^\]]{1,12}\])?(.{0,48}?)政府工作报告(?:[（(【\[][^）)】\]]{0,40}[）)】\]])?$/;
// the economic-plan reports that stood for the government's report in some years
const PLAN_TITLE_RE = /^关于.{0,40}(?:计划|规划|纲要).{0,24}的报告(?:[（(【\[][^）)】\]]{0,20}[）)】\]])?$/;
// 各位代表： opens a speech; 各位代表，/！ followed by more text is an appeal inside it, unless the
// opening sentence follows (各位代表，现在，我代表上海市人民政府…)
const SALUTATION_RE = /^(?:各位代表\s*(?:[:：]|[!！,，]\s*(?:$|现在|我代表|受)|$)|现在[,，]?\s*我代表.{0,20}(?:政府|人民政府|国务院)向)/;
/** Where a subtitle runs on after the title on the same line. */
const DASH_RE = /[—─－]{1,2}|-{2}/;

/** The title text of a title-like line, or null. Inner spaces (`政 府 工 作 报 告`) are tolerated. */
export function titleOf(line: string): string | null {
  let t = line.trim();
  if (!t || t.length > 120) return null;
  t = cleanTitle(trimEndOf(t.replace(/^[#*\s]+/, ''), '*'));
  // the subtitle on the title's line: 政府工作报告——2024年1月28日在邢台市…
  const d = DASH_RE.exec(t);
  if (d && d.index > 0) t = t.slice(0, d.index).trimEnd();
  const compact = t.replace(/\s+/g, '');
  if (!compact || compact.length > 70) return null;
  if (!TITLE_RE.test(compact) && !PLAN_TITLE_RE.test(compact)) return null;
  if (/[。，,；;：:]/.test(compact)) return null;
  return t.replace(/^\[[^\]]{1,12}\]\s*/, '').trim();
}

/** A run-on line that holds a whole speech opens with its salutation and first sentence. */
const RUN_ON_SALUTATION_RE = /^(?:各位代表\s*[:：]\s*(?:现在|我代表|受)|现在[,，]?\s*我代表)/;

function isSalutation(raw: string): boolean {
  const t = raw.slice(0, 80).trim().replace(/^[*#\s]+/, '');
  // 各位代表！/ 各位代表， inside a long paragraph is an appeal in the speech, not its opening
  return raw.length <= 200 ? SALUTATION_RE.test(t) : RUN_ON_SALUTATION_RE.test(t);
}

/**
 * Most characters of non-chrome text a report's header holds between its title and the opening
 * salutation (date, speaker, session lines: a few short lines); more is the speech itself.
 */
const HEADER_PROSE_MAX = 400;

/** Characters of non-blank, non-chrome lines in lines [from, to), counted up to a little past the limit. */
function proseBefore(lines: LineSpan[], from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to && n <= HEADER_PROSE_MAX; i++) {
    const t = lines[i].text.trim();
    if (t && !isChromeLine(t)) n += t.length;
  }
  return n;
}

function isRichTitle(title: string): boolean {
  return yearOfTitle(title) !== null || placeIn(title) !== null;
}

interface Frame { titleIndex: number; salutationIndex: number; bodyTitleIndex: number }

/** Finds the reports in a text. `lines` are all the lines of the text. */
export function findReports(text: string, lines: LineSpan[]): ReportFrame[] {
  const fm = readFrontMatter(lines);
  const fmTitle = fm && fm.title && namesReport(fm.title) ? fm : null;
  const titles: number[] = [];
  const salutations: number[] = [];
  for (let i = fm ? fm.endIndex + 1 : 0; i < lines.length; i++) {
    const raw = lines[i].text;
    // a salutation line may hold the whole speech (各位代表: 现在，… 一、… 二、…)
    if (raw.length <= 200 && titleOf(raw) !== null) titles.push(i);
    else if (isSalutation(raw)) salutations.push(i);
  }
  let frames: Frame[] = [];
  let lastSal = -1;
  let lo = 0;
  let hi = 0;
  for (const s of salutations) {
    // the title that opens this speech: the nearest rich title (year/place) within 25 lines, else the nearest
    // (titles and salutations are in line order: one pass over both)
    while (hi < titles.length && titles[hi] < s) hi++;
    while (lo < hi && (titles[lo] <= lastSal || s - titles[lo] > 25)) lo++;
    // a 政府工作报告 title before a plan report's own title (**1980年政府工作报告** / **关于…计划安排的报告**)
    const near = titles.slice(lo, hi);
    const gov = near.filter(t => !PLAN_TITLE_RE.test((titleOf(lines[t].text) ?? '').replace(/\s+/g, '')));
    const candidates = gov.length ? gov : near;
    if (!candidates.length) {
      // the salutation of a front-matter report that has no title line of its own — when it opens
      // the speech: after prose (各位代表，本届政府履行职责已经一年。… 各位代表！) it is an appeal inside it
      if (!frames.length && fmTitle && lastSal < 0 && proseBefore(lines, fmTitle.endIndex + 1, s) <= HEADER_PROSE_MAX) {
        frames.push({ titleIndex: fmTitle.titleIndex, salutationIndex: s, bodyTitleIndex: -1 });
      }
      lastSal = frames.length ? s : lastSal;
      continue;
    }
    const rich = candidates.filter(t => isRichTitle(titleOf(lines[t].text) ?? ''));
    const pool = rich.length ? rich : candidates;
    const titleIndex = pool[pool.length - 1];
    frames.push({ titleIndex, salutationIndex: s, bodyTitleIndex: titleIndex });
    lastSal = s;
  }
  if (!frames.length) {
    // no speech opening: rich titles with a year, or the whole text as one fragment
    const rich = titles.filter(t => yearOfTitle(titleOf(lines[t].text) ?? '') !== null);
    for (const t of rich) frames.push({ titleIndex: t, salutationIndex: -1, bodyTitleIndex: t });
  }
  if (fmTitle && frames.length <= 1) {
    // the front matter names the file's one report
    const f = frames[0];
    frames = [{ titleIndex: fmTitle.titleIndex, salutationIndex: f ? f.salutationIndex : -1, bodyTitleIndex: f ? f.bodyTitleIndex : -1 }];
  }
  if (!frames.length) {
    const from = fm ? fm.endIndex + 1 : 0;
    let first = -1;
    for (let i = from; i < lines.length; i++) if (lines[i].text.trim() && !isChromeLine(lines[i].text)) { first = i; break; }
    if (first < 0) return [];
    const t = titles.length ? titles[0] : first;
    const title = titles.length ? titleOf(lines[t].text)! : lines[first].text.trim().slice(0, 40);
    return [makeFrame(text, lines, fm, { titleIndex: t, salutationIndex: -1, bodyTitleIndex: titles.length ? t : -1 }, lines.length, title, first)];
  }
  return frames.map((f, k) => {
    const nextStart = k + 1 < frames.length ? frames[k + 1].titleIndex : lines.length;
    const title = fmTitle && f.titleIndex === fmTitle.titleIndex ? fmTitle.title! : titleOf(lines[f.titleIndex].text)!;
    return makeFrame(text, lines, fm, f, nextStart, title, f.titleIndex);
  });
}

function makeFrame(text: string, lines: LineSpan[], fm: FrontMatter | null, f: Frame,
  nextStart: number, title: string, firstIndex: number): ReportFrame {
  // the front matter is the file's metadata: the tail is looked for after it
  const lastIndex = trimTail(lines, fm && firstIndex <= fm.endIndex ? fm.endIndex + 1 : firstIndex, nextStart);
  const h = readHeader(text, lines, fm, f, title, lastIndex);
  return {
    title,
    titleLine: lines[f.titleIndex].line,
    titleIndex: f.titleIndex,
    salutationIndex: f.salutationIndex,
    start: lines[firstIndex].start,
    end: Math.max(lines[firstIndex].start, lines[lastIndex].end),
    year: h.year,
    place: h.place,
  };
}

/**
 * Year and place from the header: the title (front matter, then the title line), the lines
 * between the title and the salutation (subtitle, date, speaker), the opening sentence, and — for
 * the year — the first headings of the body.
 */
function readHeader(text: string, lines: LineSpan[], fm: FrontMatter | null, f: Frame, title: string,
  lastIndex: number): { year: number | null; place: string | null } {
  const titles: string[] = [title];
  if (f.bodyTitleIndex >= 0) titles.push(lines[f.bodyTitleIndex].text);
  const headFrom = f.bodyTitleIndex >= 0 ? f.bodyTitleIndex + 1 : fm && f.titleIndex <= fm.endIndex ? fm.endIndex + 1 : f.titleIndex + 1;
  const headTo = f.salutationIndex > headFrom ? Math.min(f.salutationIndex, headFrom + 20) : Math.min(headFrom + 10, lastIndex + 1);
  const head: string[] = [];
  for (let i = headFrom; i < headTo; i++) {
    const t = lines[i].text;
    if (t.trim() && t.length <= 300 && !isChromeLine(t)) head.push(t);
  }
  // the opening sentence: 各位代表：现在，我代表上海市人民政府，向大会…
  const opening: string[] = [];
  if (f.salutationIndex >= 0) {
    for (let i = f.salutationIndex; i <= lastIndex && opening.length < 3; i++) {
      if (lines[i].text.trim()) opening.push(lines[i].text.slice(0, 300));
    }
  }
  const bodyStart = lines[f.salutationIndex >= 0 ? f.salutationIndex : headFrom < lines.length ? headFrom : f.titleIndex].start;
  const bodyEnd = Math.min(lines[lastIndex].end, bodyStart + 20000);
  const body = (): string => text.slice(bodyStart, bodyEnd);

  // a subtitle may be broken over two lines (——2016年2月25日在西宁市第十五届 / 人民代表大会第八次会议上)
  const joined = head.map(t => t.trim()).join('');
  let year: number | null = null;
  for (const t of titles) if (year === null) year = yearOfTitle(t);
  if (year === null) year = yearOfDate(joined);
  if (year === null) year = yearOfBody(body());

  // the report's own header first, the front matter (a publisher's title) last
  let place: string | null = null;
  for (const t of titles.slice(1)) if (place === null) place = placeIn(t);
  for (const t of head) if (place === null) place = placeIn(t);
  if (place === null) place = placeIn(joined);
  for (const t of opening) if (place === null) place = placeIn(t, { opening: true });
  if (place === null) place = placeIn(titles[0]);
  const level = levelOf(opening.join(''));
  if (place === null) {
    // a title without the suffix (长春政府工作报告): the full name the report writes, or the name
    // with the suffix of the government the opening names (我代表市人民政府)
    for (const t of titles) {
      const short = shortNameOfTitle(t);
      if (short && place === null) place = expandPlace(short, body()) ?? (level && !/[省市州区县盟旗]$/.test(short) ? short + level : null);
    }
  }
  // 我代表省人民政府 and no name: the party committee the body names (中共浙江省委), or the
  // provincial-level unit the body names most
  if (place === null) place = placeOfCommittee(body(), level);
  if (place === null && (level === '省' || level === '自治区')) place = provinceOfBody(body(), level);
  // an abbreviated autonomous prefecture (黔西南州, 克州) in full
  if (place && place.endsWith('州') && !place.endsWith('自治州')) place = expandPlace(place, body()) ?? fullPrefecture(place) ?? place;
  return { year, place };
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
