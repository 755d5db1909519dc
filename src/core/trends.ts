/**
 * Term trends (issue 13): how often a term is used per year (or per level) across a set of reports
 * or in the bundled background model, when it was first seen and when it peaked, and the terms that
 * rose and fell most between two periods. Pure: documents come in as (year, level, term counts),
 * the background as data (src/core/background.ts).
 *
 * Two measures per bucket: the share of reports that use the term (document frequency / reports)
 * and its frequency per 10,000 term tokens (occurrences / term tokens × 10,000; the background
 * stores occurrences per year but not per level, so per-level frequencies of the background are null).
 */
import type { Background } from './background';
import { countTerms, isKeyTermCandidate, proseLines } from './keywords';
import { analyze } from './analyze';
import { normalizeWidth } from './text';
import type { Segmenter } from './segmenter';

export type TrendBy = 'year' | 'level';

/** One report for trends: its year and level (from its analysis) and its term counts. */
export interface TrendDoc {
  year: number | null;
  level?: string | null;
  counts: ReadonlyMap<string, number>;
  /** Term tokens of the report, when `counts` holds only some terms (default: the sum of `counts`). */
  tokens?: number;
}

export interface TrendPoint {
  /** The year (as a string when by level: the level). */
  key: string;
  year: number | null;
  /** Reports in the bucket. */
  docs: number;
  /** Reports in the bucket that use the term. */
  docsWith: number;
  /** docsWith / docs (0–1). */
  share: number;
  /** Occurrences (null when unknown: the background by level). */
  count: number | null;
  /** Term tokens of the bucket's reports. */
  tokens: number;
  /** Occurrences per 10,000 term tokens (null when unknown). */
  per10k: number | null;
}

export interface TermTrend {
  term: string;
  by: TrendBy;
  /** Every bucket, in order (years ascending; levels in the source's order). */
  points: TrendPoint[];
  /** Reports that use the term, in all buckets. */
  docsWith: number;
  /** First and last year with a report that uses it (null by level, or when unused). */
  firstSeen: number | null;
  lastSeen: number | null;
  /**
   * The bucket where it is used most: highest frequency per 10,000 term tokens (share of reports
   * when frequencies are unknown), among buckets of at least `minDocs` reports; null when unused.
   */
  peak: string | null;
}

export interface TrendOptions {
  by?: TrendBy;
  /** Buckets with fewer reports are not candidates for the peak (default 1). */
  minDocs?: number;
}

/** Aggregated buckets of a document set or of the background, per term. */
interface Buckets {
  keys: string[];
  years: Array<number | null>;
  docs: number[];
  tokens: number[];
  /** term → per bucket [df, count]; count is NaN when unknown. */
  term(term: string): Array<[number, number]>;
  allTerms(): Iterable<string>;
}

const LEVEL_ORDER = ['national', 'provincial', 'city', 'county', 'unknown'];

function total(counts: ReadonlyMap<string, number>): number {
  let n = 0;
  for (const v of counts.values()) n += v;
  return n;
}

/** Buckets of documents by year (documents without a year are left out) or by level ('unknown' when none). */
function docBuckets(docs: readonly TrendDoc[], by: TrendBy, only?: ReadonlySet<string>): Buckets {
  const keyOf = (d: TrendDoc): string | null => (by === 'year' ? (d.year ? String(d.year) : null) : d.level || 'unknown');
  const keySet = new Set<string>();
  for (const d of docs) {
    const k = keyOf(d);
    if (k !== null) keySet.add(k);
  }
  const keys = [...keySet].sort((a, b) =>
    by === 'year' ? Number(a) - Number(b) : (LEVEL_ORDER.indexOf(a) + 1 || 99) - (LEVEL_ORDER.indexOf(b) + 1 || 99) || (a < b ? -1 : 1));
  const index = new Map(keys.map((k, i) => [k, i]));
  const nDocs = keys.map(() => 0);
  const nTokens = keys.map(() => 0);
  // sparse: term → bucket → [df, count] (a term appears in few buckets; `only` limits the terms kept)
  const perTerm = new Map<string, Map<number, [number, number]>>();
  for (const d of docs) {
    const k = keyOf(d);
    if (k === null) continue;
    const i = index.get(k)!;
    nDocs[i]++;
    nTokens[i] += d.tokens ?? total(d.counts);
    for (const [t, c] of d.counts) {
      if (only && !only.has(t)) continue;
      let row = perTerm.get(t);
      if (!row) perTerm.set(t, (row = new Map()));
      const cell = row.get(i);
      if (cell) {
        cell[0]++;
        cell[1] += c;
      } else row.set(i, [1, c]);
    }
  }
  return {
    keys,
    years: keys.map(k => (by === 'year' ? Number(k) : null)),
    docs: nDocs,
    tokens: nTokens,
    term: t => {
      const row = keys.map(() => [0, 0] as [number, number]);
      for (const [i, cell] of perTerm.get(t) ?? []) row[i] = [cell[0], cell[1]];
      return row;
    },
    allTerms: () => perTerm.keys(),
  };
}

