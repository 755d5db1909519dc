/**
 * Parsing of glossary JSON files (the built-in data/glossary.json and user glossaries, same shape):
 * `{ "entries": [ ... ] }` or a bare array of entries. Reports JSON syntax errors and invalid
 * entries with 1-based line/column positions. Pure TypeScript: no `vscode`, no Node APIs.
 */
import type { GlossaryEntry } from './glossary';

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

export const GLOSSARY_CATEGORIES: readonly string[] = [
  'slogan', 'policy', 'indicator', 'institution', 'plan', 'abbreviation',
];

/** 1-based line and column of a UTF-16 offset; a CRLF counts as one line break. */
export function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  const end = Math.max(0, Math.min(offset, text.length));
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
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

/** Validates one raw entry; returns the cleaned entry or a problem description. */
function checkEntry(raw: unknown): GlossaryEntry | string {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return 'entry must be an object';
  const r = raw as Record<string, unknown>;
  if (!isNonEmptyString(r.term)) return '"term" must be a non-empty string';
  if (!isNonEmptyString(r.definition)) return `"definition" of "${r.term}" must be a non-empty string`;
  const entry: GlossaryEntry = { term: r.term.trim(), definition: r.definition.trim() };
  for (const key of ['aliases', 'items'] as const) {
    if (r[key] === undefined) continue;
    if (!isStringArray(r[key])) return `"${key}" of "${r.term}" must be an array of non-empty strings`;
    entry[key] = [...(r[key] as string[])];
  }
  for (const key of ['english', 'category', 'origin'] as const) {
    if (r[key] === undefined) continue;
    if (typeof r[key] !== 'string') return `"${key}" of "${r.term}" must be a string`;
    entry[key] = r[key] as string;
  }
  if (entry.category !== undefined && !GLOSSARY_CATEGORIES.includes(entry.category)) {
    return `"category" of "${r.term}" must be one of ${GLOSSARY_CATEGORIES.join(', ')}`;
  }
  return entry;
}

/**
 * Parses a glossary file. A JSON syntax error yields one error (with the position of the error)
 * and no entries; invalid entries are skipped with one error each (positioned at the entry) and
 * valid ones are kept. Unknown properties are ignored. `label` prefixes every message.
 */
export function parseGlossaryJson(text: string, label: string): GlossaryParseResult {
  const prefix = label ? `${label}: ` : '';
  // A byte-order mark is replaced by a blank so that offsets stay offsets into `text`.
  const source = text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text;
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return { entries: [], errors: [{ message: `${prefix}invalid JSON: ${message}`, ...syntaxErrorPosition(text, message) }] };
  }
  let list: unknown[];
  if (Array.isArray(data)) {
    list = data;
  } else if (typeof data === 'object' && data !== null && Array.isArray((data as { entries?: unknown }).entries)) {
    list = (data as { entries: unknown[] }).entries;
  } else {
    const at = lineColumnAt(text, skipWs(source, 0));
    return { entries: [], errors: [{ message: `${prefix}expected an object with an "entries" array, or an array of entries`, ...at }] };
  }
  const offsets = entryOffsets(source);
  const entries: GlossaryEntry[] = [];
  const errors: GlossaryParseError[] = [];
  list.forEach((raw, index) => {
    const checked = checkEntry(raw);
    if (typeof checked === 'string') {
      const at = lineColumnAt(text, offsets[index] ?? 0);
      errors.push({ message: `${prefix}entry ${index + 1}: ${checked}`, ...at });
    } else {
      entries.push(checked);
    }
  });
  return { entries, errors };
}
