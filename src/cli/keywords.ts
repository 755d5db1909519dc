/**
 * `govreport keywords FILE… [--top N] [--format json|csv]`: key terms per report and per top-level
 * section (core/keywords.ts): report terms by TF-IDF against the bundled background model
 * (data/background.json; `--no-background` ranks within the given files as before). Segments with jieba in-process when nodejs-jieba loads,
 * else with the core's Intl.Segmenter fallback (said on stderr; GOVREPORT_SEGMENTER=intl forces it).
 * Files are decoded like everywhere else (UTF-8/UTF-16/GB18030, core/encoding.ts). A missing,
 * unreadable or binary file gets one stderr line naming it and exit status 2; the other files are
 * still processed.
 */
import { analyze } from '../core';
import type { Analysis } from '../core';
import { looksMisdecoded } from '../core/encoding';
import { IntlSegmenter, domainVocabulary } from '../core/segmenter';
import type { Segmenter } from '../core/segmenter';
import { compareKeyTerms, keyTermsOfTexts } from '../core/keywords';
import type { TermChange, TermScore } from '../core/keywords';
import { JiebaSegmenter } from '../node/jiebaSegmenter';
import { loadBackgroundSync } from '../node/background';
import type { Background } from '../core/background';
import * as l10n from '@vscode/l10n';
import { InputError, fail, parseArgs, readReport, write } from './io';
import { csvCell } from '../core/sanitize';

/** `govreport keywords --help` (in the CLI's language). */
export const keywordsHelp = (): string => l10n.t(`Usage: govreport keywords [options] FILE...

Key terms of each report and of each top-level section. Report terms are ranked by TF-IDF
against the bundled background model (how many of 1,784 reports of 1954-2026 use each word, in
all years and in the report's year), so they say what is distinctive about the report. Section
terms are ranked with document frequency across the report's sections. Numbers, units,
punctuation, single characters, function and stop words, and the report's own place names are
left out.

Options:
  --top N            terms per report and per section (default 20)
  --format FORMAT    json (default) or csv
  --background FILE  another background model (default: data/background.json)
  --no-background    rank report terms within the given files instead (document frequency
                     across the given reports, or across the sections of a single report)
  --compare          Compare Key Terms of two files A B: the terms that rose, fell, are new in B
                     or vanished from A (per 10,000 words, weighted by the background's IDF)
  -h, --help         this help

Segmentation: jieba (nodejs-jieba) when it loads, else Intl.Segmenter; set
GOVREPORT_SEGMENTER=intl to force the fallback. Exit status: 0 ok, 2 bad usage or a file that
could not be read (the other files are still processed).`);

/** jieba in this process, or the fallback (with the reason). */
export function cliSegmenter(): { segmenter: Segmenter; reason: string } {
  if ((process.env.GOVREPORT_SEGMENTER ?? '').toLowerCase() === 'intl') {
    return { segmenter: new IntlSegmenter(), reason: 'GOVREPORT_SEGMENTER=intl' };
  }
  try {
    return { segmenter: new JiebaSegmenter(domainVocabulary()), reason: '' };
  } catch (e) {
    return { segmenter: new IntlSegmenter(), reason: l10n.t('jieba unavailable: {0}', e instanceof Error ? e.message.split('\n')[0] : String(e)) };
  }
}


const round = (n: number, d = 4): number => Math.round(n * 10 ** d) / 10 ** d;
const slim = (t: TermScore & { share?: number }) => ({
  term: t.term, count: t.count, frequency: round(t.frequency, 3), df: t.df, score: round(t.score, 6),
  // against the background: the share of its reports (of the report's year) that use the term
  ...(t.share === undefined ? {} : { share: round(t.share, 4) }),
});

