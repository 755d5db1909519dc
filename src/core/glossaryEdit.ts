/**
 * Editing a user glossary file (`.govreport/glossary.json`): add an entry or replace the entry of
 * the same term, keeping everything else in the file. Pure TypeScript: no `vscode`, no Node APIs.
 */
import type { GlossaryEntry } from './glossary';
import { normalizeTerm } from './glossary';
import { Translate, untranslated } from './l10n';

export type UpsertResult = { text: string; replaced: boolean } | { error: string };

/**
 * Returns the new file text (2-space indent, trailing newline) with `entry` appended, or replacing
 * the entry whose term (normalised) is the same. `before` null or blank → a new file. A file that
 * is not valid JSON, or not a glossary shape, is left alone (an error is returned instead, in the
 * language of `t`).
 */
export function upsertGlossaryJson(before: string | null, entry: GlossaryEntry, t: Translate = untranslated): UpsertResult {
  let data: unknown;
  const src = (before ?? '').replace(/^\uFEFF/, '');
  if (src.trim() === '') {
    data = { version: 1, entries: [] };
  } else {
    try {
      data = JSON.parse(src);
    } catch (e) {
      return { error: t('it is not valid JSON ({0})', e instanceof Error ? e.message : String(e)) };
    }
  }
  let list: unknown[];
  if (Array.isArray(data)) list = data;
  else if (data && typeof data === 'object' && Array.isArray((data as { entries?: unknown }).entries)) list = (data as { entries: unknown[] }).entries;
  else if (data && typeof data === 'object' && !('entries' in data)) {
    list = [];
    (data as { entries: unknown[] }).entries = list;
  } else return { error: t('expected an object with an "entries" array, or an array of entries') };
  const key = normalizeTerm(entry.term);
  const at = list.findIndex(e => !!e && typeof e === 'object' && typeof (e as { term?: unknown }).term === 'string' && normalizeTerm((e as { term: string }).term) === key);
  if (at >= 0) list[at] = { ...(list[at] as object), ...entry };
  else list.push(entry);
  return { text: JSON.stringify(data, null, 2) + '\n', replaced: at >= 0 };
}
