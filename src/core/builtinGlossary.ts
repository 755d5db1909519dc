/**
 * The built-in glossary (data/glossary.json), loaded on first use. The bundler resolves the
 * `require` at build time and wraps the JSON lazily, so its ~250 KB are not evaluated while the
 * extension activates — only when the first hover, search or segmenter needs them.
 */
import type { GlossaryEntry } from './glossary';

/** The bundler's `require` (resolved at build time; the core uses no Node module system of its own). */
declare const require: (id: string) => unknown;

let entries: GlossaryEntry[] | undefined;

export function builtinGlossaryEntries(): GlossaryEntry[] {
  entries ??= (require('../../data/glossary.json') as { entries: GlossaryEntry[] }).entries;
  return entries;
}
