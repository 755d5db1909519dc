/**
 * Key terms of reports. With the background model (src/core/background.ts, data/background.json:
 * how many of the development corpus's 1,784 reports use each jieba term, per year and level),
 * report terms are ranked by TF-IDF with the corpus IDF (`rankKeyTerms`, `keyTermIdf`), so they say
 * what is distinctive about the report; units, numbers, function words, administrative-unit names
 * and the report's own place names never rank (`isKeyTermCandidate`), and Compare Key Terms weighs
 * changes the same way (`compareTerms` / `compareKeyTerms`). Without it, TF-IDF within the given
 * texts: a report is split into its top-level sections (plus the preamble before the first one);
 * section terms are ranked with document frequency across the report's sections; report terms with
 * document frequency across the given reports when there are several, else across the report's
 * sections. Only prose lines are counted (`proseLines`: no web-page chrome). Numbers, punctuation,
 * single characters and stop words (stopwords.json) are never terms. Pure: segmentation comes in
 * through the `Segmenter` interface, the background as data.
 */
import stopwordData from './stopwords.json';
import type { Analysis, OutlineNode } from './types';
import { analyze } from './analyze';
import { normalizeWidth } from './text';
import type { Segmenter } from './segmenter';
import { UNITS } from './lexicon';
import type { Background } from './background';

export const STOP_WORDS: ReadonlySet<string> = new Set(stopwordData.words);

const HAS_WORD_CHAR = /[\p{Script=Han}A-Za-z]/u;
const NUMERAL_ONLY = /^[零〇一二三四五六七八九十百千万亿两几多余第\d.,%‰年月日号个次届批项家件条座所名位]+$/u;
const PUNCT = /[\p{P}\p{S}\s]/u;

/** True when a token can be a key term: ≥2 characters, has a Han/Latin letter, not a number/date, no punctuation, not a stop word. */
export function isTermToken(token: string): boolean {
  const t = token.trim();
  if ([...t].length < 2) return false;
  if (!HAS_WORD_CHAR.test(t)) return false;
  if (/^\d/.test(t)) return false; // 2023年, 5G is lost too: numbers lead too many tokens (12个, 3.5%)
  if (NUMERAL_ONLY.test(t)) return false;
  if (PUNCT.test(t)) return false;
  return !STOP_WORDS.has(t);
}

export interface TermScore {
  term: string;
  count: number;
  /** Occurrences per 1,000 term tokens of the unit (section or report). */
  frequency: number;
  /** Number of units (sections or reports) that contain the term. */
  df: number;
  score: number;
}

export interface SectionTerms {
  title: string;
  line: number;
  tokens: number;
  terms: TermScore[];
}

export interface ReportTerms {
  title: string;
  line: number;
  year: number | null;
  tokens: number;
  terms: TermScore[];
  sections: SectionTerms[];
}

export interface KeyTermsResult {
  segmenter: string;
  /** What report terms were ranked against: the background model (its reports and terms), or null (within the given texts). */
  background: { reports: number; terms: number } | null;
  reports: ReportTerms[];
}

export interface KeyTermsOptions {
  /** Terms per report and per section (default 20). */
  top?: number;
  /** An analysis of the same text, if already computed. */
  analysis?: Analysis;
  /** Analyses of the inputs of `keyTermsOfTexts`, if already computed (same order). */
  analyses?: Analysis[];
  /**
   * The background model (data/background.json): report terms are then ranked against it
   * (`rankKeyTerms`, with each report's year and place from its analysis), and section terms skip
   * units, function words and place names the same way. Without it: TF-IDF within the given texts.
   */
  background?: Background;
}

/** Term counts of a token list (only tokens that pass `isTermToken`). */
export function countTerms(tokens: Iterable<string>): Map<string, number> {
  const m = new Map<string, number>();
  for (const raw of tokens) {
    const t = raw.trim();
    if (isTermToken(t)) m.set(t, (m.get(t) ?? 0) + 1);
  }
  return m;
}

function total(counts: Map<string, number>): number {
  let n = 0;
  for (const v of counts.values()) n += v;
  return n;
}

/**
 * TF-IDF ranking of each unit's counts against the others: tf = count / total, idf = ln((1 + N) /
 * (1 + df)) + 1 (smoothed, so a term in every unit still ranks by frequency).
 */
