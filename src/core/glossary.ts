/**
 * Glossary of report jargon (六稳, 放管服, 规上, …): entries from several sources (built-in data,
 * user files), an index for hover look-ups, exact look-ups and scanning whole texts.
 *
 * Look-up is character-indexed (a trie over normalised UTF-16 units, see glossaryTrie.ts), never a
 * loop of regular expressions. Quotes, blanks, line breaks and full-width ASCII inside a term in the
 * text do not hide it: `“三公”经费` and `三公\n经费` match 三公经费, `ＧＤＰ` matches GDP.
 * Pure TypeScript: no `vscode`, no Node APIs.
 */
import { CharTrie, MAX_INNER_GAP, normalizeTerm, normalizedAt } from './glossaryTrie';

export { normalizeTerm } from './glossaryTrie';
export { parseGlossaryJson, lineColumnAt, GLOSSARY_CATEGORIES } from './glossaryJson';
export type { GlossaryParseError, GlossaryParseResult } from './glossaryJson';

export interface GlossaryEntry {
  term: string;
  aliases?: string[];
  definition: string;
  /** Only for numbered slogans: the enumerated items. */
  items?: string[];
  english?: string;
  /** slogan | policy | indicator | institution | plan | abbreviation */
  category?: string;
  origin?: string;
}

export interface GlossarySource {
  /** e.g. 'builtin', or a file URI for a user glossary. */
  id: string;
  /** e.g. 'Built-in glossary'. */
  label: string;
  entries: GlossaryEntry[];
}

export interface GlossaryMatch {
  /** UTF-16 offset of the first matched character (inclusive). */
  start: number;
  /** UTF-16 offset after the last matched character (exclusive). */
  end: number;
  /** `text.slice(start, end)`, as written (may contain quotes or line breaks). */
  matched: string;
  entry: GlossaryEntry;
  source: GlossarySource;
}

interface Slot {
  entry: GlossaryEntry;
  source: GlossarySource;
}

/** Paired quotes that are pulled into a match when the match contains only one half of the pair. */
const QUOTE_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['“', '”'],
  ['‘', '’'],
  ['「', '」'],
  ['『', '』'],
];

function count(s: string, ch: string): number {
  let n = 0;
  for (let i = s.indexOf(ch); i >= 0; i = s.indexOf(ch, i + 1)) n++;
  return n;
}

export class GlossaryIndex {
  private readonly trie = new CharTrie<Slot>();
  private readonly visible: Slot[] = [];

  /** Earlier sources take precedence when the same term or alias appears in several. */
  constructor(sources: GlossarySource[]) {
    for (const source of sources) {
      for (const entry of source.entries) {
        const termKey = normalizeTerm(entry.term);
        if (termKey.length === 0 || this.trie.get(termKey) !== undefined) continue; // shadowed
        const slot: Slot = { entry, source };
        this.trie.insert(termKey, slot);
        this.visible.push(slot);
        for (const alias of entry.aliases ?? []) this.trie.insert(normalizeTerm(alias), slot);
      }
    }
  }

  /**
   * Longest term or alias whose occurrence in `text` contains `offset` (start <= offset < end).
   * Only a window of about the longest key's length around `offset` is scanned.
   */
  lookupAt(text: string, offset: number): GlossaryMatch | null {
    if (!(offset >= 0 && offset < text.length)) return null;
    const maxKey = this.trie.maxKeyLength;
    if (maxKey === 0) return null;
    const starts: number[] = [];
    // Candidate starts at or before the offset: up to maxKey non-ignorable units, with bounded gaps.
    let gap = 0;
    for (let i = offset; i >= 0 && starts.length < maxKey; i--) {
      if (normalizedAt(text, i) < 0) {
        if (++gap > MAX_INNER_GAP) break;
      } else {
        gap = 0;
        starts.push(i);
      }
    }
    // The offset may sit on an opening quote or blank just before a term.
    for (let i = offset + 1; i < text.length && i <= offset + MAX_INNER_GAP; i++) {
      if (normalizedAt(text, i) >= 0) {
        if (normalizedAt(text, offset) < 0) starts.push(i);
        break;
      }
    }
    let best: GlossaryMatch | null = null;
    let bestKey = 0;
    for (const start of starts) {
      const hit = this.trie.longestAt(text, start);
      if (!hit) continue;
      const m = this.toMatch(text, hit.start, hit.end, hit.value, 0);
      if (m.start > offset || m.end <= offset) continue;
      if (hit.keyLength > bestKey || (hit.keyLength === bestKey && best && m.start < best.start)) {
        best = m;
        bestKey = hit.keyLength;
      }
    }
    return best;
  }

  /** Exact look-up of a term or alias (after normalizeTerm), e.g. for the CLI's `define`. */
  get(term: string): { entry: GlossaryEntry; source: GlossarySource } | null {
    const key = normalizeTerm(term);
    const slot = key ? this.trie.get(key) : undefined;
    return slot ? { entry: slot.entry, source: slot.source } : null;
  }

  /** All visible entries (an entry whose term is already taken by an earlier one is hidden). */
  all(): Array<{ entry: GlossaryEntry; source: GlossarySource }> {
    return this.visible.map((s) => ({ entry: s.entry, source: s.source }));
  }

  /** Every match in `text`, left to right, longest first at each position, non-overlapping. */
  findAll(text: string): GlossaryMatch[] {
    const out: GlossaryMatch[] = [];
    let lastEnd = 0;
    let i = 0;
    while (i < text.length) {
      if (normalizedAt(text, i) < 0) {
        i++;
        continue;
      }
      const hit = this.trie.longestAt(text, i);
      if (!hit) {
        i++;
        continue;
      }
      const m = this.toMatch(text, hit.start, hit.end, hit.value, lastEnd);
      out.push(m);
      lastEnd = m.end;
      i = m.end;
    }
    return out;
  }

  /**
   * Builds a match, pulling in the other half of a quote pair when the raw span contains only one
   * half (`三公”经费` → `“三公”经费`), without reaching before `minStart`.
   */
  private toMatch(text: string, start: number, end: number, slot: Slot, minStart: number): GlossaryMatch {
    for (const [open, close] of QUOTE_PAIRS) {
      const span = text.slice(start, end);
      const balance = count(span, open) - count(span, close);
      if (balance < 0 && start - 1 >= minStart && text[start - 1] === open) start--;
      else if (balance > 0 && text[end] === close) end++;
    }
    return { start, end, matched: text.slice(start, end), entry: slot.entry, source: slot.source };
  }
}
