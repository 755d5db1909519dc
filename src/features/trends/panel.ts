/**
 * The Term Trends webview: for each asked term, its share of reports and its frequency per 10,000
 * term tokens per year (or per level) as a line chart, with its first-seen and peak years, a table
 * of the same numbers, and the terms that rose and fell most between the earlier and the later half
 * of the years. The HTML shell carries no data (CSP with a nonce); the data goes in by postMessage
 * and media/trends.js draws it with DOM APIs and textContent. UI strings are localised here.
 */
import * as vscode from 'vscode';
import type { Background } from '../../core/background';
import { termShifts, termTrends, TermShifts, TermTrend, TrendBy, TrendDoc } from '../../core/trends';
import type { Deps } from '../shared/deps';
import { ReportWebview, WebviewMessage, WebviewSpec } from '../shared/webview';
import { lazyStrings } from '../shared/webviewStrings';
import type { ToTrends, TrendsShift } from '../../../types/webview-protocol';

export const TRENDS_VIEW_TYPE = 'govreport.termTrends';

/** Years of the background with fewer reports are left out of the chart, and cannot be the peak. */
const MIN_BACKGROUND_DOCS = 10;

/** What the trends are computed over: the bundled background model or the documents of a folder. */
export type TrendSource =
  | { kind: 'background'; background: Background; label: string }
  | { kind: 'folder'; docs: TrendDoc[]; files: number; label: string; background: Background | null };

/** Strings of the Term Trends view (media/trends.js), filled there with `fmt()` for `{0}`-style placeholders. */
export const trendsStrings = lazyStrings(() => ({
    title: vscode.l10n.t('Term trends — {0}'),
    summaryYears: vscode.l10n.t('{0} reports, {1}–{2}'),
    summaryLevels: vscode.l10n.t('{0} reports by level'),
    byYear: vscode.l10n.t('By year'),
    byLevel: vscode.l10n.t('By level'),
    measureShare: vscode.l10n.t('Share of reports'),
    measurePer10k: vscode.l10n.t('Per 10,000 terms'),
    firstSeen: vscode.l10n.t('first seen {0}'),
    peak: vscode.l10n.t('peak {0}'),
    neverSeen: vscode.l10n.t('not used'),
    pointTitle: vscode.l10n.t('{0} · {1}: {2} of {3} reports ({4}), {5} per 10,000 terms'),
    colBucket: vscode.l10n.t('Year / level'),
    colReports: vscode.l10n.t('Reports'),
    cellShare: vscode.l10n.t('{0} ({1}/{2})'),
    unknown: vscode.l10n.t('—'),
    rose: vscode.l10n.t('Rose most: {0} → {1}'),
    fell: vscode.l10n.t('Fell most: {0} → {1}'),
    shiftLine: vscode.l10n.t('{0} → {1}'),
    period: vscode.l10n.t('{0}–{1}'),
    noShifts: vscode.l10n.t('Fewer than two years: no periods to compare.'),
    note: vscode.l10n.t('Share of reports: reports of the year (or level) that use the term. Per 10,000 terms: its occurrences per 10,000 term tokens of those reports (unknown by level for the background model). The peak is the year with the highest frequency.'),
    chartTitle: vscode.l10n.t('{0} by {1}'),
    sparseNote: vscode.l10n.t('Years with fewer than {0} reports in the background model are left out of the chart and the table.'),
}));

function spec(): WebviewSpec {
  return { viewType: TRENDS_VIEW_TYPE, title: vscode.l10n.t('Term Trends'), script: 'trends.js', css: ['trends.css'], retainContextWhenHidden: true };
}

/**
 * The column for a new panel: another editor group than the active editor's when there is one
 * (the Key Terms panel usually sits there), else beside — so a third column is never opened.
 */
function panelColumn(): vscode.ViewColumn {
  const active = vscode.window.activeTextEditor?.viewColumn ?? vscode.window.tabGroups.activeTabGroup.viewColumn;
  const other = vscode.window.tabGroups.all.find(g => g.viewColumn !== active);
  return other ? other.viewColumn : vscode.ViewColumn.Beside;
}

