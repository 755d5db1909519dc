/**
 * Parsing of glossary JSON files (the built-in data/glossary.json and user glossaries, same shape):
 * `{ "entries": [ ... ] }` or a bare array of entries. Reports JSON syntax errors and invalid
 * entries with 1-based line/column positions. Pure TypeScript: no `vscode`, no Node APIs.
 *
 * A glossary file is untrusted input: it is refused whole (one error, no entries) when it is larger
 * than MAX_GLOSSARY_CHARS or nested deeper than MAX_GLOSSARY_DEPTH; an entry whose term or alias is
 * longer than MAX_TERM_LENGTH (or definition longer than MAX_DEFINITION_LENGTH) is invalid; at most
 * MAX_REPORTED_ERRORS errors are listed (then one summary). Validation is linear in the file: entry
 * positions come from one scan, and line/column from a table of line starts.
 */
import type { GlossaryEntry } from './glossary';
import { Translate, untranslated } from './l10n';
import { LineIndex } from './text';

export interface GlossaryParseError {
  message: string;
  /** 1-based line. */
  line: number;
  /** 1-based column (UTF-16 units). */
  column: number;
}

export interface GlossaryParseResult {
  entries: GlossaryEntry[];
  errors: GlossaryParseError[];
}

/** Largest glossary file accepted (UTF-16 units; the built-in one is about 60,000). */
export const MAX_GLOSSARY_CHARS = 8_000_000;
/** Deepest nesting of arrays and objects accepted (an entry needs 3: root, entries, aliases). */
export const MAX_GLOSSARY_DEPTH = 16;
/** Longest term or alias (a longer one would make every hover look-up slow). */
export const MAX_TERM_LENGTH = 64;
/** Longest definition. */
export const MAX_DEFINITION_LENGTH = 10_000;
/** Most aliases or items of one entry. */
export const MAX_LIST_LENGTH = 200;
/** Errors listed one by one; the rest are summed up in one more error. */
export const MAX_REPORTED_ERRORS = 50;

/** Range of the `since` and `until` years of an entry (the first and last year its definition applies). */
export const MIN_GLOSSARY_YEAR = 1900;
export const MAX_GLOSSARY_YEAR = 2100;

export const GLOSSARY_CATEGORIES: readonly string[] = [
  'slogan', 'policy', 'indicator', 'institution', 'plan', 'abbreviation',
];

/** 1-based line and column of `offset` (text.ts's LineIndex: one scan, then a binary search each). */
function lineColumn(lines: LineIndex, offset: number): { line: number; column: number } {
  return { line: lines.line(offset), column: lines.column(offset) };
}

/**
 * Offset where the nesting of arrays and objects first gets deeper than `max` (strings skipped), or
 * -1. One linear scan, no recursion: a file of a million `[` is refused before JSON.parse sees it.
 */
export function nestingTooDeep(text: string, max: number): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      // skip the string
      for (i++; i < text.length; i++) {
        const d = text.charCodeAt(i);
        if (d === 0x5c) i++;
        else if (d === 0x22) break;
      }
    } else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) return i;
    } else if (c === 0x5d || c === 0x7d) {
      depth--;
    }
  }
  return -1;
}

/** 1-based line and column of a UTF-16 offset; LF, CRLF and a lone CR each end a line (as in the editor). */
export function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  return lineColumn(new LineIndex(text), Math.max(0, Math.min(offset, text.length)));
}

/** Position of a JSON.parse error, from "line L column C" or "position N" in its message. */
function syntaxErrorPosition(text: string, message: string): { line: number; column: number } {
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (lc) return { line: Number(lc[1]), column: Number(lc[2]) };
  const pos = /position (\d+)/.exec(message);
  return lineColumnAt(text, pos ? Number(pos[1]) : text.length);
}

function skipWs(text: string, i: number): number {
  while (i < text.length && /\s/.test(text[i])) i++;
  return i;
}

