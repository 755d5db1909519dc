/**
 * Character-level helpers for the glossary: term normalisation and a trie keyed on normalised
 * UTF-16 units. Matching runs over the raw text and skips "ignorable" units (quotes, whitespace,
 * line breaks), so `“三公”经费`, `三公\n经费` and `三公经费` all reach the same trie node, and
 * full-width ASCII (`ＧＤＰ`) is folded to ASCII on the fly. Offsets stay offsets into the raw text.
 * Pure TypeScript: no `vscode`, no Node APIs.
 */

/** Quote characters that never take part in a term. Full-width ＂＇ are folded to " ' first. */
const QUOTE_UNITS = new Set<number>(
  Array.from('“”‘’"\'「」『』', (c) => c.charCodeAt(0)),
);

function isSpaceUnit(c: number): boolean {
  return (
    c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x3000 || c === 0xfeff ||
    c === 0x1680 || (c >= 0x2000 && c <= 0x200b) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f
  );
}

/**
 * Normalises one UTF-16 unit: returns -1 for ignorable units (quotes, whitespace, line breaks),
 * otherwise the unit with full-width ASCII (U+FF01–U+FF5E) mapped to ASCII. Case is kept.
 */
export function normalizeUnit(c: number): number {
  if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0;
  if (QUOTE_UNITS.has(c) || isSpaceUnit(c)) return -1;
  return c;
}

/**
 * Normalised form of a term used for lookup: drops quotes “”‘’"'「」『』, whitespace and line breaks,
 * folds full-width ASCII to half-width; upper-case Latin stays as it is.
 */
export function normalizeTerm(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const n = normalizeUnit(s.charCodeAt(i));
    if (n >= 0) out += String.fromCharCode(n);
  }
  return out;
}

/** True for normalised ASCII letters and digits (used for word boundaries of Latin terms). */
export function isAsciiAlnum(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** Normalised unit at `i` in `text`, or -1 outside the text or for ignorable units. */
export function normalizedAt(text: string, i: number): number {
  return i < 0 || i >= text.length ? -1 : normalizeUnit(text.charCodeAt(i));
}

interface TrieNode<T> {
  children: Map<number, TrieNode<T>>;
  value?: T;
}

export interface TrieHit<T> {
  /** Raw offset of the first unit of the match (never an ignorable unit). */
  start: number;
  /** Raw offset just after the last matched (non-ignorable) unit. */
  end: number;
  /** Length of the normalised key. */
  keyLength: number;
  value: T;
}

/**
 * Upper bound on ignorable units (quotes, blanks, line breaks with indentation) tolerated inside a
 * single term occurrence; keeps every scan bounded by the longest key.
 */
export const MAX_INNER_GAP = 24;

export class CharTrie<T> {
  private readonly root: TrieNode<T> = { children: new Map() };
  private longest = 0;

  /** Length (in UTF-16 units) of the longest key inserted so far. */
  get maxKeyLength(): number {
    return this.longest;
  }

  /** Inserts an already normalised key; keeps the existing value (returns false) if present. */
  insert(key: string, value: T): boolean {
    if (key.length === 0) return false;
    let node = this.root;
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i);
      let next = node.children.get(c);
      if (!next) {
        next = { children: new Map() };
        node.children.set(c, next);
      }
      node = next;
    }
    if (node.value !== undefined) return false;
    node.value = value;
    if (key.length > this.longest) this.longest = key.length;
    return true;
  }

  /** Exact lookup of an already normalised key. */
  get(key: string): T | undefined {
    let node: TrieNode<T> | undefined = this.root;
    for (let i = 0; i < key.length && node; i++) node = node.children.get(key.charCodeAt(i));
    return node ? node.value : undefined;
  }

  /**
   * Longest key occurring in `text` from raw offset `start` on, skipping ignorable units inside the
   * occurrence, among those `accept` (if given) does not reject. `start` must be a non-ignorable
   * unit. Keys beginning (ending) with an ASCII letter or digit only match when not preceded
   * (followed) by another one, so `GDP` does not match in `GDPR`.
   */
  longestAt(text: string, start: number, accept?: (hit: TrieHit<T>) => boolean): TrieHit<T> | null {
    const first = normalizedAt(text, start);
    if (first < 0) return null;
    if (isAsciiAlnum(first) && isAsciiAlnum(normalizedAt(text, start - 1))) return null;
    const hits: TrieHit<T>[] = [];
    let node: TrieNode<T> | undefined = this.root;
    let keyLength = 0;
    let gap = 0;
    for (let i = start; i < text.length; i++) {
      const c = normalizeUnit(text.charCodeAt(i));
      if (c < 0) {
        if (++gap > MAX_INNER_GAP) break;
        continue;
      }
      gap = 0;
      node = node.children.get(c);
      if (!node) break;
      keyLength++;
      if (node.value !== undefined) {
        const rightGlued = isAsciiAlnum(c) && isAsciiAlnum(normalizedAt(text, i + 1));
        if (!rightGlued) hits.push({ start, end: i + 1, keyLength, value: node.value });
      }
    }
    for (let h = hits.length - 1; h >= 0; h--) if (!accept || accept(hits[h])) return hits[h];
    return null;
  }
}
