import * as vscode from 'vscode';
import type { OutlineNode, Report } from '../core';
import type { Deps } from './shared/deps';
import { rangeOf, REPORT_SELECTOR } from './shared/ranges';

/** A label without Markdown markup: no leading `#`s, no `**`/`__` emphasis marks. */
export function plainLabel(text: string): string {
  return text.replace(/^\s{0,3}#{1,6}\s+/, '').replace(/\*\*|__/g, '').trim();
}

const KIND_BY_LEVEL = [vscode.SymbolKind.Namespace, vscode.SymbolKind.Class, vscode.SymbolKind.Method, vscode.SymbolKind.Function, vscode.SymbolKind.Field];

function nodeSymbol(doc: vscode.TextDocument, n: OutlineNode, limit: number): vscode.DocumentSymbol {
  const end = Math.max(n.headingEnd, Math.min(n.end, limit));
  const range = rangeOf(doc, n.start, end);
  const sel = rangeOf(doc, n.start, n.headingEnd);
  const kind = KIND_BY_LEVEL[Math.min(n.level, KIND_BY_LEVEL.length) - 1] ?? vscode.SymbolKind.Field;
  const s = new vscode.DocumentSymbol(plainLabel(n.text) || '—', '', kind, range, sel);
  s.children = n.children.map(c => nodeSymbol(doc, c, limit));
  return s;
}

/** The report, its sections (and sub-sections) and its 名词解释 section with its entries. */
export function reportSymbol(doc: vscode.TextDocument, r: Report): vscode.DocumentSymbol {
  const detail = [r.place, r.year !== null ? String(r.year) : null].filter(Boolean).join(' ');
  const titleLine = doc.lineAt(Math.min(Math.max(r.line - 1, 0), doc.lineCount - 1));
  // the symbol starts at the title line, not at the page chrome or metadata above it (索引号, 发布机构,
  // front matter): sticky scroll shows a symbol's first line
  const start = Math.max(r.start, doc.offsetAt(titleLine.range.start));
  const range = rangeOf(doc, start, r.end);
  const sel = range.contains(titleLine.range) ? titleLine.range : rangeOf(doc, start, start);
  const s = new vscode.DocumentSymbol(plainLabel(r.title) || '政府工作报告', detail, vscode.SymbolKind.Module, range, sel);
  const limit = r.glossarySection ? r.glossarySection.start : r.end;
  s.children = r.outline.map(n => nodeSymbol(doc, n, limit));
  if (r.glossarySection) {
    const g = r.glossarySection;
    const head = doc.lineAt(doc.positionAt(g.start).line);
    const gs = new vscode.DocumentSymbol(plainLabel(head.text).replace(/\s+/g, '') || '名词解释', vscode.l10n.t('{0} entries', r.glossary.length), vscode.SymbolKind.Array,
      rangeOf(doc, g.start, g.end), rangeOf(doc, g.start, Math.min(g.end, doc.offsetAt(head.range.end))));
    gs.children = r.glossary.map(e => new vscode.DocumentSymbol(e.term, e.definition.length > 60 ? e.definition.slice(0, 59) + '…' : e.definition,
      vscode.SymbolKind.Key, rangeOf(doc, e.start, e.end), rangeOf(doc, e.start, e.end)));
    s.children.push(gs);
  }
  return s;
}

/** Outline, breadcrumbs and sticky scroll for report documents. */
export function registerSymbols(deps: Deps): vscode.Disposable {
  const provider: vscode.DocumentSymbolProvider = {
    provideDocumentSymbols(doc) {
      const { analysis } = deps.cache.get(doc);
      return analysis.reports.map(r => reportSymbol(doc, r));
    },
  };
  return vscode.languages.registerDocumentSymbolProvider(REPORT_SELECTOR, provider, { label: vscode.l10n.t('Government Work Report') });
}