/** End offset of the JSON string starting at `i` (which is a `"`). */
function skipString(text: string, i: number): number {
  for (i++; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === '"') return i + 1;
  }
  return i;
}

/** End offset of the JSON value starting at `i`; `onElement` sees array element starts at depth 0. */
function skipValue(text: string, i: number, onElement?: (start: number) => void): number {
  const c = text[i];
  if (c === '"') return skipString(text, i);
  if (c === '[' || c === '{') {
    const close = c === '[' ? ']' : '}';
    i = skipWs(text, i + 1);
    while (i < text.length && text[i] !== close) {
      if (c === '{') {
        i = skipWs(text, skipString(text, i));
        i = skipWs(text, i + 1); // ':'
      } else if (onElement) {
        onElement(i);
      }
      i = skipWs(text, skipValue(text, i));
      if (text[i] === ',') i = skipWs(text, i + 1);
    }
    return i + 1;
  }
  while (i < text.length && !/[\s,\]}]/.test(text[i])) i++;
  return i;
}

/**
 * Start offsets of the entries of an already valid glossary JSON text: the elements of the root
 * array, or of the root object's "entries" array.
 */
function entryOffsets(text: string): number[] {
  const starts: number[] = [];
  const record = (s: number): void => {
    starts.push(s);
  };
  let i = skipWs(text, 0);
  if (text[i] === '[') {
    skipValue(text, i, record);
  } else if (text[i] === '{') {
    i = skipWs(text, i + 1);
    while (i < text.length && text[i] !== '}') {
      const keyEnd = skipString(text, i);
      const key = JSON.parse(text.slice(i, keyEnd)) as string;
      i = skipWs(text, skipWs(text, keyEnd) + 1);
      const isEntries = key === 'entries' && text[i] === '[';
      i = skipWs(text, skipValue(text, i, isEntries ? record : undefined));
      if (text[i] === ',') i = skipWs(text, i + 1);
    }
  }
  return starts;
}

function isNonEmptyString(v: unknown): v is string {
  return typeof v === 'string' && v.trim().length > 0;
}

function isStringArray(v: unknown): v is string[] {
  return Array.isArray(v) && v.every(isNonEmptyString);
}

/** A short quote of a user's term for a message (a 100,000-character term is not repeated). */
function quote(v: string): string {
  return JSON.stringify(v.length > 40 ? v.slice(0, 40) + '…' : v);
}

/** Validates one raw entry; returns the cleaned entry or a problem description. */
function checkEntry(raw: unknown, t: Translate): GlossaryEntry | string {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return t('entry must be an object');
  const r = raw as Record<string, unknown>;
  if (!isNonEmptyString(r.term)) return t('"term" must be a non-empty string');
  const term = quote(r.term.trim());
  if (r.term.trim().length > MAX_TERM_LENGTH) return t('"term" {0} is longer than {1} characters', term, MAX_TERM_LENGTH);
  if (!isNonEmptyString(r.definition)) return t('"{0}" of {1} must be a non-empty string', 'definition', term);
  if (r.definition.length > MAX_DEFINITION_LENGTH) return t('"{0}" of {1} is longer than {2} characters', 'definition', term, MAX_DEFINITION_LENGTH);
  const entry: GlossaryEntry = { term: r.term.trim(), definition: r.definition.trim() };
  for (const key of ['aliases', 'items'] as const) {
    if (r[key] === undefined) continue;
    if (!isStringArray(r[key])) return t('"{0}" of {1} must be an array of non-empty strings', key, term);
    const list = r[key] as string[];
    if (list.length > MAX_LIST_LENGTH) return t('"{0}" of {1} has more than {2} elements', key, term, MAX_LIST_LENGTH);
    if (key === 'aliases' && list.some(a => a.trim().length > MAX_TERM_LENGTH)) return t('an alias of {0} is longer than {1} characters', term, MAX_TERM_LENGTH);
    entry[key] = [...list];
  }
  for (const key of ['english', 'category', 'origin'] as const) {
    if (r[key] === undefined) continue;
    if (typeof r[key] !== 'string') return t('"{0}" of {1} must be a string', key, term);
    if ((r[key] as string).length > MAX_DEFINITION_LENGTH) return t('"{0}" of {1} is longer than {2} characters', key, term, MAX_DEFINITION_LENGTH);
    entry[key] = r[key] as string;
  }
  if (entry.category !== undefined && !GLOSSARY_CATEGORIES.includes(entry.category)) {
    return t('"{0}" of {1} must be one of {2}', 'category', term, GLOSSARY_CATEGORIES.join(', '));
  }
  for (const key of ['since', 'until'] as const) {
    if (r[key] === undefined) continue;
    const y = r[key];
    if (typeof y !== 'number' || !Number.isInteger(y) || y < MIN_GLOSSARY_YEAR || y > MAX_GLOSSARY_YEAR) {
      return t('"{0}" of {1} must be a year from {2} to {3}', key, term, MIN_GLOSSARY_YEAR, MAX_GLOSSARY_YEAR);
    }
    entry[key] = y;
  }
  if (entry.since !== undefined && entry.until !== undefined && entry.since > entry.until) {
    return t('"{0}" of {1} must not be later than "{2}"', 'since', term, 'until');
  }
  return entry;
}

