/** `govreport series`: one indicator's target and actual per place and year, judged by the target's bound. */
import * as fs from 'fs';
import * as path from 'path';
import * as l10n from '@vscode/l10n';
import { analyzeReports } from '../core/analyze';
import { compareReport, CompareReport, indicatorSeries, seriesSummaryText, Series } from '../core/compare';
import { CANONICAL, canonicalOf } from '../core/lexicon';
import { readsLikeReport } from '../core/sniff';
import { escapeMarkdownCell } from '../core/sanitize';
import { readReportOrWarn, write, parseArgs, choice, InputError, fail } from './io';

/** `govreport series --help` (in the CLI's language). */
export const seriesHelp = (): string => l10n.t(`Usage: govreport series FILE|DIR... [--indicator gdp] [--format md|csv|json] [--all]

One indicator across the years: for each place and year N, the target of the report for
year N against the actual for year N (read in the report for year N+1), and the verdict
by the target's bound.

A DIR is searched recursively for .txt and .md files; only files that read like a
government work report (by their content, not their name) are used. Place and year
come from each report's text. The State Council's reports are one place (全国).

Options:
  --indicator KEY   a lexicon key or an indicator name (default gdp): gdp, industry,
                    fixed_investment, retail, budget_revenue, cpi, income_all, trade …
  --format FORMAT   md (default): a Markdown table and a summary per place;
                    csv: one row per place and year; json: an array of series
                    {place, key, label, en, points:[…], summary}
  --all             also use low-confidence records (left out by default)
  -h, --help        this help

Columns: place, year, target (signed: a decline is negative), bound (floor, ceiling,
point, range), actual (signed), verdict (met, exceeded, within-ceiling, missed,
not-comparable), gap (actual − target), target_from (plan of report N, or the review
of report N+1 when report N states none), and where each number was read.`);

/** .txt / .md files under a directory, sorted, hidden folders and node_modules left out. */
export function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const stack = [dir];
  while (stack.length) {
    const d = stack.pop() as string;
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(d, { withFileTypes: true });
    } catch {
      fail(l10n.t('{0}: cannot read ({1})', d, 'readdir'));
      continue;
    }
    for (const e of entries) {
      if (e.name.startsWith('.') || e.name === 'node_modules') continue;
      const p = path.join(d, e.name);
      if (e.isDirectory()) stack.push(p);
      else if (e.isFile() && /\.(?:txt|md)$/i.test(e.name)) out.push(p);
    }
  }
  return out.sort((a, b) => a.localeCompare(b, 'en'));
}

/** The indicator key asked for: a lexicon key, or a name the lexicon knows (地区生产总值 → gdp). */
function indicatorKey(v: string | true | undefined): string {
  if (v === undefined) return 'gdp';
  if (typeof v === 'string') {
    if (CANONICAL.some(c => c.key === v)) return v;
    const k = canonicalOf(v);
    if (k) return k;
  }
  return choice(v, CANONICAL.map(c => c.key), 'gdp', 'indicator');
}

function csvCell(v: unknown): string {
  if (v === null || v === undefined) return '';
  const s = String(v);
  const safe = /^[=+\-@\t\r]/.test(s) && !/^-?\d+(\.\d+)?$/.test(s) ? `'${s}` : s;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function mdCell(v: unknown): string {
  if (v === null || v === undefined) return '';
  return escapeMarkdownCell(String(v));
}

export const SERIES_COLUMNS = ['place', 'year', 'target', 'bound', 'actual', 'verdict', 'gap', 'target_from', 'actual_from',
  'target_value', 'target_upper', 'target_unit', 'actual_value', 'actual_unit', 'actual_data_year',
  'target_file', 'target_line', 'actual_file', 'actual_line', 'reason'] as const;

/** Rows of the series as plain cells, one per place and year (csv and md). */
export function seriesRows(series: Series[]): Array<Record<(typeof SERIES_COLUMNS)[number], string | number | null>> {
  return series.flatMap(s => s.points.map(p => ({
    place: p.place, year: p.year, target: p.target?.display ?? null, bound: p.bound, actual: p.actual?.display ?? null,
    verdict: p.outcome, gap: p.gap, target_from: p.targetFrom, actual_from: p.actualFrom,
    target_value: p.target?.signedValue ?? null, target_upper: p.target?.signedUpper ?? null, target_unit: p.target?.unit ?? null,
    actual_value: p.actual?.signedValue ?? null, actual_unit: p.actual?.unit ?? null, actual_data_year: p.actual?.dataYear ?? null,
    target_file: p.target?.file ?? null, target_line: p.target?.line ?? null,
    actual_file: p.actual?.file ?? null, actual_line: p.actual?.line ?? null, reason: p.reason,
  })));
}

export function seriesToCsv(series: Series[]): string {
  const lines = [SERIES_COLUMNS.join(',')];
  for (const r of seriesRows(series)) lines.push(SERIES_COLUMNS.map(c => csvCell(r[c])).join(','));
  return lines.join('\r\n') + '\r\n';
}

export function seriesToMarkdown(series: Series[]): string {
  const cols = ['place', 'year', 'target', 'bound', 'actual', 'verdict', 'gap', 'target_from', 'actual_from'] as const;
  const out: string[] = [];
  for (const s of series) {
    out.push(`| ${cols.join(' | ')} |`, `| ${cols.map(() => '---').join(' | ')} |`);
    for (const r of seriesRows([s])) out.push(`| ${cols.map(c => mdCell(r[c])).join(' | ')} |`);
    out.push('', `${s.place || '—'}: ${seriesSummaryText(s, l10n.t, s.label)}`, '');
  }
  return out.join('\n');
}

export async function seriesCommand(argv: string[]): Promise<number> {
  const { files: inputs, options } = parseArgs(argv, ['format', 'indicator']);
  if (options.help) { await write(seriesHelp() + '\n'); return 0; }
  const format = choice(options.format, ['md', 'csv', 'json'] as const, 'md', 'format');
  const key = indicatorKey(options.indicator);
  if (!inputs.length) throw new InputError(l10n.t('series needs at least one FILE or DIR (see govreport series --help)'));
  let status = 0;
  const reports: CompareReport[] = [];
  for (const input of inputs) {
    let isDir = false;
    try { isDir = fs.statSync(input).isDirectory(); } catch { /* readReportOrWarn says why */ }
    const files = isDir ? filesUnder(input) : [input];
    let found = 0;
    for (const file of files) {
      const text = readReportOrWarn(file);
      if (text === null) { status = 2; continue; }
      // in a folder, only what reads like a report; a file named on the command line is always read
      if (isDir && !readsLikeReport(text)) continue;
      found++;
      let k = 0;
      for (const r of analyzeReports(text)) {
        const c = compareReport(`${file}#${k++}`, file, r);
        // keep only what the series needs: a folder of 3,000 reports stays small in memory
        reports.push({ ...c, indicators: c.indicators.filter(i => i.canonical === key
          || (i.kind === 'actual' && /目标|预期|计划/.test(`${i.relative ?? ''}${i.name}`))) });
      }
    }
    if (isDir && !found) fail(l10n.t('{0}: no file in this folder reads like a report', input));
  }
  const series = indicatorSeries(reports, key, l10n.t, { includeLowConfidence: options.all === true });
  if (format === 'json') await write(JSON.stringify(series, null, 2) + '\n');
  else if (format === 'csv') await write(seriesToCsv(series));
  else await write(seriesToMarkdown(series));
  return status;
}
