/**
 * Glossary of report jargon (六稳, 放管服, 规上, …): entries from several sources (built-in data,
 * user files), an index for hover look-ups, exact look-ups and scanning whole texts.
 *
 * Look-up is character-indexed (a trie over normalised UTF-16 units, see glossaryTrie.ts), never a
 * loop of regular expressions. Quotes, blanks, line breaks and full-width ASCII inside a term in the
 * text do not hide it: `“三公”经费` and `三公\n经费` match 三公经费, `ＧＤＰ` matches GDP.
 * Pure TypeScript: no `vscode`, no Node APIs.
 */
import { CharTrie, MAX_INNER_GAP, TrieHit, normalizeTerm, normalizedAt } from './glossaryTrie';
import blockerData from '../../data/term-blockers.json';

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
  /**
   * The bare term is a common word or number elsewhere (十五, 两高, 三化): it matches in running text
   * only when written in quotes (`“十五”`); its aliases (十五计划) match anywhere.
   */
  quoted?: boolean;
  /**
   * Other senses of the same short form (两新: 设备更新和以旧换新 / 新经济组织和新社会组织). A match
   * takes the first sense one of whose cue words occurs near it; else the entry's own definition.
   */
  senses?: GlossarySense[];
  /**
   * First year the entry's own definition applies (六稳: 2018). In a report of an earlier year the
   * match takes a sense of that year, or is no glossary hit at all (a 1954 中央人民政府 is not the
   * State Council). Absent: no lower bound.
   */
  since?: number;
  /** Last year the entry's own definition applies. Absent: no upper bound. */
  until?: number;
}

export interface GlossarySense {
  definition: string;
  items?: string[];
  english?: string;
  /** Words that, near the match, select this sense. */
  cues: string[];
  /** First year this sense applies (absent: no lower bound). */
  since?: number;
  /** Last year this sense applies (absent: no upper bound). */
  until?: number;
}

/** True when a reading dated [since, until] applies in a report of `year` (null: any year). */
export function appliesIn(r: { since?: number; until?: number }, year: number | null | undefined): boolean {
  if (year === null || year === undefined) return true;
  return (r.since === undefined || year >= r.since) && (r.until === undefined || year <= r.until);
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
  /** A NON_TERMS string: occurrences of it hide the shorter terms it straddles. */
  blocked?: boolean;
  /** The bare term of a `quoted` entry: matches only inside quotes. */
  quotedOnly?: boolean;
}

/** Characters around a match searched for sense cues. */
export const SENSE_WINDOW = 24;

/**
 * The entry as it reads at a match: when one of its senses has a cue word within SENSE_WINDOW
 * characters of [start, end), a copy with that sense's definition, items and English (and, as its
 * `senses`, the readings not chosen); else the entry itself.
 *
 * With the report's `year` (null or absent: every reading applies, as above), readings dated
 * outside that year (`since`/`until` of the entry or of a sense) are out: a cue chooses among the
 * senses that apply; without a cue the entry's own definition if it applies, else the first sense
 * that does. Returns null when no reading applies in that year (no glossary hit there).
 */
export function resolveSense(entry: GlossaryEntry, text: string, start: number, end: number): GlossaryEntry;
export function resolveSense(entry: GlossaryEntry, text: string, start: number, end: number, year: number | null | undefined): GlossaryEntry | null;
export function resolveSense(entry: GlossaryEntry, text: string, start: number, end: number, year?: number | null): GlossaryEntry | null {
  const own = appliesIn(entry, year);
  const all = entry.senses ?? [];
  const senses = year === null || year === undefined ? all : all.filter(x => appliesIn(x, year));
  if (senses.length > 0) {
    const before = text.slice(Math.max(0, start - SENSE_WINDOW), start);
    const after = text.slice(end, end + SENSE_WINDOW);
    const near = before + '\u0000' + after;
    const cued = senses.find(sense => sense.cues.some(c => c.length > 0 && near.includes(c)));
    const chosen = cued ?? (own ? undefined : senses[0]);
    if (chosen) {
      // the copy's `senses` are the readings not chosen (of this year): the entry's own first
      const others: GlossarySense[] = [
        ...(own ? [{ definition: entry.definition, items: entry.items, english: entry.english, cues: [] }] : []),
        ...senses.filter(x => x !== chosen),
      ];
      const copy: GlossaryEntry = { ...entry, definition: chosen.definition, items: chosen.items, english: chosen.english ?? entry.english, senses: others };
      // the entry's origin dates its own definition, not a sense read because that one is out of date
      if (!own) delete copy.origin;
      return copy;
    }
  }
  if (!own) return null;
  // the entry's own reading; senses of other years are not offered as other readings
  if (senses.length !== all.length) return { ...entry, senses: senses.length ? senses : undefined };
  return entry;
}

const OPEN_QUOTES = new Set(['“', '‘', '「', '『', '"']);
const CLOSE_QUOTES = new Set(['”', '’', '」', '』', '"']);

