/**
 * Decoding report files: UTF-8 with or without BOM, UTF-16 LE/BE with BOM, and GB18030/GBK
 * (when the bytes really are GB18030, not just UTF-8 with a few bad bytes). Binary files are
 * recognised and refused. Uses only TextDecoder, so it runs in Node and in browsers.
 *
 * A UTF-8 file with a few invalid bytes (a file cut mid-character, a stray Latin-1 byte) stays
 * UTF-8: the bad bytes become U+FFFD and `Decoded.replaced` says how many, for a warning
 * (`decodeWarning`) — never a silent switch to GB18030 that garbles the whole report.
 */
import type { Translate } from './l10n';
import { untranslated } from './l10n';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface Decoded {
  text: string;
  encoding: Encoding;
  bom: boolean;
  /** Invalid byte sequences replaced by U+FFFD (0 for a clean file). */
  replaced: number;
}

export class BinaryFileError extends Error {
  constructor() {
    super('binary file (not a text report)');
  }
}

/** True when the bytes look binary: NUL bytes or many control characters in the first 8 KB. */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return n > 0 && control / n > 0.1;
}

function validUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function countReplacements(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\ufffd'); i >= 0; i = text.indexOf('\ufffd', i + 1)) n++;
  return n;
}

/** Characters above U+007F (what a multi-byte encoding decoded). */
function countNonAscii(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) n++;
  return n;
}

/**
 * UTF-8 text with a few bad bytes: at most 1 replacement per 50 other non-ASCII characters (GB18030
 * read as UTF-8 gives about one per character), and fewer replacements than a GB18030 reading gives.
 */
function mostlyUtf8(utf8: string, gb: string): boolean {
  const bad = countReplacements(utf8);
  const good = countNonAscii(utf8) - bad;
  if (bad * 50 > good) return false;
  return bad < countReplacements(gb) || bad <= 3;
}

export function detectEncoding(bytes: Uint8Array): { encoding: Encoding; bom: boolean } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', bom: true };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', bom: true };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', bom: true };
  if (validUtf8(bytes)) return { encoding: 'utf-8', bom: false };
  const utf8 = new TextDecoder('utf-8').decode(bytes);
  const gb = new TextDecoder('gb18030').decode(bytes);
  return { encoding: mostlyUtf8(utf8, gb) ? 'utf-8' : 'gb18030', bom: false };
}

/** Decodes a report file's bytes; throws BinaryFileError for binary content. */
export function decodeReport(bytes: Uint8Array): Decoded {
  const { encoding, bom } = detectEncoding(bytes);
  if (!bom && looksBinary(bytes)) throw new BinaryFileError();
  const body = bom ? bytes.subarray(encoding === 'utf-8' ? 3 : 2) : bytes;
  const text = new TextDecoder(encoding).decode(body);
  // U+FFFD written in a valid UTF-8 file is text, not a replacement
  const replaced = encoding === 'utf-8' && validUtf8(body) ? 0 : countReplacements(text);
  return { text, encoding, bom, replaced };
}

/** The warning for a file decoded with replacements, or null (`t` localises it; see l10n.ts). */
export function decodeWarning(d: Decoded, t: Translate = untranslated): string | null {
  if (!d.replaced) return null;
  return t('not entirely valid {1}: {0} invalid byte sequences were replaced by U+FFFD', d.replaced, d.encoding.toUpperCase());
}

/** Share of U+FFFD in a decoded text: high when GBK bytes were read as UTF-8. */
export function replacementRatio(text: string): number {
  if (!text.length) return 0;
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 0xfffd) n++;
  return n / text.length;
}

/** True when a text looks like GB18030 bytes decoded as UTF-8 (many U+FFFD). */
export function looksMisdecoded(text: string): boolean {
  let n = 0;
  for (let i = 0; i < text.length && n < 20; i++) if (text.charCodeAt(i) === 0xfffd) n++;
  return n >= 20 || (n >= 3 && replacementRatio(text) > 0.01);
}
