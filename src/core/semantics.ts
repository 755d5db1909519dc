/**
 * What an indicator record means, read after extraction (a post-pass over one report's records):
 *  - direction and signed value: a decline (下降/减少/回落/降幅/负增长/-x%) is negative;
 *  - the year the figure refers to: the plan year for targets, the reviewed year for actuals, a
 *    written year, or a period (过去五年…年均增长 in a 2023 report → 2018–2022);
 *  - a target's bound: floor, ceiling, approximate point or range, from qualifier, verb and indicator;
 *  - attribution: names that are a unit, a number or a fragment are re-read or dropped, lexicon keys
 *    that the name does not state are removed (城乡居民收入倍差 is no income, 接待游客人次 no tourism
 *    revenue), and uncertain records are marked low-confidence (they stay out of Compare by default).
 * Pure: no `vscode`, no Node.
 */
import type { Direction, Indicator, Span, TargetBound } from './types';
import { readLead, isWeakName, refineCanonical, isJunkName } from './names';
import { canonicalOf } from './lexicon';
import { phraseOccurrences, occursWithin } from './text';
import type { Occurrences } from './text';

export interface SemanticsScope {
  /** The report's plan year, or null. */
  year: number | null;
  /** Start of the plan part (second top-level section), when known. */
  planStart: number | null;
  /** Start of the line holding an offset of the (normalised) text, when the caller has a line index. */
  lineStartOf?: (offset: number) => number;
}

/** The part of a record the semantic readers need (an Indicator fits). */
export type SemanticInput = Partial<Pick<Indicator, 'kind'>> & Pick<Indicator, 'name' | 'canonical' | 'verb' | 'value' | 'upper' | 'unit' | 'qualitative' | 'relative'>
  & { qualifier: string; direction?: Direction | null; signedValue?: number | null; signedUpper?: number | null; bound?: TargetBound | null };

// ---- direction ------------------------------------------------------------------------------

/** A verb that reaches a level (降至, 提高到, 控制在, 保持在): the value is no change. */
const LEVEL_VERB = /(?:至|到|在|为)$|^(?:达|达到|达到了|完成|实现|突破|超过|累计|总计|合计|占|占比|平均为|新增|共|计)$/;
const DOWN_VERB = /^(?:同比|比上年|较上年|分别|年均|累计)?(?:下降|降低|减少|削减|回落|下滑|减产|负增长|缩减|萎缩|下跌|回调)$|^(?:降幅|跌幅|下降幅度|下降率)/;
const UP_VERB = /增长|提高|提升|上涨|增加|回升|增产|上升|扩大|比增|加快/;
const BELOW_VERB = /^(?:低于|慢于|少于)$/;
const ABOVE_VERB = /^(?:高于|快于|好于|超过|多于|不低于)$/;

/** Direction of a record (see `Indicator.direction`). */
export function directionOf(r: SemanticInput): Direction | null {
  if (r.qualitative || r.value === null) return null;
  const v = r.verb;
  if (r.relative) {
    if (BELOW_VERB.test(v)) return 'down';
    if (ABOVE_VERB.test(v)) return 'up';
  }
  if (/^(?:降幅|跌幅|下降幅度|下降率)/.test(v) || DOWN_VERB.test(v)) return 'down';
  if (LEVEL_VERB.test(v)) return 'level';
  if (r.value < 0) return 'down';
  if (UP_VERB.test(v)) return 'up';
  return 'level';
}

/** Signed value and upper: a decrease is negative, the range keeps lower ≤ upper. */
export function signedOf(r: SemanticInput): { value: number | null; upper: number | null } {
  if (r.signedValue !== undefined) return { value: r.signedValue, upper: r.signedUpper ?? null };
  if (r.value === null) return { value: null, upper: null };
  const d = r.direction !== undefined ? r.direction : directionOf(r);
  if (d !== 'down') return { value: r.value, upper: r.upper };
  const lo = -Math.abs(r.upper ?? r.value);
  const hi = r.upper !== null ? -Math.abs(r.value) : null;
  return { value: lo, upper: hi };
}

// ---- bound ----------------------------------------------------------------------------------

