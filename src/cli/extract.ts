/** `govreport extract` and `govreport outline`. */
import { analyze, analyzeReports } from '../core/analyze';
import { fileJson, reportJson, indicatorRows, rowsToCsv, rowsToMarkdown, ROW_COLUMNS, KindFilter, OutlineJson } from '../core/export';
import * as l10n from '@vscode/l10n';
import { readReportOrWarn, write, parseArgs, choice, InputError } from './io';

/** `govreport extract --help` (in the CLI's language). */
export const extractHelp = (): string => l10n.t(`Usage: govreport extract FILE... [--format json|csv|md] [--kind target|actual|other|all]

Extracts the indicators of government work reports: the plan year's targets, the
headline actuals of the year under review and every other quantity.

Options:
  --format json|csv|md   json (default): one object per file
                         {file, reports:[{title, line, year, place, outline, indicators, glossary}]},
                         an array when several files are given; csv: one row per indicator
                         (UTF-8, header row); md: a Markdown table
  --kind KIND            target, actual, other or all (default all)
  -h, --help             this help

Files may be UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030/GBK.
A missing, unreadable or binary file is reported on stderr and the exit status is 2;
the other files are still processed.`);

/** `govreport outline --help` (in the CLI's language). */
export const outlineHelp = (): string => l10n.t(`Usage: govreport outline FILE...

Prints the outline of each report in each file: the report title, then its sections
and sub-sections, indented by level, with line numbers.

Options:
  --format text|json     text (default) or json
  -h, --help             this help`);

const FORMATS = ['json', 'csv', 'md'] as const;
const KINDS = ['target', 'actual', 'other', 'all'] as const;

export async function extractCommand(argv: string[]): Promise<number> {
  const { files, options } = parseArgs(argv, ['format', 'kind']);
  if (options.help) { await write(extractHelp() + '\n'); return 0; }
  const format = choice(options.format, FORMATS, 'json', 'format');
  const kind = choice(options.kind, KINDS, 'all', 'kind') as KindFilter;
  if (!files.length) throw new InputError(l10n.t('extract needs at least one FILE (see govreport extract --help)'));
  let status = 0;
  let first = true;
  const many = files.length > 1;
  if (format === 'json' && many) await write('[\n');
  if (format === 'csv') await write(ROW_COLUMNS.join(',') + '\r\n');
  let mdHeader = true;
  for (const file of files) {
    const text = readReportOrWarn(file);
    if (text === null) {
      status = 2;
      continue;
    }
    // one report at a time: a 50 MB file never holds more than one report's analysis
    let k = 0;
    if (format === 'json') {
      await write(`${first ? '' : ',\n'}{\n  "file": ${JSON.stringify(file)},\n  "reports": [`);
    }
    for (const report of analyzeReports(text)) {
      const one = { length: text.length, reports: [report] };
      if (format === 'json') {
        const body = JSON.stringify(reportJson(report, kind), null, 2).replace(/\n/g, '\n    ');
        await write(`${k ? ',' : ''}\n    ${body}`);
      } else if (format === 'csv') {
        const rows = indicatorRows(file, one, kind);
        for (let i = 0; i < rows.length; i += 500) {
          await write(rowsToCsv(rows.slice(i, i + 500)).split('\r\n').slice(1).join('\r\n'));
        }
      } else {
        const md = rowsToMarkdown(indicatorRows(file, one, kind));
        await write(mdHeader ? md : md.split('\n').slice(2).join('\n'));
        mdHeader = false;
      }
      k++;
    }
    if (format === 'json') await write(`${k ? '\n  ' : ''}]\n}`);
    first = false;
  }
  // a single file that could not be read still gives valid JSON (null), like outline
  if (format === 'json') await write(many ? '\n]\n' : first ? 'null\n' : '\n');
  return status;
}

function printOutline(nodes: OutlineJson[], out: string[]): void {
  for (const n of nodes) {
    out.push(`${'  '.repeat(n.level)}${n.text}  (${l10n.t('line {0}', n.line)})`);
    printOutline(n.children, out);
  }
}

export async function outlineCommand(argv: string[]): Promise<number> {
  const { files, options } = parseArgs(argv, ['format']);
  if (options.help) { await write(outlineHelp() + '\n'); return 0; }
  const format = choice(options.format, ['text', 'json'] as const, 'text', 'format');
  if (!files.length) throw new InputError(l10n.t('outline needs at least one FILE (see govreport outline --help)'));
  let status = 0;
  const all: unknown[] = [];
  for (const file of files) {
    const text = readReportOrWarn(file);
    if (text === null) {
      status = 2;
      continue;
    }
    const json = fileJson(file, analyze(text), 'all');
    if (format === 'json') { all.push({ file, reports: json.reports.map(r => ({ title: r.title, line: r.line, year: r.year, place: r.place, outline: r.outline })) }); continue; }
    const out: string[] = [`${file}`];
    for (const r of json.reports) {
      out.push(`${r.title}  (${l10n.t('line {0}', r.line)}${r.place ? `, ${r.place}` : ''}${r.year ? `, ${r.year}` : ''})`);
      printOutline(r.outline, out);
    }
    await write(out.join('\n') + '\n');
  }
  if (format === 'json') await write(JSON.stringify(files.length === 1 ? all[0] ?? null : all, null, 2) + '\n');
  return status;
}
