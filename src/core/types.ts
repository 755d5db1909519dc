/**
 * Plain data types returned by the analysis core. Every position is a UTF-16 offset into the
 * analysed text (`start` inclusive, `end` exclusive) plus a 1-based `line` (and 1-based `column`
 * where given). Nothing here depends on `vscode` or on Node.
 */

export interface Span {
  /** UTF-16 offset of the first character. */
  start: number;
  /** UTF-16 offset just after the last character. */
  end: number;
}

export interface OutlineNode extends Span {
  /** 1 = 一、/ 第一部分 / standalone section title; 2 = （一）; 3 = 1. / 1、; 4 = （1）; 5 = 第一，… */
  level: number;
  /** The heading text as written (without surrounding `**` or blanks). */
  text: string;
  /** 1-based line of the heading. */
  line: number;
  /** Offset where the heading text ends (`end` is the end of the section's body). */
  headingEnd: number;
  children: OutlineNode[];
}

export type IndicatorKind = 'target' | 'actual' | 'other';
export type Qualifier = '' | '左右' | '以上' | '以内' | '以下' | '上下';

export interface Quantity extends Span {
  value: number;
  upper: number | null;
  /** Unit as written after the number ("%", "个百分点", "亿元", "万人" …); "" when none. */
  unit: string;
  qualifier: Qualifier;
  /** 约 / 近 / 超 / 逾 / 达 written before the number, "" when none. */
  prefix: string;
}

export interface Indicator extends Span {
  kind: IndicatorKind;
  name: string;
  /** Key of the indicator lexicon (data/indicators.json), or null. */
  canonical: string | null;
  verb: string;
  value: number | null;
  upper: number | null;
  unit: string;
  qualifier: Qualifier;
  /** 力争 / 努力 / 争取 written before the value. */
  aim: boolean;
  qualitative: boolean;
  /** For relative targets ("高于全省1个百分点"): what it is relative to. */
  relative: string | null;
  line: number;
  column: number;
  /** Exact substring of the input at [start, end). */
  text: string;
  /** Span of the sentence the record was read from. */
  sentence: Span;
  /** Span of the number itself (null for qualitative records). */
  valueSpan: Span | null;
  // ---- semantics (src/core/semantics.ts): set on every record `analyze` returns; optional so that
  // hand-built records stay valid; read them through semantics.ts helpers when unsure ----
  /**
   * What the value measures: 'up' an increase (增长8%), 'down' a decrease (下降8.8%, 降幅9.6%,
   * 负增长, -2.5%), 'level' a level or amount (达到, 控制在, 降至, 1972.6亿元), null when qualitative.
   */
  direction?: Direction | null;
  /**
   * The value with the sign of a decrease applied: −8.8 for 下降8.8%; equal to `value` otherwise.
   * Charts, sums and verdicts use this; `value` stays the number as written.
   */
  signedValue?: number | null;
  /** `upper` with the same sign rule (a decline range 下降2–3% → signedValue −3, signedUpper −2). */
  signedUpper?: number | null;
  /**
   * The (last) year the figure refers to: the plan year for targets, the reviewed year for
   * actuals (2022 in a 2023 report), a year written in the sentence, the end of a period.
   */
  dataYear?: number | null;
  /**
   * First year of the period for multi-year figures (过去五年…年均增长 → 2018 with dataYear 2022);
   * equals dataYear for a figure of one year; null beside a dataYear for an average over years
   * whose start the text does not give (年均增长 alone).
   */
  dataYearFrom?: number | null;
  /**
   * For targets: how the actual is judged, on signed values — 'floor' (actual ≥ target: 以上, plain
   * growth), 'ceiling' (actual ≤ target: 以内/以下/控制在, CPI, unemployment, a decrease to reach),
   * 'point' (approximately the target: growth 左右), 'range' (between signedValue and signedUpper).
   * null for records that are no target, and for qualitative targets.
   */
  bound?: TargetBound | null;
  /** 'low' when the name or attribution is uncertain; low-confidence records stay out of Compare by default. */
  confidence?: 'high' | 'low';
  /** Why the record is low-confidence ("" when high). */
  confidenceNote?: string;
}

export type Direction = 'up' | 'down' | 'level';
export type TargetBound = 'floor' | 'ceiling' | 'point' | 'range';

export interface DocGlossaryEntry extends Span {
  term: string;
  definition: string;
  line: number;
  /** The entry's number in the 名词解释 list, when it has one. */
  number: number | null;
}

export interface Footnote extends Span {
  /** The marker as written ("1", "[1]", "【1】", "①"). */
  marker: string;
  number: number;
  line: number;
  /** The term the marker follows ("六稳" in `“六稳”1`), or "" when none could be read. */
  term: string;
  /** Index into the report's `glossary` of the entry it points to, or -1. */
  entry: number;
}

export interface Report extends Span {
  title: string;
  /** 1-based line of the title (or of the first report line for a bare fragment). */
  line: number;
  /** The plan year (the year the targets are for), or null. */
  year: number | null;
  place: string | null;
  outline: OutlineNode[];
  indicators: Indicator[];
  glossary: DocGlossaryEntry[];
  footnotes: Footnote[];
  /** Span of the 名词解释 / 注释 section, when there is one. */
  glossarySection: Span | null;
}

export interface Analysis {
  /** Length of the analysed text. */
  length: number;
  reports: Report[];
}
