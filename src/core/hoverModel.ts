/**
 * What a hover shows, computed from a cached analysis: a per-analysis index (reports, indicators,
 * footnotes and the documents' own 名词解释 terms, each looked up by binary search or a trie) and
 * the Markdown for jargon and quantity hovers, with every piece of document-derived text escaped.
 * Pure TypeScript: no `vscode`, no Node APIs.
 */
import type { Analysis, DocGlossaryEntry, Footnote, Indicator, Report } from './types';
import { GlossaryIndex, GlossaryEntry, GlossarySource, GlossaryMatch } from './glossary';
import { parseChineseNumeral, stripQuotes } from './text';
import { canonicalInfo } from './lexicon';
import { describeValue, kindLabel } from './describe';
import { escapeMarkdown as esc, truncate } from './markdown';
import { Translate, untranslated } from './l10n';
import { ReaderContext, ReportDefinition, ReportTerms, reportLabel } from './reportTerms';

/** Where a term's definition comes from, in precedence order. */
export type TermOrigin =
  | { kind: 'document'; number: number | null; line: number; entryIndex: number }
  | { kind: 'user'; label: string }
  | { kind: 'builtin'; label: string };

export interface TermHover {
  /** Offsets of the matched term in the text the look-up ran on. */
  start: number;
  end: number;
  entry: GlossaryEntry;
  origin: TermOrigin;
  /** For a document entry: the built-in (or user) entry of the same term, for its English etc. */
  supplement?: { entry: GlossaryEntry; label: string };
  /** Reports that define the term in their own 名词解释 (see reportDefinitionsFor). */
  reports?: ReportDefinitionsHover;
}

/** What a hover says about the reports' own definitions of a term. */
export interface ReportDefinitionsHover {
  /** Number of reports (of the mined corpus) that define the term. */
  count: number;
  /** The definition nearest the reader (same place, then province, then latest). */
  nearest: ReportDefinition;
}

/**
 * The reports' own definitions of a hovered entry: how many reports define it (by its term or an
 * alias) and the nearest one to the reader, or undefined when no report defines it.
 */
export function reportDefinitionsFor(terms: ReportTerms, entry: GlossaryEntry, ctx: ReaderContext = {}): ReportDefinitionsHover | undefined {
  const key = terms.keyOfEntry(entry);
  if (!key) return undefined;
  const nearest = terms.nearest(key, ctx);
  return nearest ? { count: terms.count(key), nearest } : undefined;
}

/** The longest quoted report definition in a hover. */
export const REPORT_QUOTE_MAX = 120;

/** Last index i with key(items[i]) <= x, or -1. */
function lastAtOrBefore<T>(items: readonly T[], x: number, key: (t: T) => number): number {
  let lo = 0;
  let hi = items.length - 1;
  let ans = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid]) <= x) { ans = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return ans;
}

/** The enumerated items of a numbered slogan (六稳: 稳就业、稳金融、…) when the count matches the numeral. */
export function sloganItems(term: string, definition: string): string[] | undefined {
  const m = /^([一二三四五六七八九十两]+)/.exec(stripQuotes(term));
  if (!m) return undefined;
  const n = m[1] === '两' ? 2 : parseChineseNumeral(m[1]);
  const parts = definition.split(/[、；;，,]/).map(p => p.trim()).filter(p => p.length > 0);
  return n >= 2 && parts.length === n ? parts : undefined;
}

interface Interval<T> { start: number; end: number; item: T }

/** Sorted intervals with a running maximum of `end`, for stabbing queries in O(log n + hits). */
class IntervalList<T> {
  private readonly list: Interval<T>[];
  private readonly maxEnd: number[];
  constructor(items: Interval<T>[]) {
    this.list = items.filter(i => i.end > i.start).sort((a, b) => a.start - b.start || a.end - b.end);
    this.maxEnd = [];
    let m = -1;
    for (const i of this.list) { m = Math.max(m, i.end); this.maxEnd.push(m); }
  }
  /** The shortest interval containing `offset` (start <= offset < end). */
  at(offset: number): T | undefined {
    let best: Interval<T> | undefined;
    for (let i = lastAtOrBefore(this.list, offset, x => x.start); i >= 0 && this.maxEnd[i] > offset; i--) {
      const it = this.list[i];
      if (it.end > offset && (!best || it.end - it.start < best.end - best.start)) best = it;
    }
    return best?.item;
  }
}

