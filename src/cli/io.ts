/** File input and streamed output for the CLI (Node only). */
import * as fs from 'fs';
import * as l10n from '@vscode/l10n';
import { decodeReport, BinaryFileError } from '../core/encoding';

export class InputError extends Error {}

/** Reads and decodes a report file; throws InputError with a one-line reason. */
export function readReport(file: string): string {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new InputError(l10n.t('{0}: no such file', file));
  }
  if (stat.isDirectory()) throw new InputError(l10n.t('{0}: is a directory', file));
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (e) {
    throw new InputError(l10n.t('{0}: cannot read ({1})', file, (e as NodeJS.ErrnoException).code ?? 'error'));
  }
  try {
    return decodeReport(bytes).text;
  } catch (e) {
    if (e instanceof BinaryFileError) throw new InputError(l10n.t('{0}: binary file, not a text report', file));
    throw e;
  }
}

/**
 * Reads a report for a command that goes on with the other files when one fails: the reason goes
 * to stderr as one line and the result is null.
 */
export function readReportOrWarn(file: string): string | null {
  try {
    return readReport(file);
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    fail(e.message);
    return null;
  }
}

/** Writes to stdout, waiting for the stream to drain so large outputs never pile up in memory. */
export async function write(chunk: string): Promise<void> {
  if (!process.stdout.write(chunk)) {
    await new Promise<void>(resolve => process.stdout.once('drain', () => resolve()));
  }
}

export function fail(message: string): void {
  process.stderr.write(`govreport: ${message}\n`);
}

export interface ParsedArgs {
  files: string[];
  options: Record<string, string | true>;
}

/** `--name value`, `--name=value` and `--flag`; `valued` lists the options that take a value. */
export function parseArgs(argv: string[], valued: string[]): ParsedArgs {
  const files: string[] = [];
  const options: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') { files.push(...argv.slice(i + 1)); break; }
    const m = /^--?([a-zA-Z-]+)(?:=(.*))?$/.exec(a);
    if (!m) { files.push(a); continue; }
    const name = m[1] === 'h' ? 'help' : m[1];
    if (m[2] !== undefined) options[name] = m[2];
    else if (valued.includes(name)) {
      if (i + 1 >= argv.length) throw new InputError(l10n.t('--{0} needs a value', name));
      options[name] = argv[++i];
    } else options[name] = true;
  }
  return { files, options };
}

export function choice<T extends string>(value: string | true | undefined, allowed: readonly T[], def: T, name: string): T {
  if (value === undefined) return def;
  if (value === true || !allowed.includes(value as T)) {
    throw new InputError(l10n.t('--{0} must be one of {1}', name, allowed.join(', ')));
  }
  return value as T;
}