/** True when the occurrence [start, end) is written inside quotes (`“十五”`, `「十五」`). */
function isQuoted(text: string, start: number, end: number): boolean {
  const open = OPEN_QUOTES.has(text[start]) || OPEN_QUOTES.has(text[start - 1]);
  const close = CLOSE_QUOTES.has(text[end - 1]) || CLOSE_QUOTES.has(text[end]);
  return open && close;
}

/**
 * Common word sequences that contain a short term or alias without meaning it (提高企业 is 提高 +
 * 企业, not 高企; 中国企业 is not 国企), from data/term-blockers.json. They are indexed as
 * blockers: when one is the longest key at a position, no term is reported there. Terms or aliases
 * with the same key take precedence.
 */
export const NON_TERMS: readonly string[] = blockerData.groups.flatMap(g => g.words);

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
        this.trie.insert(termKey, entry.quoted ? { entry, source, quotedOnly: true } : slot);
        this.visible.push(slot);
        for (const alias of entry.aliases ?? []) this.trie.insert(normalizeTerm(alias), slot);
      }
    }
    const blockerSource: GlossarySource = { id: 'non-terms', label: 'Not terms', entries: [] };
    for (const word of NON_TERMS) {
      this.trie.insert(normalizeTerm(word), { entry: { term: word, definition: '' }, source: blockerSource, blocked: true });
    }
  }

  /**
   * Longest term or alias whose occurrence in `text` contains `offset` (start <= offset < end).
   * Only a window of about the longest key's length around `offset` is scanned. With the report's
   * `year`, a term none of whose readings applies in that year is no match (resolveSense).
   */
  lookupAt(text: string, offset: number, year: number | null = null): GlossaryMatch | null {
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
    let best: { span: Span; hit: TrieHit<Slot> } | null = null;
    for (const start of starts) {
      const hit = this.trie.longestAt(text, start, (h) => acceptable(text, h, 0));
      const sp = hit && quoteSpan(text, hit.start, hit.end, 0);
      if (!hit || !sp) continue;
      if (sp.start > offset || sp.end <= offset) continue;
      if (!best || hit.keyLength > best.hit.keyLength || (hit.keyLength === best.hit.keyLength && sp.start < best.span.start)) {
        best = { span: sp, hit };
      }
    }
    return best && !best.hit.value.blocked ? toMatch(text, best.span, best.hit.value, year) : null;
  }

  /** Exact look-up of a term or alias (after normalizeTerm), e.g. for the CLI's `define`. */
  get(term: string): { entry: GlossaryEntry; source: GlossarySource } | null {
    const key = normalizeTerm(term);
    const slot = key ? this.trie.get(key) : undefined;
    return slot && !slot.blocked ? { entry: slot.entry, source: slot.source } : null;
  }

  /** All visible entries (an entry whose term is already taken by an earlier one is hidden). */
  all(): Array<{ entry: GlossaryEntry; source: GlossarySource }> {
    return this.visible.map((s) => ({ entry: s.entry, source: s.source }));
  }

  /**
   * Every match in `text`, left to right, longest first at each position, non-overlapping. With the
   * report's `year`, a term none of whose readings applies then is left out (its span still taken).
   */
  findAll(text: string, year: number | null = null): GlossaryMatch[] {
    const out: GlossaryMatch[] = [];
    let lastEnd = 0;
    let i = 0;
    while (i < text.length) {
      if (normalizedAt(text, i) < 0) {
        i++;
        continue;
      }
      const hit = this.trie.longestAt(text, i, (h) => acceptable(text, h, lastEnd));
      const sp = hit && quoteSpan(text, hit.start, hit.end, lastEnd);
      if (!hit || !sp) {
        i++;
        continue;
      }
      if (!hit.value.blocked) {
        const m = toMatch(text, sp, hit.value, year);
        if (m) out.push(m);
      }
      lastEnd = sp.end;
      i = sp.end;
    }
    return out;
  }
}

interface Span {
  start: number;
  end: number;
}

/**
 * Raw span of an occurrence, with the other half of a quote pair pulled in when the occurrence
 * contains only one half (`三公”经费` → `“三公”经费`), never reaching before `minStart`. Returns null
 * when the missing half is not adjacent: `“三高”企业` does not contain 高企.
 */
function quoteSpan(text: string, start: number, end: number, minStart: number): Span | null {
  for (const [open, close] of QUOTE_PAIRS) {
    const span = text.slice(start, end);
    const balance = count(span, open) - count(span, close);
    if (balance === 0) continue;
    if (balance === -1 && start - 1 >= minStart && text[start - 1] === open) start--;
    else if (balance === 1 && text[end] === close) end++;
    else return null;
  }
  return { start, end };
}

/** A trie hit that may be reported: its quotes balance, and a quoted-only term is in quotes. */
function acceptable(text: string, h: TrieHit<Slot>, minStart: number): boolean {
  const sp = quoteSpan(text, h.start, h.end, minStart);
  return sp !== null && (!h.value.quotedOnly || isQuoted(text, sp.start, sp.end));
}

function toMatch(text: string, span: Span, slot: Slot, year: number | null): GlossaryMatch | null {
  const entry = resolveSense(slot.entry, text, span.start, span.end, year);
  if (!entry) return null;
  return { start: span.start, end: span.end, matched: text.slice(span.start, span.end), entry, source: slot.source };
}