export function rankTfIdf(units: Array<Map<string, number>>, top: number): TermScore[][] {
  const df = new Map<string, number>();
  for (const u of units) for (const t of u.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const n = units.length;
  return units.map(u => {
    const sum = total(u) || 1;
    const scored: TermScore[] = [];
    for (const [term, count] of u) {
      const d = df.get(term) ?? 1;
      const idf = Math.log((1 + n) / (1 + d)) + 1;
      scored.push({ term, count, frequency: (count / sum) * 1000, df: d, score: (count / sum) * idf });
    }
    scored.sort((a, b) => b.score - a.score || b.count - a.count || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0));
    return scored.slice(0, top);
  });
}

function merge(maps: Array<Map<string, number>>): Map<string, number> {
  const out = new Map<string, number>();
  for (const m of maps) for (const [k, v] of m) out.set(k, (out.get(k) ?? 0) + v);
  return out;
}

interface Unit {
  title: string;
  line: number;
  start: number;
  end: number;
}

/** The preamble and the top-level sections of a report (level of its first heading). */
function sectionUnits(text: string, r: { start: number; end: number; line: number; title: string; outline: OutlineNode[] }): Unit[] {
  const tops = r.outline.filter(n => n.level === r.outline[0]?.level);
  const units: Unit[] = [];
  const firstStart = tops.length ? tops[0].start : r.end;
  if (text.slice(r.start, firstStart).trim()) units.push({ title: '（开篇）', line: r.line, start: r.start, end: firstStart });
  tops.forEach((n, i) => {
    const end = i + 1 < tops.length ? tops[i + 1].start : r.end;
    units.push({ title: n.text, line: n.line, start: n.start, end });
  });
  return units;
}

/** Key terms per report and per top-level section of `input`. */
export async function keyTerms(input: string, segmenter: Segmenter, options: KeyTermsOptions = {}): Promise<KeyTermsResult> {
  return keyTermsOfTexts([input], segmenter, options);
}

/**
 * Key terms of several texts at once: every report of every text is a unit of the report-level
 * ranking (so document frequency runs across reports when there are several).
 */
export async function keyTermsOfTexts(inputs: string[], segmenter: Segmenter, options: KeyTermsOptions = {}): Promise<KeyTermsResult> {
  const top = options.top ?? 20;
  const perReport: Array<{ title: string; line: number; year: number | null; place: string | null; admin?: Set<string>; sections: Array<{ unit: Unit; counts: Map<string, number> }> }> = [];
  for (let k = 0; k < inputs.length; k++) {
    const input = inputs[k];
    const text = normalizeWidth(input);
    const analysis = options.analyses?.[k] ?? (inputs.length === 1 && options.analysis ? options.analysis : analyze(input));
    const reports = analysis.reports.length
      ? analysis.reports
      : [{ title: '', line: 1, year: null, place: null, start: 0, end: text.length, outline: [] as OutlineNode[] }];
    for (const r of reports) {
      const units = sectionUnits(text, r);
      const counts = await Promise.all(units.map(u => segmentCounts(segmenter, proseLines(text.slice(u.start, u.end)))));
      perReport.push({ title: r.title, line: r.line, year: r.year, place: r.place, admin: options.background ? adminUnitStems(text.slice(r.start, r.end)) : undefined, sections: units.map((unit, i) => ({ unit, counts: counts[i] })) });
    }
  }
  const reportCounts = perReport.map(r => merge(r.sections.map(s => s.counts)));
  const bg = options.background;
  const reportRanks = bg ? null : perReport.length > 1 ? rankTfIdf(reportCounts, top) : null;
  const reports: ReportTerms[] = perReport.map((r, i) => {
    let sectionCounts = r.sections.map(s => s.counts);
    if (bg) {
      const own = ownNamesOf(reportCounts[i], bg, r.place, r.admin);
      sectionCounts = sectionCounts.map(c => new Map([...c].filter(([t]) => isKeyTermCandidate(t, bg, own))));
    }
    const sectionRanks = rankTfIdf(sectionCounts, top);
    let terms: TermScore[];
    if (bg) {
      terms = rankKeyTerms(reportCounts[i], bg, { year: r.year, place: r.place, adminStems: r.admin, top });
    } else if (reportRanks) {
      terms = reportRanks[i];
    } else {
      // one report: idf across its sections, tf over the whole report
      const df = new Map<string, number>();
      for (const s of r.sections) for (const t of s.counts.keys()) df.set(t, (df.get(t) ?? 0) + 1);
      const n = r.sections.length;
      const sum = total(reportCounts[i]) || 1;
      terms = [...reportCounts[i]].map(([term, count]) => {
        const d = df.get(term) ?? 1;
        return { term, count, frequency: (count / sum) * 1000, df: d, score: (count / sum) * (Math.log((1 + n) / (1 + d)) + 1) };
      });
      terms.sort((a, b) => b.score - a.score || b.count - a.count || (a.term < b.term ? -1 : 1));
      terms = terms.slice(0, top);
    }
    return {
      title: r.title,
      line: r.line,
      year: r.year,
      tokens: total(reportCounts[i]),
      terms,
      sections: r.sections.map((s, j) => ({ title: s.unit.title, line: s.unit.line, tokens: total(s.counts), terms: sectionRanks[j] })),
    };
  });
  return { segmenter: segmenter.name, background: bg ? { reports: bg.totalDocs, terms: bg.size } : null, reports };
}

