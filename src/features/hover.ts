import * as vscode from 'vscode';
import { AnalysisIndex, renderQuantityHover, renderTermHover, reportDefinitionsFor, TermHover, sloganItems } from '../core/hoverModel';
import type { Report } from '../core';
import type { Translate } from '../core/l10n';
import { analysisIndex } from './shared/analysisIndex';
import { Config } from './shared/config';
import type { Deps } from './shared/deps';
import type { GlossaryService } from './shared/glossaryService';
import { rangeOf, REPORT_SELECTOR } from './shared/ranges';
import { loadReportTerms, readerContext, reportTermsIfLoaded } from './shared/reportTerms';

/** Localises the hover's English-only labels (the core renders with it). */
const t: Translate = (message, ...args) => vscode.l10n.t(message, ...args);

/**
 * Wraps hover Markdown (built by the core, with all document-derived text escaped) in an untrusted
 * MarkdownString: no command links, no HTML, no theme icons.
 */
export function hoverMarkdown(md: string): vscode.MarkdownString {
  const s = new vscode.MarkdownString(md, false);
  s.isTrusted = false;
  s.supportHtml = false;
  return s;
}

/** Term hover for entry `i` of a report's own 名词解释, with the English etc. of the same term elsewhere. */
function docTermHover(report: Report, i: number, start: number, end: number, glossary: GlossaryService): TermHover {
  const g = report.glossary[i];
  const other = glossary.get(g.term);
  return {
    start,
    end,
    entry: { term: g.term, definition: g.definition, items: sloganItems(g.term, g.definition) },
    origin: { kind: 'document', number: g.number, line: g.line, entryIndex: i },
    supplement: other ? { entry: other.entry, label: other.source.label } : undefined,
  };
}

export class ReportHoverProvider implements vscode.HoverProvider, vscode.Disposable {
  /** `govreport.hover.enabled`, read on the first hover (not at activation) and on change. */
  private enabled: boolean | undefined;
  private readonly glossary: GlossaryService;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly deps: Deps) {
    this.glossary = deps.glossary;
    this.subscription = deps.config.onDidChange(e => { if (Config.affects(e, 'hover.enabled')) this.enabled = undefined; });
  }

  dispose(): void {
    this.subscription.dispose();
  }

  private get glossaryHovers(): boolean {
    return (this.enabled ??= this.deps.config.hoverEnabled());
  }

  async provideHover(doc: vscode.TextDocument, pos: vscode.Position): Promise<vscode.Hover | undefined> {
    if (this.glossaryHovers && !this.glossary.isReady) await this.glossary.ready();
    if (this.glossaryHovers && !reportTermsIfLoaded() && this.glossary.lookupAt(doc.lineAt(pos.line).text, pos.character)) {
      // the first jargon hover reads data/reportTerms.json (~20 ms, once) and waits for it, so that
      // even the first hover says which reports define the term; a failed load leaves the line out
      try { await loadReportTerms(this.deps, 'hover'); } catch { /* logged by the loader */ }
    }
    return this.hoverAt(doc, pos);
  }

  /** Synchronous hover (user glossaries as loaded so far). */
  hoverAt(doc: vscode.TextDocument, pos: vscode.Position): vscode.Hover | undefined {
    const cached = this.deps.cache.get(doc);
    const idx = analysisIndex(cached);
    const offset = doc.offsetAt(pos);
    const ind = idx.indicatorAt(offset);
    if (ind && ind.valueSpan && offset >= ind.valueSpan.start && offset < ind.valueSpan.end) return this.quantity(doc, ind);
    const note = idx.footnoteAt(offset);
    if (note && note.footnote.entry >= 0) {
      const h = docTermHover(note.report, note.footnote.entry, note.footnote.start, note.footnote.end, this.glossary);
      return new vscode.Hover(hoverMarkdown(renderTermHover(h, t)), rangeOf(doc, note.footnote.start, note.footnote.end));
    }
    if (this.glossaryHovers) {
      const line = doc.lineAt(pos.line);
      const lineStart = offset - pos.character;
      const own = idx.docTermAt(line.text, pos.character, offset);
      if (own) {
        const h = docTermHover(own.report, own.entryIndex, own.match.start, own.match.end, this.glossary);
        return new vscode.Hover(hoverMarkdown(renderTermHover(h, t)), rangeOf(doc, lineStart + h.start, lineStart + h.end));
      }
      // a term's dated senses are read by the year of the report under the cursor
      const hit = this.glossary.lookupAt(line.text, pos.character, idx.reportAt(offset)?.year ?? null);
      if (hit) {
        const { match, tier } = hit;
        const h: TermHover = {
          start: match.start,
          end: match.end,
          entry: match.entry,
          origin: tier === 'user' ? { kind: 'user', label: match.source.label } : { kind: 'builtin', label: match.source.label },
        };
        const rt = reportTermsIfLoaded();
        if (rt) h.reports = reportDefinitionsFor(rt, match.entry, readerContext(doc, idx.reportAt(offset), rt));
        return new vscode.Hover(hoverMarkdown(renderTermHover(h, t)), rangeOf(doc, lineStart + match.start, lineStart + match.end));
      }
    }
    return ind ? this.quantity(doc, ind) : undefined;
  }

  private quantity(doc: vscode.TextDocument, ind: NonNullable<ReturnType<AnalysisIndex['indicatorAt']>>): vscode.Hover {
    const sentence = ind.kind === 'target' ? doc.getText(rangeOf(doc, ind.sentence.start, Math.min(ind.sentence.end, ind.sentence.start + 400))) : null;
    const span = ind.valueSpan ?? ind;
    return new vscode.Hover(hoverMarkdown(renderQuantityHover(ind, sentence, t)), rangeOf(doc, span.start, span.end));
  }
}

/** Jargon and quantity hovers for report documents. */
export function registerHover(deps: Deps): vscode.Disposable {
  const provider = new ReportHoverProvider(deps);
  return vscode.Disposable.from(provider, vscode.languages.registerHoverProvider(REPORT_SELECTOR, provider));
}
