/**
 * Indicators of one report: the plan year's main expected targets, the headline results of the
 * year under review, and every other quantity.
 */
import type { Indicator, Quantity, Span } from './types';
import type { Sentence } from './sentences';
import { splitSentences } from './sentences';
import { sentenceRecords, RecordContext } from './records';
import { unitInfo, canonicalOf } from './lexicon';
import { cleanName, isWeakName } from './names';
import { phraseOccurrences, occursWithin } from './text';

function isCount(unit: string): boolean {
  const k = unitInfo(unit)?.kind;
  return k === 'count';
}

/** Words that make a 目标/指标 phrase one of the year's main targets (主要预期目标, 主要调控目标, 预期性指标 …). */
const TARGET_QUALIFIERS = '主要|预期|预测|调控|计划|发展|经济|奋斗|总体|约束|增长';
/**
 * The phrase that introduces the year's targets: a qualifier, then 目标 / 指标 / 预期 within a few
 * characters, then 是 / 为 / 如下 / a colon (主要预期目标是：, 预期性指标主要是：, 主要指标建议为：,
 * 2015年经济社会发展主要预期：, 生产总值增长目标确定为6.5%左右). Bounded gaps: linear time.
 */
const TRIGGER_RE = new RegExp(`(?:${TARGET_QUALIFIERS})[^。;,:!?]{0,10}?(?:目标|指标|预期)(?:[和与]?任务)?(?:的?计划)?` +
  '(?:主要|建议|预期|安排|确定|初步|拟定?|设定){0,2}(?:是|为|如下|\\*{0,4}:)');
const TARGET_WORD_RE = /目标|指标|预期/;
/** TARGET_WORD_RE as a scanner: where the target words stand in a report body (see phraseOccurrences). */
const TARGET_WORD_SCAN = new RegExp(TARGET_WORD_RE.source, 'g');
/** A sentence that names the targets without listing them; they follow in the next sentences (…预期目标作了适当调整。今年…). */
const LEAD_RE = /(?:主要|预期)[^。;,:!?]{0,8}?(?:目标|指标)/;
const LEAD_NOT_RE = /上述|以上|这些|实现|围绕|完成|确保|对照|差距|好于|高于|低于|超过|未|没有|不足|问题|困难|压力|以来|进入/;
const WEIGHING_RE = /^(?:综合考虑|综合各方面因素|综合研判|统筹考虑)/;
/** Sentences that end a list of targets: the plan's work, or an explanation of the targets. */
const STOP_CONTINUATION = new RegExp('^(?:这些|上述|以上|重点|围绕|为此|为实现|实现上述|实现这|完成上述|今年|我们|着力|突出|抓好|做好|必须|' +
  '这里|需要说明|提出|确定|设定|之所以|主要考虑|考虑到|这个|这一|这样|把|在实际工作中)');