export interface TermChange {
  term: string;
  countA: number;
  countB: number;
  /** Occurrences per 10,000 term tokens. */
  freqA: number;
  freqB: number;
  /** freqB / freqA (Infinity for new terms, 0 for vanished ones). */
  ratio: number;
}

export interface TermComparison {
  tokensA: number;
  tokensB: number;
  rose: TermChange[];
  fell: TermChange[];
  new: TermChange[];
  vanished: TermChange[];
}

export interface CompareOptions {
  top?: number;
  minCount?: number;
  /**
   * The background model: only key-term candidates are compared (no units, numbers, function words,
   * administrative-unit names or either report's own place names, see `isKeyTermCandidate`), and
   * each list is ordered by the change in frequency weighted by the term's corpus IDF (`keyTermIdf`),
   * the weight Key Terms ranks by, so distinctive terms come before everyday words.
   */
  background?: Background;
  /** Years and places of the two reports (from their analyses), for the IDF and the place names. */
  yearA?: number | null;
  yearB?: number | null;
  placeA?: string | null;
  placeB?: string | null;
  /** `adminUnitStems` of both texts: place-name terms written as administrative units are left out. */
  adminStems?: ReadonlySet<string>;
}

/**
 * What changed between two reports' term counts, by normalised frequency (per 10,000 term tokens):
 * `new` = absent from A and at least `minCount` in B, `vanished` = the reverse, `rose`/`fell` = in
 * both with a ratio of at least 1.5 (each list sorted by the size of the change, weighted by IDF
 * when a background is given).
 */
export function compareTerms(a: Map<string, number>, b: Map<string, number>, options: CompareOptions = {}): TermComparison {
  const top = options.top ?? 30;
  const minCount = options.minCount ?? 3;
  const bg = options.background;
  const ta = total(a) || 1;
  const tb = total(b) || 1;
  const rose: TermChange[] = [];
  const fell: TermChange[] = [];
  const added: TermChange[] = [];
  const vanished: TermChange[] = [];
  const weight = new Map<string, number>();
  const own = bg ? new Set([...ownNamesOf(a, bg, options.placeA, options.adminStems), ...ownNamesOf(b, bg, options.placeB, options.adminStems)]) : null;
  const terms = new Set([...a.keys(), ...b.keys()]);
  for (const term of terms) {
    if (bg && !isKeyTermCandidate(term, bg, own!)) continue;
    const countA = a.get(term) ?? 0;
    const countB = b.get(term) ?? 0;
    const freqA = (countA / ta) * 10000;
    const freqB = (countB / tb) * 10000;
    const ch: TermChange = { term, countA, countB, freqA, freqB, ratio: countA ? freqB / freqA : Infinity };
    if (bg) weight.set(term, (keyTermIdf(term, bg, options.yearA).idf + keyTermIdf(term, bg, options.yearB).idf) / 2);
    if (!countA) {
      if (countB >= minCount) added.push(ch);
    } else if (!countB) {
      if (countA >= minCount) vanished.push(ch);
    } else if (Math.max(countA, countB) >= minCount) {
      if (ch.ratio >= 1.5) rose.push(ch);
      else if (ch.ratio <= 1 / 1.5) fell.push(ch);
    }
  }
  const size = (x: TermChange): number => Math.abs(x.freqB - x.freqA) * (weight.get(x.term) ?? 1);
  const byDiff = (x: TermChange, y: TermChange): number => size(y) - size(x) || (x.term < y.term ? -1 : 1);
  return {
    tokensA: total(a),
    tokensB: total(b),
    rose: rose.sort(byDiff).slice(0, top),
    fell: fell.sort(byDiff).slice(0, top),
    new: added.sort(byDiff).slice(0, top),
    vanished: vanished.sort(byDiff).slice(0, top),
  };
}

