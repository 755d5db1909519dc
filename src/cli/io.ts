/**
 * File input and streamed output for the CLI (Node only). Input files must be regular files no larger
 * than MAX_INPUT_BYTES (no /dev/zero, FIFOs or devices); output never carries terminal control
 * characters (core/sanitize.ts), since report text is untrusted.
 */
import * as fs from 'fs';
import * as l10n from '@vscode/l10n';
import { decodeReport, decodeWarning, BinaryFileError } from '../core/encoding';
import { stripControlChars } from '../core/sanitize';

export class InputError extends Error {}

/** Largest input file (bytes): 256 MB, or GOVREPORT_MAX_BYTES. */
export function maxInputBytes(): number {
  const env = Number(process.env.GOVREPORT_MAX_BYTES);
  return Number.isFinite(env) && env > 0 ? env : 256 * 1024 * 1024;
}

/**
 * The bytes of a regular file of at most `max` bytes; throws InputError otherwise (missing file,
 * directory, device or FIFO, too large, unreadable). Reads at most `max` + 1 bytes, so a file that
 * grows while it is read cannot exhaust memory either.
 */
export function readRegularFile(file: string, max = maxInputBytes()): Buffer {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new InputError(l10n.t('{0}: no such file', file));
  }
  if (stat.isDirectory()) throw new InputError(l10n.t('{0}: is a directory', file));
  if (!stat.isFile()) throw new InputError(l10n.t('{0}: not a regular file', file));
  const tooLarge = (): InputError => new InputError(l10n.t('{0}: file too large (more than {1} MB)', file, Math.round(max / 1024 / 1024)));
  if (stat.size > max) throw tooLarge();
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch (e) {
    throw new InputError(l10n.t('{0}: cannot read ({1})', file, (e as NodeJS.ErrnoException).code ?? 'error'));
  }
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const buf = Buffer.allocUnsafe(Math.min(1 << 20, max + 1 - total));
      const n = fs.readSync(fd, buf, 0, buf.length, null);
      if (n === 0) break;
      chunks.push(buf.subarray(0, n));
      total += n;
      if (total > max) throw tooLarge();
    }
    return Buffer.concat(chunks, total);
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(l10n.t('{0}: cannot read ({1})', file, (e as NodeJS.ErrnoException).code ?? 'error'));
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Reads and decodes a report file; throws InputError with a one-line reason. A file that is not
 * entirely valid in its encoding is still read, with a warning on stderr.
 */
export function readReport(file: string): string {
  const bytes = readRegularFile(file);
  try {
    const decoded = decodeReport(bytes);
    const warning = decodeWarning(decoded, l10n.t);
    if (warning) fail(`${file}: ${warning}`);
    return decoded.text;
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

/**
 * Writes to stdout, waiting for the stream to drain so large outputs never pile up in memory.
 * Terminal control characters (escape sequences, C1, bidi overrides) from report text are dropped.
 */
export async function write(chunk: string): Promise<void> {
  if (!process.stdout.write(stripControlChars(chunk))) {
    await new Promise<void>(resolve => process.stdout.once('drain', () => resolve()));
  }
}

export function fail(message: string): void {
  process.stderr.write(`govreport: ${stripControlChars(message)}\n`);
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