const GROWTH_RE = /增长|下降|控制在|提高|提升|达到|比增|降低|增加|减少|削减|缩小|上涨|涨幅/;
const PAST_TARGET_RE = /年初|去年|上年|(?:会议|人大|大会|当初|原)(?:上)?(?:确定|提出|通过|下达)的|完成了|实现了|圆满完成|超额完成|全面完成|较好完成|基本完成|好于|执行情况|完成情况/;
const FIVE_YEAR_RE = /五年来|过去的?五年|五年间|这五年|五年平均|年均增长|年均增速|十[一二三四五六七八九]?五(?:期间|时期|以来|末|的)|[由从]20\d\d年的/;
/** The opening of the year under review: 过去一年, 2023年, 一年来, 刚刚过去的… */
const YEAR_OPEN_RE = /^[*#—\-\s]*(?:[（(][一二三四五六七八九十][)）]\s*)?(?:过去的?一年|去年|一年来|刚刚过去的|即将过去的|20\d\d年(?:是|,|，|以来|我们|全市|全省|全区|全县))/;
/** A lead to the next five years' goals (今后五年的主要目标是：, “十三五”…的总体要求是：). */
const PLAN_LEAD_RE = /(?:今后|未来)五年.{0,10}(?:目标|任务)(?:是|为)[:：]|“?十[一二三四五六]五”?.{0,16}(?:总体要求|主要目标|奋斗目标|目标任务)(?:是|为)[:：]/;
/** An item whose label is followed by the year's figures (——经济实力显著提升。全年地区生产总值…): it opens the year under review. */
const YEAR_ITEM_RE = /^(?:--|——)[^。]{2,24}。(?:全年|初步核算)/;
/** An item of a list of paragraphs (——, which width normalisation makes --, **…**, （一）, 一是). */
const ITEM_RE = /^(?:——|--|\*\*|[（(][一二三四五六七八九十]{1,2}[)）]|[一二三四五六七八九十]是)/;
/** Multi-year plans: 十四五, 今后五年, 到2025年, 2035年远景 … */
const MULTI_YEAR_RE = /十[一二三四五六七八九]?五(?![届次个条项日号])|五年|今后几年|未来几年|三年|中长期|远景|到20\d\d|20\d\d年前|20\d\d[-—~至到]20\d\d/g;
/** Words after a plan's name that make it the frame of the year (开局之年, 关键一年, 承上启下). */
const YEAR_OF_PLAN_RE = /之年|开局|收官|起步|第.年|关键一年|承上启下|开好局/;
/** A mention of the plan year (今年, 明年, 2024年) after a multi-year marker makes the targets the year's again. */
const THIS_YEAR_RE = /今年|明年|本年度?|(20\d\d)年(?!均|[-—~至到])/g;
/** Words of the review: a sentence with them is no target sentence without a trigger. */
const REVIEW_RE = /预计|初步核算|初步统计|完成了|实现了|去年|一季度|上半年|前三季度|1-\d{1,2}月|五年来|过去五年/;

interface Scope {
  /** Where the report body starts and ends (the 名词解释 section and chrome excluded). */
  body: Span;
  /** Spans whose quantities are not quantities (footnote markers, chrome lines). */
  skip: Span[];
  /** Start of the second top-level section (the plan part), when known. */
  planStart: number | null;
  /** Start of the first later top-level part whose title plans (今后五年…, …工作安排), when known: the review ends there. */
  reviewLimit?: number | null;
  /** Line width of hard-wrapped text (see hardWrapWidth), or null. */
  wrapWidth: number | null;
  /** The plan year of the report, when known (a 2025年 in its target sentence is this year, not a plan's end). */
  year?: number | null;
}

/** Index of the first item starting at or after `offset` (items sorted by start). */
function lowerBound(items: Span[], offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function overlapsAny(sorted: Span[], q: Span): boolean {
  const i = lowerBound(sorted, q.start);
  return (i < sorted.length && sorted[i].start < q.end) || (i > 0 && sorted[i - 1].end > q.start);
}

/** Quantities inside a sentence, minus those in skipped spans; O(log n + k). */
function quantitiesIn(qs: Quantity[], s: Span, skip: Span[]): Quantity[] {
  const out: Quantity[] = [];
  for (let i = lowerBound(qs, s.start); i < qs.length && qs[i].start < s.end; i++) {
    if (qs[i].end <= s.end && !overlapsAny(skip, qs[i])) out.push(qs[i]);
  }
  return out;
}

/** Where a record's value is (its name may be part of the target phrase: 经济增长预期目标为6%-6.5%). */
function valueAt(r: Indicator): number {
  return r.valueSpan ? r.valueSpan.start : r.start;
}

/**
 * A target whose name holds the target phrase (主要预期目标是生产总值增长10%): the name after the
 * phrase, when there is one (经济增长预期目标为6% keeps its name).
 */
function afterPhrase(ctx: RecordContext, r: Indicator, from: number): Indicator {
  const tail = ctx.text.slice(Math.max(r.start, from - 3), from);
  const k = r.name.lastIndexOf(tail);
  const name = k >= 0 ? cleanName(r.name.slice(k + tail.length)).name : '';
  if (!name || isWeakName(name)) return { ...r, kind: 'target' };
  const start = from + (ctx.text.slice(from).indexOf(name[0]) >>> 0);
  return { ...r, kind: 'target', name, canonical: canonicalOf(name), start, line: ctx.lineOf(start), column: ctx.columnOf(start),
    text: ctx.source.slice(start, r.end) };
}

/** A figure over several years (年均增长, 累计完成): no headline of the year under review. */
function multiYearRecord(r: Indicator): boolean {
  return MULTI_YEAR_FIGURE_RE.test(r.verb) || MULTI_YEAR_FIGURE_RE.test(r.text);
}
const MULTI_YEAR_FIGURE_RE = /年均|累计|年平均|平均每年|每年平均/;

/** A figure with a unit and a name (no verb needed): an item of the list a target phrase opens. */
function listedFigure(r: Indicator): boolean {
  return r.value !== null && r.unit !== '' && !r.qualitative && !isWeakName(r.name) && !multiYearRecord(r);
}

/** A record that can go on a list of targets: growth, a bound, a qualitative aim or a known indicator. */
function looksLikeTarget(r: Indicator): boolean {
  return r.qualitative || GROWTH_RE.test(r.verb) || (r.value !== null && r.qualifier !== '') || r.canonical !== null;
}

/**
 * Is `before` (the words before a target phrase) about a multi-year plan? True when it names one
 * (十四五, 今后五年, 到2025年) and does not come back to the plan year after it (对接“十四五”规划，提出今年…).
 */
function multiYear(before: string, year: number | null): boolean {
  let last = -1;
  MULTI_YEAR_RE.lastIndex = 0;
  for (let m; (m = MULTI_YEAR_RE.exec(before));) {
    // 2016年是实施“十三五”规划的开局之年: the marker describes the year
    if (YEAR_OF_PLAN_RE.test(before.slice(m.index + m[0].length, m.index + m[0].length + 12))) continue;
    last = m.index + m[0].length;
  }
  if (last < 0) return false;
  THIS_YEAR_RE.lastIndex = last;
  for (let m; (m = THIS_YEAR_RE.exec(before));) {
    if (!m[1] || year === null || Number(m[1]) === year) return false;
  }
  return true;
}

/** Does `t` name the plan year (今年, 明年, 2024年 — not 到2025年 or 2021年均)? */
function mentionsYear(t: string, year: number | null): boolean {
  THIS_YEAR_RE.lastIndex = 0;
  for (let m; (m = THIS_YEAR_RE.exec(t));) {
    if (m.index > 0 && t[m.index - 1] === '到') continue;
    if (!m[1] || year === null || Number(m[1]) === year) return true;
  }
  return false;
}

/** Where the year's targets start in a sentence: just after its target phrase, or -1. */
function triggerEnd(t: string, year: number | null, hasWord = TARGET_WORD_RE.test(t)): number {
  // most sentences hold no target word: that rules them out before the phrase regex
  if (!hasWord) return -1;
  const m = TRIGGER_RE.exec(t);
  if (!m) return -1;
  const before = t.slice(0, m.index);
  if (multiYear(before, year)) return -1;
  // last year's targets recalled in the review (年初确定的主要预期目标为…) are not this year's
  if (PAST_TARGET_RE.test(before) || PAST_TARGET_RE.test(m[0])) return -1;
  // 确定以上预期目标主要是基于两点考虑: an explanation of the targets already stated
  if (/(?:以上|上述|这些|这个|这一|实现|完成)$/.test(before)) return -1;
  const after = t.slice(m.index + m[0].length);
  // 主要目标是：到2025年… is a plan for a later year
  const by = /^[\s*:]*(?:确保|力争|争取|努力)?(到|在)?(20\d\d)年/.exec(after);
  if (by && (by[1] === '到' || (year !== null && Number(by[2]) > year))) return -1;
  return m.index + m[0].length;
}

interface TargetBlock {
  /** The block's sentences, each with the offset from which its records are targets. */
  items: Array<{ s: Sentence; from: number }>;
  score: number;
  firstPara: number;
  lastPara: number;
  start: number;
}

type RecordsOf = (s: Sentence) => Indicator[];

/** Sentences that go on listing targets after sentence `i` (same paragraph, or the lines of a list). */
function continueBlock(text: string, sentences: Sentence[], i: number, recordsOf: RecordsOf, listFollows: boolean,
  afterLead: boolean, block: TargetBlock): void {
  let gap = 0;
  for (let j = i + 1; j < sentences.length && j - i <= 30; j++) {
    const s = sentences[j];
    if (!listFollows && s.para !== sentences[i].para) break;
    const t = text.slice(s.start, s.end);
    if (STOP_CONTINUATION.test(t) && !(afterLead && block.items.length === 0)) break;
    const recs = recordsOf(s);
    if (!recs.length) {
      // a few words between the items (一是实现更有质量的增长。) in the same paragraph; in a list, an
      // item's heading before its targets on the same line (——保持经济快速增长。国内生产总值增长9.5%)
      const heading = listFollows ? t.length <= 30 && sentences[j + 1]?.para === s.para
        : gap < 2 && (block.items.length > 0 || afterLead);
      if (heading) { gap++; continue; }
      break;
    }
    const good = recs.filter(looksLikeTarget).length;
    if (!good || good * 2 < recs.length) break;
    // a list after a colon goes on line by line while every line is a target item
    if (listFollows && s.para !== sentences[i].para && good < recs.length) break;
    gap = 0;
    block.items.push({ s, from: s.start });
    block.lastPara = s.para;
  }
}

function scoreBlock(block: TargetBlock, recordsOf: RecordsOf): number {
  const recs = block.items.flatMap(({ s, from }) => recordsOf(s).filter(r => valueAt(r) >= from && looksLikeTarget(r)));
  const numeric = recs.filter(r => r.value !== null);
  if (!recs.length) return 0;
  // 年均增长: the targets of a five-year plan
  const yearly = numeric.filter(r => /年均/.test(r.verb) || /年均/.test(r.text)).length;
  if (numeric.length && yearly * 3 >= numeric.length) return 0;
  const canon = new Set(recs.filter(r => r.canonical).map(r => r.canonical));
  const gdp = numeric.some(r => r.canonical === 'gdp');
  if (!canon.size && numeric.filter(r => GROWTH_RE.test(r.verb)).length < 2) return 0;
  return canon.size + (gdp ? 3 : 0) + numeric.length * 0.1;
}

/**
 * The year's targets: blocks of sentences introduced by a target phrase (主要预期目标是：…), or by a
 * sentence naming the targets (…预期目标作了适当调整。), or, with neither, a weighing sentence of the
 * plan part (综合考虑…今年全市生产总值增长6%左右). Five-year plans and targets recalled in the review
 * are passed over; the best block is kept with the blocks next to it (预期性指标 … 约束性指标 …).
 */
function findTargets(text: string, sentences: Sentence[], recordsOf: RecordsOf, qsOf: (s: Sentence) => Quantity[],
  scope: Scope): Map<Sentence, number> {
  const year = scope.year ?? null;
  const blocks: TargetBlock[] = [];
  const inPlan = (s: { start: number }): boolean => scope.planStart === null || s.start >= scope.planStart;
  const newBlock = (s: Sentence): TargetBlock => ({ items: [], score: 0, firstPara: s.para, lastPara: s.para, start: s.start });
  // where the target words stand (one scan of the body, not a regex per sentence)
  const words = sentences.length ? phraseOccurrences(text, sentences[0].start, sentences[sentences.length - 1].end, TARGET_WORD_SCAN) : null;
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i];
    const t = text.slice(s.start, s.end);
    const hasWord = words ? occursWithin(words, s.start, s.end) : TARGET_WORD_RE.test(t);
    const end = triggerEnd(t, year, hasWord);
    let block: TargetBlock | null = null;
    if (end >= 0) {
      block = newBlock(s);
      const from = s.start + end;
      const recs = recordsOf(s).filter(r => valueAt(r) >= from);
      // "主要预期目标是：" closing its line: the targets follow as a list, one or a few per line
      const listFollows = recs.length === 0 && /:\**\s*$/.test(t);
      if (recs.length) block.items.push({ s, from });
      continueBlock(text, sentences, i, recordsOf, listFollows, !recs.length, block);
    } else {
      // a lead is a short sentence with no figures of its own
      const lead = t.length <= 80 && inPlan(s) && hasWord ? LEAD_RE.exec(t) : null;
      if (lead && !LEAD_NOT_RE.test(t) && !PAST_TARGET_RE.test(t) && !qsOf(s).some(q => q.unit) &&
        !multiYear(t.slice(0, lead.index), year)) {
        block = newBlock(s);
        continueBlock(text, sentences, i, recordsOf, false, true, block);
        // what follows a lead must hold numbers
        if (!block.items.some(({ s: x }) => recordsOf(x).some(r => r.value !== null && looksLikeTarget(r)))) block = null;
      }
    }
    if (!block || !block.items.length) continue;
    block.score = scoreBlock(block, recordsOf);
    if (block.score > 0) blocks.push(block);
  }
  if (!blocks.length) {
    // a weighing sentence of the plan part: 综合考虑…，今年全市生产总值增长6%左右，…
    for (let i = 0; i < sentences.length; i++) {
      const s = sentences[i];
      if (!inPlan(s)) continue;
      const t = text.slice(s.start, s.end);
      if (!qsOf(s).some(q => q.unit === '%')) continue;
      if (REVIEW_RE.test(t) || /到20\d\d年/.test(t)) continue;
      // the sentence or the words before it in its paragraph name the plan year (明年是…。…力争地区生产总值增长7%左右)
      let named = WEIGHING_RE.test(t) || mentionsYear(t, year);
      for (let k = i - 1; !named && k >= 0 && k >= i - 3 && sentences[k].para >= s.para - 2; k--) {
        named = mentionsYear(text.slice(sentences[k].start, sentences[k].end), year);
      }
      if (!named) continue;
      const recs = recordsOf(s);
      const gdp = recs.some(r => r.canonical === 'gdp' && r.unit === '%' && GROWTH_RE.test(r.verb) && !/年均/.test(r.verb));
      const growth = recs.filter(r => r.value !== null && GROWTH_RE.test(r.verb)).length;
      if (!gdp && !(WEIGHING_RE.test(t) && growth >= 2)) continue;
      const block = newBlock(s);
      block.items.push({ s, from: s.start });
      // a line of its own (地区生产总值1170亿元，增长14.5%;): the list goes on line by line
      const ownLine = sentences[i - 1]?.para !== s.para && sentences[i + 1]?.para !== s.para;
      continueBlock(text, sentences, i, recordsOf, ownLine, false, block);
      block.score = scoreBlock(block, recordsOf);
      if (block.score > 0) { blocks.push(block); break; }
    }
  }
  const out = new Map<Sentence, number>();
  if (!blocks.length) return out;
  // the best block of the plan part (after the review), with its neighbours
  const plan = blocks.filter(inPlan);
  const pool = plan.length ? plan : blocks;
  let best = pool[0];
  for (const b of pool) if (b.score > best.score) best = b;
  for (const b of pool) {
    if (b !== best && (b.firstPara > best.lastPara + 4 || b.lastPara < best.firstPara - 4)) continue;
    for (const { s, from } of b.items) if (!out.has(s) || out.get(s)! > from) out.set(s, from);
  }
  return out;
}

