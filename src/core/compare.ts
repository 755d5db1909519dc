/**
 * Targets versus actuals, and the comparison matrix of several reports. Pure: no `vscode`, no Node.
 *
 * Pairing
 *  (a) consecutive years of one place: the targets of the report for year Y are paired with the
 *      actuals of the report for year Y+1 (whose review describes year Y). A target and an actual
 *      pair when they have the same canonical key or overlapping names; an actual with a unit of
 *      the same kind is preferred.
 *  (b) inside one report's review: "地区生产总值增长6.2%，高于年初预期目标0.7个百分点" (the target is
 *      implied: 6.2 − 0.7) and "规模以上工业增加值增长5%，年初目标为增长8%左右" (the target is stated).
 *
 * Status rules (`judge`)
 *  - not comparable: either side qualitative or without a value, a relative target ("高于全省"),
 *    or units that cannot be converted into each other (% vs 亿元, 亿元 vs 万人 …).
 *  - 以上 (and no qualifier): met when actual ≥ target.
 *  - 以内 / 以下, or a ceiling verb (控制在): met when actual ≤ target.
 *  - 左右 / 上下: met when |actual − target| ≤ 0.5 percentage point (for % / 个百分点 units; 1% of the
 *    target for other units); beyond that, exceeding a floor target (or staying under a ceiling) is
 *    still met, anything else is missed.
 *  - ranges (value–upper): met when actual ≥ lower bound (≤ upper bound for 以内/以下 or a ceiling).
 *  - a decrease (下降/降低/减少) on one side only flips the actual's sign.
 *
 * Since issue 11 the verdict follows the target's bound (semantics.ts) on signed values, with an
 * `outcome` beside the old `status`: 'met', 'exceeded' (beyond the target by more than the
 * tolerance), 'within-ceiling' (a ceiling target such as CPI 3%左右 held: 0.2 is within it),
 * 'missed', 'not-comparable'. `status` stays 'met' | 'missed' | 'not-comparable' (met = met,
 * exceeded or within-ceiling). Pairs join a target for year N with an actual whose data year is N;
 * multi-year figures and low-confidence records stay out unless asked for.
 */
import type { Indicator, Report, TargetBound } from './types';
import { unitInfo, canonicalInfo, CANONICAL } from './lexicon';
import { Translate, untranslated } from './l10n';
import { boundOf, signedOf, isConfident, dataYearLabel } from './semantics';
import { trimEndOf } from './text';

export type PairStatus = 'met' | 'missed' | 'not-comparable';
/** The verdict by the target's bound (see the module comment). */
export type Outcome = 'met' | 'exceeded' | 'within-ceiling' | 'missed' | 'not-comparable';
export type PairMode = 'consecutive' | 'review';

/** The part of an indicator the comparison needs (an Indicator fits; `qualifier` may be any string). */
export type Measure = Pick<Indicator, 'name' | 'canonical' | 'verb' | 'value' | 'upper' | 'unit' | 'qualitative'
  | 'relative' | 'line' | 'start' | 'end' | 'text' | 'direction' | 'signedValue' | 'signedUpper' | 'dataYear' | 'dataYearFrom'
  | 'bound' | 'confidence'> & { qualifier: string };

/** Options of the pairing functions. */
export interface PairOptions {
  /** Also pair low-confidence records (default false: they stay out of Compare). */
  includeLowConfidence?: boolean;
}

/** One analysed report taking part in a comparison. */
export interface CompareReport {
  /** Caller's identifier (e.g. "file.txt#2"). */
  id: string;
  file: string;
  title: string;
  place: string | null;
  year: number | null;
  indicators: Indicator[];
}

export interface Verdict { status: PairStatus; reason: string; outcome: Outcome }

export interface TargetPair extends Verdict {
  mode: PairMode;
  /** Index into the reports array of the report holding the target. */
  targetReport: number;
  /** Index into the reports array of the report holding the actual. */
  actualReport: number;
  /** Index of the target in its report's indicators, or -1 when implied (mode review, "高于目标x"). */
  targetIndex: number;
  actualIndex: number;
  target: Measure;
  actual: Measure;
  key: string | null;
}

const PERCENTISH = new Set(['%', '％', '个百分点', '百分点']);

