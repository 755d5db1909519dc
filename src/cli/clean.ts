/**
 * `govreport clean FILE… [--in-place]`: Clean Up Report from the command line — the same core
 * (core/cleanup.ts) as the editor command and the document formatter. Page chrome lines go, run-on
 * lines are split at headings and paragraph breaks; report text is never removed.
 */
import * as fs from 'fs';
import * as l10n from '@vscode/l10n';
import { cleanUp, applyEdits } from '../core/cleanup';
import { decodeReport, BinaryFileError } from '../core/encoding';
import { InputError, fail, parseArgs, readRegularFile, write } from './io';

/** `govreport clean --help` (in the CLI's language). */
export const cleanHelp = (): string => l10n.t(`Usage: govreport clean FILE... [--in-place]

Cleans scraped reports like the editor's Clean Up Report command: removes web-page chrome
(forum badges and footers, 索引号 blocks, print/close and share links) and splits run-on
lines at headings and paragraph breaks. Report text is never removed; YAML front matter is kept.

Options:
  --in-place     rewrite each FILE (as UTF-8), keeping the original as FILE.bak;
                 without it, the cleaned text of one FILE goes to stdout
  -h, --help     this help

A summary line per file goes to stderr. Exit status: 0 ok, 2 bad usage or a file that could
not be read (the other files are still processed).`);

export async function cleanCommand(argv: string[]): Promise<number> {
  const { files, options } = parseArgs(argv, []);
  if (options.help) { await write(cleanHelp() + '\n'); return 0; }
  for (const k of Object.keys(options)) if (!['in-place', 'help'].includes(k)) throw new InputError(l10n.t('unknown option --{0} (see govreport clean --help)', k));
  const inPlace = options['in-place'] === true;
  if (!files.length) throw new InputError(l10n.t('clean needs at least one FILE (see govreport clean --help)'));
  if (!inPlace && files.length > 1) throw new InputError(l10n.t('clean writes one file to stdout; use --in-place for several files'));
  let status = 0;
  for (const file of files) {
    let bytes: Buffer;
    let text: string;
    let encoding: string;
    try {
      bytes = readRegularFile(file);
      const d = decodeReport(bytes);
      text = d.text;
      encoding = d.encoding;
      if (d.replaced && inPlace) {
        fail(l10n.t('{0}: not rewritten: {1} invalid byte sequences would be lost', file, d.replaced));
        status = 2;
        continue;
      }
    } catch (e) {
      if (!(e instanceof InputError) && !(e instanceof BinaryFileError)) throw e;
      fail(e instanceof InputError ? e.message : l10n.t('{0}: binary file, not a text report', file));
      status = 2;
      continue;
    }
    const r = cleanUp(text);
    const cleaned = r.edits.length ? applyEdits(text, r.edits) : text;
    fail(l10n.t('{0}: {1} chrome lines removed, {2} line breaks inserted', file, r.removedLines, r.splits));
    if (!inPlace) {
      await write(cleaned);
      continue;
    }
    if (!r.edits.length) continue;
    try {
      fs.writeFileSync(file + '.bak', bytes);
      fs.writeFileSync(file, (encoding === 'utf-8' && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? '\ufeff' : '') + cleaned, 'utf8');
      if (encoding !== 'utf-8') fail(l10n.t('{0}: written as UTF-8 (was {1}); the original is in {0}.bak', file, encoding.toUpperCase()));
    } catch (e) {
      fail(l10n.t('{0}: cannot write ({1})', file, (e as NodeJS.ErrnoException).code ?? 'error'));
      status = 2;
    }
  }
  return status;
}