interface DocTerms {
  index: GlossaryIndex;
  entryOf: Map<GlossaryEntry, number>;
}

/** Index over one analysis; build once per analysed document version. */
export class AnalysisIndex {
  private readonly values: IntervalList<Indicator>;
  private readonly texts: IntervalList<Indicator>;
  private readonly notes: IntervalList<{ report: Report; footnote: Footnote }>;
  private readonly docTerms = new Map<Report, DocTerms>();

  constructor(readonly analysis: Analysis) {
    const inds = analysis.reports.flatMap(r => r.indicators);
    this.values = new IntervalList(inds.filter(i => i.valueSpan).map(i => ({ start: i.valueSpan!.start, end: i.valueSpan!.end, item: i })));
    this.texts = new IntervalList(inds.map(i => ({ start: i.start, end: i.end, item: i })));
    this.notes = new IntervalList(analysis.reports.flatMap(report =>
      report.footnotes.map(footnote => ({ start: footnote.start, end: footnote.end, item: { report, footnote } }))));
  }

  /** The report containing `offset` (the last one starting at or before it). */
  reportAt(offset: number): Report | undefined {
    const i = lastAtOrBefore(this.analysis.reports, offset, r => r.start);
    const r = this.analysis.reports[i];
    return r && offset < Math.max(r.end, r.start + 1) ? r : undefined;
  }

  /** The indicator whose number is under `offset`, else the one whose text is. */
  indicatorAt(offset: number): Indicator | undefined {
    return this.values.at(offset) ?? this.texts.at(offset);
  }

  /** The footnote marker under `offset`. */
  footnoteAt(offset: number): { report: Report; footnote: Footnote } | undefined {
    return this.notes.at(offset);
  }

  /** The entry a footnote points to, or undefined. */
  footnoteEntry(report: Report, footnote: Footnote): DocGlossaryEntry | undefined {
    return footnote.entry >= 0 ? report.glossary[footnote.entry] : undefined;
  }

  /**
   * The longest term of the document's own 名词解释 under the cursor. `text` is a window of the
   * document (e.g. the line), `at` the cursor's offset in it and `docOffset` the cursor's document
   * offset (which picks the report). Quotes in the text are ignored.
   */
  docTermAt(text: string, at: number, docOffset: number): { match: GlossaryMatch; report: Report; entryIndex: number } | undefined {
    const report = this.reportAt(docOffset);
    if (!report || report.glossary.length === 0) return undefined;
    const terms = this.termsOf(report);
    const match = terms.index.lookupAt(text, at);
    if (!match) return undefined;
    const entryIndex = terms.entryOf.get(match.entry) ?? -1;
    return entryIndex >= 0 ? { match, report, entryIndex } : undefined;
  }

  /** The 名词解释 entry defining `term` in the report containing `docOffset`. */
  docEntryFor(term: string, docOffset: number): { report: Report; entryIndex: number } | undefined {
    const report = this.reportAt(docOffset);
    if (!report || report.glossary.length === 0) return undefined;
    const terms = this.termsOf(report);
    const hit = terms.index.get(term);
    const entryIndex = hit ? terms.entryOf.get(hit.entry) ?? -1 : -1;
    return entryIndex >= 0 ? { report, entryIndex } : undefined;
  }

  private termsOf(report: Report): DocTerms {
    let t = this.docTerms.get(report);
    if (!t) {
      const entryOf = new Map<GlossaryEntry, number>();
      const entries = report.glossary.map((g, i) => {
        const e: GlossaryEntry = { term: stripQuotes(g.term) || g.term, definition: g.definition, items: sloganItems(g.term, g.definition) };
        entryOf.set(e, i);
        return e;
      });
      const source: GlossarySource = { id: 'document', label: '本文名词解释', entries };
      t = { index: new GlossaryIndex([source]), entryOf };
      this.docTerms.set(report, t);
    }
    return t;
  }
}

/** "本文名词解释 第1条 (line 209)", the user file's name, or the built-in glossary's label. */
export function originLabel(o: TermOrigin, t: Translate = untranslated): string {
  if (o.kind === 'document') return `本文名词解释${o.number !== null ? ` 第${o.number}条` : ''} ${t('(line {0})', o.line)}`;
  return o.label;
}

