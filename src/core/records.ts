/**
 * Indicator records of one sentence: name + verb + quantity for every quantity, with amount-and-growth
 * pairs (`326.3亿元、增长6.8%`), distribution (`A、B均增长…`, `…分别增长7%和8%左右`) and, where asked,
 * qualitative and relative records (`与经济增长基本同步`, `高于全省`, `完成…任务`).
 */
import type { Indicator, IndicatorKind, Quantity, Qualifier } from './types';
import type { Sentence, Clause } from './sentences';
import { splitClauses } from './sentences';
import { readLead, isWeakName, splitNames, cleanName, completeShortName, COMPARISON_VERBS } from './names';
import { canonicalOf, unitInfo, QUALITATIVE_PREDICATES } from './lexicon';
import { isCJK } from './text';
import type { TextMarks } from './text';

export interface RecordContext {
  /** The input text (offsets and `text` fields refer to it). */
  source: string;
  /** Width-normalised text of the same length. */
  text: string;
  lineOf(offset: number): number;
  columnOf(offset: number): number;
  /** Where the text's sentence ends (and other characters) stand, when known (see scanText). */
  marks?: TextMarks;
}

export interface SentenceOptions {
  kind: IndicatorKind;
  /** Read qualitative records and unit-less values (target and headline sentences only). */
  full: boolean;
}

interface Group {
  names: string[];
  start: number;
}

/** Records of one sentence. */
export function sentenceRecords(ctx: RecordContext, s: Sentence, qs: Quantity[], opt: SentenceOptions): Indicator[] {
  const out: Indicator[] = [];
  // a clause without a number yields records in full mode only (qualitative ones)
  const clauses = splitClauses(ctx.text, s, qs, opt.full);
  let prev: Group | null = null;
  const history: string[] = [];
  for (const c of clauses) {
    // a bare number counts only in full mode and right after a word (缩小至1.95), not in alert(1)
    const usable = c.quantities.every(q => q.unit) ? c.quantities
      : c.quantities.filter(q => q.unit || (opt.full && q.start > c.start && isCJK(ctx.text.charCodeAt(q.start - 1))));
    let g: Group | null;
    if (!usable.length) {
      g = opt.full ? qualitativeRecords(ctx, s, c, opt.kind, prev, out) : null;
    } else {
      g = quantityRecords(ctx, s, c, usable, opt, prev, history, out);
    }
    if (!g) continue;
    prev = g;
    for (const n of g.names) if (history[history.length - 1] !== n) history.push(n);
    // a long sentence keeps the last names only: the list a 分别 refers to is short
    if (history.length > 16) history.splice(0, history.length - 16);
  }
  return out;
}

/**
 * Records of a clause's quantities: the first run of listed values, then (rarely) the quantities
 * after it, read as clauses of their own — in a loop, not by recursion, so a clause with thousands
 * of quantities (`增长5% 增长5% …`) neither overflows the stack nor copies the list again and again.
 */
function quantityRecords(ctx: RecordContext, s: Sentence, c: Clause, qs: Quantity[], opt: SentenceOptions,
  prev: Group | null, history: string[], out: Indicator[]): Group | null {
  let from = 0;
  let clause = c;
  let group = prev;
  while (from < qs.length) {
    // the names of the clauses before go to the first run only (the later ones follow its group)
    const r = quantityRun(ctx, s, clause, qs, from, opt, group, from === 0 ? history : NO_NAMES, out);
    group = r.group;
    from = r.next;
    clause = { start: qs[from - 1].end, end: c.end, quantities: [] };
  }
  return group;
}

/** The characters that join listed values (7%和8%, 37533元、15221元). */
const LIST_GAP = '和、及与,';

/** Longest name a record keeps (lexicon names are at most about 20 characters). */
const MAX_NAME_LENGTH = 40;

/** Longest `text` a record keeps when it spans a list; a longer list gives each item its own value. */
const MAX_RECORD_SPAN = 120;

const NO_NAMES: readonly string[] = [];

/**
 * Records of the run of values starting at qs[from]; returns the group and the index after the run.
 * `history`: every name read so far in the sentence, in order (for 分别增长a、b和c after several clauses).
 */
