import * as vscode from 'vscode';
import type { Services } from '../extension';
import type { CachedAnalysis } from './analysisCache';
import type { GlossaryService } from './glossaryService';
import { AnalysisIndex, renderQuantityHover, renderTermHover, TermHover, sloganItems } from '../core/hoverModel';
import type { Report } from '../core';
import type { Translate } from '../core/l10n';
import { hoverMarkdown } from './hoverText';
import { rangeOf, REPORT_SELECTOR } from './convert';

const INDEXES = new WeakMap<CachedAnalysis, AnalysisIndex>();

/** Localises the hover's English-only labels (the core renders with it). */
const t: Translate = (message, ...args) => vscode.l10n.t(message, ...args);

/** The hover/definition index of a cached analysis, built once per analysed document version. */
export function analysisIndex(cached: CachedAnalysis): AnalysisIndex {
  let idx = INDEXES.get(cached);
  if (!idx) {
    idx = new AnalysisIndex(cached.analysis);
    INDEXES.set(cached, idx);
  }
  return idx;
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

export class ReportHoverProvider implements vscode.HoverProvider {
  /** `govreport.hover.enabled`, read on the first hover (not at activation) and on change. */
  private enabled: boolean | undefined;

  constructor(private readonly services: Services, private readonly glossary: GlossaryService) {
    services.context.subscriptions.push(vscode.workspace.onDidChangeConfiguration(e => {
      if (e.affectsConfiguration('govreport.hover.enabled')) this.enabled = undefined;
    }));
  }

  private get glossaryHovers(): boolean {
    return (this.enabled ??= vscode.workspace.getConfiguration('govreport').get<boolean>('hover.enabled', true));
  }

  async provideHover(doc: vscode.TextDocument, pos: vscode.Position): Promise<vscode.Hover | undefined> {
    if (this.glossaryHovers && !this.glossary.isReady) await this.glossary.ready();
    return this.hoverAt(doc, pos);
  }

  /** Synchronous hover (user glossaries as loaded so far). */
  hoverAt(doc: vscode.TextDocument, pos: vscode.Position): vscode.Hover | undefined {
    const cached = this.services.cache.get(doc);
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
      const hit = this.glossary.lookupAt(line.text, pos.character);
      if (hit) {
        const { match, tier } = hit;
        const h: TermHover = {
          start: match.start,
          end: match.end,
          entry: match.entry,
          origin: tier === 'user' ? { kind: 'user', label: match.source.label } : { kind: 'builtin', label: match.source.label },
        };
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
export function registerHover(services: Services, glossary: GlossaryService): ReportHoverProvider {
  const provider = new ReportHoverProvider(services, glossary);
  services.context.subscriptions.push(vscode.languages.registerHoverProvider(REPORT_SELECTOR, provider));
  return provider;
}