export async function keywordsCommand(args: string[]): Promise<number> {
  const { files, options } = parseArgs(args, ['top', 'format', 'background']);
  if (options.help) {
    await write(keywordsHelp() + '\n');
    return 0;
  }
  const top = options.top === undefined ? 20 : Number(options.top);
  if (!Number.isInteger(top) || top < 1) throw new InputError(l10n.t("--top must be a positive integer, got '{0}'", String(options.top)));
  const format = options.format === undefined ? 'json' : String(options.format);
  if (format !== 'json' && format !== 'csv') throw new InputError(l10n.t("--format must be json or csv, got '{0}'", format));
  for (const k of Object.keys(options)) if (!['top', 'format', 'help', 'background', 'no-background', 'compare'].includes(k)) throw new InputError(l10n.t('unknown option --{0} (see govreport keywords --help)', k));
  if (!files.length) throw new InputError(l10n.t('keywords: no input files (see govreport keywords --help)'));
  if (options.compare && files.length !== 2) throw new InputError(l10n.t('keywords --compare takes two files, got {0}', files.length));

  let status = 0;
  const texts: string[] = [];
  const analyses: Analysis[] = [];
  const names: string[] = [];
  for (const f of files) {
    try {
      const text = readReport(f);
      if (looksMisdecoded(text)) fail(l10n.t('{0}: many undecodable characters; the file may be in an unsupported encoding', f));
      texts.push(text);
      analyses.push(analyze(text));
      names.push(f);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      fail(e.message);
      status = 2;
    }
  }
  if (!texts.length) {
    // no readable file: still valid JSON on stdout (the reasons are on stderr)
    if (format === 'json') await write(JSON.stringify({ segmenter: null, reports: [] }, null, 2) + '\n');
    return status || 2;
  }

  const { segmenter, reason } = cliSegmenter();
  if (reason) fail(l10n.t('keywords: {0}; using {1}', reason, segmenter.name));
  let background: Background | undefined;
  if (!options['no-background']) {
    try {
      background = loadBackgroundSync(typeof options.background === 'string' ? options.background : undefined).background;
    } catch (e) {
      fail(l10n.t('keywords: no background model ({0}); ranking within the given files', e instanceof Error ? e.message.split('\n')[0] : String(e)));
    }
  }
  if (options.compare) {
    if (texts.length !== 2) return status || 2;
    const c = await compareKeyTerms(texts[0], texts[1], segmenter, { background, analysisA: analyses[0], analysisB: analyses[1], top });
    const change = (x: TermChange) => ({ term: x.term, countA: x.countA, countB: x.countB, per10kA: round(x.freqA, 3), per10kB: round(x.freqB, 3) });
    const lists = [['rose', c.rose], ['fell', c.fell], ['new', c.new], ['vanished', c.vanished]] as const;
    if (format === 'json') {
      await write(JSON.stringify({ segmenter: segmenter.name, background: !!background, a: names[0], b: names[1], tokensA: c.tokensA, tokensB: c.tokensB, ...Object.fromEntries(lists.map(([k, l]) => [k, l.map(change)])) }, null, 2) + '\n');
    } else {
      let out = 'change,term,count_a,count_b,per10k_a,per10k_b\n';
      for (const [k, l] of lists) for (const x of l) out += [k, x.term, x.countA, x.countB, round(x.freqA, 3), round(x.freqB, 3)].map(csvCell).join(',') + '\n';
      await write(out);
    }
    return status;
  }
  const result = await keyTermsOfTexts(texts, segmenter, { top, analyses, background });
  // attribute reports to files (keyTermsOfTexts keeps input order; a file without a report frame counts as one)
  const fileOf: string[] = [];
  analyses.forEach((a, i) => {
    for (let k = 0; k < Math.max(1, a.reports.length); k++) fileOf.push(names[i]);
  });

  if (format === 'json') {
    await write(JSON.stringify({
      segmenter: result.segmenter,
      background: result.background,
      reports: result.reports.map((r, i) => ({
        file: fileOf[i],
        title: r.title,
        line: r.line,
        year: r.year,
        tokens: r.tokens,
        terms: r.terms.map(slim),
        sections: r.sections.map(s => ({ title: s.title, line: s.line, tokens: s.tokens, terms: s.terms.map(slim) })),
      })),
    }, null, 2) + '\n');
  } else {
    await write('file,report,section,rank,term,count,frequency,score\n');
    for (let i = 0; i < result.reports.length; i++) {
      const r = result.reports[i];
      const rows: Array<[string, TermScore[]]> = [['', r.terms], ...r.sections.map(s => [s.title, s.terms] as [string, TermScore[]])];
      let chunk = '';
      for (const [section, terms] of rows) {
        terms.forEach((t, k) => {
          chunk += [fileOf[i], r.title, section, k + 1, t.term, t.count, round(t.frequency, 3), round(t.score, 6)].map(csvCell).join(',') + '\n';
        });
      }
      await write(chunk);
    }
  }
  return status;
}
