/**
 * What the Compare Reports view shows, from the analysed reports: the matrix (places × indicators,
 * each cell with its data year) and — when the reports are one place across years — a time series
 * per indicator (target for year N from report N against the actual for year N from report N+1)
 * with its summary line. Computed step by step, yielding to the event loop between indicators.
 *
 * No `vscode` import (bench/compare.mjs runs it in plain Node).
 */
import { compareMatrix, CompareMatrix, CompareReport, indicatorSeries, isOnePlaceOverYears, Series, seriesSummaryText } from '../../core/compare';
import type { Translate } from '../../core/l10n';
import { yieldToEventLoop } from './slices';

export interface SeriesView extends Series {
  /** "GDP target met in 14 of 20 years; mean gap −0.6 points" */
  summaryText: string;
}

export interface Comparison {
  matrix: CompareMatrix;
  /** One place over the years: the series of every indicator with at least one target or actual; else null. */
  series: SeriesView[] | null;
  includeLowConfidence: boolean;
}

export async function computeComparison(reports: CompareReport[], tr: Translate,
  opt: { includeLowConfidence?: boolean; budgetMs?: number; isCancelled?: () => boolean } = {}): Promise<Comparison> {
  const include = !!opt.includeLowConfidence;
  const matrix = compareMatrix(reports, tr, { includeLowConfidence: include });
  let series: SeriesView[] | null = null;
  if (isOnePlaceOverYears(reports)) {
    series = [];
    let t0 = Date.now();
    for (const col of matrix.columns) {
      if (opt.isCancelled?.()) break;
      for (const s of indicatorSeries(reports, col.key, tr, { includeLowConfidence: include })) {
        if (s.points.some(p => p.target || p.actual)) series.push({ ...s, summaryText: seriesSummaryText(s, tr, s.label) });
      }
      if (Date.now() - t0 >= (opt.budgetMs ?? 15)) { await yieldToEventLoop(); t0 = Date.now(); }
    }
  }
  return { matrix, series, includeLowConfidence: include };
}