/** Indicators where less is better: their targets are ceilings even when written 左右 or bare. */
const LOWER_IS_BETTER_KEYS = new Set(['cpi', 'unemployment_surveyed', 'unemployment_registered', 'pm25', 'energy_intensity', 'co2_intensity']);
const LOWER_IS_BETTER_NAME = /失业率|价格|物价|涨幅|能耗|排放|浓度|赤字|负债率|债务率|死亡|事故|PM2\.?5/;
const CEILING_VERB = /控制|不超过|不高于|(?<!不)低于/;
const FLOOR_VERB = /不低于|(?<!不)高于|(?<!不)超过|突破|快于/;

/** Less is better for this indicator (CPI, unemployment, energy intensity …). */
export function lowerIsBetter(r: Pick<Indicator, 'canonical' | 'name'>): boolean {
  return (r.canonical !== null && LOWER_IS_BETTER_KEYS.has(r.canonical)) || LOWER_IS_BETTER_NAME.test(r.name);
}

/**
 * The bound of a target on signed values (see `Indicator.bound`): `3%左右` CPI → ceiling,
 * `5.5%以内` unemployment → ceiling, growth `6%左右` → point, `4.5%以上` → floor, `6-6.5%` → range,
 * 能耗`下降3%` → ceiling (the signed change −3 or less).
 */
export function boundOf(r: SemanticInput): TargetBound | null {
  if (r.kind !== 'target' || r.qualitative || r.value === null) return null;
  const q = r.qualifier;
  const atLeast = q === '以上' || FLOOR_VERB.test(r.verb);
  const atMost = q === '以内' || q === '以下' || CEILING_VERB.test(r.verb);
  const approx = q === '左右' || q === '上下';
  const d = r.direction !== undefined ? r.direction : directionOf(r);
  if (d === 'down' && !r.relative) {
    // a decrease to reach: at least x (−x or less) unless "no more than" (以内)
    return atMost && !/控制|不超过/.test(r.verb) ? 'floor' : 'ceiling';
  }
  if (atMost) return 'ceiling';
  if (atLeast) return 'floor';
  if (lowerIsBetter(r as Pick<Indicator, 'canonical' | 'name'>)) return 'ceiling';
  if (r.upper !== null) return 'range';
  return approx ? 'point' : 'floor';
}

// ---- years ----------------------------------------------------------------------------------

const FIVE_YEAR_PLANS: Record<string, number> = { 十五: 2001, 十一五: 2006, 十二五: 2011, 十三五: 2016, 十四五: 2021, 十五五: 2026 };
const PLAN_PERIOD_RE = /[“"]?(十[一二三四五]?五)[”"]?(?:时期|期间|规划期|以来)/g;
const PAST_FIVE_RE = /过去五年|五年来|五年间|过去的五年|本届政府(?:任期)?以来|五年里/;
const NEXT_FIVE_RE = /今后五年|未来五年|今后五年间/;
const YEAR_RANGE_RE = /((?:19|20)\d{2})(?:年)?(?:—|-|~|至|到)((?:19|20)\d{2})年/g;
const YEAR_RE = /(?<![比较与同是为自从])((?:19|20)\d{2})年(?!以来|来|底前|前|的|比|相比|同期|水平)/g;

function lastMatch(re: RegExp, s: string): RegExpExecArray | null {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  let last: RegExpExecArray | null = null;
  while ((m = re.exec(s))) last = m;
  return last;
}

/** Where the paragraph (line) before `offset` starts, at most 600 characters back. */
function paragraphStart(text: string, offset: number, lineStartOf?: (offset: number) => number): number {
  const from = Math.max(0, offset - 600);
  // the line index's answer (a lookup), else a bounded walk back to the last line break
  if (lineStartOf) return Math.max(from, lineStartOf(offset));
  let k = offset - 1;
  while (k >= from && text.charCodeAt(k) !== 10) k--;
  return k + 1;
}

/**
 * Does the paragraph before `at` name the past (or next) five years? With the report's phrase
 * occurrences (see SentenceFacts) a lookup, else the regex over the paragraph.
 */
function paragraphNamesFive(text: string, at: number, f: SentenceFacts, next: boolean): boolean {
  const from = paragraphStart(text, at, f.lineStartOf);
  const occ = next ? f.nextFive : f.pastFive;
  if (occ) return occursWithin(occ, from, at);
  return (next ? NEXT_FIVE_RE : PAST_FIVE_RE).test(text.slice(from, at));
}

