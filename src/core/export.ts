/**
 * The public JSON shape of an analysis (what `govreport extract --format json` prints and
 * "Export Indicators…" writes), and CSV / Markdown tables of indicator rows.
 */
import type { Analysis, IndicatorKind, OutlineNode, Report, Indicator } from './types';
import { escapeMarkdownCell } from './sanitize';

export interface OutlineJson { level: number; text: string; line: number; children: OutlineJson[] }
export interface IndicatorJson {
  kind: IndicatorKind; name: string; canonical: string | null; verb: string; value: number | null;
  upper: number | null; unit: string; qualifier: string; aim: boolean; qualitative: boolean;
  relative: string | null; line: number; column: number; text: string;
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
  return {
    kind: i.kind, name: i.name, canonical: i.canonical, verb: i.verb, value: i.value, upper: i.upper,
    unit: i.unit, qualifier: i.qualifier, aim: i.aim, qualitative: i.qualitative, relative: i.relative,
    line: i.line, column: i.column, text: i.text,
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
export interface IndicatorRow {
  file: string; report: string; year: number | null; place: string | null; section: string;
  kind: IndicatorKind; name: string; canonical: string | null; verb: string; value: number | null;
  upper: number | null; unit: string; qualifier: string; aim: boolean; qualitative: boolean;
  relative: string | null; line: number; column: number; text: string;
}

export const ROW_COLUMNS: Array<keyof IndicatorRow> = [
  'file', 'report', 'year', 'place', 'section', 'kind', 'name', 'canonical', 'verb', 'value', 'upper',
  'unit', 'qualifier', 'aim', 'qualitative', 'relative', 'line', 'column', 'text',
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

export function rowsToMarkdown(rows: IndicatorRow[], columns: Array<keyof IndicatorRow> = ROW_COLUMNS.filter(c => c !== 'text' && c !== 'column')): string {
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