function norm(s: string): string {
  return s.replace(/[\s“”"'()（）、，,]/g, '');
}

/** Names overlap: one contains the other, or they share a run of at least 4 characters. */
export function namesOverlap(a: string, b: string): boolean {
  const x = norm(a);
  const y = norm(b);
  if (!x || !y) return false;
  if (x.includes(y) || y.includes(x)) return x.length >= 2 && y.length >= 2;
  for (let i = 0; i + 4 <= x.length; i++) if (y.includes(x.slice(i, i + 4))) return true;
  return false;
}

/** Same canonical key, or (when either has none) overlapping names. */
export function sameIndicator(a: Measure, b: Measure): boolean {
  if (a.canonical && b.canonical) return a.canonical === b.canonical;
  return namesOverlap(a.name, b.name);
}

/** Factor that converts `from` into `to`, or null when the units are of different kinds. */
export function unitFactor(from: string, to: string): number | null {
  const f = from.replace('％', '%');
  const t = to.replace('％', '%');
  if (f === t) return 1;
  const a = unitInfo(f);
  const b = unitInfo(t);
  if (!a || !b || a.base !== b.base) return null;
  return a.factor / b.factor;
}

function fmt(n: number): string {
  return String(Math.round(n * 1000) / 1000);
}

function nc(reason: string): Verdict {
  return { status: 'not-comparable', reason, outcome: 'not-comparable' };
}

function verdict(outcome: Outcome, reason: string): Verdict {
  return { status: outcome === 'missed' ? 'missed' : outcome === 'not-comparable' ? 'not-comparable' : 'met', reason, outcome };
}

/**
 * Met / exceeded / within ceiling / missed / not comparable for one target and one actual, by the
 * target's bound (`bound`, or read from qualifier, verb and indicator) on signed values.
 */
export function judge(target: Measure, actual: Measure, tr: Translate = untranslated): Verdict {
  if (target.qualitative || target.value === null) return nc(tr('qualitative target'));
  if (actual.qualitative || actual.value === null) return nc(tr('qualitative actual'));
  if (target.relative) return nc(tr('relative target ({0})', target.relative));
  if (actual.relative) return nc(tr('relative actual ({0})', actual.relative));
  const factor = unitFactor(actual.unit, target.unit);
  if (factor === null) return nc(tr('unit mismatch ({0} vs {1})', actual.unit || '—', target.unit || '—'));
  const bound: TargetBound = target.bound ?? boundOf({ ...target, kind: 'target' }) ?? 'floor';
  const ts = signedOf(target);
  const as = signedOf(actual);
  const a = (as.value as number) * factor;
  const lo = ts.value as number;
  const hi = ts.upper ?? lo;
  const q = target.qualifier;
  const approx = q === '左右' || q === '上下';
  // tolerance of an approximate target, and the margin beyond which a target is exceeded
  const margin = PERCENTISH.has(target.unit) ? 0.5 : Math.abs(lo) * 0.01;
  const tol = (approx ? margin : 0) + 1e-9;
  const shown = `${fmt(lo)}${hi !== lo ? `–${fmt(hi)}` : ''}`;
  const down = (target.direction ?? null) === 'down' || ts.value !== null && ts.value < 0;
  switch (bound) {
    case 'ceiling':
      if (a <= hi + tol) {
        if (down) return a < hi - margin ? verdict('exceeded', `${tr('exceeded')} (${fmt(a)} ≤ ${fmt(hi)})`) : verdict('met', `≤ ${fmt(hi)}`);
        return verdict('within-ceiling', approx && a > hi ? tr('within ±{0} of {1}', fmt(margin), shown) : `${tr('below the ceiling')} (${fmt(a)} ≤ ${fmt(hi)})`);
      }
      return verdict('missed', approx ? tr('{0} vs {1}', fmt(a), `${fmt(hi)}${q}`) : `${fmt(a)} > ${fmt(hi)}`);
    case 'point':
      if (Math.abs(a - lo) <= tol || (a >= lo && a <= hi)) return verdict('met', tr('within ±{0} of {1}', fmt(margin), shown));
      if (a > hi) return verdict('exceeded', `${tr('exceeded')} (${fmt(a)} > ${shown}${q})`);
      return verdict('missed', tr('{0} vs {1}', fmt(a), `${shown}${q}`));
    case 'range':
    case 'floor':
      if (a < lo - tol) return verdict('missed', approx ? tr('{0} vs {1}', fmt(a), `${shown}${q}`) : `${fmt(a)} < ${fmt(lo)}`);
      if (a > hi + Math.max(tol, margin)) return verdict('exceeded', `${tr('exceeded')} (${fmt(a)} > ${shown}${q})`);
      return verdict('met', approx ? tr('within ±{0} of {1}', fmt(margin), shown) : `≥ ${fmt(lo)}`);
  }
}

/** A place as shown: without the session line read around it (**——1月29日在广州市 → 广州市). */
export function placeLabel(place: string): string {
  return trimEndOf(place.replace(/^[*\s—―─–-]+/, '').replace(/^(?:\d{4}年)?\d{1,2}月\d{1,2}日/, '')
    .replace(/^(?:在|关于)(?=\S{2})/, ''), '*') || place;
}

/** Place name without the administrative suffix ("厦门市" → "厦门"), for matching reports of one place. */
export function placeKey(place: string | null): string {
  if (!place) return '';
  place = placeLabel(place);
  // the State Council's reports are one place whatever their titles
  if (/^(?:全国|中国|中华人民共和国|国务院|中央人民政府)/.test(place)) return '全国';
  return place.replace(/(?:人民政府|政府)$/, '').replace(/(?:特别行政区|自治区|自治州|自治县|省|市|区|县|旗|州|盟)$/, '') || place;
}

function rank(t: Indicator, a: Indicator): number {
  let r = 0;
  if (t.canonical && a.canonical && t.canonical === a.canonical) r += 4;
  if (namesOverlap(t.name, a.name)) r += 2;
  if (unitFactor(a.unit, t.unit) !== null) r += 8;
  if (a.value !== null) r += 1;
  return r;
}

/** A figure of one year (no five-year average), whose data year is `year` when both are known. */
function ofYear(i: Indicator, year: number | null): boolean {
  if (i.dataYear !== undefined && i.dataYear !== null && i.dataYearFrom !== undefined && i.dataYearFrom !== i.dataYear) return false;
  return year === null || i.dataYear === undefined || i.dataYear === null || i.dataYear === year;
}

/** Pairs the targets of `prev` with the actuals of `next` (each actual used at most once). */
export function pairReports(prev: CompareReport, next: CompareReport, prevIndex: number, nextIndex: number, tr: Translate = untranslated,
  opt: PairOptions = {}): TargetPair[] {
  const pairs: TargetPair[] = [];
  const used = new Set<number>();
  const ok = (i: Indicator) => opt.includeLowConfidence || isConfident(i);
  prev.indicators.forEach((t, ti) => {
    if (t.kind !== 'target' || !ok(t) || !ofYear(t, prev.year)) return;
    const year = t.dataYear ?? prev.year;
    let best = -1;
    let bestRank = -1;
    next.indicators.forEach((a, ai) => {
      if (a.kind !== 'actual' || used.has(ai) || !ok(a) || !ofYear(a, year) || !sameIndicator(t, a)) return;
      if (/目标|预期|计划/.test(a.name) || (a.relative && /目标|预期|计划/.test(a.relative))) return;
      const r = rank(t, a);
      if (r > bestRank) { best = ai; bestRank = r; }
    });
    if (best < 0) return;
    used.add(best);
    const a = next.indicators[best];
    pairs.push({ mode: 'consecutive', targetReport: prevIndex, actualReport: nextIndex, targetIndex: ti, actualIndex: best,
      target: t, actual: a, key: t.canonical ?? a.canonical, ...judge(t, a, tr) });
  });
  return pairs;
}

function sentenceOf(i: Indicator): string {
  return `${i.sentence.start}:${i.sentence.end}`;
}

/** Pairs inside one report's review: a result and the target it states or implies. */
export function reviewPairs(r: CompareReport, index: number, tr: Translate = untranslated, opt: PairOptions = {}): TargetPair[] {
  const pairs: TargetPair[] = [];
  const ind = r.indicators;
  for (let k = 0; k < ind.length; k++) {
    const x = ind[k];
    if (x.kind !== 'actual' || x.value === null) continue;
    if (!opt.includeLowConfidence && !isConfident(x)) continue;
    const relTarget = !!x.relative && /目标|预期|计划/.test(x.relative);
    const namedTarget = !relTarget && /目标|预期|计划/.test(x.name);
    if (!relTarget && !namedTarget) continue;
    // the result this refers to: the closest earlier actual of the same sentence with a plain value
    let j = k - 1;
    while (j >= 0 && (sentenceOf(ind[j]) !== sentenceOf(x) || ind[j].kind !== 'actual' || ind[j].value === null
      || ind[j].relative || /目标|预期|计划/.test(ind[j].name))) {
      if (ind[j].sentence.start !== x.sentence.start) { j = -1; break; }
      j--;
    }
    if (j < 0) continue;
    const result = ind[j];
    if (relTarget) {
      // "增长6.2%，高于年初预期目标0.7个百分点": target = 6.2 − 0.7 (percentage points against %)
      const above = /高于|超过|超出|快于|多于|超/.test(x.verb + x.text.slice(0, 12));
      const below = /低于|慢于|少于/.test(x.verb + x.text.slice(0, 12));
      if (!above && !below) continue;
      const f = PERCENTISH.has(x.unit) && PERCENTISH.has(result.unit) ? 1 : unitFactor(x.unit, result.unit);
      if (f === null || result.value === null) continue;
      const base = signedOf(result).value as number;
      const implied = Math.round((base + (above ? -1 : 1) * (x.value as number) * f) * 1000) / 1000;
      const target: Measure = { ...x, name: result.name, canonical: result.canonical, verb: result.verb,
        value: result.direction === 'down' ? -implied : implied, upper: null, unit: result.unit, qualifier: '', relative: null, qualitative: false,
        direction: result.direction, signedValue: implied, signedUpper: null, bound: 'floor', dataYear: result.dataYear, dataYearFrom: result.dataYearFrom };
      pairs.push({ mode: 'review', targetReport: index, actualReport: index, targetIndex: -1, actualIndex: j,
        target, actual: result, key: result.canonical, status: above ? 'met' : 'missed', outcome: above ? 'exceeded' : 'missed',
        reason: above ? tr('above the target by {0}', `${fmt(x.value as number)}${x.unit}`) : tr('below the target by {0}', `${fmt(x.value as number)}${x.unit}`) });
    } else {
      const target: Measure = { ...x, name: result.name, canonical: result.canonical, dataYear: result.dataYear, dataYearFrom: result.dataYearFrom,
        bound: boundOf({ ...x, kind: 'target', canonical: result.canonical, name: result.name }) };
      pairs.push({ mode: 'review', targetReport: index, actualReport: index, targetIndex: k, actualIndex: j,
        target, actual: result, key: result.canonical, ...judge(target, result, tr) });
    }
  }
  return pairs;
}

/** All pairs among the reports: consecutive years of one place, and the reviews' own statements. */
export function pairTargets(reports: CompareReport[], tr: Translate = untranslated, opt: PairOptions = {}): TargetPair[] {
  const pairs: TargetPair[] = [];
  reports.forEach((r, i) => pairs.push(...reviewPairs(r, i, tr, opt)));
  // reports by place and year (one placeKey per report; linear in the reports, not quadratic)
  const places = reports.map(r => placeKey(r.place));
  const byPlaceYear = new Map<string, number[]>();
  reports.forEach((r, i) => {
    if (r.year === null) return;
    const k = `${places[i]}\u0000${r.year}`;
    byPlaceYear.set(k, [...(byPlaceYear.get(k) ?? []), i]);
  });
  reports.forEach((prev, i) => {
    if (prev.year === null) return;
    for (const j of byPlaceYear.get(`${places[i]}\u0000${prev.year + 1}`) ?? []) {
      if (i !== j) pairs.push(...pairReports(prev, reports[j], i, j, tr, opt));
    }
  });
  return pairs;
}

/** A value as shown in tables: "5.5%左右", "6.5–7%", "≥8%" is the chart's business. */
export function formatValue(m: Pick<Measure, 'value' | 'upper' | 'unit' | 'qualifier' | 'qualitative'> & { relative?: string | null },
  tr: Translate = untranslated): string {
  if (m.value === null) return m.qualitative ? (m.relative ? tr('(qualitative, vs {0})', m.relative) : tr('(qualitative)')) : '';
  const v = m.upper !== null && m.upper !== undefined ? `${fmt(m.value)}–${fmt(m.upper)}` : fmt(m.value);
  return `${v}${m.unit}${m.qualifier}${m.relative ? ` ${tr('(vs {0})', m.relative)}` : ''}`;
}

/** A matrix cell: the first target and the first actual of one canonical key in one report. */
export interface MatrixCell {
  target: MatrixValue | null;
  actual: MatrixValue | null;
  /** Verdict for this report's target (against the next year's actual or the review). */
  targetStatus: PairStatus | null;
  /** Outcome by bound of this report's target (met / exceeded / within-ceiling / missed / not-comparable). */
  targetOutcome: Outcome | null;
  /** Verdict for this report's actual against its target (previous report or own review). */
  actualStatus: PairStatus | null;
  actualOutcome: Outcome | null;
  actualVs: string | null;
}

export interface MatrixValue {
  value: number | null; upper: number | null; unit: string; qualifier: string; qualitative: boolean; relative: string | null;
  text: string; line: number; display: string; index: number;
  /** Signed value (a decline negative) and the year(s) the figure refers to ("2022", "2018–2022", "" unknown). */
  signedValue: number | null; signedUpper: number | null; direction: Indicator['direction'] | null; dataYear: string;
  /** Bound of a target (null for actuals). */
  bound: TargetBound | null;
}

export interface MatrixRow {
  id: string; file: string; title: string; place: string; year: number | null; label: string;
  cells: Record<string, MatrixCell>;
}

export interface MatrixColumn { key: string; label: string; en: string; targets: number; actuals: number }

export interface CompareMatrix {
  columns: MatrixColumn[];
  rows: MatrixRow[];
  pairs: Array<Omit<TargetPair, 'target' | 'actual'> & { target: MatrixValue; actual: MatrixValue; targetLabel: string; actualLabel: string }>;
}

function mv(i: Measure, index: number, tr: Translate): MatrixValue {
  const sv = signedOf(i);
  return { value: i.value, upper: i.upper, unit: i.unit, qualifier: i.qualifier, qualitative: i.qualitative, relative: i.relative,
    text: i.text, line: i.line, display: formatValue(i, tr), index,
    signedValue: sv.value, signedUpper: sv.upper, direction: i.direction ?? null, dataYear: dataYearLabel(i), bound: i.bound ?? null };
}

/** Prefer a growth rate (%) for the headline cell, then any value, then a qualitative record. */
function pick(list: Array<[Indicator, number]>): [Indicator, number] | undefined {
  return list.find(([i]) => i.value !== null && PERCENTISH.has(i.unit) && !i.relative && i.direction !== 'level')
    ?? list.find(([i]) => i.value !== null && PERCENTISH.has(i.unit) && !i.relative)
    ?? list.find(([i]) => i.value !== null && !i.relative) ?? list[0];
}

/** Places × canonical indicators, targets and actuals side by side, with the pairs' verdicts. */
export function compareMatrix(reports: CompareReport[], tr: Translate = untranslated, opt: PairOptions = {}): CompareMatrix {
  const pairs = pairTargets(reports, tr, opt);
  // the first consecutive pair of each target, the first pair of each actual (report, index)
  const byTarget = new Map<string, TargetPair>();
  const byActual = new Map<string, TargetPair>();
  for (const p of pairs) {
    if (p.mode === 'consecutive' && !byTarget.has(`${p.targetReport}:${p.targetIndex}`)) byTarget.set(`${p.targetReport}:${p.targetIndex}`, p);
    if (!byActual.has(`${p.actualReport}:${p.actualIndex}`)) byActual.set(`${p.actualReport}:${p.actualIndex}`, p);
  }
  const counts = new Map<string, { targets: number; actuals: number }>();
  const rows: MatrixRow[] = reports.map((r, ri) => {
    const byKey = new Map<string, { t: Array<[Indicator, number]>; a: Array<[Indicator, number]> }>();
    r.indicators.forEach((i, ii) => {
      if (!i.canonical || i.kind === 'other') return;
      if (!opt.includeLowConfidence && !isConfident(i)) return;
      // a five-year average is no figure of the year
      if (!ofYear(i, null)) return;
      if (i.kind === 'actual' && (/目标|预期|计划/.test(i.name) || i.relative)) return;
      const e = byKey.get(i.canonical) ?? { t: [], a: [] };
      (i.kind === 'target' ? e.t : e.a).push([i, ii]);
      byKey.set(i.canonical, e);
    });
    const cells: Record<string, MatrixCell> = {};
    for (const [key, e] of byKey) {
      const t = pick(e.t);
      const a = pick(e.a);
      const c = counts.get(key) ?? { targets: 0, actuals: 0 };
      if (t) c.targets++;
      if (a) c.actuals++;
      counts.set(key, c);
      const tp = t ? byTarget.get(`${ri}:${t[1]}`) : undefined;
      const ap = a ? byActual.get(`${ri}:${a[1]}`) : undefined;
      cells[key] = {
        target: t ? mv(t[0], t[1], tr) : null,
        actual: a ? mv(a[0], a[1], tr) : null,
        targetStatus: tp ? tp.status : null,
        targetOutcome: tp ? tp.outcome : null,
        actualStatus: ap ? ap.status : null,
        actualOutcome: ap ? ap.outcome : null,
        actualVs: ap ? formatValue(ap.target, tr) : null,
      };
    }
    const place = r.place ?? '';
    return { id: r.id, file: r.file, title: r.title, place, year: r.year,
      label: `${place || r.title}${r.year !== null ? ` ${r.year}` : ''}`, cells };
  });
  const order = new Map<string, number>();
  [...counts.keys()].forEach(k => order.set(k, indexOfKey(k)));
  const columns: MatrixColumn[] = [...counts.entries()]
    .sort((x, y) => (order.get(x[0]) as number) - (order.get(y[0]) as number))
    .map(([key, c]) => {
      const info = canonicalInfo(key);
      return { key, label: info?.label ?? key, en: info?.en ?? key, ...c };
    });
  return {
    columns, rows,
    pairs: pairs.map(p => ({ ...p, target: mv(p.target, p.targetIndex, tr), actual: mv(p.actual, p.actualIndex, tr),
      targetLabel: rows[p.targetReport].label, actualLabel: rows[p.actualReport].label })),
  };
}

function indexOfKey(key: string): number {
  const i = CANONICAL.findIndex(c => c.key === key);
  return i < 0 ? CANONICAL.length : i;
}

/** "vs target" of every actual of one report that has a target (index of the actual → pair). */
export function actualVerdicts(reports: CompareReport[], reportIndex: number, tr: Translate = untranslated): Map<number, TargetPair> {
  const out = new Map<number, TargetPair>();
  for (const p of pairTargets(reports, tr)) {
    if (p.actualReport === reportIndex && !out.has(p.actualIndex)) out.set(p.actualIndex, p);
  }
  return out;
}

/** Convenience: a CompareReport from an analysed report. */
export function compareReport(id: string, file: string, r: Report): CompareReport {
  return { id, file, title: r.title, place: r.place, year: r.year, indicators: r.indicators };
}

// ---- a place over the years -----------------------------------------------------------------

/** One side of a series point. */
export interface SeriesValue {
  /** As shown: the signed value with unit and qualifier ("6%左右", "-8.8%", "6–6.5%"). */
  display: string;
  value: number | null; upper: number | null; signedValue: number | null; signedUpper: number | null;
  unit: string; qualifier: string; bound: TargetBound | null;
  /** The year(s) the figure refers to ("2022"). */
  dataYear: string;
  /** Index into the reports array, and that report's id / file; line and text of the record. */
  report: number; id: string; file: string; line: number; text: string;
}

/** Target for year N (from report N) against the actual for year N (from report N+1). */
export interface SeriesPoint {
  place: string; key: string; year: number;
  target: SeriesValue | null; actual: SeriesValue | null;
  bound: TargetBound | null;
  /** Verdict by bound, null when one side is missing. */
  outcome: Outcome | null; status: PairStatus | null; reason: string;
  /** Signed actual minus the target (the lower end, the upper for ceilings), in the target's unit. */
  gap: number | null;
  /** Where the target was read: the plan of report N, or the review of report N+1 ("年初目标为…"). */
  targetFrom: 'plan' | 'review' | null;
  /** Where the actual was read: a headline result, or another figure of report N+1's review. */
  actualFrom: 'headline' | 'review' | null;
}

export interface SeriesSummary {
  /** Years with a target or an actual, years judged (both sides comparable). */
  years: number; judged: number;
  met: number; exceeded: number; withinCeiling: number; missed: number;
  /** Mean of the judged years' gaps, or null. */
  meanGap: number | null;
}

export interface Series {
  place: string; key: string; label: string; en: string;
  points: SeriesPoint[];
  summary: SeriesSummary;
}

function formatSigned(m: Measure, tr: Translate): string {
  if (m.value === null) return formatValue(m, tr);
  const s = signedOf(m);
  const v = s.upper !== null && s.upper !== undefined ? `${fmt(s.value as number)}–${fmt(s.upper)}` : fmt(s.value as number);
  return `${v}${m.unit}${m.qualifier}${m.relative ? ` ${tr('(vs {0})', m.relative)}` : ''}`;
}

function seriesValue(m: Measure, report: number, r: CompareReport, tr: Translate): SeriesValue {
  const s = signedOf(m);
  return { display: formatSigned(m, tr), value: m.value, upper: m.upper, signedValue: s.value, signedUpper: s.upper, unit: m.unit,
    qualifier: m.qualifier, bound: m.bound ?? null, dataYear: dataYearLabel(m), report, id: r.id, file: r.file, line: m.line, text: m.text };
}

/** The data year of a record, from its report when the record does not say (hand-built records). */
function yearOfRecord(i: Indicator, r: CompareReport): number | null {
  if (i.dataYear !== undefined) return i.dataYear;
  if (r.year === null) return null;
  return i.kind === 'actual' ? r.year - 1 : r.year;
}

/** The reports grouped by place (placeKey); reports without a year are left out. */
export function groupByPlace(reports: CompareReport[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  reports.forEach((r, i) => {
    if (r.year === null) return;
    const k = placeKey(r.place);
    out.set(k, [...(out.get(k) ?? []), i]);
  });
  return out;
}

/** True when the reports are one place across several years (Compare shows a time series). */
export function isOnePlaceOverYears(reports: CompareReport[]): boolean {
  const groups = groupByPlace(reports);
  if (groups.size !== 1) return false;
  const [list] = [...groups.values()];
  return list.length === reports.length && new Set(list.map(i => reports[i].year)).size >= 2;
}

/**
 * The time series of one indicator (`key`, a lexicon key such as "gdp") for every place among the
 * reports: for each year N, the target of report N against the actual for year N (from report N+1,
 * or any report of the place whose actual refers to N), judged by the target's bound. When report
 * N is missing or states no target, the target the review of report N+1 states or implies is used.
 */
export function indicatorSeries(reports: CompareReport[], key: string, tr: Translate = untranslated, opt: PairOptions = {}): Series[] {
  const info = canonicalInfo(key);
  const out: Series[] = [];
  const ok = (i: Indicator) => opt.includeLowConfidence || isConfident(i);
  for (const [, idx] of groupByPlace(reports)) {
    const targets = new Map<number, Array<[Indicator, number, number]>>();
    const actuals = new Map<number, Array<[Indicator, number, number]>>();
    // figures of the review of report N+1 that are no headline (2020年地区生产总值…增长2.7%)
    const others = new Map<number, Array<[Indicator, number, number]>>();
    for (const ri of idx) {
      const r = reports[ri];
      r.indicators.forEach((i, ii) => {
        if (i.canonical !== key || !ok(i) || !ofYear(i, null) || i.value === null || i.relative) return;
        if (i.kind !== 'target' && /目标|预期|计划/.test(i.name)) return;
        const y = yearOfRecord(i, r);
        if (y === null) return;
        if (i.kind === 'target' && y !== r.year) return;
        // a review figure stands in for a headline only as a change (增长2.7%), never as a level or share
        if (i.kind === 'other' && (r.year === null || y !== r.year - 1 || (PERCENTISH.has(i.unit) && (i.direction ?? 'level') === 'level'))) return;
        const m = i.kind === 'target' ? targets : i.kind === 'actual' ? actuals : others;
        m.set(y, [...(m.get(y) ?? []), [i, ri, ii]]);
      });
    }
    const reviewTargets = new Map<number, [TargetPair, number]>();
    for (const ri of idx) {
      for (const p of reviewPairs(reports[ri], ri, tr, opt)) {
        const y = yearOfRecord(reports[ri].indicators[p.actualIndex], reports[ri]);
        if (p.key === key && y !== null && !reviewTargets.has(y)) reviewTargets.set(y, [p, ri]);
      }
    }
    const years = [...new Set([...targets.keys(), ...actuals.keys(), ...others.keys(), ...reviewTargets.keys()])].sort((a, b) => a - b);
    const points: SeriesPoint[] = [];
    const place = mostCommon(idx.map(i => placeLabel(reports[i].place ?? '')));
    for (const year of years) {
      const tList = targets.get(year) ?? [];
      const t = pickTriple(tList);
      let target: Measure | null = t ? t[0] : null;
      let targetReport = t ? t[1] : -1;
      let targetFrom: SeriesPoint['targetFrom'] = t ? 'plan' : null;
      if (!target && reviewTargets.has(year)) {
        const [p, ri] = reviewTargets.get(year) as [TargetPair, number];
        target = p.target;
        targetReport = ri;
        targetFrom = 'review';
      }
      // the actual: from the report of the next year first, in a unit the target can be read in
      // the actual: a headline result of report N+1 first, in a unit the target can be read in (a
      // growth rate for a growth target); else another figure of its review that fits; else any
      const byReport = (list: Array<[Indicator, number, number]>) => list.slice().sort((x, y) =>
        (reports[x[1]].year === year + 1 ? 0 : 1) - (reports[y[1]].year === year + 1 ? 0 : 1));
      const fitting = (list: Array<[Indicator, number, number]>) => {
        if (!target) return list;
        const t = target;
        const fits = list.filter(([x]) => unitFactor(x.unit, t.unit) !== null);
        return t.direction !== 'level' ? fits.filter(([x]) => x.direction !== 'level') : fits;
      };
      const heads = byReport(actuals.get(year) ?? []);
      const rest = byReport(others.get(year) ?? []);
      const choice = [[fitting(heads), 'headline'], [fitting(rest), 'review'], [heads, 'headline'], [rest, 'review']] as const;
      const found = choice.find(([list]) => list.length > 0);
      const a = found ? pickTriple([...found[0]]) : undefined;
      const actualFrom: SeriesPoint['actualFrom'] = found ? found[1] : null;
      const actual: Measure | null = a ? a[0] : null;
      let v: Verdict | null = null;
      let gap: number | null = null;
      if (target && actual) {
        v = judge(target, actual, tr);
        const f = unitFactor(actual.unit, target.unit);
        const ts = signedOf(target);
        const as = signedOf(actual);
        if (v.outcome !== 'not-comparable' && f !== null && ts.value !== null && as.value !== null) {
          const bound = target.bound ?? boundOf({ ...target, kind: 'target' });
          const ref = bound === 'ceiling' ? ts.upper ?? ts.value : ts.value;
          gap = Math.round((as.value * f - ref) * 1000) / 1000;
        }
      }
      points.push({
        place, key, year,
        target: target ? seriesValue(target, targetReport, reports[targetReport], tr) : null,
        actual: actual && a ? seriesValue(actual, a[1], reports[a[1]], tr) : null,
        bound: target ? target.bound ?? boundOf({ ...target, kind: 'target' }) : null,
        outcome: v ? v.outcome : null, status: v ? v.status : null, reason: v ? v.reason : '',
        gap, targetFrom, actualFrom: actual ? actualFrom : null,
      });
    }
    out.push({ place, key, label: info?.label ?? key, en: info?.en ?? key, points, summary: summarize(points) });
  }
  return out;
}

function mostCommon(list: string[]): string {
  const n = new Map<string, number>();
  for (const x of list) n.set(x, (n.get(x) ?? 0) + 1);
  let best = '';
  let bestN = 0;
  for (const [x, k] of n) if (x && k > bestN) { best = x; bestN = k; }
  return best;
}

function pickTriple(list: Array<[Indicator, number, number]>): [Indicator, number, number] | undefined {
  const p = pick(list.map(([i], k) => [i, k] as [Indicator, number]));
  return p ? list[p[1]] : undefined;
}

function summarize(points: SeriesPoint[]): SeriesSummary {
  const judged = points.filter(p => p.outcome && p.outcome !== 'not-comparable');
  const gaps = judged.map(p => p.gap).filter((g): g is number => g !== null);
  return {
    years: points.length, judged: judged.length,
    met: judged.filter(p => p.outcome === 'met').length,
    exceeded: judged.filter(p => p.outcome === 'exceeded').length,
    withinCeiling: judged.filter(p => p.outcome === 'within-ceiling').length,
    missed: judged.filter(p => p.outcome === 'missed').length,
    meanGap: gaps.length ? Math.round((gaps.reduce((x, y) => x + y, 0) / gaps.length) * 100) / 100 : null,
  };
}

/** "GDP target met in 14 of 20 years; mean gap −0.6 points" (met counts exceeded and within-ceiling). */
export function seriesSummaryText(s: Series, tr: Translate = untranslated, label = s.en): string {
  const m = s.summary;
  const met = m.met + m.exceeded + m.withinCeiling;
  const head = tr('{0} target met in {1} of {2} years', label, met, m.judged);
  if (m.meanGap === null) return head;
  const gap = `${m.meanGap > 0 ? '+' : m.meanGap < 0 ? '−' : ''}${fmt(Math.abs(m.meanGap))}`;
  return `${head}; ${tr('mean gap {0} points', gap)}`;
}
