/**
 * Indicator names read from the words around a quantity: verbs, fillers, aim words, relative
 * targets, and the splitting of name lists (`A、B`, `城镇和农村…`, `城乡…`).
 */
import { VERBS, FILLERS, WEAK_NAMES, AIM_WORDS } from './lexicon';

const COMPARISON_VERBS = ['高于', '低于', '快于', '慢于', '超过', '好于'];

/** Words grouped by their last (or first) character, longest first: one Map lookup, few compares. */
function byChar(words: string[], last: boolean): Map<string, string[]> {
  const m = new Map<string, string[]>();
  for (const w of [...words].sort((a, b) => b.length - a.length)) {
    const k = last ? w[w.length - 1] : w[0];
    const list = m.get(k) ?? [];
    list.push(w);
    m.set(k, list);
  }
  return m;
}
const VERBS_BY_LAST = byChar(VERBS, true);
const FILLERS_BY_FIRST = byChar(FILLERS, false);
const WEAK_SUFFIXES = ['同比', '比上年', '较上年', '同口径', '年均', '分别', '均', '普遍', '力争', '争取', '努力', '总量'];
const WEAK_BY_LAST = byChar(WEAK_SUFFIXES, true);

export interface Lead {
  name: string;
  /** Offset of the name in the text (or of the verb when there is no name). */
  nameStart: number;
  verb: string;
  aim: boolean;
  relative: string | null;
}

/** `s` without its trailing characters that `drop` accepts (a loop: linear, unlike a `[…]+$` regex). */
function trimEndOf(s: string, drop: (c: string) => boolean): string {
  let e = s.length;
  while (e > 0 && drop(s[e - 1])) e--;
  return e === s.length ? s : s.slice(0, e);
}

/** Strips leading fillers (全年预计实现, 全市, 其中 …) and trailing weak words (同比, 分别 …). */
export function cleanName(raw: string): { name: string; skipped: number } {
  let s = raw;
  let skipped = 0;
  let changed = true;
  while (changed) {
    changed = false;
    const lead = /^[\s"“”'‘’、,.;:()（）\-—]+/.exec(s);
    if (lead) { s = s.slice(lead[0].length); skipped += lead[0].length; changed = true; }
    for (const f of FILLERS_BY_FIRST.get(s[0]) ?? []) {
      if (s.startsWith(f) && s.length > f.length) { s = s.slice(f.length); skipped += f.length; changed = true; break; }
    }
  }
  changed = true;
  while (changed) {
    changed = false;
    s = trimEndOf(s, c => /[\s,、]/.test(c));
    for (const w of WEAK_BY_LAST.get(s[s.length - 1]) ?? []) {
      if (s.endsWith(w) && s.length > w.length) { s = s.slice(0, -w.length); changed = true; break; }
    }
  }
  return { name: s, skipped };
}

/** True when a name carries no indicator (empty, 同比, 扣除…后 …): the record inherits one. */
export function isWeakName(name: string): boolean {
  if (!name) return true;
  if (WEAK_NAMES.has(name)) return true;
  if (/^(?:扣除|剔除|按|其中|分别|均|同比|比上年)|[后时中]$/.test(name)) return true;
  return false;
}

/**
 * Reads name, verb, aim and relative from the clause text before a number: `pre` is text[from, at).
 */
export function readLead(text: string, from: number, at: number): Lead {
  let end = at;
  // "(下同)" and similar asides between verb and number
  const paren = /\([^()]{1,8}\)$/.exec(text.slice(Math.max(from, end - 10), end));
  if (paren) end -= paren[0].length;
  // blanks and line breaks of converted text (增长 6%, 地区生产\n总值) do not separate words
  let pre = text.slice(from, end).trimEnd();
  let verb = '';
  let relative: string | null = null;
  let aim = false;
  for (const v of VERBS_BY_LAST.get(pre[pre.length - 1]) ?? []) {
    if (pre.endsWith(v)) { verb = v; pre = pre.slice(0, -v.length); break; }
  }
  if (!verb) {
    // comparison verbs with what they compare to: 高于全省1个百分点
    for (const v of COMPARISON_VERBS) {
      const k = pre.lastIndexOf(v);
      if (k >= 0 && pre.length - k - v.length <= 12) {
        const rel = pre.slice(k + v.length);
        if (rel && !/[,;:。]/.test(rel)) { verb = v; relative = rel; pre = pre.slice(0, k); break; }
      }
    }
  }
  for (const a of AIM_WORDS) {
    if (pre.endsWith(a)) { aim = true; pre = pre.slice(0, -a.length); break; }
    if (pre.startsWith(a)) aim = true;
  }
  const { name: raw, skipped } = cleanName(pre);
  // line breaks, and blanks between Chinese characters, are layout; blanks in Latin text are words
  const name = /\s/.test(raw)
    ? raw.replace(/(?<![ \t\u3000])[ \t\u3000]*[\r\n]+[ \t\u3000]*/g, '').replace(/(?<=[\u4e00-\u9fff])[ \t\u3000]+(?=[\u4e00-\u9fff])/g, '')
    : raw;
  return { name, nameStart: from + skipped, verb: verb.length > 2 ? verb.replace(/^(?:同比|比上年|分别|年均)/, '') || verb : verb, aim, relative };
}

/** Splits a name list into n names: `A、B`, `城镇和农村居民…` → 城镇居民…, 农村居民…; `城乡居民…` → 城镇/农村. */
export function splitNames(name: string, n: number): string[] {
  if (n < 2) return [name];
  let parts = name.split('、').filter(Boolean);
  if (parts.length < 2) parts = name.split(/和|与|及/).filter(Boolean);
  if (parts.length < 2 && /^城乡/.test(name)) {
    const rest = name.slice(2);
    return ['城镇' + rest, '农村' + rest];
  }
  if (parts.length !== n) return new Array<string>(n).fill(name);
  const last = parts[parts.length - 1];
  return parts.map((p, i) => (i < parts.length - 1 && p.length <= 4 && last.length > p.length + 2 ? p + last.slice(p.length) : p));
}

/** Expands a bare 城镇/农村 using the previous name (`农村快于城镇` after 居民人均可支配收入). */
export function completeShortName(name: string, prev: string | undefined): string {
  if (!prev || !/^(?:城镇|农村|城市|乡村)$/.test(name)) return name;
  if (/^(?:城乡|城镇|农村|全体)/.test(prev)) return name + prev.slice(2);
  return prev.startsWith('居民') ? name + prev : name;
}

export { COMPARISON_VERBS };
