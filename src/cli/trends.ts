/**
 * `govreport trends TERM… [DIR|FILE…] [--by year|level] [--format json|csv|text]
 * [--compare FROM-TO:FROM-TO] [--top N] [--min-docs N]`: how often terms are used per year or level
 * (core/trends.ts), in the reports under the given folders/files or, without any, in the bundled
 * background model (data/background.json). An argument that exists on disk is an input, anything
 * else a term. Each report's year and level come from its analysis (never from file or folder
 * names); files are segmented with jieba in this process (Intl.Segmenter fallback, as `keywords`).
 */
import * as fs from 'fs';
import * as path from 'path';
import * as l10n from '@vscode/l10n';
import { looksMisdecoded } from '../core/encoding';
import type { Background } from '../core/background';
import { termShifts, termTrends, trendDocsOfText } from '../core/trends';
import type { TermShifts, TermTrend, TrendBy, TrendDoc } from '../core/trends';
import { loadBackgroundSync } from '../node/background';
import { cliSegmenter } from './keywords';
import { InputError, choice, fail, parseArgs, readReport, write } from './io';

/** `govreport trends --help` (in the CLI's language). */
export const trendsHelp = (): string => l10n.t(`Usage: govreport trends [options] TERM... [DIR|FILE...]

How often terms are used per year (or per level) in the reports under the given folders and
files, or, without any, in the bundled background model (1,784 reports of 1954-2026): the share
of reports that use a term and its frequency per 10,000 words, the year it was first seen and the
year it peaked. Arguments that exist on disk are inputs, the others terms. A report's year and
level (national, provincial, city, county) come from its text.

Options:
  --by year|level        buckets (default year)
  --format FORMAT        json (default), csv or text
  --compare A1-A2:B1-B2  also the terms that rose and fell most from years A1-A2 to B1-B2
  --top N                terms that rose and fell (default 20)
  --min-docs N           reports a bucket needs to be a peak (default 1)
  --background FILE      another background model (default: data/background.json)
  -h, --help             this help

The background's per-level figures have shares of reports only (no frequencies).
Exit status: 0 ok, 2 bad usage or an input that could not be read.`);

/** Report files under a folder (.md, .txt, .markdown), sorted; a file is itself. */
function inputFiles(p: string): string[] {
  const st = fs.statSync(p);
  if (!st.isDirectory()) return [p];
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (e.name.startsWith('.')) continue;
      const f = path.join(dir, e.name);
      if (e.isDirectory()) walk(f);
      else if (e.isFile() && /\.(?:md|markdown|txt)$/i.test(e.name)) out.push(f);
    }
  };
  walk(p);
  return out;
}

function parsePeriods(v: string): [[number, number], [number, number]] {
  const m = /^(\d{4})(?:-(\d{4}))?:(\d{4})(?:-(\d{4}))?$/.exec(v.trim());
  if (!m) throw new InputError(l10n.t("--compare must look like 2014-2016:2022-2024, got '{0}'", v));
  const a: [number, number] = [Number(m[1]), Number(m[2] ?? m[1])];
  const b: [number, number] = [Number(m[3]), Number(m[4] ?? m[3])];
  if (a[0] > a[1] || b[0] > b[1]) throw new InputError(l10n.t("--compare must look like 2014-2016:2022-2024, got '{0}'", v));
  return [a, b];
}

const r4 = (n: number | null): number | null => (n === null ? null : Math.round(n * 10000) / 10000);