/** PAST_FIVE_RE and NEXT_FIVE_RE as scanners (global: every occurrence in a region, see phraseOccurrences). */
const PAST_FIVE_SCAN = new RegExp(PAST_FIVE_RE.source, 'g');
const NEXT_FIVE_SCAN = new RegExp(NEXT_FIVE_RE.source, 'g');

/**
 * [from, to] years a record refers to (see `Indicator.dataYear`). `inReview` says whether the
 * record stands before the plan part of the report.
 */
export function yearsOf(text: string, r: Pick<Indicator, 'kind' | 'start' | 'sentence'> & { valueSpan?: Span | null },
  year: number | null, inReview: boolean, facts?: SentenceFacts): [number | null, number] | null {
  const at = r.valueSpan ? r.valueSpan.start : r.start;
  const f = at <= r.sentence.end ? facts ?? sentenceFacts(text, r.sentence) : ANY_FACTS;
  const y = singleOrPeriod(text, r, year, inReview, f);
  // a change since a written base year (分别比1997年增长85.3%): the years after the base
  const base = y && y[0] === y[1] && f.year ? SINCE_BASE_RE.exec(text.slice(Math.max(r.sentence.start, at - 24), at)) : null;
  if (y && base && Number(base[1]) < y[1] - 1 && y[1] - Number(base[1]) <= 30) return [Number(base[1]) + 1, y[1]];
  // an average over years (年均增长, 5年年均) is no figure of one year: its period, or an unknown start
  if (!y || y[0] !== y[1] || !AVERAGE_RE.test(text.slice(Math.max(r.sentence.start, at - 12), at))) return y;
  const sentence = text.slice(Math.max(r.sentence.start, at - 160), at);
  const n = lastMatch(YEARS_COUNT_RE, sentence);
  const count = n ? (/\d/.test(n[1]) ? Number(n[1]) : CN_DIGITS.indexOf(n[1])) : paragraphNamesFive(text, at, f, false) ? 5 : 0;
  return count >= 2 && count <= 30 ? [y[1] - count + 1, y[1]] : [null, y[1]];
}

/**
 * What a sentence holds that the year readers look for, read once per sentence: each reader's regex
 * runs only where it can match (the windows it reads lie inside the sentence).
 */
export interface SentenceFacts {
  /** A 19xx / 20xx number (written years, year ranges, base years). */
  year: boolean;
  /** A 五 (十四五, 五年来, 今后五年). */
  five: boolean;
  /**
   * The report's occurrences of the past / next five-year phrases, when known: a paragraph window is
   * then read by a lookup, not by a regex over up to 600 characters per record.
   */
  pastFive?: Occurrences;
  nextFive?: Occurrences;
  /** Start of the line holding an offset (see SemanticsScope.lineStartOf). */
  lineStartOf?: (offset: number) => number;
}
const ANY_FACTS: SentenceFacts = { year: true, five: true };

const CENTURY_RE = /(?:19|20)\d\d/;

export function sentenceFacts(text: string, s: Span): SentenceFacts {
  const t = text.slice(s.start, s.end);
  return { year: CENTURY_RE.test(t), five: t.includes('五') };
}

/** sentenceFacts of the records of one report, in text order: one reading per sentence. */
function factsCache(text: string, five: { pastFive: Occurrences; nextFive: Occurrences } | undefined,
  lineStartOf: ((offset: number) => number) | undefined): (s: Span) => SentenceFacts {
  let last: Span | null = null;
  let facts = ANY_FACTS;
  return (s: Span): SentenceFacts => {
    if (!last || last.start !== s.start || last.end !== s.end) {
      last = s;
      const f = sentenceFacts(text, s);
      facts = { year: f.year, five: f.five, pastFive: five?.pastFive, nextFive: five?.nextFive, lineStartOf };
    }
    return facts;
  };
}

const OWN_YEAR_RE = /(?:由|从|到|至|达|为)((?:19|20)\d{2})年(?:末|底)?的?$/;
const SINCE_BASE_RE = /比((?:19|20)\d{2})年(?:末|底)?[^,;。]{0,12}$/;
const AVERAGE_RE = /年均|平均每年|每年平均|年平均/;
const YEARS_COUNT_RE = /(?<![\d〇零一二三四五六七八九])(\d{1,2}|[二三四五六七八九十])年(?:来|间|里|中|内)?(?:年均|平均|,)/g;
const CN_DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