/**
 * Compare Key Terms of two report texts (the extension's command and `govreport keywords --compare`):
 * term counts of their prose (`termCounts`), then `compareTerms` against the background with each
 * text's year and place from its analysis (its first report), so new and vanished terms are key-term
 * candidates (no units, numbers, function words or place names of either report).
 */
export async function compareKeyTerms(
  textA: string,
  textB: string,
  segmenter: Segmenter,
  options: { background?: Background; analysisA?: Analysis; analysisB?: Analysis; top?: number; minCount?: number } = {},
): Promise<TermComparison> {
  const [ca, cb] = await Promise.all([termCounts(textA, segmenter), termCounts(textB, segmenter)]);
  if (!options.background) return compareTerms(ca, cb, { top: options.top, minCount: options.minCount });
  const ra = (options.analysisA ?? analyze(textA)).reports[0];
  const rb = (options.analysisB ?? analyze(textB)).reports[0];
  const adminStems = adminUnitStems(normalizeWidth(textA));
  for (const s of adminUnitStems(normalizeWidth(textB))) adminStems.add(s);
  return compareTerms(ca, cb, {
    top: options.top,
    minCount: options.minCount,
    background: options.background,
    yearA: ra?.year ?? null,
    yearB: rb?.year ?? null,
    placeA: ra?.place ?? null,
    placeB: rb?.place ?? null,
    adminStems,
  });
}

async function segmentCounts(segmenter: Segmenter, text: string): Promise<Map<string, number>> {
  if (segmenter.countTerms) return segmenter.countTerms(text);
  return countTerms(await segmenter.cut(text));
}

/** Term counts of a span of text (a whole report for comparisons; its prose lines, see `proseLines`). */
export async function termCounts(text: string, segmenter: Segmenter): Promise<Map<string, number>> {
  return segmentCounts(segmenter, proseLines(normalizeWidth(text)));
}

const SENTENCE_MARK = /[，。；、！？：,;!?:]/u;
const HEADING_START = /^(?:#{1,6}\s|\*\*|[一二三四五六七八九十]{1,3}[、．.]|[（(][一二三四五六七八九十]{1,3}[）)])/u;

function hanCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) n++;
  }
  return n;
}

/**
 * The lines of `text` that are report prose: lines with sentence punctuation, headings (一、…
 * （一）… ## …) and lines of 40 or more Han characters. Web-page chrome that survives in pasted
 * reports (登录 | 立即注册, 返回顶部 返回列表, 客服中心, Powered by …) has none of these and is
 * dropped before counting.
 */
export function proseLines(text: string): string {
  let out = '';
  for (const line of text.split('\n')) {
    const t = line.trim();
    if (t && (SENTENCE_MARK.test(t) || HEADING_START.test(t) || hanCount(t) >= 40)) out += line + '\n';
  }
  return out;
}

const ADMIN_MARK = /[区县市旗盟州镇乡]/gu;
const NOT_ADMIN_AFTER = /[场民域位间]/u;
const HAN = /^\p{Script=Han}+$/u;

/**
 * Words written right before an administrative suffix in `text` (万州 in 万州区, 锦江 in 锦江区):
 * the 2–4 Han characters before each 区/县/市/旗/盟/州/镇/乡 that does not start 市场, 市民, 区域,
 * 区位 or 区间. Key Terms treats the place-name terms among them (background tag 's') as names of
 * administrative units (the report's sub-units and neighbours), which never rank. One pass.
 */