const CATEGORY_ZH: Record<string, string> = {
  slogan: '提法 slogan', policy: '政策 policy', indicator: '指标 indicator',
  institution: '机构 institution', plan: '规划 plan', abbreviation: '简称 abbreviation',
};

/**
 * Markdown of a jargon hover (all entry text escaped). `t` localises the English-only labels
 * (the bilingual 中文 English labels stay as they are).
 */
export function renderTermHover(h: TermHover, t: Translate = untranslated): string {
  const e = h.entry;
  const sup = h.supplement?.entry;
  const category = e.category ?? sup?.category;
  const out: string[] = [];
  out.push(`**${esc(e.term)}**${category ? ` · *${esc(CATEGORY_ZH[category] ?? category)}*` : ''}`);
  // where the definition comes from, first: the hover may be cut off at the bottom on small screens
  out.push(`*来源 Source:* ${esc(originLabel(h.origin, t))}`);
  if (e.aliases && e.aliases.length > 0) out.push(`亦作 also: ${e.aliases.map(esc).join('、')}`);
  const items = e.items && e.items.length > 0 ? e.items : undefined;
  const listOnly = items && items.join('、') === e.definition;
  if (!listOnly) out.push(esc(e.definition));
  if (items) out.push(items.map((it, i) => `${i + 1}. ${esc(it)}`).join('\n'));
  const english = e.english ?? sup?.english;
  if (english) out.push(`*${t('English:')}* ${esc(english)}${!e.english && h.supplement ? ` (${esc(h.supplement.label)})` : ''}`);
  const origin = e.origin ?? sup?.origin;
  if (origin) out.push(`*出处 Origin:* ${esc(origin)}`);
  if (e.senses && e.senses.length > 0) {
    const others = e.senses.map(x => x.definition).filter(d => d !== e.definition);
    if (others.length) out.push(`*其他含义 Other senses:* ${others.map(d => esc(truncate(d, 60))).join('；')}`);
  }
  if (h.reports) {
    const n = h.reports.nearest;
    out.push(`*报告自释 Defined in ${h.reports.count} ${h.reports.count === 1 ? 'report' : 'reports'}* — ${esc(reportLabel(n))}：` +
      `“${esc(truncate(n.definition, REPORT_QUOTE_MAX))}”`);
  }
  return out.join('\n\n');
}

/** The longest a quoted sentence may be in a hover. */
export const SENTENCE_MAX = 200;

/**
 * Markdown of a quantity hover. `sentence` is the text of the indicator's sentence (shown for
 * targets); `t` localises the English-only labels.
 */
export function renderQuantityHover(ind: Indicator, sentence: string | null, t: Translate = untranslated): string {
  const out: string[] = [];
  const canon = ind.canonical ? canonicalInfo(ind.canonical) : undefined;
  out.push(`**${esc(ind.name || ind.text)}**${canon ? ` — ${esc(canon.label)} · ${esc(canon.en)}` : ''}`);
  const k = kindLabel(ind.kind);
  const facts = [`**${k.zh}** ${esc(k.en)}`];
  if (ind.verb) facts.push(`动词 verb: ${esc(ind.verb)}`);
  if (ind.aim) facts.push('力争 (aim: strive for)');
  out.push(facts.join(' · '));
  const d = describeValue(ind);
  if (d) {
    const lines = [`- 数值 Value: **${esc(d.written)}** = ${esc(d.plain)}`];
    if (d.base) lines.push(`- 折合 In base units: ${esc(d.base)}`);
    if (ind.qualifier) lines.push(`- ${esc(ind.qualifier)}: ${esc(d.qualifier)}`);
    if (d.range) lines.push(`- 区间 Range: ${esc(d.range)}`);
    out.push(lines.join('\n'));
  } else if (ind.qualitative) {
    out.push(`定性 Qualitative (no number): ${esc(ind.text)}`);
  }
  if (ind.relative) out.push(`相对于 Relative to: ${esc(ind.relative)}`);
  if (ind.kind === 'target' && sentence) out.push(`> ${esc(truncate(sentence.trim(), SENTENCE_MAX))}`);
  out.push(`*${t('line {0}, column {1}', ind.line, ind.column)}*`);
  return out.join('\n\n');
}
