/**
 * The built-in glossary (data/glossary.json), loaded on first use.
 *
 * A host should hand the data in rather than bundle it: `setBuiltinGlossaryLoader(() => text)` with a
 * function that reads data/glossary.json from disk (the extension: from its install folder; the
 * worker: from a path passed in workerData; the CLI: next to dist/). Until every host does, the
 * bundled copy (`require`, wrapped lazily by the bundler) is the fallback; once they do, the
 * `require` below can go and the ~250 KB leave every bundle.
 */
import type { GlossaryEntry } from './glossary';

/** The bundler's `require` (resolved at build time; the core uses no Node module system of its own). */
declare const require: (id: string) => unknown;

let entries: GlossaryEntry[] | undefined;
let loader: (() => string) | undefined;

/** Sets where the built-in glossary's JSON text comes from (read on first use, once). */
export function setBuiltinGlossaryLoader(load: () => string): void {
  loader = load;
  entries = undefined;
}

/** The entries of a built-in glossary JSON text (`{ entries: [...] }` or a bare array). */
export function parseBuiltinGlossary(text: string): GlossaryEntry[] {
  const data = JSON.parse(text) as { entries?: GlossaryEntry[] } | GlossaryEntry[];
  const list = Array.isArray(data) ? data : data.entries;
  if (!Array.isArray(list)) throw new Error('built-in glossary: no entries');
  return list;
}

export function builtinGlossaryEntries(): GlossaryEntry[] {
  if (!entries) {
    entries = loader ? parseBuiltinGlossary(loader()) : (require('../../data/glossary.json') as { entries: GlossaryEntry[] }).entries;
  }
  return entries;
}
