/**
 * The public JSON shape of an analysis (what `govreport extract --format json` prints and
 * "Export Indicators…" writes), and CSV / Markdown tables of indicator rows.
 *
 * Indicator fields (JSON, CSV columns of the same names; the first 13 are unchanged since 0.1):
 *  kind, name, canonical, verb, value (as written), upper, unit, qualifier, aim, qualitative,
 *  relative, line, column, text, and since issue 11:
 *  - direction: "up" | "down" | "level" | null — a decline (下降, 降幅, 负增长, -x%) is "down";
 *  - signedValue / signedUpper: value / upper with a decline negative (下降8.8% → -8.8); use these
 *    for charts, sums and comparisons;
 *  - dataYear / dataYearFrom: the year the figure refers to (targets: the plan year; actuals: the
 *    reviewed year, 2022 in a 2023 report) and the first year of a period (2018 for 过去五年 in a
 *    2023 report; equal to dataYear for a single year; null beside a dataYear for an average
 *    over years of unwritten start); both null when unknown;
 *  - bound: for targets, "floor" | "ceiling" | "point" | "range" (on signed values), else null;
 *  - confidence: "high" | "low", confidenceNote: why low ("" when high). Low-confidence records
 *    stay out of Compare and series by default.
 * Rows (CSV/Markdown) add file, report, year (the report's plan year), place, section.
 */
import type { Analysis, Direction, IndicatorKind, OutlineNode, Report, Indicator, TargetBound } from './types';
import { directionOf, signedOf, boundOf } from './semantics';
import { escapeMarkdownCell } from './sanitize';

export interface OutlineJson { level: number; text: string; line: number; children: OutlineJson[] }
export interface IndicatorJson {
  kind: IndicatorKind; name: string; canonical: string | null; verb: string; value: number | null;
  upper: number | null; unit: string; qualifier: string; aim: boolean; qualitative: boolean;
  relative: string | null; line: number; column: number; text: string;
  direction: Direction | null; signedValue: number | null; signedUpper: number | null;
  dataYear: number | null; dataYearFrom: number | null; bound: TargetBound | null;
  confidence: 'high' | 'low'; confidenceNote: string;
}
export interface ReportJson {
  title: string; line: number; year: number | null; place: string | null;
  outline: OutlineJson[]; indicators: IndicatorJson[];
  glossary: Array<{ term: string; definition: string; line: number }>;
}
export interface FileJson { file: string; reports: ReportJson[] }

export type KindFilter = IndicatorKind | 'all';

function outlineJson(n: OutlineNode): OutlineJson {
  return { level: n.level, text: n.text, line: n.line, children: n.children.map(outlineJson) };
}

export function indicatorJson(i: Indicator): IndicatorJson {
  const direction = i.direction !== undefined ? i.direction : directionOf(i);
  const signed = signedOf({ ...i, direction });
  return {
    kind: i.kind, name: i.name, canonical: i.canonical, verb: i.verb, value: i.value, upper: i.upper,
    unit: i.unit, qualifier: i.qualifier, aim: i.aim, qualitative: i.qualitative, relative: i.relative,
    line: i.line, column: i.column, text: i.text,
    direction, signedValue: signed.value, signedUpper: signed.upper,
    dataYear: i.dataYear ?? null, dataYearFrom: i.dataYearFrom ?? null,
    bound: i.bound !== undefined ? i.bound : boundOf(i),
    confidence: i.confidence ?? 'high', confidenceNote: i.confidenceNote ?? '',
  };
}

export function reportJson(r: Report, kind: KindFilter = 'all'): ReportJson {
  return {
    title: r.title, line: r.line, year: r.year, place: r.place,
    outline: r.outline.map(outlineJson),
    indicators: r.indicators.filter(i => kind === 'all' || i.kind === kind).map(indicatorJson),
    glossary: r.glossary.map(g => ({ term: g.term, definition: g.definition, line: g.line })),
  };
}

export function fileJson(file: string, a: Analysis, kind: KindFilter = 'all'): FileJson {
  return { file, reports: a.reports.map(r => reportJson(r, kind)) };
}

/** One flat row per indicator, as in the table, CSV and Markdown exports. */
export interface IndicatorRow extends IndicatorJson {
  file: string; report: string; year: number | null; place: string | null; section: string;
}

/** CSV / Markdown columns: the 0.1 columns first (unchanged order), then the issue-11 fields. */
export const ROW_COLUMNS: Array<keyof IndicatorRow> = [
  'file', 'report', 'year', 'place', 'section', 'kind', 'name', 'canonical', 'verb', 'value', 'upper',
  'unit', 'qualifier', 'aim', 'qualitative', 'relative', 'line', 'column', 'text',
  'direction', 'signedValue', 'signedUpper', 'dataYear', 'dataYearFrom', 'bound', 'confidence', 'confidenceNote',
];

/** The top-level section an offset falls in ("" before the first). */
export function sectionAt(outline: OutlineNode[], offset: number): string {
  let found = '';
  for (const n of outline) if (n.start <= offset && offset < Math.max(n.end, n.start + 1)) found = n.text;
  return found;
}

export function indicatorRows(file: string, a: Analysis, kind: KindFilter = 'all'): IndicatorRow[] {
  const rows: IndicatorRow[] = [];
  for (const r of a.reports) {
    for (const i of r.indicators) {
      if (kind !== 'all' && i.kind !== kind) continue;
      rows.push({
        file, report: r.title, year: r.year, place: r.place, section: sectionAt(r.outline, i.start),
        ...indicatorJson(i),
      });
    }
  }
  return rows;
}

function csvCell(v: unknown): string {
  if (v === null || v === undefined) return '';
  const s = String(v);
  // formula injection guard for spreadsheet apps: a leading = + - @ is quoted as text
  const safe = /^[=+\-@\t\r]/.test(s) && !/^-?\d+(\.\d+)?$/.test(s) ? `'${s}` : s;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** CSV with a header row; `bom` prefixes U+FEFF so Excel reads it as UTF-8. */
export function rowsToCsv(rows: IndicatorRow[], bom = false): string {
  const lines = [ROW_COLUMNS.join(',')];
  for (const r of rows) lines.push(ROW_COLUMNS.map(c => csvCell(r[c])).join(','));
  return (bom ? '\uFEFF' : '') + lines.join('\r\n') + '\r\n';
}

function mdCell(v: unknown): string {
  if (v === null || v === undefined) return '';
  return escapeMarkdownCell(String(v));
}

export function rowsToMarkdown(rows: IndicatorRow[], columns: Array<keyof IndicatorRow> = ROW_COLUMNS.filter(c => c !== 'text' && c !== 'column' && c !== 'confidenceNote')): string {
  const head = `| ${columns.join(' | ')} |`;
  const sep = `| ${columns.map(() => '---').join(' | ')} |`;
  return [head, sep, ...rows.map(r => `| ${columns.map(c => mdCell(r[c])).join(' | ')} |`)].join('\n') + '\n';
}

/** Parses a CSV produced by rowsToCsv (quoted cells, CRLF) back into string cells. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const s = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') { cell += '"'; i++; }
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; }
    else if (c === '\n') { row.push(cell.replace(/\r$/, '')); rows.push(row); row = []; cell = ''; }
    else cell += c;
  }
  if (cell || row.length) { row.push(cell); rows.push(row); }
  return rows;
}