function singleOrPeriod(text: string, r: Pick<Indicator, 'kind' | 'start' | 'sentence'> & { valueSpan?: Span | null },
  year: number | null, inReview: boolean, f: SentenceFacts): [number, number] | null {
  const at = r.valueSpan ? r.valueSpan.start : r.start;
  // the sentence before the value, at most 160 characters back (a long enumeration stays linear)
  const sentence = text.slice(Math.max(r.sentence.start, at - 160), Math.max(r.sentence.start, at));
  // a period written in the sentence: 2021—2025年, “十四五”时期
  const range = f.year ? lastMatch(YEAR_RANGE_RE, sentence) : null;
  if (range) {
    const a = Number(range[1]);
    const b = Number(range[2]);
    if (b > a && b - a <= 10) return [a, b];
  }
  const plan = !f.five || /今年/.test(sentence) ? null : lastMatch(PLAN_PERIOD_RE, sentence);
  if (plan && FIVE_YEAR_PLANS[plan[1]] !== undefined) {
    const a = FIVE_YEAR_PLANS[plan[1]];
    return [a, a + 4];
  }
  // 由2002年的4330.4亿元增长到2007年的9006.2亿元: the year written right before the value
  const own = f.year ? OWN_YEAR_RE.exec(sentence.slice(-16)) : null;
  if (own) return [Number(own[1]), Number(own[1])];
  const written = f.year ? lastMatch(YEAR_RE, sentence) : null;
  if (written) {
    const y = Number(written[1]);
    if (year === null || Math.abs(y - year) <= 15) return [y, y];
  }
  if (year === null) return null;
  if (f.five && NEXT_FIVE_RE.test(sentence) && r.kind !== 'target') return [year, year + 4];
  // the paragraph before the value (which may start before the sentence), read only when a test needs it
  // (the paragraph is at most 600 characters back: without a 五 or 本 there, neither regex can match)
  if (inReview && (r.kind !== 'actual' || /年均|累计|五年/.test(sentence)) &&
    paragraphNamesFive(text, at, f, false)) return [year - 5, year - 1];
  if (!inReview && r.kind !== 'target' && paragraphNamesFive(text, at, f, true)) return [year, year + 4];
  if (/今年/.test(sentence)) return [year, year];
  if (/去年|上年|过去一年/.test(sentence) && r.kind !== 'target') return [year - 1, year - 1];
  if (r.kind === 'target') return [year, year];
  if (r.kind === 'actual') return [year - 1, year - 1];
  return inReview ? [year - 1, year - 1] : [year, year];
}

// ---- attribution ----------------------------------------------------------------------------

/** The fields of a record as extraction makes it (see `extra` in applySemantics). */
const RECORD_KEYS = new Set(['kind', 'name', 'canonical', 'verb', 'value', 'upper', 'unit', 'qualifier', 'aim', 'qualitative', 'relative',
  'line', 'column', 'text', 'start', 'end', 'sentence', 'valueSpan', 'direction', 'signedValue', 'signedUpper', 'dataYear', 'dataYearFrom',
  'bound', 'confidence', 'confidenceNote']);
const NUMBER_LIST_BEFORE = /\d(?:\.\d+)?、$/;
const CLAUSE_BREAK = /[,;:。!?\n]/;
const LIST_UNIT_RE = /^(?:[、,和及与]\s?-?\d+(?:\.\d+)?){1,6}\s?(个百分点|百分点|%|亿元|万元|元|万人|倍)/;

/** Start of the clause holding `at` (after the last , ; : 。 of the sentence). */
function clauseStart(text: string, sentence: Span, at: number): number {
  for (let k = at - 1; k >= sentence.start && k >= at - 60; k--) if (CLAUSE_BREAK.test(text[k])) return k + 1;
  return Math.max(sentence.start, at - 60);
}

function sameSentence(a: Indicator, b: Indicator): boolean {
  return a.sentence.start === b.sentence.start && a.sentence.end === b.sentence.end;
}

/** A confidence note with one more reason. */
function withNote(note: string, why: string): string {
  return note ? `${note}; ${why}` : why;
}

function isPercentish(unit: string): boolean {
  return unit === '%' || unit === '个百分点' || unit === '百分点';
}

/**
 * The semantic post-pass over one report's records (in text order): repairs or drops names that are
 * no names, refines lexicon keys, shares a listed unit (1.8、1.7、1.5个百分点), and sets direction,
 * signed values, data years, target bounds and confidence. Returns a new array; records made by
 * extraction (which hold every field) are filled in place, others are copied.
 */
