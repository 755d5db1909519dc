/**
 * The CLI's language: English by default, Simplified Chinese when `--locale zh-cn` is given or the
 * environment asks for Chinese (the first set of LC_ALL, LC_MESSAGES, LANG starts with `zh`).
 * Uses @vscode/l10n with the extension's own bundle (l10n/bundle.l10n.zh-cn.json), bundled into
 * dist/cli.js by esbuild: no file is read at run time.
 */
import * as l10n from '@vscode/l10n';
import zhCN from '../../l10n/bundle.l10n.zh-cn.json';

export type CliLocale = 'en' | 'zh-cn';

/** The locale asked for by `--locale` (wins) or by the environment. */
export function detectLocale(option: string | undefined, env: NodeJS.ProcessEnv = process.env): CliLocale {
  const raw = option ?? [env.LC_ALL, env.LC_MESSAGES, env.LANG].find(v => v !== undefined && v !== '') ?? '';
  return /^zh/i.test(raw) ? 'zh-cn' : 'en';
}

/**
 * Removes `--locale X` / `--locale=X` from argv, picks the locale and loads its bundle.
 * Call before any other CLI code calls `l10n.t`.
 */
export function setupLocale(argv: string[], env: NodeJS.ProcessEnv = process.env): { argv: string[]; locale: CliLocale } {
  const rest: string[] = [];
  let option: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') { rest.push(...argv.slice(i)); break; }
    if (a === '--locale' && i + 1 < argv.length) { option = argv[++i]; continue; }
    if (a.startsWith('--locale=')) { option = a.slice('--locale='.length); continue; }
    rest.push(a);
  }
  const locale = detectLocale(option, env);
  l10n.config({ contents: locale === 'zh-cn' ? zhCN : {} });
  return { argv: rest, locale };
}