function quantityRun(ctx: RecordContext, s: Sentence, c: Clause, qs: Quantity[], from: number, opt: SentenceOptions,
  prev: Group | null, history: readonly string[], out: Indicator[]): { group: Group; next: number } {
  const t = ctx.text;
  // a quantity that only qualifies the name of the next one (500万元以上固定资产投资增长10%)
  let i = from;
  while (i < qs.length - 1 && qs[i].start - c.start <= 1 && /[\u4e00-\u9fa5]{2}/.test(t.slice(qs[i].end, qs[i + 1].start))) i++;
  const first = qs[i];
  const lead = readLead(t, c.start, first.start - first.prefix.length);
  // values listed together: 7%和8%左右 / 37533元、15221元 / 6.5%左右、7.5%左右
  const values: Quantity[] = [first];
  let next = i + 1;
  for (; next < qs.length; next++) {
    // one of 和、及与, between the values (a test on the one character, no slice)
    const gap = values[values.length - 1].end;
    // (a blank may stand on either side of it in converted text: 分别增长 8%和 9%)
    let a = gap;
    let b = qs[next].start - qs[next].prefix.length;
    if (b - a <= 3) {
      while (a < b && t.charCodeAt(a) === 0x20) a++;
      while (b > a && t.charCodeAt(b - 1) === 0x20) b--;
    }
    if (b - a === 1 && LIST_GAP.includes(t[a])) values.push(qs[next]);
    else break;
  }
  let names: string[];
  let start: number;
  let end = values[values.length - 1].end;
  // counts name what follows them: 新增5466个学位, 举办600多场促消费活动
  const after = isCountUnit(first.unit) ? nounAfter(t, end, c.end) : null;
  const leadIsWeak = weakName(lead.name);
  if (after) {
    names = [after.name];
    start = leadIsWeak ? first.start - first.prefix.length - lead.verb.length : lead.nameStart;
    end = after.end;
  } else if (leadIsWeak && prev) {
    const h = history;
    // 地区生产总值974.6亿元，固定资产投资925亿元，…，分别增长14%、32%和22.5%: the names of the clauses before
    names = prev.names.length === values.length ? prev.names
      : values.length > 1 && h.length >= values.length ? h.slice(h.length - values.length) : [prev.names[0]];
    start = prev.start;
  } else {
    const name = completeShortName(lead.name, prev?.names[0]);
    const listed = values.length === 1 ? indicatorList(name) : null;
    names = listed ?? splitList(name, values.length > 1 ? values.length : distributes(t, lead, first) ? name.split('、').filter(Boolean).length : 1);
    if (values.length === 1 && names.length > 1 && !listed && !distributes(t, lead, first)) names = [name];
    start = leadIsWeak ? first.start - first.prefix.length - lead.verb.length : lead.nameStart;
  }
  // a name is a few words: a longer "name" (a run of headings or list markers before a number) is cut
  // to its end, so records that inherit it do not copy a long text each
  if (names.some(nm => nm.length > MAX_NAME_LENGTH)) names = names.map(nm => (nm.length > MAX_NAME_LENGTH ? nm.slice(-MAX_NAME_LENGTH) : nm));
  const lastQual = values[values.length - 1].qualifier;
  const shared = values.every((v, k) => k === values.length - 1 || !v.qualifier) ? lastQual : '';
  const n = Math.max(names.length, values.length);
  // a record's text stays within its clause; a long list (全年新增、1个、1个…) gives each item only
  // its own value, so the output grows with the input, not with its square
  const spanStart = Math.max(start, c.start);
  const longList = end - spanStart > MAX_RECORD_SPAN && values.length > 1;
  for (let k = 0; k < n; k++) {
    const v = values[Math.min(k, values.length - 1)];
    const name = names[Math.min(k, names.length - 1)];
    const own = longList && k > 0;
    out.push(makeRecord(ctx, s, {
      kind: opt.kind, name, verb: lead.verb, q: v, qualifier: (v.qualifier || shared) as Qualifier,
      aim: lead.aim, relative: lead.relative,
      start: own ? v.start : Math.min(spanStart, v.start),
      end: longList && k < n - 1 ? v.end : end,
    }));
  }
  return { group: { names, start }, next };
}

/** A name that names nothing (同比, 其中 …, or a date: 预计2005年达2379.8亿元): the record inherits one. */
function weakName(name: string): boolean {
  // (the date regex only for a name that starts with 1 or 2, as a year must)
  if (isWeakName(name)) return true;
  const c = name.charCodeAt(0);
  return (c === 0x31 || c === 0x32) && /^(?:19|20)\d\d年(?:底|末|全年)?$/.test(name);
}

/** `A、B均增长` (or 分别增长 with one value): the same value for every listed name. */
function distributes(t: string, lead: { name: string; nameStart: number }, q: Quantity): boolean {
  if (!lead.name.includes('、')) return false;
  const between = t.slice(lead.nameStart + lead.name.length, q.start);
  return /均|都|分别/.test(between);
}

const LIST_SEP_RE = /[、和与及]/;

/** splitNames, keeping listed names that are known indicators as written (生产总值、人均GDP、全员劳动生产率增速). */
function splitList(name: string, n: number): string[] {
  const parts = splitNames(name, n);
  if (n < 2) return parts;
  const raw = name.split('、');
  return raw.length === parts.length ? parts.map((p, i) => (canonicalOf(raw[i]) ? raw[i] : p)) : parts;
}

/**
 * A list of known indicators sharing one value (地区生产总值、固定资产投资、社会消费品零售总额增长5%左右,
 * 地区生产总值和固定资产投资跨千亿): the names, or null when any part is no lexicon indicator.
 */
function indicatorList(name: string): string[] | null {
  if (!LIST_SEP_RE.test(name)) return null;
  const n = name.includes('、') ? name.split('、').filter(Boolean).length : name.split(/和|与|及/).filter(Boolean).length;
  if (n < 2) return null;
  const parts = splitList(name, n);
  if (parts.length !== n) return null;
  const keys = parts.map(p => canonicalOf(p));
  if (keys.some(k => !k) || new Set(keys).size !== n) return null;
  return parts;
}

