/** `govreport define TERM…`: definitions from the built-in glossary and extra glossary files. */
import builtin from '../../data/glossary.json';
import reportTermsData from '../../data/reportTerms.json';
import { GlossaryIndex, GlossarySource, GlossaryEntry, parseGlossaryJson, resolveSense } from '../core/glossary';
import { ReaderContext, ReportDefinition, ReportTerms, ReportTermsData, reportLabel } from '../core/reportTerms';
import * as l10n from '@vscode/l10n';
import { write, fail, parseArgs, choice, InputError, readRegularFile } from './io';
import { stripControlChars } from '../core/sanitize';
import { categoryName } from '../core/hoverModel';

/** `govreport define --help` (in the CLI's language). */
export const defineHelp = (): string => l10n.t(`Usage: govreport define TERM... [--format text|json] [--glossary FILE]...
                        [--reports N] [--place PLACE] [--year YEAR]

Looks terms up in the built-in glossary of report jargon (六稳, 放管服, 专精特新 …),
matching terms and their aliases (quotes and full-width forms are ignored), and
shows how the reports themselves define them in their 名词解释 sections: how many
reports do, and the nearest few (same place, then same province, then the latest).

Options:
  --format text|json   text (default), or a JSON array with one object per query:
                       {query, term, definition, english, category, origin,
                        inUse, reports: {count, definitions: [{place, province, year,
                        title, sense, definition}]}}
                       (definition null for a term the glossary does not know)
  --glossary FILE      an extra glossary JSON file (same schema as the built-in one);
                       may be given several times; its entries take precedence
  --reports N          report definitions to show per term (default 3, 0 for none)
  --place PLACE        the reader's place (e.g. 厦门市): its own reports come first
  --year YEAR          the reader's year: of a place's reports, the closest year first;
                       the glossary's sense of that year (a term dated later or
                       earlier is shown with a note, and inUse false in JSON)
  -h, --help           this help

Exit status: 0 when every term was found (in the glossary or in reports),
1 when any was unknown, 2 on bad input.`);