/**
 * Parses a glossary file. A JSON syntax error yields one error (with the position of the error)
 * and no entries; invalid entries are skipped with one error each (positioned at the entry) and
 * valid ones are kept. Unknown properties are ignored. `label` prefixes every message; `t` gives
 * the messages in the UI's language (English by default).
 */
export function parseGlossaryJson(text: string, label: string, t: Translate = untranslated): GlossaryParseResult {
  const prefix = label ? `${label}: ` : '';
  // A byte-order mark is replaced by a blank so that offsets stay offsets into `text`.
  const source = text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text;
  if (text.length > MAX_GLOSSARY_CHARS) {
    return { entries: [], errors: [{ message: prefix + t('file too large ({0} characters; at most {1})', text.length, MAX_GLOSSARY_CHARS), line: 1, column: 1 }] };
  }
  const deep = nestingTooDeep(source, MAX_GLOSSARY_DEPTH);
  if (deep >= 0) {
    return { entries: [], errors: [{ message: prefix + t('nested deeper than {0} levels', MAX_GLOSSARY_DEPTH), ...lineColumnAt(text, deep) }] };
  }
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return { entries: [], errors: [{ message: prefix + t('invalid JSON: {0}', message), ...syntaxErrorPosition(text, message) }] };
  }
  let list: unknown[];
  if (Array.isArray(data)) {
    list = data;
  } else if (typeof data === 'object' && data !== null && Array.isArray((data as { entries?: unknown }).entries)) {
    list = (data as { entries: unknown[] }).entries;
  } else {
    const at = lineColumnAt(text, skipWs(source, 0));
    return { entries: [], errors: [{ message: prefix + t('expected an object with an "entries" array, or an array of entries'), ...at }] };
  }
  const offsets = entryOffsets(source);
  const lines = new LineIndex(text);
  const entries: GlossaryEntry[] = [];
  const errors: GlossaryParseError[] = [];
  let invalid = 0;
  list.forEach((raw, index) => {
    const checked = checkEntry(raw, t);
    if (typeof checked === 'string') {
      if (++invalid <= MAX_REPORTED_ERRORS) {
        errors.push({ message: prefix + t('entry {0}: {1}', index + 1, checked), ...lineColumn(lines, offsets[index] ?? 0) });
      }
    } else {
      entries.push(checked);
    }
  });
  if (invalid > MAX_REPORTED_ERRORS) {
    errors.push({ message: prefix + t('{0} more invalid entries ({1} in all)', invalid - MAX_REPORTED_ERRORS, invalid), ...lineColumn(lines, offsets[0] ?? 0) });
  }
  return { entries, errors };
}
