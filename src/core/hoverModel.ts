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
import { describeValue } from './describe';
import { escapeMarkdown as esc, truncate } from './markdown';
import { englishUi, Translate, untranslated } from './l10n';
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

/** The label of the built-in glossary source (the VS Code adapter's GlossaryService uses it). */
export const BUILTIN_GLOSSARY_LABEL = '内置词表 built-in glossary';

/** A glossary source's label as shown: the built-in glossary's in the UI's language, others as they are. */
export function sourceLabel(label: string, t: Translate = untranslated): string {
  return label === BUILTIN_GLOSSARY_LABEL ? t('内置词表 built-in glossary') : label;
}

/** "本文名词解释 第1条 (line 209)", the user file's name, or the built-in glossary's label. */
export function originLabel(o: TermOrigin, t: Translate = untranslated): string {
  if (o.kind === 'document') return `本文名词解释${o.number !== null ? ` 第${o.number}条` : ''} ${t('(line {0})', o.line)}`;
  return o.kind === 'builtin' ? sourceLabel(o.label, t) : o.label;
}

/**
 * A glossary category in a hover: bilingual in the English UI (提法 slogan), the Chinese word alone
 * in the Chinese one; an unknown category as it is.
 */
export function categoryLabel(category: string, t: Translate = untranslated): string {
  switch (category) {
    case 'slogan': return t('提法 slogan');
    case 'policy': return t('政策 policy');
    case 'indicator': return t('指标 indicator');
    case 'institution': return t('机构 institution');
    case 'plan': return t('规划 plan');
    case 'abbreviation': return t('简称 abbreviation');
    default: return category;
  }
}

/**
 * A glossary category as the CLI prints it: the English word (slogan) in English, the Chinese word
 * (提法) in Chinese; an unknown category as it is.
 */
export function categoryName(category: string, t: Translate = untranslated): string {
  switch (category) {
    case 'slogan': return t('slogan');
    case 'policy': return t('policy');
    case 'indicator': return t('indicator');
    case 'institution': return t('institution');
    case 'plan': return t('plan');
    case 'abbreviation': return t('abbreviation');
    default: return category;
  }
}

/** `*label* value`, without a space after a full-width colon (来源：…). */
function labelled(label: string, value: string, emphasis = true): string {
  const l = emphasis ? `*${label}*` : label;
  return `${l}${label.endsWith('：') ? '' : ' '}${value}`;
}

/**
 * Markdown of a jargon hover (all entry text escaped). `t` gives every label in the UI's language:
 * the English UI keeps the bilingual 中文 English labels, the Chinese UI has the Chinese alone.
 */
export function renderTermHover(h: TermHover, t: Translate = untranslated): string {
  const e = h.entry;
  const sup = h.supplement?.entry;
  const category = e.category ?? sup?.category;
  const out: string[] = [];
  out.push(`**${esc(e.term)}**${category ? ` · *${esc(categoryLabel(category, t))}*` : ''}`);
  // where the definition comes from, first: the hover may be cut off at the bottom on small screens
  out.push(labelled(t('来源 Source:'), esc(originLabel(h.origin, t))));
  if (e.aliases && e.aliases.length > 0) out.push(labelled(t('亦作 also:'), e.aliases.map(esc).join('、'), false));
  const items = e.items && e.items.length > 0 ? e.items : undefined;
  const listOnly = items && items.join('、') === e.definition;
  if (!listOnly) out.push(esc(e.definition));
  if (items) out.push(items.map((it, i) => `${i + 1}. ${esc(it)}`).join('\n'));
  const english = e.english ?? sup?.english;
  if (english) out.push(`${labelled(t('English:'), esc(english))}${!e.english && h.supplement ? ` (${esc(sourceLabel(h.supplement.label, t))})` : ''}`);
  const origin = e.origin ?? sup?.origin;
  if (origin) out.push(labelled(t('出处 Origin:'), esc(origin)));
  if (e.senses && e.senses.length > 0) {
    const others = e.senses.map(x => x.definition).filter(d => d !== e.definition);
    if (others.length) out.push(labelled(t('其他含义 Other senses:'), others.map(d => esc(truncate(d, 60))).join('；')));
  }
  if (h.reports) {
    const n = h.reports.nearest;
    const count = h.reports.count === 1 ? t('报告自释 Defined in {0} report', 1) : t('报告自释 Defined in {0} reports', h.reports.count);
    out.push(`*${count}* — ${esc(reportLabel(n))}：` +
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
  // the lexicon's English name only in the English UI (the Chinese label says it all)
  const en = englishUi(t);
  const canonText = !canon ? '' : en ? ` — ${esc(canon.label)} · ${esc(canon.en)}` : canon.label !== (ind.name || ind.text) ? ` — ${esc(canon.label)}` : '';
  out.push(`**${esc(ind.name || ind.text)}**${canonText}`);
  const facts = [kindText(ind.kind, t)];
  if (ind.verb) facts.push(t('动词 verb: {0}', esc(ind.verb)));
  if (ind.aim) facts.push(t('力争 (aim: strive for)'));
  out.push(facts.join(' · '));
  const d = describeValue(ind, t);
  if (d) {
    // "= plain" unless it only repeats the value as written (a Chinese UI's 1360亿元 = 1,360亿元)
    const same = d.plain.replace(/,/g, '') === d.written;
    const lines = [`- ${labelled(t('数值 Value:'), `**${esc(d.written)}**${same ? '' : ` = ${esc(d.plain)}`}`, false)}`];
    if (d.base) lines.push(`- ${labelled(t('折合 In base units:'), esc(d.base), false)}`);
    if (ind.qualifier) lines.push(`- ${t('{0}: {1}', esc(ind.qualifier), esc(d.qualifier))}`);
    if (d.range) lines.push(`- ${labelled(t('区间 Range:'), esc(d.range), false)}`);
    out.push(lines.join('\n'));
  } else if (ind.qualitative) {
    out.push(labelled(t('定性 Qualitative (no number):'), esc(ind.text), false));
  }
  if (ind.relative) out.push(labelled(t('相对于 Relative to:'), esc(ind.relative), false));
  if (ind.kind === 'target' && sentence) out.push(`> ${esc(truncate(sentence.trim(), SENTENCE_MAX))}`);
  out.push(`*${t('line {0}, column {1}', ind.line, ind.column)}*`);
  return out.join('\n\n');
}

/** The kind of a figure in a hover: "**目标** target" in the English UI, "**目标**（计划值）" in Chinese. */
export function kindText(kind: Indicator['kind'], t: Translate = untranslated): string {
  switch (kind) {
    case 'target': return t('**目标** target');
    case 'actual': return t('**实绩** actual (result achieved)');
    default: return t('**其他** other figure');
  }
}
