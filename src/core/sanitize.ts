/**
 * Report text is untrusted: these helpers make it inert where it is written out — Markdown table
 * cells, CSV cells opened in spreadsheets, and terminals. Pure TypeScript, linear (one regex pass
 * each, no nested quantifiers).
 */

/** Markdown syntax that could make a link, image, emphasis, code span or heading inside a cell. */
const MD_SYNTAX = /[\\`*_[\]()!#~|]/g;

/**
 * A Markdown table cell that renders as the literal text: line breaks become blanks, `\ ` * _ [ ] ( )
 * ! # ~ |` are backslash-escaped (so `[x](command:…)` is no link and `|` no column), `<` `>` become
 * entities (no HTML, no `<…>` autolink), and `://` / `www.` are broken up so that no bare URL is
 * turned into a link by GitHub-flavoured renderers.
 */
export function escapeMarkdownCell(s: string): string {
  return s
    .replace(/[\r\n\u2028\u2029]+/g, ' ')
    .replace(MD_SYNTAX, '\\$&')
    .replace(/[<>]/g, c => (c === '<' ? '&lt;' : '&gt;'))
    .replace(/:\/\//g, '\\://')
    .replace(/\b(www)\./gi, '$1\\.');
}

/**
 * A CSV cell, quoted when needed, with the formula-injection guard for spreadsheet apps: a value
 * starting with = + - @ (or a tab / CR) that is not a plain number gets a leading `'`.
 */
export function csvCell(v: unknown): string {
  if (v === null || v === undefined) return '';
  const s = String(v);
  const safe = /^[=+\-@\t\r]/.test(s) && !/^-?\d+(\.\d+)?$/.test(s) ? `'${s}` : s;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * C0 control characters except tab, line feed and carriage return; DEL; C1 controls (U+0080–U+009F,
 * CSI U+009B among them); and the bidirectional overrides and isolates that reorder what a terminal
 * shows. ESC (U+001B) is in C0, so no escape sequence survives.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is this regex's purpose
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** `s` without terminal control characters (see CONTROL): safe to print to a terminal. */
export function stripControlChars(s: string): string {
  return s.replace(CONTROL, '');
}

/** True when `s` holds a control character that stripControlChars would remove. */
export function hasControlChars(s: string): boolean {
  CONTROL.lastIndex = 0;
  const found = CONTROL.test(s);
  CONTROL.lastIndex = 0;
  return found;
}

/**
 * Text for a VS Code quick pick, status bar or tree label: `$(name)` would render as an icon, so a
 * zero-width space goes between `$` and `(` (the text reads the same, no icon is drawn).
 */
export function escapeIconSyntax(s: string): string {
  return s.replace(/\$\(/g, '$\u200b(');
}