function csvCell(v: string | number | null): string {
  const s = v === null ? '' : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function pct(x: number): string {
  return `${(x * 100).toFixed(x && x < 0.1 ? 1 : 0)}%`;
}

/** An administrative level of the background (national, provincial, city) in the CLI's language; a year as it is. */
export function levelName(key: string | number): string {
  switch (key) {
    case 'national': return l10n.t('national');
    case 'provincial': return l10n.t('provincial');
    case 'city': return l10n.t('city');
    default: return String(key);
  }
}

/** Uses per 10,000 words: "4.31/10k". */
const per10k = (x: number): string => l10n.t('{0}/10k', x.toFixed(2));

/** A readable summary: one block per term (first seen, peak, then every bucket with reports using it). */
function textOutput(trends: TermTrend[], shifts: TermShifts | null, by: TrendBy): string {
  let out = '';
  for (const t of trends) {
    const head = by === 'year'
      ? l10n.t('{0}: first seen {1}, peak {2}, in {3} reports', t.term, String(t.firstSeen ?? '-'), t.peak ?? '-', t.docsWith)
      : l10n.t('{0}: peak {1}, in {2} reports', t.term, t.peak === null ? '-' : levelName(t.peak), t.docsWith);
    out += head + '\n';
    for (const p of t.points) {
      if (!p.docsWith) continue;
      out += `  ${by === 'year' ? p.key : levelName(p.key)}  ${p.docsWith}/${p.docs} ${pct(p.share)}${p.per10k === null ? '' : `  ${per10k(p.per10k)}`}\n`;
    }
  }
  if (shifts) {
    const line = (s: TermShifts['rose'][number]): string => `  ${s.term}  ${pct(s.shareA)} → ${pct(s.shareB)}  (${s.per10kA.toFixed(2)} → ${per10k(s.per10kB)})\n`;
    out += l10n.t('Rose most from {0} to {1}:', shifts.periodA.join('-'), shifts.periodB.join('-')) + '\n' + shifts.rose.map(line).join('');
    out += l10n.t('Fell most from {0} to {1}:', shifts.periodA.join('-'), shifts.periodB.join('-')) + '\n' + shifts.fell.map(line).join('');
  }
  return out;
}

export async function trendsCommand(args: string[]): Promise<number> {
  const { files: positional, options } = parseArgs(args, ['by', 'format', 'compare', 'top', 'min-docs', 'background']);
  if (options.help) {
    await write(trendsHelp() + '\n');
    return 0;
  }
  for (const k of Object.keys(options)) if (!['by', 'format', 'compare', 'top', 'min-docs', 'background', 'help'].includes(k)) throw new InputError(l10n.t('unknown option --{0} (see govreport trends --help)', k));
  const by = choice(options.by, ['year', 'level'] as const, 'year', 'by');
  const format = choice(options.format, ['json', 'csv', 'text'] as const, 'json', 'format');
  const top = options.top === undefined ? 20 : Number(options.top);
  if (!Number.isInteger(top) || top < 1) throw new InputError(l10n.t("--top must be a positive integer, got '{0}'", String(options.top)));
  const minDocs = options['min-docs'] === undefined ? 1 : Number(options['min-docs']);
  if (!Number.isInteger(minDocs) || minDocs < 1) throw new InputError(l10n.t("--min-docs must be a positive integer, got '{0}'", String(options['min-docs'])));
  const periods = typeof options.compare === 'string' ? parsePeriods(options.compare) : options.compare ? parsePeriods('') : null;

  const terms: string[] = [];
  const inputs: string[] = [];
  for (const a of positional) (fs.existsSync(a) ? inputs : terms).push(a);
  if (!terms.length && !periods) throw new InputError(l10n.t('trends: no terms (see govreport trends --help)'));

  let status = 0;
  let background: Background | null = null;
  try {
    background = loadBackgroundSync(typeof options.background === 'string' ? options.background : undefined).background;
  } catch (e) {
    if (!inputs.length) throw new InputError(l10n.t('trends: no background model ({0})', e instanceof Error ? e.message.split('\n')[0] : String(e)));
  }

  let source: TrendDoc[] | Background;
  let sourceName: string;
  let skipped = 0;
  if (inputs.length) {
    const { segmenter, reason } = cliSegmenter();
    if (reason) fail(l10n.t('trends: {0}; using {1}', reason, segmenter.name));
    const docs: TrendDoc[] = [];
    for (const input of inputs) {
      for (const f of inputFiles(input)) {
        try {
          const text = readReport(f);
          if (looksMisdecoded(text)) fail(l10n.t('{0}: many undecodable characters; the file may be in an unsupported encoding', f));
          for (const d of await trendDocsOfText(text, segmenter)) {
            // without --compare only the asked terms are needed: keep those and the report's token total
            if (periods) docs.push(d);
            else {
              let tokens = 0;
              for (const n of d.counts.values()) tokens += n;
              docs.push({ ...d, tokens, counts: new Map(terms.filter(t => d.counts.has(t)).map(t => [t, d.counts.get(t)!])) });
            }
          }
        } catch (e) {
          if (!(e instanceof InputError)) throw e;
          fail(e.message);
          status = 2;
        }
      }
    }
    skipped = docs.filter(d => by === 'year' && !d.year).length;
    source = docs;
    sourceName = segmenter.name;
  } else {
    source = background!;
    sourceName = 'background';
  }

  const trends = termTrends(terms, source, { by, minDocs });
  const shifts = periods ? termShifts(source, periods[0], periods[1], { top, background }) : null;
  const nDocs = Array.isArray(source) ? source.length : (source as Background).totalDocs;

  if (format === 'json') {
    await write(JSON.stringify({
      source: sourceName,
      by,
      reports: nDocs,
      ...(by === 'year' ? { withoutYear: skipped } : {}),
      terms: trends.map(t => ({
        term: t.term,
        firstSeen: t.firstSeen,
        lastSeen: t.lastSeen,
        peak: t.peak,
        reports: t.docsWith,
        points: t.points.map(p => ({ [by]: by === 'year' ? p.year : p.key, reports: p.docs, reportsWith: p.docsWith, share: r4(p.share), count: p.count, per10k: r4(p.per10k) })),
      })),
      ...(shifts ? { compare: { from: shifts.periodA, to: shifts.periodB, reportsFrom: shifts.docsA, reportsTo: shifts.docsB, rose: shifts.rose.map(slimShift), fell: shifts.fell.map(slimShift) } } : {}),
    }, null, 2) + '\n');
  } else if (format === 'csv') {
    let out = `term,${by},reports,reports_with,share,count,per10k\n`;
    for (const t of trends) for (const p of t.points) out += [t.term, p.key, p.docs, p.docsWith, r4(p.share), p.count, r4(p.per10k)].map(csvCell).join(',') + '\n';
    if (shifts) {
      out += '\nchange,term,share_from,share_to,per10k_from,per10k_to\n';
      for (const [kind, list] of [['rose', shifts.rose], ['fell', shifts.fell]] as const) for (const s of list) out += [kind, s.term, r4(s.shareA), r4(s.shareB), r4(s.per10kA), r4(s.per10kB)].map(csvCell).join(',') + '\n';
    }
    await write(out);
  } else {
    await write(textOutput(trends, shifts, by));
  }
  return status;
}

function slimShift(s: TermShifts['rose'][number]): Record<string, unknown> {
  return { term: s.term, shareFrom: r4(s.shareA), shareTo: r4(s.shareB), per10kFrom: r4(s.per10kA), per10kTo: r4(s.per10kB), reportsFrom: s.docsWithA, reportsTo: s.docsWithB };
}