export async function defineCommand(argv: string[]): Promise<number> {
  const extra: string[] = [];
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--glossary') {
      if (i + 1 >= argv.length) throw new InputError(l10n.t('--glossary needs a FILE'));
      extra.push(argv[++i]);
    } else if (argv[i].startsWith('--glossary=')) extra.push(argv[i].slice('--glossary='.length));
    else rest.push(argv[i]);
  }
  const { files: terms, options } = parseArgs(rest, ['format', 'reports', 'place', 'year']);
  if (options.help) { await write(defineHelp() + '\n'); return 0; }
  const format = choice(options.format, ['text', 'json'] as const, 'text', 'format');
  const shown = intOption(options.reports, 3, 'reports');
  const year = options.year === undefined ? null : intOption(options.year, 0, 'year');
  const place = typeof options.place === 'string' && options.place.trim() ? options.place.trim() : null;
  if (options.place === true) throw new InputError(l10n.t('--{0} needs a value', 'place'));
  if (!terms.length) throw new InputError(l10n.t('define needs at least one TERM (see govreport define --help)'));
  const sources: GlossarySource[] = [];
  let status = 0;
  for (const file of extra) {
    let text: string;
    try {
      // a regular file of bounded size (the parser then bounds nesting, entries and term lengths)
      text = new TextDecoder('utf-8').decode(readRegularFile(file, 16 * 1024 * 1024));
    } catch (e) {
      fail(e instanceof InputError ? e.message : l10n.t('{0}: cannot read glossary file', file));
      status = 2;
      continue;
    }
    const parsed = parseGlossaryJson(text, file, l10n.t);
    for (const e of parsed.errors) fail(`${file}:${e.line}:${e.column}: ${e.message}`);
    if (parsed.errors.length) status = 2;
    sources.push({ id: file, label: file, entries: parsed.entries });
  }
  sources.push({ id: 'builtin', label: 'built-in glossary', entries: (builtin as { entries: GlossaryEntry[] }).entries });
  const index = new GlossaryIndex(sources);
  const rt = new ReportTerms(reportTermsData as unknown as ReportTermsData);
  const ctx: ReaderContext = { place, province: place ? rt.provinceOfPlace(place) : null, year };
  const results = terms.map(query => {
    const hit = index.get(query);
    const key = (hit ? rt.keyOfEntry(hit.entry) : null) ?? rt.keyOf(query);
    // with --year, the reading the glossary dates to that year (no text around: no cue words)
    const read = hit && year !== null ? resolveSense(hit.entry, '', 0, 0, year) : hit?.entry ?? null;
    const reading = read ?? hit?.entry;
    return {
      query,
      term: hit?.entry.term ?? null,
      definition: reading?.definition ?? null,
      english: reading?.english ?? null,
      inUse: hit ? read !== null : null,
      dated: hit && !read ? `${hit.entry.since ?? ''}–${hit.entry.until ?? ''}` : null,
      category: hit?.entry.category ?? null,
      origin: reading?.origin ?? null,
      source: hit?.source.label ?? null,
      reports: key ? { term: key, count: rt.count(key), definitions: nearestFew(rt, key, ctx, shown) } : null,
    };
  });
  if (format === 'json') {
    await write(JSON.stringify(results.map(({ source: _s, dated: _d, reports, ...r }) => ({
      ...r,
      reports: {
        count: reports?.count ?? 0,
        definitions: (reports?.definitions ?? []).map(d => ({ place: d.place, province: d.province, year: d.year, title: reportLabel(d), sense: d.sense, definition: d.definition })),
      },
    })), null, 2) + '\n');
  } else {
    const out: string[] = [];
    for (const r of results) {
      if (r.definition === null && !r.reports) { out.push(`${r.query}: ${l10n.t('(unknown term)')}`); continue; }
      if (r.definition === null) {
        out.push(`${r.reports!.term}${r.reports!.term !== r.query ? ` ${l10n.t('(for {0})', r.query)}` : ''}`);
      } else {
        out.push(`${r.term}${r.term !== r.query ? ` ${l10n.t('(for {0})', r.query)}` : ''}${r.english ? ` — ${r.english}` : ''}`);
        out.push(`  ${r.definition}`);
        if (r.dated) out.push(`  ${l10n.t('(the glossary dates this sense {0}: not in use in {1})', r.dated, year ?? '')}`);
        const meta = [r.category ? categoryName(r.category, l10n.t) : null, r.origin, r.source !== 'built-in glossary' ? r.source : null].filter(Boolean).join(' · ');
        if (meta) out.push(`  [${meta}]`);
      }
      if (r.reports) {
        out.push(`  ${l10n.t('Defined in {0} reports (报告自释):', r.reports.count)}`);
        for (const d of r.reports.definitions) out.push(`    ${stripControlChars(reportLabel(d))}${d.sense > 0 ? ` [${l10n.t('sense {0}', d.sense + 1)}]` : ''}：${stripControlChars(d.definition)}`);
        const more = r.reports.count - r.reports.definitions.length;
        if (more > 0 && shown > 0) out.push(`    ${l10n.t('… and {0} more (--reports N shows more)', more)}`);
      }
    }
    await write(out.join('\n') + '\n');
  }
  if (status) return status;
  return results.some(r => r.definition === null && !r.reports) ? 1 : 0;
}

function intOption(v: string | true | undefined, def: number, name: string): number {
  if (v === undefined) return def;
  if (v === true || !/^\d{1,4}$/.test(v)) throw new InputError(l10n.t('--{0} must be a whole number', name));
  return Number(v);
}

/**
 * The `n` report definitions to show: the nearest to the reader first (same place, then province,
 * then latest: ReportTerms.nearest), then the latest others, one per report.
 */
export function nearestFew(rt: ReportTerms, key: string, ctx: ReaderContext, n: number): ReportDefinition[] {
  if (n <= 0) return [];
  const all = rt.definitions(key);
  const first = rt.nearest(key, ctx);
  const rest = all.filter(d => d !== first && !(first && d.source === first.source && d.line === first.line))
    .sort((a, b) => (b.year ?? 0) - (a.year ?? 0));
  return (first ? [first, ...rest] : rest).slice(0, n);
}
