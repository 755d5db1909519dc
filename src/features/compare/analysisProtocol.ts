/**
 * Compare Reports' analysis worker: the messages and the worker's side. The extension host reads
 * each report file (ReportFiles: decoding, size guards, warnings) and posts its text; the worker
 * analyses it (core analyze) and keeps the reports' comparison data, answering with a count only.
 * Then a `compare` request computes the whole comparison (matrix and series, compute.ts) — so the
 * host never runs analyze() nor the matrix over thousands of reports, and never receives their
 * indicators (some 100 KB of structured data per report): only the comparison the view shows, and
 * that in parts (`part`: a few hundred KB each), so that no single message takes the host long to
 * deserialise (a 1,000-report comparison is ~6 MB).
 *
 * Keys are chosen by the host (uri + version or mtime/size): a key the worker still has is not
 * posted again (the low-confidence toggle recomputes without re-reading). A `compare` drops every
 * analysis it does not use, so the worker holds one comparison's reports at most.
 *
 * Pure: no `vscode`, no Node modules, no DOM (bundled into dist/analysisWorker.js for a Node worker
 * thread and dist/web/analysisWorker.js for a web worker).
 */
import { analyze } from '../../core';
import type { CompareReport } from '../../core/compare';
import { Translate, untranslated } from '../../core/l10n';
import { Comparison, computeComparison } from './compute';

/** One report of the comparison: the file's key, the report's index in it, its id and display name. */
export interface CompareSource { key: string; index: number; id: string; file: string }

/** The lists of a comparison that are sent in parts. */
export type PartName = 'rows' | 'pairs' | 'series';
/** Items per part: a row is ~4.5 KB, a pair ~0.7 KB, a series up to ~30 points. */
export const PART_SIZE: Record<PartName, number> = { rows: 100, pairs: 500, series: 10 };

/** The comparison without its long lists: what `compared` carries; the lists come by `part`. */
export interface ComparisonHead {
  columns: Comparison['matrix']['columns'];
  includeLowConfidence: boolean;
  counts: { rows: number; pairs: number; series: number | null };
}

export type ToAnalysis =
  | { type: 'analyse'; id: number; key: string; text: string }
  | { type: 'compare'; id: number; sources: CompareSource[]; includeLowConfidence: boolean;
      /** The l10n bundle of the host's language (vscode.l10n.bundle), null for English. */
      bundle: Record<string, string> | null }
  | { type: 'part'; id: number; list: PartName; from: number };
export type FromAnalysis =
  | { type: 'ready' }
  | { type: 'analysed'; id: number; key: string; reports: number; ms: number }
  | { type: 'compared'; id: number; head: ComparisonHead | null; missing: string[]; ms: number }
  | { type: 'part'; id: number; items: unknown[] }
  | { type: 'failed'; id: number; error: string };

/** A translation by a VS Code l10n bundle (what vscode.l10n.t does: the bundle's text for the message, placeholders filled). */
export function bundleTranslate(bundle: Record<string, string> | null): Translate {
  if (!bundle) return untranslated;
  return (message, ...args) => untranslated(Object.prototype.hasOwnProperty.call(bundle, message) ? bundle[message] : message, ...args);
}

type Stored = Array<Omit<CompareReport, 'id' | 'file'>>;

const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** The worker's state and answers (the entries only wire it to their port). */
export class AnalysisStore {
  private readonly byKey = new Map<string, Stored>();
  /** The last comparison, until its parts are fetched (or the next compare). */
  private last: Comparison | null = null;

  get size(): number {
    return this.byKey.size;
  }

  async handle(m: ToAnalysis): Promise<FromAnalysis> {
    const t0 = Date.now();
    try {
      if (m.type === 'analyse') {
        const reports = analyze(m.text).reports.map(r => ({ title: r.title, place: r.place, year: r.year, indicators: r.indicators }));
        this.byKey.set(m.key, reports);
        return { type: 'analysed', id: m.id, key: m.key, reports: reports.length, ms: Date.now() - t0 };
      }
      if (m.type === 'compare') {
        const missing = [...new Set(m.sources.filter(s => !this.byKey.has(s.key)).map(s => s.key))];
        if (missing.length) return { type: 'compared', id: m.id, head: null, missing, ms: Date.now() - t0 };
        const used = new Set(m.sources.map(s => s.key));
        for (const k of [...this.byKey.keys()]) if (!used.has(k)) this.byKey.delete(k);
        const reports: CompareReport[] = [];
        for (const s of m.sources) {
          const r = this.byKey.get(s.key)?.[s.index];
          if (r) reports.push({ id: s.id, file: s.file, ...r });
        }
        // no slices needed here: this thread does nothing else
        const c = await computeComparison(reports, bundleTranslate(m.bundle), { includeLowConfidence: m.includeLowConfidence, budgetMs: 1e9 });
        this.last = c;
        const head: ComparisonHead = { columns: c.matrix.columns, includeLowConfidence: c.includeLowConfidence,
          counts: { rows: c.matrix.rows.length, pairs: c.matrix.pairs.length, series: c.series ? c.series.length : null } };
        return { type: 'compared', id: m.id, head, missing: [], ms: Date.now() - t0 };
      }
      if (m.type === 'part') {
        const c = this.last;
        if (!c) return { type: 'failed', id: m.id, error: 'no comparison to send' };
        const list: unknown[] = m.list === 'rows' ? c.matrix.rows : m.list === 'pairs' ? c.matrix.pairs : c.series ?? [];
        const items = list.slice(m.from, m.from + PART_SIZE[m.list]);
        return { type: 'part', id: m.id, items };
      }
      return { type: 'failed', id: (m as { id?: number }).id ?? 0, error: `unknown request ${(m as { type?: unknown }).type}` };
    } catch (e) {
      return { type: 'failed', id: m.id, error: errorText(e) };
    }
  }
}

/** Wires a store to a worker's message port (both entries: worker thread and web worker). */
export function serveAnalysis(post: (m: FromAnalysis) => void, listen: (on: (m: ToAnalysis) => void) => void): AnalysisStore {
  const store = new AnalysisStore();
  // one request at a time, in order (a compare must see every analysis posted before it)
  let queue: Promise<void> = Promise.resolve();
  listen(m => { queue = queue.then(() => store.handle(m)).then(post, e => post({ type: 'failed', id: m.id, error: errorText(e) })); });
  post({ type: 'ready' });
  return store;
}
