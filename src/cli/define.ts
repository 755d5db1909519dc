/** `govreport define TERM…`: definitions from the built-in glossary and extra glossary files. */
import builtin from '../../data/glossary.json';
import { GlossaryIndex, GlossarySource, GlossaryEntry, parseGlossaryJson } from '../core/glossary';
import * as l10n from '@vscode/l10n';
import { write, fail, parseArgs, choice, InputError, readRegularFile } from './io';

/** `govreport define --help` (in the CLI's language). */
export const defineHelp = (): string => l10n.t(`Usage: govreport define TERM... [--format text|json] [--glossary FILE]...

Looks terms up in the built-in glossary of report jargon (六稳, 放管服, 专精特新 …),
matching terms and their aliases (quotes and full-width forms are ignored).

Options:
  --format text|json   text (default), or a JSON array with one object per query:
                       {query, term, definition, english, category, origin}
                       (definition null for an unknown term)
  --glossary FILE      an extra glossary JSON file (same schema as the built-in one);
                       may be given several times; its entries take precedence
  -h, --help           this help

Exit status: 0 when every term was found, 1 when any was unknown, 2 on bad input.`);

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
  const { files: terms, options } = parseArgs(rest, ['format']);
  if (options.help) { await write(defineHelp() + '\n'); return 0; }
  const format = choice(options.format, ['text', 'json'] as const, 'text', 'format');
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
    const parsed = parseGlossaryJson(text, file);
    for (const e of parsed.errors) fail(`${file}:${e.line}:${e.column}: ${e.message}`);
    if (parsed.errors.length) status = 2;
    sources.push({ id: file, label: file, entries: parsed.entries });
  }
  sources.push({ id: 'builtin', label: 'built-in glossary', entries: (builtin as { entries: GlossaryEntry[] }).entries });
  const index = new GlossaryIndex(sources);
  const results = terms.map(query => {
    const hit = index.get(query);
    return {
      query,
      term: hit?.entry.term ?? null,
      definition: hit?.entry.definition ?? null,
      english: hit?.entry.english ?? null,
      category: hit?.entry.category ?? null,
      origin: hit?.entry.origin ?? null,
      source: hit?.source.label ?? null,
    };
  });
  if (format === 'json') {
    await write(JSON.stringify(results.map(({ source: _s, ...r }) => r), null, 2) + '\n');
  } else {
    const out: string[] = [];
    for (const r of results) {
      if (r.definition === null) { out.push(`${r.query}: ${l10n.t('(unknown term)')}`); continue; }
      out.push(`${r.term}${r.term !== r.query ? ` ${l10n.t('(for {0})', r.query)}` : ''}${r.english ? ` — ${r.english}` : ''}`);
      out.push(`  ${r.definition}`);
      const meta = [r.category, r.origin, r.source !== 'built-in glossary' ? r.source : null].filter(Boolean).join(' · ');
      if (meta) out.push(`  [${meta}]`);
    }
    await write(out.join('\n') + '\n');
  }
  if (status) return status;
  return results.some(r => r.definition === null) ? 1 : 0;
}