function isCountUnit(unit: string): boolean {
  const k = unitInfo(unit)?.kind;
  return k === 'count' || k === 'people';
}

/** The noun after a count (`新增5466个学位` → 学位), up to the end of the clause, or null. */
function nounAfter(t: string, from: number, to: number): { name: string; end: number } | null {
  const m = /^[\u4e00-\u9fa5A-Za-z()（）“”]{1,14}/.exec(t.slice(from, Math.min(to, from + 14)));
  if (!m) return null;
  const name = cleanName(m[0]).name;
  // 突破千亿大关, 迈上万亿台阶: a landmark, not what is counted
  if (/^(?:大关|台阶|关口|规模|量级|水平)/.test(name)) return null;
  return name ? { name, end: from + m[0].length } : null;
}

interface Draft {
  kind: IndicatorKind;
  name: string;
  verb: string;
  q: Quantity | null;
  qualifier: Qualifier;
  aim: boolean;
  relative: string | null;
  start: number;
  end: number;
  qualitative?: boolean;
}

function makeRecord(ctx: RecordContext, s: Sentence, d: Draft): Indicator {
  return {
    kind: d.kind,
    name: d.name,
    canonical: canonicalOf(d.name),
    verb: d.verb,
    value: d.q ? d.q.value : null,
    upper: d.q ? d.q.upper : null,
    unit: d.q ? d.q.unit : '',
    qualifier: d.qualifier,
    aim: d.aim,
    qualitative: !!d.qualitative,
    relative: d.relative,
    line: ctx.lineOf(d.start),
    column: ctx.columnOf(d.start),
    text: ctx.source.slice(d.start, d.end),
    start: d.start,
    end: d.end,
    sentence: s,
    valueSpan: d.q,
    // the fields applySemantics sets, in its order: it fills them in place (no second record per record)
    direction: undefined,
    signedValue: undefined,
    signedUpper: undefined,
    dataYear: undefined,
    dataYearFrom: undefined,
    bound: undefined,
    confidence: undefined,
    confidenceNote: undefined,
  };
}

/** Qualitative predicates grouped by the code of their last character (one Map lookup per clause). */
const PREDICATES_BY_LAST = new Map<number, string[]>();
for (const p of QUALITATIVE_PREDICATES) {
  const k = p.charCodeAt(p.length - 1);
  PREDICATES_BY_LAST.set(k, [...(PREDICATES_BY_LAST.get(k) ?? []), p]);
}

const COMPLETE_RE = /^(?:确保|力争|全面)?完成(?:.{0,8}?下达的?|.{0,6}?的)?(.{2,20}?(?:任务|目标|计划|指标))$/;
const NAME_COMPLETE_RE = /^(.{2,24}?)(?:确保|力争|全面)?(?:完成|达到|符合|满足)(?:.{0,10}?)(?:任务|目标|计划|要求|标准)$/;

/** Qualitative records of a clause with no number. */
function qualitativeRecords(ctx: RecordContext, s: Sentence, c: Clause, kind: IndicatorKind,
  prev: Group | null, out: Indicator[]): Group | null {
  const raw = ctx.text.slice(c.start, c.end);
  const lead = /^\s*/.exec(raw)![0].length;
  const clause = raw.trim();
  if (!clause || clause.length > 40) return null;
  let names: string[] = [];
  let verb = '';
  let relative: string | null = null;
  let nameText = '';
  let m: RegExpExecArray | null;
  const pred = PREDICATES_BY_LAST.get(clause.charCodeAt(clause.length - 1))?.find(p => clause.endsWith(p));
  const completes = /完成|达到|符合|满足/.test(clause);
  if (pred) {
    nameText = clause.slice(0, -pred.length).replace(/增长$/, '');
  } else if (completes && (m = COMPLETE_RE.exec(clause))) {
    nameText = m[1];
  } else if (completes && (m = NAME_COMPLETE_RE.exec(clause))) {
    nameText = m[1];
  } else {
    for (const v of COMPARISON_VERBS) {
      const k = clause.indexOf(v);
      if (k > 0 && clause.length - k - v.length >= 2) {
        verb = v;
        relative = clause.slice(k + v.length);
        nameText = clause.slice(0, k).replace(/(?:普遍|均|力争|都)$/, '');
        break;
      }
    }
  }
  const cleaned = cleanName(nameText).name;
  if (!cleaned || cleaned.length > 24 || /[\d]/.test(relative ?? '')) return null;
  if (isWeakName(cleaned) || /^(?:努力|力争|争取|确保|全面|进一步)$/.test(cleaned)) return null;
  names = (indicatorList(cleaned) ?? cleaned.split('、').filter(Boolean)).map(n => completeShortName(n, prev?.names[0]));
  const aim = /力争|争取/.test(clause);
  for (const name of names) {
    out.push(makeRecord(ctx, s, {
      kind, name, verb, q: null, qualifier: '', aim, relative,
      start: c.start + lead, end: c.start + lead + clause.length, qualitative: true,
    }));
  }
  return { names, start: c.start + lead };
}
