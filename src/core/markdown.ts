/**
 * Markdown escaping for text taken from documents (report text, glossary files) before it is put
 * into a hover. Pure TypeScript: no `vscode`, no Node APIs.
 */

/** Every ASCII punctuation character: CommonMark lets each of them be backslash-escaped. */
const PUNCT = /[!-/:-@[-`{-~]/g;

/**
 * Escapes `s` so that Markdown renders it as literal text: every ASCII punctuation character is
 * backslash-escaped (so no emphasis, code span, link `[x](…)`, autolink `<…>`, HTML tag, heading,
 * list or table syntax survives, and `command:` / `https:` lose the colon that would make a link),
 * and line breaks and tabs become blanks (no block structure can start).
 */
export function escapeMarkdown(s: string): string {
  return s.replace(/[\r\n\t\u2028\u2029]+/g, ' ').replace(PUNCT, '\\$&');
}

/** Shortens `s` to at most `max` characters (UTF-16 units, never splitting a surrogate pair), adding "…". */
export function truncate(s: string, max: number): string {
  if (s.length <= max) return s;
  let cut = max - 1;
  const c = s.charCodeAt(cut - 1);
  if (c >= 0xd800 && c <= 0xdbff) cut--;
  return s.slice(0, cut) + '…';
}
