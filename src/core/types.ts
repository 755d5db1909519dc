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
}

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
