/**
 * Localisation hook of the pure core. Core functions that build user-visible text take an optional
 * `t` (the adapter passes `vscode.l10n.t`, the CLI `@vscode/l10n`'s `t`); the default leaves the
 * English message as it is and only fills its `{0}`, `{1}` … placeholders. The core never imports
 * `vscode`. Messages passed to `t` are keys of l10n/bundle.l10n.zh-cn.json (test/unit/l10n.test.ts).
 */
export type Translate = (message: string, ...args: Array<string | number>) => string;

/** English: the message with its placeholders filled. */
export const untranslated: Translate = (message, ...args) =>
  message.replace(/\{(\d+)\}/g, (m, n: string) => (Number(n) < args.length ? String(args[Number(n)]) : m));

/**
 * Whether `t` renders the English UI. The message `en` is the UI's own language tag (the zh-cn
 * bundle translates it to `zh-cn`). Core uses it only where the two languages build a phrase from
 * different data, not just different words: amounts in English words of scale (136 billion yuan)
 * or in Chinese magnitudes (1,360亿元), and the English names of lexicon entries.
 */
export function englishUi(t: Translate): boolean {
  return /^en\b/i.test(t('en'));
}