export function applySemantics(records: Indicator[], text: string, scope: SemanticsScope): Indicator[] {
  const firstTarget = records.find(r => r.kind === 'target' && !r.qualitative);
  // the plan part starts at the first target (a report may review the year in its third section),
  // else at the second top-level section
  const boundary = firstTarget ? firstTarget.sentence.start : scope.planStart ?? Number.MAX_SAFE_INTEGER;
  const out: Indicator[] = [];
  const extra = records.length > 0 && Object.keys(records[0]).some(k => !RECORD_KEYS.has(k));
  // the last record with a real name, and the last with a comparison, of the current sentence
  let named: Indicator | undefined;
  let compared: Indicator | undefined;
  // the five-year phrases the records' paragraph windows may hold (searched once for the report)
  let lo = Infinity;
  let hi = -Infinity;
  for (const r of records) {
    const at = r.valueSpan ? r.valueSpan.start : r.start;
    if (at < lo) lo = at;
    if (at > hi) hi = at;
  }
  const region = (re: RegExp): Occurrences => phraseOccurrences(text, Math.max(0, lo - 600), Math.min(text.length, hi), re);
  const factsOf = factsCache(text, records.length ? { pastFive: region(PAST_FIVE_SCAN), nextFive: region(NEXT_FIVE_SCAN) } : undefined,
    scope.lineStartOf);
  for (const src of records) {
    if (named && !sameSentence(named, src)) named = undefined;
    if (compared && !sameSentence(compared, src)) compared = undefined;
    // locals first, one object of one shape at the end (adding fields one by one is slow)
    let name = src.name;
    let canonical = src.canonical;
    let verb = src.verb;
    let relative = src.relative;
    let unit = src.unit;
    let note = '';
    // names that are a unit, a number or a fragment: re-read the words before the number, else
    // take the previous name of the sentence; a quantity with no name at all is no indicator
    let junk = isJunkName(name);
    if (junk) {
      const at = src.valueSpan ? src.valueSpan.start : src.start;
      const lead = readLead(text, clauseStart(text, src.sentence, at), at);
      if (!isJunkName(lead.name) && !isWeakName(lead.name) && lead.name.length <= 24 && !/[\d%]/.test(lead.name)) {
        name = lead.name;
        note = withNote(note, 'name read from the words before the number');
      } else if (named && !src.qualitative) {
        name = named.name;
        note = withNote(note, 'name taken from the previous record of the sentence');
      } else if (src.kind === 'other') {
        continue;
      } else {
        name = '';
        note = withNote(note, 'no indicator name');
      }
      canonical = refineCanonical(name, canonicalOf(name));
      junk = isJunkName(name);
    } else if (canonical) {
      canonical = refineCanonical(name, canonical);
    }
    // a later value of a number list (分别高于全国、全省、焦作市1.8、1.7、1.5个百分点): it shares the
    // verb and the comparison of the list's first value, and which comparison it is stays uncertain
    const vs = src.valueSpan;
    if (vs && !relative && !verb && compared && NUMBER_LIST_BEFORE.test(text.slice(Math.max(0, vs.start - 12), vs.start))) {
      verb = compared.verb;
      relative = compared.relative;
      note = withNote(note, 'a later value of a number list');
    }
    // a unit-less number in a list that ends with a unit: 高于全国、全省1.8、1.7个百分点
    if (!unit && vs && !src.qualitative) {
      const m = LIST_UNIT_RE.exec(text.slice(vs.end, vs.end + 60));
      if (m) unit = m[1];
    }
    // 高于全国、全省平均水平2.6、2.5个百分点: which value goes with which comparison is uncertain
    if (relative && relative.includes('、') && !note) note = withNote(note, 'compared with a list');
    const base: SemanticInput = { kind: src.kind, name, canonical, verb, value: src.value, upper: src.upper, unit, qualifier: src.qualifier,
      qualitative: src.qualitative, relative, direction: undefined, signedValue: undefined, signedUpper: undefined };
    const direction = directionOf(base);
    base.direction = direction;
    const signed = signedOf(base);
    const years = yearsOf(text, src, scope.year, src.start < boundary, factsOf(src.sentence));
    const dataYear = years ? years[1] : null;
    const dataYearFrom = years ? years[0] : null;
    const bound = boundOf(base);
    const confidence = note ? 'low' as const : 'high' as const;
    // a record made by extraction already holds every field, in this order (see makeRecord): it is
    // filled in place, no copy. Else a literal of one shape is several times faster than a spread;
    // records with fields this module does not know (added elsewhere) keep them through the spread
    const r: Indicator = !extra && 'confidenceNote' in src ? fillSemantics(src, name, canonical, verb, unit, relative, direction,
      signed, dataYear, dataYearFrom, bound, confidence, note) : extra ? {
      ...src, name, canonical, verb, unit, relative, direction, signedValue: signed.value, signedUpper: signed.upper,
      dataYear, dataYearFrom, bound, confidence, confidenceNote: note,
    } : {
      kind: src.kind, name, canonical, verb, value: src.value, upper: src.upper, unit, qualifier: src.qualifier,
      aim: src.aim, qualitative: src.qualitative, relative, line: src.line, column: src.column, text: src.text,
      start: src.start, end: src.end, sentence: src.sentence, valueSpan: vs,
      direction, signedValue: signed.value, signedUpper: signed.upper, dataYear,
      dataYearFrom, bound, confidence, confidenceNote: note,
    };
    out.push(r);
    if (!junk) named = r;
    if (relative) compared = r;
  }
  markDuplicateTargets(out);
  return out;
}

