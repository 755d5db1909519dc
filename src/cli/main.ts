/** The `govreport` command line: extract, outline, define, keywords, trends, clean. */
import { extractCommand, outlineCommand } from './extract';
import { defineCommand } from './define';
import { keywordsCommand } from './keywords';
import { trendsCommand } from './trends';
import { cleanCommand } from './clean';
import * as l10n from '@vscode/l10n';
import { InputError, fail } from './io';
import { setupLocale } from './l10n';

const VERSION = '0.1.0';

const help = (): string => l10n.t(`Usage: govreport COMMAND [options] FILE...

Reads Chinese government work reports (政府工作报告) and pulls out their structure,
indicators and targets.

Commands:
  extract FILE...    indicators and targets as JSON, CSV or Markdown
  outline FILE...    the outline (reports, sections, sub-sections)
  define TERM...     definitions of report jargon from the built-in glossary
  keywords FILE...   key terms per report and per section (TF-IDF against 1,784 reports)
  trends TERM...     how often terms are used per year or level, first seen and peak
  clean FILE...      page chrome removed, run-on lines split (stdout or --in-place)

Run 'govreport COMMAND --help' for a command's options.
  -h, --help         this help
  -v, --version      the version
  --locale LOCALE    en or zh-cn (default: from LC_ALL, LC_MESSAGES or LANG)`);

const COMMANDS: Record<string, (argv: string[]) => Promise<number>> = {
  extract: extractCommand,
  outline: outlineCommand,
  define: defineCommand,
  keywords: keywordsCommand,
  trends: trendsCommand,
  clean: cleanCommand,
};

export async function main(argv: string[]): Promise<number> {
  const [cmd, ...rest] = setupLocale(argv).argv;
  if (!cmd || cmd === '--help' || cmd === '-h' || cmd === 'help') {
    process.stdout.write(help() + '\n');
    return cmd ? 0 : 2;
  }
  if (cmd === '--version' || cmd === '-v') {
    process.stdout.write(VERSION + '\n');
    return 0;
  }
  const run = COMMANDS[cmd];
  if (!run) {
    fail(l10n.t("unknown command '{0}' (see govreport --help)", cmd));
    return 2;
  }
  try {
    return await run(rest);
  } catch (e) {
    if (e instanceof InputError) {
      fail(e.message);
      return 2;
    }
    throw e;
  }
}

if (require.main === module) {
  // a closed pipe (govreport … | head) ends the output quietly
  process.stdout.on('error', e => { if ((e as NodeJS.ErrnoException).code === 'EPIPE') process.exit(process.exitCode ?? 0); throw e; });
  main(process.argv.slice(2)).then(code => { process.exitCode = code; }, e => {
    fail(String(e?.stack ?? e));
    process.exitCode = 2;
  });
}
