/**
 * "Compare Definitions of a Term…" (govreport.termDefinitions): every report's own definition of a
 * term (data/reportTerms.json, mined from the reports' 名词解释 sections), side by side in a
 * read-only virtual document beside the report: grouped by sense, each definition named by the
 * reports that wrote it (place, year, title). The term is the one under the cursor (or selected),
 * else picked from every report-defined term. Report text is untrusted: it goes into a plain-text
 * document (nothing renders it), control characters removed, and into the quick pick with icon
 * syntax escaped.
 */
import * as vscode from 'vscode';
import { ReportDefinition, ReportTerms, reportLabel } from '../../core/reportTerms';
import { escapeIconSyntax, stripControlChars } from '../../core/sanitize';
import { truncate } from '../../core/markdown';
import { analysisIndex } from '../shared/analysisIndex';
import type { Deps } from '../shared/deps';
import { loadReportTerms, readerContext, reportTermsState } from '../shared/reportTerms';
import { registerTestCommand } from '../shared/testOnly';

export const DEFINITIONS_SCHEME = 'govreport-definitions';

/** Arguments that skip the prompts (keybindings, scripts, tests). */
export interface TermDefinitionsArgs { term?: string }

const clean = (s: string | null | undefined): string => stripControlChars(s ?? '').replace(/\s+/g, ' ').trim();

/** "厦门市 · 2024年 · 《2024年厦门市政府工作报告》 (福建省)": who wrote a definition. */
function reportLine(d: ReportDefinition): string {
  const parts = [d.place ? clean(d.place) : '地点不详 place unknown', d.year !== null ? `${d.year}年` : '年份不详 year unknown', `《${clean(reportLabel(d))}》`];
  const province = d.province && d.province !== d.place ? ` (${clean(d.province)})` : '';
  return parts.join(' · ') + province;
}

/**
 * The text of the side-by-side document: a header (term, counts, the nearest report's wording when
 * the reader's report is known), then one section per sense, each distinct wording once with the
 * reports that wrote it.
 */
export function renderDefinitions(term: string, defs: ReportDefinition[], builtin?: string, nearest?: ReportDefinition): string {
  const senses = new Map<number, ReportDefinition[]>();
  for (const d of defs) senses.set(d.sense, [...(senses.get(d.sense) ?? []), d]);
  const out: string[] = [];
  out.push(`${clean(term)} — 各报告的名词解释 · Definitions written by reports`);
  out.push(`${defs.length} 份报告 reports · ${senses.size} 种含义 ${senses.size === 1 ? 'sense' : 'senses'}`);
  if (builtin) out.push(`内置词表 Built-in glossary: ${clean(builtin)}`);
  if (nearest) out.push(`最近的报告 Nearest to this report: ${reportLine(nearest)}`);
  out.push('');
  for (const [sense, list] of [...senses].sort((a, b) => a[0] - b[0])) {
    out.push(`━━ 含义 ${sense + 1} · Sense ${sense + 1} — ${list.length} 份报告 ${list.length === 1 ? 'report' : 'reports'} ━━`);
    out.push('');
    const byWording = new Map<string, ReportDefinition[]>();
    for (const d of list) byWording.set(d.definition, [...(byWording.get(d.definition) ?? []), d]);
    for (const [wording, reports] of byWording) {
      for (const d of reports) out.push(`▌ ${reportLine(d)}`);
      out.push(`  ${clean(wording)}`);
      out.push('');
    }
  }
  return out.join('\n');
}

interface TermPick extends vscode.QuickPickItem { term: string }

/** Reads the term under the cursor (a selection, the report's own 名词解释 term, a glossary term) as a report-defined key. */
function termAtCursor(deps: Deps, rt: ReportTerms): string | null {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'govreport') return null;
  const doc = editor.document;
  if (!editor.selection.isEmpty) {
    const k = rt.keyOf(doc.getText(editor.selection).trim());
    if (k) return k;
  }
  const pos = editor.selection.active;
  const line = doc.lineAt(pos.line).text;
  const own = analysisIndex(deps.cache.get(doc)).docTermAt(line, pos.character, doc.offsetAt(pos));
  const ownKey = own ? rt.keyOf(own.match.entry.term) : null;
  if (ownKey) return ownKey;
  const hit = deps.glossary.lookupAt(line, pos.character);
  return hit ? rt.keyOfEntry(hit.match.entry) : null;
}