/** applySemantics' fields set on a record that already has them all (the extraction's own record). */
function fillSemantics(r: Indicator, name: string, canonical: string | null, verb: string, unit: string, relative: string | null,
  direction: Indicator['direction'], signed: { value: number | null; upper: number | null }, dataYear: number | null,
  dataYearFrom: number | null, bound: Indicator['bound'], confidence: 'high' | 'low', note: string): Indicator {
  r.name = name;
  r.canonical = canonical;
  r.verb = verb;
  r.unit = unit;
  r.relative = relative;
  r.direction = direction;
  r.signedValue = signed.value;
  r.signedUpper = signed.upper;
  r.dataYear = dataYear;
  r.dataYearFrom = dataYearFrom;
  r.bound = bound;
  r.confidence = confidence;
  r.confidenceNote = note;
  return r;
}

/**
 * A second statement of the same target (an explanatory 提出国内生产总值8%左右 beside the list):
 * the record in the sentence with the most targets stays, the others are low-confidence.
 */
function markDuplicateTargets(records: Indicator[]): void {
  const perSentence = new Map<number, number>();
  for (const r of records) if (r.kind === 'target') perSentence.set(r.sentence.start, (perSentence.get(r.sentence.start) ?? 0) + 1);
  const groups = new Map<string, Indicator[]>();
  for (const r of records) {
    if (r.kind !== 'target' || !r.canonical || r.value === null || r.relative) continue;
    // a five-year average beside the year's target is another target, not a second statement
    if (r.dataYearFrom !== r.dataYear) continue;
    const k = `${r.canonical}|${r.dataYear}|${isPercentish(r.unit) ? '%' : r.unit}|${r.direction === 'down' ? 'down' : 'up'}`;
    groups.set(k, [...(groups.get(k) ?? []), r]);
  }
  for (const list of groups.values()) {
    if (list.length < 2) continue;
    let best = list[0];
    for (const r of list) if ((perSentence.get(r.sentence.start) ?? 0) > (perSentence.get(best.sentence.start) ?? 0)) best = r;
    for (const r of list) {
      // the values of one sentence (分别下降3.5%、3%左右和4%; 增长8%，力争8.5%) are one statement
      if (r === best || r.confidence === 'low' || r.sentence.start === best.sentence.start) continue;
      r.confidence = 'low';
      r.confidenceNote = r.confidenceNote ? `${r.confidenceNote}; another statement of the target` : 'another statement of the target';
    }
  }
}

/** Low-confidence records stay out of Compare unless asked for. */
export function isConfident(r: Pick<Indicator, 'confidence'>): boolean {
  return r.confidence !== 'low';
}

/** "2022" or "2018–2022" for a record's data years, "" when unknown. */
export function dataYearLabel(r: Pick<Indicator, 'dataYear' | 'dataYearFrom'>): string {
  if (r.dataYear === null || r.dataYear === undefined) return '';
  return r.dataYearFrom !== null && r.dataYearFrom !== undefined && r.dataYearFrom !== r.dataYear ? `${r.dataYearFrom}–${r.dataYear}` : String(r.dataYear);
}
