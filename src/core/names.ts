/**
 * Indicator names read from the words around a quantity: verbs, fillers, aim words, relative
 * targets, and the splitting of name lists (`A、B`, `城镇和农村…`, `城乡…`).
 */
import { VERBS, FILLERS, WEAK_NAMES, AIM_WORDS, CANONICAL, canonicalOf, unitInfo, StringMemo } from './lexicon';

const COMPARISON_VERBS = ['高于', '低于', '快于', '慢于', '超过', '好于'];

/** Words grouped by their last (or first) character, longest first: one Map lookup, few compares. */
function byChar(words: string[], last: boolean): Map<number, string[]> {
  // keyed by char code: a one-character string per lookup would be hashed anew each time
  const m = new Map<number, string[]>();
  for (const w of [...words].sort((a, b) => b.length - a.length)) {
    const k = last ? w.charCodeAt(w.length - 1) : w.charCodeAt(0);
    const list = m.get(k) ?? [];
    list.push(w);
    m.set(k, list);
  }
  return m;
}
const VERBS_BY_LAST = byChar(VERBS, true);
const FILLERS_BY_FIRST = byChar(FILLERS, false);
const WEAK_SUFFIXES = ['同比', '比上年', '较上年', '同口径', '年均', '年平均', '平均每年', '每年平均', '平均', '分别', '均', '普遍', '力争', '争取', '努力', '总量',
  // adverbs between a name and its verb (城镇居民人均可支配收入实际增长, 国内生产总值预计增长)
  '实际', '全年', '继续', '预计'];
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
function trimEndOf(s: string, drop: (code: number) => boolean): string {
  let e = s.length;
  while (e > 0 && drop(s.charCodeAt(e - 1))) e--;
  return e === s.length ? s : s.slice(0, e);
}