function backgroundBuckets(bg: Background, by: TrendBy): Buckets {
  if (by === 'level') {
    return {
      keys: [...bg.levels],
      years: bg.levels.map(() => null),
      docs: [...bg.levelDocs],
      tokens: [...bg.levelTokens],
      term: t => {
        const e = bg.get(t);
        return bg.levels.map((_, i) => [e ? e.levelDf[i] : 0, NaN] as [number, number]);
      },
      allTerms: () => bg.terms(),
    };
  }
  const index = new Map(bg.years.map((y, i) => [y, i]));
  return {
    keys: bg.years.map(String),
    years: [...bg.years],
    docs: [...bg.docs],
    tokens: [...bg.tokens],
    term: t => {
      const row = bg.years.map(() => [0, 0] as [number, number]);
      for (const y of bg.get(t)?.years ?? []) row[index.get(y.year)!] = [y.df, y.count];
      return row;
    },
    allTerms: () => bg.terms(),
  };
}

function bucketsOf(source: readonly TrendDoc[] | Background, by: TrendBy, only?: ReadonlySet<string>): Buckets {
  return Array.isArray(source) ? docBuckets(source as readonly TrendDoc[], by, only) : backgroundBuckets(source as Background, by);
}

function trendOf(term: string, b: Buckets, by: TrendBy, minDocs: number): TermTrend {
  const row = b.term(term);
  const points: TrendPoint[] = b.keys.map((key, i) => {
    const [df, count] = row[i];
    const known = !Number.isNaN(count);
    return {
      key,
      year: b.years[i],
      docs: b.docs[i],
      docsWith: df,
      share: b.docs[i] ? df / b.docs[i] : 0,
      count: known ? count : null,
      tokens: b.tokens[i],
      per10k: known && b.tokens[i] ? (count / b.tokens[i]) * 10000 : null,
    };
  });
  const used = points.filter(p => p.docsWith > 0);
  const years = used.map(p => p.year).filter((y): y is number => y !== null);
  let peak: TrendPoint | null = null;
  const measure = (p: TrendPoint): number => p.per10k ?? p.share;
  for (const p of used) if (p.docs >= minDocs && (!peak || measure(p) > measure(peak))) peak = p;
  return {
    term,
    by,
    points,
    docsWith: used.reduce((a, p) => a + p.docsWith, 0),
    firstSeen: years.length ? Math.min(...years) : null,
    lastSeen: years.length ? Math.max(...years) : null,
    peak: peak?.key ?? null,
  };
}

/** Trends of `terms` across `source` (reports or the background), by year (default) or level. */
export function termTrends(terms: readonly string[], source: readonly TrendDoc[] | Background, options: TrendOptions = {}): TermTrend[] {
  const by = options.by ?? 'year';
  const b = bucketsOf(source, by, new Set(terms));
  return terms.map(t => trendOf(t, b, by, options.minDocs ?? 1));
}

export interface TermShift {
  term: string;
  /** Share of the period's reports that use the term (0–1). */
  shareA: number;
  shareB: number;
  /** Occurrences per 10,000 term tokens in each period. */
  per10kA: number;
  per10kB: number;
  docsWithA: number;
  docsWithB: number;
}

export interface TermShifts {
  periodA: [number, number];
  periodB: [number, number];
  docsA: number;
  docsB: number;
  /** Largest gain in share of reports first. */
  rose: TermShift[];
  /** Largest loss in share of reports first. */
  fell: TermShift[];
}

/**
 * The terms that rose and fell most between two periods of years (inclusive ranges), by the change
 * in the share of reports that use them (a term every report takes up ranks above a word a few
 * reports repeat). Only key-term candidates count (no units, numbers, function words or
 * administrative-unit names; `isKeyTermCandidate` with `background` for parts of speech), and a term
 * needs `minDocs` reports (default 3) in the period where it is used more.
 */