/** Words of the year under review in a five-year paragraph (预计, 全年, 2023年 for a 2024 report), one regex per year. */
const REVIEW_YEAR_RES = new Map<number | null, RegExp>();
function reviewYearRegex(year: number | null): RegExp {
  let re = REVIEW_YEAR_RES.get(year);
  if (!re) {
    re = new RegExp(`预计|全年|去年|上年${year ? `|${year - 1}年(?!均)` : ''}`);
    if (REVIEW_YEAR_RES.size >= 64) REVIEW_YEAR_RES.clear();
    REVIEW_YEAR_RES.set(year, re);
  }
  return re;
}

export function extractIndicators(ctx: RecordContext, allQuantities: Quantity[], scope: Scope): Indicator[] {
  const text = ctx.text;
  scope.skip.sort((a, b) => a.start - b.start);
  const sentences = splitSentences(text, scope.body.start, scope.body.end, ctx.lineOf, scope.wrapWidth, ctx.marks?.sentenceEnds);
  // each sentence's quantities are looked up once (the passes below ask for them again and again),
  // kept by the sentence's index (found by its start: sentences are in order and disjoint)
  const qsMemo = new Array<Quantity[] | undefined>(sentences.length);
  // the passes ask in text order mostly: the index after the last one asked is tried before a search
  let hint = 0;
  const qsOf = (s: Sentence): Quantity[] => {
    const i = sentences[hint] === s ? hint : lowerBound(sentences, s.start);
    if (sentences[i] !== s) return quantitiesIn(allQuantities, s, scope.skip);
    hint = i + 1;
    return (qsMemo[i] ??= quantitiesIn(allQuantities, s, scope.skip));
  };
  const kindOf = new Map<Sentence, 'target' | 'actual'>();
  // records are read once per sentence: in full (qualitative and unit-less values too) where a pass
  // needs to judge the sentence, plain (quantities with a unit) for every other sentence
  const full = new Map<Sentence, Indicator[]>();
  const recordsOf = (s: Sentence): Indicator[] => {
    let recs = full.get(s);
    if (!recs) {
      recs = sentenceRecords(ctx, s, qsOf(s), { kind: 'other', full: true });
      full.set(s, recs);
    }
    return recs;
  };
  const plainRecordsOf = (s: Sentence): Indicator[] => {
    const recs = full.get(s);
    if (recs) return recs.filter(r => r.unit && !r.qualitative);
    return sentenceRecords(ctx, s, qsOf(s), { kind: 'other', full: false });
  };

  // targets (sentences near a target phrase are read in full)
  const targetFrom = findTargets(text, sentences, recordsOf, qsOf, scope);
  let firstTarget = Infinity;
  for (const s of targetFrom.keys()) {
    kindOf.set(s, 'target');
    firstTarget = Math.min(firstTarget, s.start);
  }

  // headline actuals: the first paragraph of the review whose sentences list ≥ 2 lexicon indicators
  // (or GDP) with a growth rate; its sentences that name a lexicon indicator, and those of the next lines.
  // In a five-year review (过去五年 … 年均增长) only the sentences about the year under review count
  // (预计2005年达2379.8亿元，增长19.2%), and never a 年均 or 累计 figure.
  const reviewEnd = Math.min(firstTarget < Infinity ? firstTarget : scope.planStart ?? scope.body.end, scope.reviewLimit ?? Infinity);
  const reviewYearRe = reviewYearRegex(scope.year ?? null);
  const yearly = (recs: Indicator[]) => recs.filter(r => !multiYearRecord(r));
  // first without the five-year paragraphs, then, when that finds nothing, with their sentences about the year
  for (const fiveYear of [false, true]) {
    if (headline(fiveYear)) break;
  }
  function headline(fiveYear: boolean): boolean {
    let headLine = -1;
    let inFive = false;
    let goals = false;
    for (let i = 0; i < sentences.length && sentences[i].start < reviewEnd; ) {
      const line = sentences[i].para;
      let j = i;
      while (j < sentences.length && sentences[j].para === line && sentences[j].start < reviewEnd) j++;
      if (headLine >= 0 && line > headLine + 2) break;
      let para = sentences.slice(i, j).filter(s => !kindOf.has(s) && qsOf(s).length > 0);
      const paraText = text.slice(sentences[i].start, sentences[j - 1].end);
      // the goals of the next five years (今后五年的主要目标是：, then —— items) are no review, headed or not
      if (PLAN_LEAD_RE.test(paraText)) goals = true;
      else if (goals && !ITEM_RE.test(paraText)) goals = false;
      if (goals) { i = j; continue; }
      // a five-year review goes on over its —— items until a paragraph opens the year under review
      if (FIVE_YEAR_RE.test(paraText)) inFive = true;
      else if (YEAR_OPEN_RE.test(paraText) || YEAR_ITEM_RE.test(paraText) || !ITEM_RE.test(paraText)) inFive = false;
      if (headLine < 0 && inFive) {
        para = fiveYear ? para.filter(s => reviewYearRe.test(text.slice(s.start, s.end))) : [];
      }
      const recsOf = para.map(s => yearly(recordsOf(s)));
      const canon = new Set(recsOf.flat().filter(r => r.canonical).map(r => r.canonical));
      const growth = recsOf.flat().some(r => r.value !== null && r.unit === '%');
      if (headLine < 0 && growth && (canon.size >= 2 || canon.has('gdp'))) {
        para.forEach((s, k) => { if (recsOf[k].some(r => r.canonical)) kindOf.set(s, 'actual'); });
        // its sentences without figures that state a known indicator (居民消费价格涨幅保持较低水平)
        for (let k = i; k < j; k++) {
          const s = sentences[k];
          if (!kindOf.has(s) && !qsOf(s).length && recordsOf(s).some(r => r.qualitative && r.canonical)) kindOf.set(s, 'actual');
        }
        headLine = line;
      } else if (headLine >= 0) {
        // a following paragraph adds only sentences that list ≥ 2 lexicon indicators
        para.forEach((s, k) => {
          if (new Set(recsOf[k].filter(r => r.canonical).map(r => r.canonical)).size >= 2) kindOf.set(s, 'actual');
        });
      }
      i = j;
    }
    return headLine >= 0;
  }

  const out: Indicator[] = [];
  for (const s of sentences) {
    const qs = qsOf(s);
    const kind = kindOf.get(s);
    if (!kind && !qs.some(q => q.unit)) continue;
    if (!kind) {
      for (const r of plainRecordsOf(s)) out.push(r);
      continue;
    }
    const from = targetFrom.get(s) ?? s.start;
    // the sentence of the target phrase itself lists the targets: a figure there with a unit and a
    // name is one, verb or not (…新增城镇就业6万人，农牧区劳动力转移就业105万人次，…)
    const phraseSentence = kind === 'target' && from > s.start;
    for (const r of recordsOf(s)) {
      if (kind === 'target' && (valueAt(r) < from || !(looksLikeTarget(r) || (phraseSentence && listedFigure(r))))) {
        // words before the target phrase, and what is no target in a target sentence
        if (r.unit && !r.qualitative) out.push(r);
      } else if (kind === 'target' && r.start < from) {
        out.push(afterPhrase(ctx, r, from));
      } else if (kind === 'actual' && r.qualitative && !r.canonical) {
        // a qualitative phrase of a headline sentence is a headline only for a known indicator
      } else if (kind === 'actual' && ((!r.canonical && isCount(r.unit)) || multiYearRecord(r))) {
        // counts in a headline sentence (出台政策133条) and five-year figures are no headline indicators
        if (r.unit && !r.qualitative) out.push(r);
      } else {
        // the record is this sentence's own (read once, output once): its kind is set in place
        r.kind = kind;
        out.push(r);
      }
    }
  }
  return out;
}