/** `[\s,、]` on a char code: what JavaScript's \s matches (Unicode blanks and line ends), a comma, a 、. */
function isBlankOrComma(c: number): boolean {
  if (c === 0x2c || c === 0x3001 || c === 0x20 || (c >= 0x09 && c <= 0x0d)) return true;
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f ||
    c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** A decline rate as a noun before its value: 降幅收窄至, 跌幅为, 降幅. */
const DECLINE_RATE_TAIL = /(?:降幅|跌幅|下降幅度|下降率)(?:收窄|扩大|缩小|回落|较上年|比上年)?(?:至|到|为|达)?$/;

/** The characters a DECLINE_RATE_TAIL match can end with (the regex runs only after one of them). */
const DECLINE_RATE_LAST = '幅率窄大小落年至到为达';

/** `扣除…因素后`, `剔除…影响后`, `按可比口径计算`: an adjustment written between a name and its value. */
const ADJUSTMENT_TAIL = /(?:扣除|剔除|不含|除去)[^,;:。]{1,20}?(?:因素|影响|口径)?后$|(?:按|以)(?:可比|同)口径(?:计算)?$/;
/** The base of a change before the verb: 比2007年, 较上年. */
const BASE_TAIL = /(?:比|较)(?:(?:19|20)\d{2}年|上年|去年|上年同期)(?:末|底)?$/;

/** A match of a `…$` pattern in the last 32 characters only (linear however long `s` is), as an offset into `s`. */
function tailMatch(re: RegExp, s: string): number {
  const from = Math.max(0, s.length - 32);
  const m = re.exec(s.slice(from));
  return m ? from + m.index : -1;
}

/** A year written before a name, with the name after it (two Chinese characters at least). */
const LEADING_YEAR_RE = /^(?:19|20)\d{2}年(?:底|末|度)?(?:全年)?(?=[\u4e00-\u9fa5]{2})/;

const LEAD_JUNK_RE = /^(?:[\s"“”'‘’、,.;:()（）\-—]|\d+(?:\.\d+)?(?=[、,]))+/;
const LEAD_JUNK_CHARS = '"“”\'‘’、,.;:()（）-—';

/** Can LEAD_JUNK_RE match `s` (its first character is a blank, a digit or one of its marks)? */
function startsWithJunk(s: string): boolean {
  const c = s.charCodeAt(0);
  return (c >= 0x30 && c <= 0x39) || isBlankOrComma(c) || (s.length > 0 && LEAD_JUNK_CHARS.includes(s[0]));
}

const codesOf = (chars: string): number[] => [...chars].map(c => c.charCodeAt(0));
/** The last characters a match of ADJUSTMENT_TAIL / BASE_TAIL ends with, and 由 / 从. */
const ADJUSTMENT_LAST = codesOf('后径算');
const BASE_LAST = codesOf('年期末底');
const FROM_LAST = codesOf('由从');
/** The last characters of a weak name (扣除…后, …时, 其中). */
const WEAK_LAST = codesOf('后时中');
/** First characters of the weak openings (扣除, 剔除, 按, 其中, 分别, 均, 同比, 比上年), and of 比 / 较 + a year. */
const WEAK_HEAD_FIRST = codesOf('扣剔按其分均同比');
const WEAK_COMPARED_FIRST = codesOf('比较');

/** Strips leading fillers (全年预计实现, 全市, 其中 …) and trailing weak words (同比, 分别 …). */
export function cleanName(raw: string): { name: string; skipped: number } {
  let s = raw;
  let skipped = 0;
  let changed = true;
  while (changed) {
    changed = false;
    // leading punctuation, and the tail of a number list read as words (`、1.7、` before 1.5个百分点)
    const lead = startsWithJunk(s) ? LEAD_JUNK_RE.exec(s) : null;
    if (lead) { s = s.slice(lead[0].length); skipped += lead[0].length; changed = true; }
    for (const f of FILLERS_BY_FIRST.get(s.charCodeAt(0)) ?? []) {
      if (s.startsWith(f) && s.length > f.length) { s = s.slice(f.length); skipped += f.length; changed = true; break; }
    }
    // a year before the name (2001年国内生产总值): the data year is read from the sentence, not the name
    const y = s.charCodeAt(0) === 0x31 || s.charCodeAt(0) === 0x32 ? LEADING_YEAR_RE.exec(s) : null;
    if (y) { s = s.slice(y[0].length); skipped += y[0].length; changed = true; }
  }
  changed = true;
  while (changed) {
    changed = false;
    s = trimEndOf(s, isBlankOrComma);
    // (each tail regex runs only when the name ends with a character its match must end with)
    // (char codes: a one-character string per test would be garbage to collect)
    const last = s.charCodeAt(s.length - 1);
    // an adjustment clause after the name: 一般公共预算收入扣除留抵退税因素后 → 一般公共预算收入
    const adj = ADJUSTMENT_LAST.includes(last) ? tailMatch(ADJUSTMENT_TAIL, s) : -1;
    if (adj >= 2) { s = s.slice(0, adj); changed = true; continue; }
    // the base of a change written before the verb: 地区生产总值突破1万亿元，比2007年增长9% → ""
    const base = BASE_LAST.includes(last) ? tailMatch(BASE_TAIL, s) : -1;
    if (base > 0) { s = s.slice(0, base); changed = true; continue; }
    // "from" before a starting value: 城乡居民收入倍差由2.54缩小到… → 城乡居民收入倍差
    if (s.length > 2 && FROM_LAST.includes(last)) { s = s.slice(0, -1); changed = true; continue; }
    for (const w of WEAK_BY_LAST.get(s.charCodeAt(s.length - 1)) ?? []) {
      if (s.endsWith(w) && s.length > w.length) { s = s.slice(0, -w.length); changed = true; break; }
    }
  }
  return { name: s, skipped };
}

/** True when a name carries no indicator (empty, 同比, 扣除…后 …): the record inherits one. */
export function isWeakName(name: string): boolean {
  if (!name) return true;
  if (WEAK_NAMES.has(name)) return true;
  // (the last character by index: a `[后时中]$` alternative would make the regex try every position)
  // (each regex runs only when the name starts with a character its match must start with)
  const first = name.charCodeAt(0);
  if (WEAK_LAST.includes(name.charCodeAt(name.length - 1))) return true;
  if (WEAK_HEAD_FIRST.includes(first) && /^(?:扣除|剔除|按|其中|分别|均|同比|比上年)/.test(name)) return true;
  if (WEAK_COMPARED_FIRST.includes(first) && /^(?:比|较)(?:(?:19|20)\d{2}年|上年|去年)(?:末|底)?$/.test(name)) return true;
  return false;
}

/**
 * Reads name, verb, aim and relative from the clause text before a number: `pre` is text[from, at).
 */
export function readLead(text: string, from: number, at: number): Lead {
  let end = at;
  // "(下同)" and similar asides between verb and number
  const paren = text.charCodeAt(end - 1) === 0x29 && end > from ? /\([^()]{1,8}\)$/.exec(text.slice(Math.max(from, end - 10), end)) : null;
  if (paren) end -= paren[0].length;
  // blanks and line breaks of converted text (增长 6%, 地区生产\n总值) do not separate words
  let pre = text.slice(from, end).trimEnd();
  let verb = '';
  let relative: string | null = null;
  let aim = false;
  for (const v of VERBS_BY_LAST.get(pre.charCodeAt(pre.length - 1)) ?? []) {
    if (pre.endsWith(v)) { verb = v; pre = pre.slice(0, -v.length); break; }
  }
  if (/^(?:低于|高于|超过|少于)$/.test(verb) && pre.endsWith('不')) {
    // 增速不低于5%: a bound, not a comparison
    verb = '不' + verb;
    pre = pre.slice(0, -1);
  }
  if (verb === '增长' && pre.endsWith('负')) {
    // 负增长2.5%: a decline
    verb = '负增长';
    pre = pre.slice(0, -1);
  }
  if (!verb) {
    // a decline rate written as a noun: 进出口总额降幅收窄至9.6% (verb 降幅收窄至, a decline of 9.6%)
    const d = DECLINE_RATE_LAST.includes(pre[pre.length - 1]) ? tailMatch(DECLINE_RATE_TAIL, pre) : -1;
    if (d >= 2) { verb = pre.slice(d); pre = pre.slice(0, d); }
  }
  if (!verb) {
    // comparison verbs with what they compare to: 高于全省1个百分点
    // only an occurrence within 20 characters of the end counts: search that tail, not the whole clause
    const tailFrom = Math.max(0, pre.length - 22);
    for (const v of COMPARISON_VERBS) {
      const k = pre.indexOf(v, tailFrom) < 0 ? -1 : pre.lastIndexOf(v);
      if (k >= 0 && pre.length - k - v.length <= 20) {
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

/** 一、二、三产业 / 第一、二、三产业 / 二、三产业: words before, two or three ordinals, the words after 产业. */
const INDUSTRY_LIST_RE = /^(.{0,12}?)第?([一二三])[、和与及]第?([一二三])(?:[、和与及]第?([一二三]))?产业(.{0,12})$/;

/** Splits a name list into n names: `A、B`, `城镇和农村居民…` → 城镇居民…, 农村居民…; `城乡居民…` → 城镇/农村. */
export function splitNames(name: string, n: number): string[] {
  if (n < 2) return [name];
  // industries listed by their ordinals share 产业 and what follows (一、二、三产业增加值分别增长…)
  const ind = INDUSTRY_LIST_RE.exec(name);
  if (ind) {
    const ords = [ind[2], ind[3], ind[4]].filter(Boolean);
    if (ords.length === n) return ords.map(o => `${ind[1]}第${o}产业${ind[5]}`);
  }
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

/** Measure words and units that are no names (使用20.8亿次 → "次", 新建基站1.4万座 → "座"). */
const MEASURE_WORD = /^[万亿千百十]?(?:[个名次座场户项件条家处套栋株盏间元人吨亩米年月日天周度倍盒袋只头辆台张份所批期轮届]|人次|千瓦|公里|平方米|立方米)$/;

/** One code point written as a surrogate pair (what `[...s].length === 1` says of a 2-unit string). */
function isSurrogatePair(s: string): boolean {
  const hi = s.charCodeAt(0);
  const lo = s.charCodeAt(1);
  return hi >= 0xd800 && hi <= 0xdbff && lo >= 0xdc00 && lo <= 0xdfff;
}

/**
 * True when a name is no name: empty, a number or number list, one character, a unit or measure
 * word (日, 盒, 次, 万人). Such records never reach a table under that name.
 */
export function isJunkName(name: string): boolean {
  const n = name.trim();
  if (!n) return true;
  // no unit or measure word is longer than 6 characters: only a number list can be
  // (the first character by code: no regex for the names that start with a word)
  const c = n.charCodeAt(0);
  const numberish = c === 0x2d || c === 0x2e || (c >= 0x30 && c <= 0x39);
  if (n.length > 6 && !numberish) return false;
  // (n is trimmed: it starts with no blank)
  if ((numberish || c === 0x2c || c === 0x3001 || c === 0x25 || c === 0x2014 || c === 0x7e) && /^[-\d.,、%\s—~]+$/.test(n)) return true;
  if (n.length === 1 || (n.length === 2 && isSurrogatePair(n))) return true;
  if (unitInfo(n) || MEASURE_WORD.test(n)) return true;
  return false;
}

/**
 * Words after a lexicon alias that make the name another quantity: 万元地区生产总值**能耗** (energy
 * intensity, not GDP), 城乡居民收入**倍差** (a ratio, not income), 接待游客**人次** (visitors, not
 * tourism revenue), 工业增加值**占**地区生产总值**比重** (a share).
 */
const OTHER_QUANTITY_TAIL = /^(?:的?比例|的?比重|综合能耗|能耗|水耗|电耗|用水|用能|二氧化碳|碳排放|占|的比重|比重|所占|倍差|差距|之比|比值|比例|人次|人数|密度|贡献率|弹性|排名|位次|增量|结构|含量|效益|质量)/;
/** The indicator a tail names instead, when the lexicon has it. */
const TAIL_KEY: Array<[RegExp, string]> = [[/^(?:综合能耗|能耗|用能)/, 'energy_intensity'], [/^(?:二氧化碳|碳排放)/, 'co2_intensity']];
/** Keys whose name must say what is counted: 旅游 needs 收入/花费/消费 (接待游客 alone counts people). */
const NEEDS_WORD: Record<string, RegExp> = { tourism: /收入|花费|消费/ };

function normName(s: string): string {
  return s.toUpperCase().replace(/[“”"\s]/g, '');
}

/**
 * The lexicon key a name states, or null: `canonical` (or the lexicon's key of `name` when null)
 * unless words after the matched alias make the name another quantity (see OTHER_QUANTITY_TAIL).
 */
const refineMemo = new Map<string, StringMemo<string | null>>();
export function refineCanonical(name: string, canonical: string | null): string | null {
  const key = canonical ?? canonicalOf(name);
  if (!key) return null;
  // one memo per key (a few dozen), each by name: no key + name string built per lookup
  let memo = refineMemo.get(key);
  if (!memo) {
    memo = new StringMemo<string | null>(5000);
    refineMemo.set(key, memo);
  }
  const hit = memo.get(name);
  if (hit !== undefined) return hit;
  const out = refineKey(name, key);
  memo.set(name, out);
  return out;
}

function refineKey(name: string, key: string): string | null {
  const n = normName(name);
  const info = CANONICAL.find(c => c.key === key);
  if (!info) return key;
  let alias = '';
  for (const a of info.aliases) {
    const u = a.toUpperCase();
    if (n.includes(u) && u.length > alias.length) alias = u;
  }
  if (!alias) return key;
  const at = n.lastIndexOf(alias);
  const tail = n.slice(at + alias.length);
  // 研发经费支出占地区生产总值比重, 占地区生产总值: a share of the indicator, not the indicator
  if (/(?:占|相当于)$/.test(n.slice(0, at))) return null;
  // 人均国内生产总值: per capita
  if (key === 'gdp' && /人均$/.test(n.slice(0, at))) return 'gdp_per_capita';
  if (OTHER_QUANTITY_TAIL.test(tail)) {
    for (const [re, k] of TAIL_KEY) if (re.test(tail) && k !== key) return k;
    return null;
  }
  const needs = NEEDS_WORD[key];
  if (needs && !needs.test(n)) return null;
  return key;
}
