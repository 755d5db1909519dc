/**
 * Indicators of one report: the plan year's main expected targets, the headline results of the
 * year under review, and every other quantity.
 */
import type { Indicator, Quantity, Span } from './types';
import type { Sentence } from './sentences';
import { splitSentences } from './sentences';
import { sentenceRecords, RecordContext } from './records';
import { TARGET_TRIGGERS, MULTI_YEAR_MARKERS, alternation, unitInfo } from './lexicon';

function isCount(unit: string): boolean {
  const k = unitInfo(unit)?.kind;
  return k === 'count';
}

const TRIGGER_RE = new RegExp(`(?:${alternation(TARGET_TRIGGERS)})[^。,;]{0,8}?(?:是|为|如下|:)`);
const WEIGHING_RE = /^(?:综合考虑|综合各方面因素|综合研判|统筹考虑)/;
const STOP_CONTINUATION = /^(?:这些|上述|重点|围绕|为此|为实现|实现上述|今年|我们)/;
const GROWTH_RE = /增长|下降|控制在|提高|达到|比增/;
const PAST_TARGET_RE = /年初|去年|上年|确定的|提出的|完成了|实现了|圆满完成|超额完成/;
const FIVE_YEAR_RE = /五年来|过去五年|五年间|年均增长|年均增速/;

interface Scope {
  /** Where the report body starts and ends (the 名词解释 section and chrome excluded). */
  body: Span;
  /** Spans whose quantities are not quantities (footnote markers, chrome lines). */
  skip: Span[];
  /** Start of the second top-level section (the plan part), when known. */
  planStart: number | null;
  /** Line width of hard-wrapped text (see hardWrapWidth), or null. */
  wrapWidth: number | null;
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

/** A record that can go on a list of targets: growth, a bound, a qualitative aim or a known indicator. */
function looksLikeTarget(r: Indicator): boolean {
  return r.qualitative || GROWTH_RE.test(r.verb) || (r.value !== null && r.qualifier !== '') || r.canonical !== null;
}

function isTargetSentence(text: string, s: Sentence): boolean {
  const t = text.slice(s.start, s.end);
  const m = TRIGGER_RE.exec(t);
  if (m) {
    const before = t.slice(0, m.index);
    if (MULTI_YEAR_MARKERS.some(w => before.includes(w))) return false;
    // last year's targets recalled in the review (年初确定的主要预期目标为…) are not this year's
    if (PAST_TARGET_RE.test(before)) return false;
    const after = t.slice(m.index + m[0].length).replace(/^:/, '');
    // the targets follow in the sentence, or as a list after a closing colon
    return after.length > 4 || /:\s*$/.test(t);
  }
  return WEIGHING_RE.test(t) && /今年|明年|\d{4}年/.test(t) && /增长\d/.test(t) && !MULTI_YEAR_MARKERS.some(w => t.includes(w));
}

export function extractIndicators(ctx: RecordContext, allQuantities: Quantity[], scope: Scope): Indicator[] {
  const text = ctx.text;
  scope.skip.sort((a, b) => a.start - b.start);
  const sentences = splitSentences(text, scope.body.start, scope.body.end, ctx.lineOf, scope.wrapWidth);
  const qsOf = (s: Sentence) => quantitiesIn(allQuantities, s, scope.skip);
  const kindOf = new Map<Sentence, 'target' | 'actual'>();
  // records are read once per sentence and kind, whichever pass asks first
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

  // targets: the trigger sentence(s) and the sentences that go on listing targets in the same paragraph
  let firstTarget = -1;
  for (let i = 0; i < sentences.length; i++) {
    if (!isTargetSentence(text, sentences[i])) continue;
    const recs = recordsOf(sentences[i]);
    const t = text.slice(sentences[i].start, sentences[i].end);
    // "主要预期目标是：" closing its line: the targets follow as a list, one or a few per line
    const listFollows = recs.length === 0 && /:\s*$/.test(t);
    // an explicit "主要预期目标是：" sentence may list a single target; a weighing sentence needs two
    if (!listFollows && recs.length < (TRIGGER_RE.test(t) ? 1 : 2)) continue;
    if (firstTarget < 0) firstTarget = i;
    kindOf.set(sentences[i], 'target');
    for (let j = i + 1; j < sentences.length && j - i <= 30; j++) {
      if (!listFollows && sentences[j].para !== sentences[i].para) break;
      const next = text.slice(sentences[j].start, sentences[j].end);
      if (STOP_CONTINUATION.test(next)) break;
      const more = recordsOf(sentences[j]);
      if (!more.length || !more.every(looksLikeTarget)) break;
      kindOf.set(sentences[j], 'target');
    }
  }

  // headline actuals: the first paragraph of the review whose sentences list ≥ 2 lexicon indicators
  // with a growth rate; its sentences that name a lexicon indicator, and those of the next lines
  const reviewEnd = firstTarget >= 0 ? sentences[firstTarget].start : scope.planStart ?? scope.body.end;
  let headLine = -1;
  for (let i = 0; i < sentences.length && sentences[i].start < reviewEnd; ) {
    const line = sentences[i].para;
    let j = i;
    while (j < sentences.length && sentences[j].para === line && sentences[j].start < reviewEnd) j++;
    if (headLine >= 0 && line > headLine + 2) break;
    const para = sentences.slice(i, j).filter(s => !kindOf.has(s) && qsOf(s).length > 0);
    // a five-year review (过去五年 … 年均增长) is no headline of the year under review
    if (headLine < 0 && FIVE_YEAR_RE.test(text.slice(sentences[i].start, sentences[j - 1].end))) { i = j; continue; }
    const recsOf = para.map(s => recordsOf(s));
    const canon = new Set(recsOf.flat().filter(r => r.canonical).map(r => r.canonical));
    const growth = recsOf.flat().some(r => r.value !== null && r.unit === '%');
    if (headLine < 0 && canon.size >= 2 && growth) {
      para.forEach((s, k) => { if (recsOf[k].some(r => r.canonical)) kindOf.set(s, 'actual'); });
      headLine = line;
    } else if (headLine >= 0) {
      // a following paragraph adds only sentences that list ≥ 2 lexicon indicators
      para.forEach((s, k) => {
        if (new Set(recsOf[k].filter(r => r.canonical).map(r => r.canonical)).size >= 2) kindOf.set(s, 'actual');
      });
    }
    i = j;
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
    for (const r of recordsOf(s)) {
      if (kind === 'actual' && !r.canonical && isCount(r.unit)) {
        // counts in a headline sentence (出台政策133条) are no headline indicators
        out.push(r);
      } else {
        out.push({ ...r, kind });
      }
    }
  }
  return out;
}
