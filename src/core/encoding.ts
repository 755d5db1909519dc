/**
 * Decoding report files: UTF-8 with or without BOM, UTF-16 LE/BE with BOM, and GB18030/GBK
 * (detected when the bytes are not valid UTF-8). Binary files are recognised and refused.
 * Uses only TextDecoder, so it runs in Node and in browsers.
 */

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface Decoded {
  text: string;
  encoding: Encoding;
  bom: boolean;
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

export function detectEncoding(bytes: Uint8Array): { encoding: Encoding; bom: boolean } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', bom: true };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', bom: true };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', bom: true };
  return { encoding: validUtf8(bytes) ? 'utf-8' : 'gb18030', bom: false };
}

/** Decodes a report file's bytes; throws BinaryFileError for binary content. */
export function decodeReport(bytes: Uint8Array): Decoded {
  const { encoding, bom } = detectEncoding(bytes);
  if (!bom && looksBinary(bytes)) throw new BinaryFileError();
  const body = bom ? bytes.subarray(encoding === 'utf-8' ? 3 : 2) : bytes;
  return { text: new TextDecoder(encoding).decode(body), encoding, bom };
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
