/**
 * Chinese word segmentation behind one small interface. The core ships the fallback
 * (`IntlSegmenter`: `Intl.Segmenter('zh', { granularity: 'word' })` plus a greedy longest-match pass
 * that keeps the domain vocabulary whole); desktop builds plug in jieba (src/node/jiebaSegmenter.ts),
 * seeded with the same vocabulary. Pure: no `vscode`, no Node APIs.
 */
import { builtinGlossaryEntries } from './builtinGlossary';
import { CANONICAL } from './lexicon';

export interface Segmenter {
  /** Shown in the UI ("jieba", "Intl.Segmenter (fallback)" …). */
  readonly name: string;
  /** Tokens of `text`, in order (punctuation and blanks may be tokens too). */
  cut(text: string): Promise<string[]> | string[];
  /** Adds words that must stay whole. */
  addWords?(words: string[]): void;
  /**
   * Optional shortcut for key terms: `countTerms(cut(text))` done by the segmenter itself (the jieba
   * worker counts off the main thread and sends back only the counts).
   */
  countTerms?(text: string): Promise<Map<string, number>>;
}

/** Slogans and policy words that are not always in the glossary but must never be split. */
const BUILT_IN: string[] = [
  '六稳', '六保', '放管服', '专精特新', '地区生产总值', '营商环境', '乡村振兴', '共同富裕', '双循环',
  '新质生产力', '高质量发展', '一带一路', '碳达峰', '碳中和', '十四五', '十五五', '城市更新', '一网通办',
  '最多跑一次', '河长制', '林长制', '放管服改革', '招商引资', '民营经济', '数字经济', '低空经济',
];

const TERM_OK = /^[\p{Script=Han}A-Za-z0-9·]+$/u;

function strip(s: string): string {
  return s.replace(/[“”‘’"'「」『』《》\s\u3000]/g, '');
}

let vocabCache: string[] | null = null;

/**
 * Words that must stay whole: glossary terms and aliases (data/glossary.json), indicator names and
 * aliases (data/indicators.json) and a few built-in slogans. Terms are taken without quotes; terms
 * with inner punctuation (四个革命、一个合作) contribute their parts.
 */
export function domainVocabulary(): string[] {
  if (vocabCache) return vocabCache;
  const out = new Set<string>();
  const add = (raw: unknown): void => {
    if (typeof raw !== 'string') return;
    for (const part of strip(raw).split(/[、，,；;：:/（）()]/)) {
      const len = [...part].length;
      if (len >= 2 && len <= 16 && TERM_OK.test(part) && !/^\d+$/.test(part)) out.add(part);
    }
  };
  for (const e of builtinGlossaryEntries()) {
    add(e.term);
    if (Array.isArray(e.aliases)) e.aliases.forEach(add);
  }
  for (const c of CANONICAL) {
    add(c.label);
    c.aliases.forEach(add);
  }
  BUILT_IN.forEach(add);
  vocabCache = [...out].sort();
  return vocabCache;
}

interface TrieNode {
  next: Map<number, TrieNode>;
  word: boolean;
}

/** A prefix tree of words for greedy longest-match scanning (by UTF-16 unit). */
class WordTrie {
  private readonly root: TrieNode = { next: new Map(), word: false };
  add(word: string): void {
    let n = this.root;
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i);
      let m = n.next.get(c);
      if (!m) n.next.set(c, (m = { next: new Map(), word: false }));
      n = m;
    }
    n.word = true;
  }
  /** Length of the longest word starting at `i`, or 0. */
  longestAt(text: string, i: number): number {
    let n: TrieNode | undefined = this.root;
    let best = 0;
    for (let j = i; j < text.length; j++) {
      n = n.next.get(text.charCodeAt(j));
      if (!n) break;
      if (n.word) best = j - i + 1;
    }
    return best;
  }
}

/** Chunks for Intl.Segmenter: ICU gets slow on very long inputs, so cut after 。！？；\n or every 2000 units. */
function chunks(text: string, max = 2000): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n' || c === '。' || c === '！' || c === '？' || c === '；' || i - start >= max) {
      out.push(text.slice(start, i + 1));
      start = i + 1;
    }
  }
  if (start < text.length) out.push(text.slice(start));
  return out;
}

/**
 * Fallback segmenter: domain words (greedy, longest first, leftmost) are kept whole, the text
 * between them goes to `Intl.Segmenter('zh', { granularity: 'word' })`. Works everywhere
 * (browsers, web extension host, Node with ICU).
 */
export class IntlSegmenter implements Segmenter {
  readonly name = 'Intl.Segmenter (fallback)';
  private readonly trie = new WordTrie();
  private readonly icu: Intl.Segmenter | null;

  constructor(words: string[] = domainVocabulary()) {
    this.addWords(words);
    let icu: Intl.Segmenter | null = null;
    try {
      icu = new Intl.Segmenter('zh', { granularity: 'word' });
    } catch {
      icu = null; // no ICU: characters and runs of ASCII only
    }
    this.icu = icu;
  }

  addWords(words: string[]): void {
    for (const w of words) if (w) this.trie.add(w);
  }

  cut(text: string): string[] {
    const out: string[] = [];
    let gap = 0;
    for (let i = 0; i < text.length; ) {
      const len = this.trie.longestAt(text, i);
      if (len > 0) {
        if (gap < i) this.segmentGap(text.slice(gap, i), out);
        out.push(text.slice(i, i + len));
        i += len;
        gap = i;
      } else {
        i++;
      }
    }
    if (gap < text.length) this.segmentGap(text.slice(gap), out);
    return out;
  }

  private segmentGap(s: string, out: string[]): void {
    if (!this.icu) {
      for (const m of s.matchAll(/[A-Za-z0-9.%]+|[\s\S]/gu)) out.push(m[0]);
      return;
    }
    for (const c of chunks(s)) for (const seg of this.icu.segment(c)) out.push(seg.segment);
  }
}