export function adminUnitStems(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(ADMIN_MARK)) {
    const i = m.index ?? 0;
    if (NOT_ADMIN_AFTER.test(text.charAt(i + 1))) continue;
    for (let k = 2; k <= 4 && k <= i; k++) {
      const stem = text.slice(i - k, i);
      if (!HAN.test(stem)) break;
      out.add(stem);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Key terms against the background (issue 13)
// ---------------------------------------------------------------------------------------------

/** Unit names (data/units.json, with magnitudes: 万公里, 亿千瓦, 亿户 …) and bare magnitudes. */
const UNIT_NAMES: ReadonlySet<string> = new Set(UNITS.map(u => u.unit));
const MAGNITUDE = /^(?:[十百千万亿]|万亿|千万|百万|十万)+/u;

/** True for a unit or a magnitude + unit (万公里, 亿千瓦, 亿户, 平方公里, 万人次, 千瓦时) or a bare magnitude run. */
export function isUnitToken(token: string): boolean {
  const t = token.trim();
  if (UNIT_NAMES.has(t)) return true;
  const rest = t.replace(MAGNITUDE, '');
  return rest === '' || (rest !== t && UNIT_NAMES.has(rest));
}

/** Administrative suffixes, longest first, stripped to get a place's short name (重庆市 → 重庆). */
const ADMIN_SUFFIX = /(?:壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区|自治州|自治县|地区|省|市|县|区|州|盟|旗)$/u;
/** A place name the analysis may return: Han characters ending in an administrative suffix. */
const PLACE_NAME = /^\p{Script=Han}{2,14}$/u;
/** A token that names an administrative unit (锦江区, 厦门市, 鹿城区): ≥3 characters ending in one. */
const ADMIN_UNIT_TOKEN = /^\p{Script=Han}{2,10}[省市县区州旗盟镇乡]$/u;

/**
 * The names a report uses for its own place: the place as the analysis read it (厦门市), its short
 * name (厦门) and, for the State Council, 中国 / 全国 / 中华人民共和国. Empty for a missing or
 * implausible place (a long phrase, punctuation).
 */
export function ownPlaceNames(place: string | null | undefined): string[] {
  const p = (place ?? '').replace(/\s+/g, '');
  if (!PLACE_NAME.test(p)) return [];
  if (p === '国务院' || p === '全国' || p === '中国') return ['国务院', '中国', '全国', '中华人民共和国', '我国'];
  if (!ADMIN_SUFFIX.test(p)) return [];
  const out = new Set([p]);
  // 泉州市鲤城区 → 泉州市, 泉州, 鲤城区, 鲤城 (a lone 州 is no unit: 泉州市 is one)
  for (const m of p.matchAll(/\p{Script=Han}{2,14}?(?:壮族自治区|回族自治区|维吾尔自治区|自治区|自治州|自治县|特别行政区|地区|省|市|县|区|盟|旗)/gu)) {
    out.add(m[0]);
    const short = m[0].replace(ADMIN_SUFFIX, '');
    if ([...short].length >= 2) out.add(short);
  }
  return [...out];
}

export interface RankOptions {
  /** The report's year (from its analysis): document frequency of that year counts too. */
  year?: number | null;
  /** The report's place (from its analysis): its names never rank. */
  place?: string | null;
  /** Terms to return (default 20). */
  top?: number;
  /** Occurrences a term needs (default 2 in reports of ≥ 1,000 term tokens, else 1). */
  minCount?: number;
  /** `adminUnitStems` of the report's text: its place-name terms among them never rank. */
  adminStems?: ReadonlySet<string>;
}

/** A key term against the background. */
export interface KeyTerm extends TermScore {
  /** Share of the background's reports (of the report's year when it has enough reports, else all) that use the term. */
  share: number;
}

/** Minimum reports in a year bucket for its document frequency to count. */
const MIN_YEAR_DOCS = 20;

/**
 * Why TF-IDF with the corpus IDF (and not log-likelihood keyness): the question is "what does this
 * report say that other reports do not", i.e. how many of the other reports use a word, which is
 * exactly a document frequency; the background then needs only document frequencies (the same
 * numbers Term Trends shows as "share of reports"). Log-likelihood (G²) against background token
 * frequencies rewards long reports' very frequent, mildly over-represented words (发展, 建设) and
 * needs the background's token counts of every term, which do not fit the 2 MB budget for rare
 * terms. The IDF is the mean of ln(N/df) over all years and over the report's own year (when the
 * background has ≥ 20 reports of it): a word of the whole era (新质生产力 in 2024) still ranks for
 * being rare across the corpus, and words of the report's own place and agenda rank highest.
 */
export function keyTermIdf(term: string, background: Background, year?: number | null): { idf: number; share: number } {
  const n = background.totalDocs || 1;
  const dfAll = background.df(term);
  const idfAll = Math.log((n + 1) / (dfAll + 1));
  const ny = year ? background.docsInYear(year) : 0;
  if (!year || ny < MIN_YEAR_DOCS) return { idf: idfAll, share: dfAll / n };
  const dfYear = background.df(term, year);
  const idfYear = Math.log((ny + 1) / (dfYear + 1));
  return { idf: (idfAll + idfYear) / 2, share: dfYear / ny };
}

/**
 * A token that may rank as a key term of a report (see `isTermToken`), and is not a unit or a
 * number (万公里, 亿户; the background's jieba tag m/q), not a function word (tag c/p/u/r/d/f …),
 * not an administrative unit's name (锦江区, 厦门市: the report's own sub-units, or neighbours it
 * lists) and not one of `ownNames`.
 */
export function isKeyTermCandidate(term: string, background: Background | null, ownNames: ReadonlySet<string> = new Set()): boolean {
  if (!isTermToken(term) || isUnitToken(term) || ownNames.has(term)) return false;
  const pos = background?.pos(term) ?? '';
  if (pos === 'm' || pos === 'f') return false;
  if (ADMIN_UNIT_TOKEN.test(term) && (pos === 's' || !background?.has(term))) return false;
  return true;
}

/**
 * The report's own place names: `ownPlaceNames(place)`, its place-name terms (background tag 's')
 * written as administrative units in its text (`adminStems`: 万州 of 万州区, the report's sub-units
 * and neighbours) and its most frequent place-name term when that occurs at least 5 times (the
 * analysis may miss the place; a report names itself far more often than any other place).
 */
export function ownNamesOf(counts: Map<string, number>, background: Background | null, place?: string | null, adminStems?: ReadonlySet<string>): Set<string> {
  const names = new Set(ownPlaceNames(place));
  if (background && adminStems) for (const t of counts.keys()) if (adminStems.has(t) && background.pos(t) === 's') names.add(t);
  if (background) {
    let best = '';
    let bestCount = 4;
    for (const [t, c] of counts) if (c > bestCount && background.pos(t) === 's') [best, bestCount] = [t, c];
    if (best) for (const n of ownPlaceNames(ADMIN_SUFFIX.test(best) ? best : best + '市')) names.add(n);
    if (best) names.add(best);
  }
  return names;
}

function byScore(a: TermScore, b: TermScore): number {
  return b.score - a.score || b.count - a.count || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0);
}

/**
 * Key terms of one report's term counts (or tokens) against the background: TF-IDF with the
 * corpus IDF (`keyTermIdf`). Units, numbers, function words, administrative-unit names and the
 * report's own place names never rank. Pure: the background comes in as data.
 */
export function rankKeyTerms(input: Map<string, number> | Iterable<string>, background: Background, options: RankOptions = {}): KeyTerm[] {
  const counts = input instanceof Map ? input : countTerms(input);
  const top = options.top ?? 20;
  const sum = total(counts) || 1;
  const minCount = options.minCount ?? (sum >= 1000 ? 2 : 1);
  const own = ownNamesOf(counts, background, options.place, options.adminStems);
  const scored: KeyTerm[] = [];
  for (const [term, count] of counts) {
    if (count < minCount || !isKeyTermCandidate(term, background, own)) continue;
    const { idf, share } = keyTermIdf(term, background, options.year);
    const tf = count / sum;
    scored.push({ term, count, frequency: tf * 1000, df: Math.round(background.df(term)), score: tf * idf, share });
  }
  return scored.sort(byScore).slice(0, top);
}
