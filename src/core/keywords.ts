/**
 * Key terms of reports by TF-IDF. A report is split into its top-level sections (plus the preamble
 * before the first one); section terms are ranked with document frequency across the report's
 * sections; report terms with document frequency across the given reports when there are several,
 * else across the report's sections. Numbers, punctuation, single characters and stop words
 * (stopwords.json) are not terms. Pure: segmentation comes in through the `Segmenter` interface.
 */
import stopwordData from './stopwords.json';
import type { Analysis, OutlineNode } from './types';
import { analyze } from './analyze';
import { normalizeWidth } from './text';
import type { Segmenter } from './segmenter';

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
  reports: ReportTerms[];
}

export interface KeyTermsOptions {
  /** Terms per report and per section (default 20). */
  top?: number;
  /** An analysis of the same text, if already computed. */
  analysis?: Analysis;
  /** Analyses of the inputs of `keyTermsOfTexts`, if already computed (same order). */
  analyses?: Analysis[];
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
  const perReport: Array<{ title: string; line: number; year: number | null; sections: Array<{ unit: Unit; counts: Map<string, number> }> }> = [];
  for (let k = 0; k < inputs.length; k++) {
    const input = inputs[k];
    const text = normalizeWidth(input);
    const analysis = options.analyses?.[k] ?? (inputs.length === 1 && options.analysis ? options.analysis : analyze(input));
    const reports = analysis.reports.length
      ? analysis.reports
      : [{ title: '', line: 1, year: null, start: 0, end: text.length, outline: [] as OutlineNode[] }];
    for (const r of reports) {
      const units = sectionUnits(text, r);
      const counts = await Promise.all(units.map(u => segmentCounts(segmenter, text.slice(u.start, u.end))));
      perReport.push({ title: r.title, line: r.line, year: r.year, sections: units.map((unit, i) => ({ unit, counts: counts[i] })) });
    }
  }
  const reportCounts = perReport.map(r => merge(r.sections.map(s => s.counts)));
  const reportRanks = perReport.length > 1 ? rankTfIdf(reportCounts, top) : null;
  const reports: ReportTerms[] = perReport.map((r, i) => {
    const sectionRanks = rankTfIdf(r.sections.map(s => s.counts), top);
    let terms: TermScore[];
    if (reportRanks) {
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
  return { segmenter: segmenter.name, reports };
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

/**
 * What changed between two reports' term counts, by normalised frequency (per 10,000 term tokens):
 * `new` = absent from A and at least `minCount` in B, `vanished` = the reverse, `rose`/`fell` = in
 * both with a ratio of at least 1.5 (each list sorted by the size of the change).
 */
export function compareTerms(a: Map<string, number>, b: Map<string, number>, options: { top?: number; minCount?: number } = {}): TermComparison {
  const top = options.top ?? 30;
  const minCount = options.minCount ?? 3;
  const ta = total(a) || 1;
  const tb = total(b) || 1;
  const rose: TermChange[] = [];
  const fell: TermChange[] = [];
  const added: TermChange[] = [];
  const vanished: TermChange[] = [];
  const terms = new Set([...a.keys(), ...b.keys()]);
  for (const term of terms) {
    const countA = a.get(term) ?? 0;
    const countB = b.get(term) ?? 0;
    const freqA = (countA / ta) * 10000;
    const freqB = (countB / tb) * 10000;
    const ch: TermChange = { term, countA, countB, freqA, freqB, ratio: countA ? freqB / freqA : Infinity };
    if (!countA) {
      if (countB >= minCount) added.push(ch);
    } else if (!countB) {
      if (countA >= minCount) vanished.push(ch);
    } else if (Math.max(countA, countB) >= minCount) {
      if (ch.ratio >= 1.5) rose.push(ch);
      else if (ch.ratio <= 1 / 1.5) fell.push(ch);
    }
  }
  const byDiff = (x: TermChange, y: TermChange): number => Math.abs(y.freqB - y.freqA) - Math.abs(x.freqB - x.freqA) || (x.term < y.term ? -1 : 1);
  return {
    tokensA: total(a),
    tokensB: total(b),
    rose: rose.sort(byDiff).slice(0, top),
    fell: fell.sort(byDiff).slice(0, top),
    new: added.sort(byDiff).slice(0, top),
    vanished: vanished.sort(byDiff).slice(0, top),
  };
}

async function segmentCounts(segmenter: Segmenter, text: string): Promise<Map<string, number>> {
  if (segmenter.countTerms) return segmenter.countTerms(text);
  return countTerms(await segmenter.cut(text));
}

/** Term counts of a span of text (a whole report for comparisons). */
export async function termCounts(text: string, segmenter: Segmenter): Promise<Map<string, number>> {
  return segmentCounts(segmenter, normalizeWidth(text));
}
