import { AnalysisIndex } from '../../core/hoverModel';
import type { CachedAnalysis } from './analysisCache';

const INDEXES = new WeakMap<CachedAnalysis, AnalysisIndex>();

/** The hover/definition index of a cached analysis, built once per analysed document version. */
export function analysisIndex(cached: CachedAnalysis): AnalysisIndex {
  let idx = INDEXES.get(cached);
  if (!idx) {
    idx = new AnalysisIndex(cached.analysis);
    INDEXES.set(cached, idx);
  }
  return idx;
}