export function termShifts(
  source: readonly TrendDoc[] | Background,
  periodA: [number, number],
  periodB: [number, number],
  options: { top?: number; minDocs?: number; background?: Background | null } = {},
): TermShifts {
  const top = options.top ?? 20;
  const minDocs = options.minDocs ?? 3;
  const bg = options.background ?? (Array.isArray(source) ? null : (source as Background));
  const b = bucketsOf(source, 'year');
  const inA = b.years.map(y => y !== null && y >= periodA[0] && y <= periodA[1]);
  const inB = b.years.map(y => y !== null && y >= periodB[0] && y <= periodB[1]);
  const sum = (xs: number[], mask: boolean[]): number => xs.reduce((a, x, i) => a + (mask[i] ? x : 0), 0);
  const docsA = sum(b.docs, inA);
  const docsB = sum(b.docs, inB);
  const tokA = sum(b.tokens, inA) || 1;
  const tokB = sum(b.tokens, inB) || 1;
  const shifts: TermShift[] = [];
  if (docsA && docsB) {
    for (const term of b.allTerms()) {
      const row = b.term(term);
      let dfA = 0, dfB = 0, cA = 0, cB = 0;
      row.forEach(([df, c], i) => {
        if (inA[i]) { dfA += df; cA += c; }
        if (inB[i]) { dfB += df; cB += c; }
      });
      if (Math.max(dfA, dfB) < minDocs || !isKeyTermCandidate(term, bg)) continue;
      shifts.push({ term, shareA: dfA / docsA, shareB: dfB / docsB, per10kA: (cA / tokA) * 10000, per10kB: (cB / tokB) * 10000, docsWithA: dfA, docsWithB: dfB });
    }
  }
  const diff = (s: TermShift): number => s.shareB - s.shareA;
  const tie = (x: TermShift, y: TermShift): number => (x.term < y.term ? -1 : x.term > y.term ? 1 : 0);
  return {
    periodA,
    periodB,
    docsA,
    docsB,
    rose: shifts.filter(s => diff(s) > 0).sort((x, y) => diff(y) - diff(x) || (y.per10kB - y.per10kA) - (x.per10kB - x.per10kA) || tie(x, y)).slice(0, top),
    fell: shifts.filter(s => diff(s) < 0).sort((x, y) => diff(x) - diff(y) || (x.per10kB - x.per10kA) - (y.per10kB - y.per10kA) || tie(x, y)).slice(0, top),
  };
}

/**
 * The level of a report from what its analysis read: national for the State Council (place 国务院
 * or a title naming it), provincial for 省 / 自治区, city for 市 / 州 / 盟 / 地区 (the four
 * municipalities too, as the background's corpus files them), county for 县 / 区 / 旗; null when
 * unknown.
 */
export function reportLevel(place: string | null | undefined, title = ''): string | null {
  const p = (place ?? '').replace(/\s+/g, '');
  if (p === '国务院' || p === '全国' || /国务院/.test(title)) return 'national';
  if (!/^\p{Script=Han}{2,14}$/u.test(p)) return null;
  if (/(?:省|自治区)$/u.test(p)) return 'provincial';
  if (/(?:市|自治州|州|盟|地区)$/u.test(p)) return 'city';
  if (/(?:县|区|旗)$/u.test(p)) return 'county';
  return null;
}

/**
 * Trend documents of one report file: one per report the analysis finds (the whole text when none),
 * with the year and level the analysis reads from the text and the term counts of its prose lines
 * (as Key Terms counts them).
 */
export async function trendDocsOfText(input: string, segmenter: Segmenter): Promise<TrendDoc[]> {
  const text = normalizeWidth(input);
  const analysis = analyze(input);
  const reports = analysis.reports.length ? analysis.reports : [{ start: 0, end: text.length, year: null, place: null, title: '' }];
  const docs: TrendDoc[] = [];
  for (const r of reports) {
    const span = proseLines(text.slice(r.start, r.end));
    const counts = segmenter.countTerms ? await segmenter.countTerms(span) : countTerms(await segmenter.cut(span));
    docs.push({ year: r.year, level: reportLevel(r.place, r.title), counts });
  }
  return docs;
}