async function pickTerm(rt: ReportTerms, value: string): Promise<string | undefined> {
  const items: TermPick[] = rt.toGlossarySource().entries.map(e => {
    const n = rt.count(e.term);
    return { term: e.term, label: escapeIconSyntax(clean(e.term)), description: vscode.l10n.t('{0} reports', n), detail: escapeIconSyntax(clean(truncate(e.definition, 120))) };
  });
  items.sort((a, b) => rt.count(b.term) - rt.count(a.term));
  const qp = vscode.window.createQuickPick<TermPick>();
  qp.title = vscode.l10n.t('Compare Definitions of a Term');
  qp.placeholder = vscode.l10n.t('Pick a term that reports define in their 名词解释');
  qp.items = items;
  qp.value = value;
  qp.matchOnDetail = true;
  return new Promise(resolve => {
    qp.onDidAccept(() => { resolve(qp.selectedItems[0]?.term); qp.hide(); });
    qp.onDidHide(() => { resolve(undefined); qp.dispose(); });
    qp.show();
  });
}

class DefinitionsProvider implements vscode.TextDocumentContentProvider {
  /** What each opened URI shows (its term and the reader's nearest definition). */
  readonly contents = new Map<string, string>();
  readonly emitter = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.emitter.event;
  set(uri: vscode.Uri, text: string): void {
    const old = this.contents.get(uri.toString());
    this.contents.set(uri.toString(), text);
    if (old !== undefined && old !== text) this.emitter.fire(uri);
  }
  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.contents.get(uri.toString()) ?? '';
  }
}

async function compareDefinitions(deps: Deps, provider: DefinitionsProvider, args?: TermDefinitionsArgs): Promise<vscode.Uri | undefined> {
  let rt: ReportTerms;
  try {
    rt = await loadReportTerms(deps, 'compare definitions');
  } catch {
    void vscode.window.showErrorMessage(vscode.l10n.t('Gov Report: the report-defined terms (data/reportTerms.json) could not be read.'));
    return undefined;
  }
  const asked = typeof args?.term === 'string' ? args.term : undefined;
  let term = asked !== undefined ? rt.keyOf(asked) : termAtCursor(deps, rt);
  if (!term && asked !== undefined) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Gov Report: no report defines “{0}” in its 名词解释.', asked));
    return undefined;
  }
  term ??= (await pickTerm(rt, '')) ?? null;
  if (!term) return undefined;
  const editor = vscode.window.activeTextEditor;
  let nearest: ReportDefinition | undefined;
  if (editor && editor.document.languageId === 'govreport') {
    const doc = editor.document;
    const report = analysisIndex(deps.cache.get(doc)).reportAt(doc.offsetAt(editor.selection.active));
    nearest = rt.nearest(term, readerContext(doc, report, rt));
  }
  const builtin = deps.glossary.get(term)?.entry.definition;
  const uri = vscode.Uri.from({ scheme: DEFINITIONS_SCHEME, path: `/${term}` });
  provider.set(uri, renderDefinitions(term, rt.definitions(term), builtin, nearest));
  const doc = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside, preview: true, preserveFocus: true });
  return uri;
}

/** Compare Definitions of a Term… and its read-only documents. */
export function registerTermDefinitions(deps: Deps): vscode.Disposable {
  const provider = new DefinitionsProvider();
  return vscode.Disposable.from(
    provider.emitter,
    vscode.workspace.registerTextDocumentContentProvider(DEFINITIONS_SCHEME, provider),
    vscode.workspace.onDidCloseTextDocument(d => { if (d.uri.scheme === DEFINITIONS_SCHEME) provider.contents.delete(d.uri.toString()); }),
    vscode.commands.registerCommand('govreport.termDefinitions', (args?: TermDefinitionsArgs) =>
      compareDefinitions(deps, provider, args && typeof args === 'object' && !(args instanceof vscode.Uri) ? args : undefined)),
    // tests and the bench: has data/reportTerms.json been loaded, by whom, at what cost
    registerTestCommand(deps, 'govreport.internal.reportTermsState', () => reportTermsState()),
  );
}