/** Halves of the years (earlier, later) for the rose/fell lists; null with fewer than two years. */
export function halves(years: number[]): { a: [number, number]; b: [number, number] } | null {
  const ys = [...new Set(years)].sort((x, y) => x - y);
  if (ys.length < 2) return null;
  const mid = Math.ceil(ys.length / 2);
  return { a: [ys[0], ys[mid - 1]], b: [ys[mid], ys[ys.length - 1]] };
}

export class TrendsPanel extends ReportWebview<ToTrends> {
  private terms: string[] = [];
  private source: TrendSource | undefined;
  private by: TrendBy = 'year';
  private shifts: TermShifts | null = null;
  /** The trends last sent to the webview. */
  lastTrends: TermTrend[] = [];

  private constructor(panel: vscode.WebviewPanel, deps: Deps) {
    super(panel, deps, spec());
  }

  static create(deps: Deps): TrendsPanel {
    return new TrendsPanel(ReportWebview.createPanel(deps, spec(), panelColumn()), deps);
  }

  protected onMessage(m: WebviewMessage): void {
    if (m.type === 'by' && (m.by === 'year' || m.by === 'level') && m.by !== this.by && this.source) {
      this.by = m.by;
      void this.render();
    }
  }

  /** Shows the trends of `terms` over `source`; resolves with the number of terms rendered (-1 if it did not render). */
  async show(terms: string[], source: TrendSource, by: TrendBy): Promise<number> {
    this.terms = terms;
    this.source = source;
    this.by = by;
    this.panel.title = vscode.l10n.t('Term Trends: {0}', terms.join(' '));
    // the rose/fell lists between the earlier and the later half of the years (by year only)
    // (for a folder only: over the background model's every term this takes ~0.4 s, too long for
    // the extension host's main thread; `govreport trends --compare` lists them from the CLI)
    if (source.kind === 'folder') {
      const h = halves(source.docs.map(d => d.year).filter((y): y is number => typeof y === 'number'));
      this.shifts = h ? termShifts(source.docs, h.a, h.b, { top: 15, minDocs: source.docs.length < 20 ? 1 : 3, background: source.background }) : null;
    } else {
      this.shifts = null;
    }
    return this.render();
  }

  private async render(): Promise<number> {
    const source = this.source;
    if (!source) return -1;
    const data = source.kind === 'background' ? source.background : source.docs;
    const trends = termTrends(this.terms, data, { by: this.by, minDocs: source.kind === 'background' ? MIN_BACKGROUND_DOCS : 1 });
    this.lastTrends = trends;
    // the background's early years hold one or two reports each: their shares are noise, so the
    // chart and the table leave out years of fewer than MIN_BACKGROUND_DOCS reports (first seen
    // and peak still count every year; the peak needs that many reports)
    const sparse = source.kind === 'background' && this.by === 'year';
    const shown = sparse ? trends.map(t => ({ ...t, points: t.points.filter(p => p.docs >= MIN_BACKGROUND_DOCS) })) : trends;
    const first = shown[0];
    const buckets = first ? first.points.map(p => ({ key: p.key, docs: p.docs })) : [];
    const shift = (s: TermShifts['rose'][number]): TrendsShift => ({ term: s.term, shareA: s.shareA, shareB: s.shareB, per10kA: s.per10kA, per10kB: s.per10kB });
    const generation = this.nextGeneration();
    const payload: ToTrends = {
      type: 'data', generation, strings: trendsStrings(), label: source.label, by: this.by,
      reports: source.kind === 'background' ? source.background.totalDocs : source.docs.length,
      buckets, trends: shown, minDocs: sparse ? MIN_BACKGROUND_DOCS : 0,
      shifts: this.shifts ? { periodA: this.shifts.periodA, periodB: this.shifts.periodB, rose: this.shifts.rose.map(shift), fell: this.shifts.fell.map(shift) } : null,
    };
    return this.postRendered(payload);
  }
}
