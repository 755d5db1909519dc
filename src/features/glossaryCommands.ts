import * as vscode from 'vscode';
import type { GlossaryEntry } from '../core/glossary';
import { upsertGlossaryJson } from '../core/glossaryEdit';
import type { Deps } from './shared/deps';
import { AUTO_GLOSSARY, GlossaryService } from './shared/glossaryService';

/** Arguments that skip the prompts (for keybindings, scripts and tests). */
export interface AddToGlossaryArgs { term?: string; definition?: string; english?: string; folder?: vscode.Uri }

export interface GlossaryPick extends vscode.QuickPickItem { entry: GlossaryEntry; sourceLabel: string }

/** Quick-pick items for every term: the active report's own 名词解释 first, then user and built-in entries. */
export function glossaryPickItems(deps: Deps): GlossaryPick[] {
  const glossary = deps.glossary;
  const items: GlossaryPick[] = [];
  const seen = new Set<string>();
  const doc = vscode.window.activeTextEditor?.document;
  if (doc && doc.languageId === 'govreport') {
    for (const r of deps.cache.get(doc).analysis.reports) {
      for (const g of r.glossary) {
        seen.add(g.term);
        items.push({ label: g.term, description: '本文名词解释', detail: g.definition, entry: { term: g.term, definition: g.definition }, sourceLabel: `本文名词解释 ${vscode.l10n.t('(line {0})', g.line)}` });
      }
    }
  }
  for (const { entry, source } of glossary.all()) {
    if (seen.has(entry.term)) continue;
    const aliases = (entry.aliases ?? []).join('、');
    items.push({ label: entry.term, description: [aliases, entry.english].filter(Boolean).join(' · '), detail: entry.definition, entry, sourceLabel: source.label });
  }
  return items;
}

async function addToGlossary(glossary: GlossaryService, args?: AddToGlossaryArgs): Promise<GlossaryEntry | undefined> {
  const editor = vscode.window.activeTextEditor;
  const selected = editor ? editor.document.getText(editor.selection).trim().replace(/^[“"「『]+|[”"」』]+$/g, '') : '';
  const term = args?.term ?? (await vscode.window.showInputBox({ title: vscode.l10n.t('Add to Glossary'), prompt: vscode.l10n.t('Term'), value: selected, ignoreFocusOut: true }))?.trim();
  if (!term) return undefined;
  const existing = glossary.get(term)?.entry.definition;
  const definition = args?.definition ?? (await vscode.window.showInputBox({
    title: vscode.l10n.t('Add “{0}” to Glossary', term), prompt: vscode.l10n.t('Definition (释义)'), value: existing ?? '', ignoreFocusOut: true,
    validateInput: v => (v.trim() ? undefined : vscode.l10n.t('A definition is required')),
  }))?.trim();
  if (!definition) return undefined;
  const english = args?.definition !== undefined ? args.english : (await vscode.window.showInputBox({ title: vscode.l10n.t('Add “{0}” to Glossary', term), prompt: vscode.l10n.t('English (optional)'), ignoreFocusOut: true }))?.trim();
  const folder = args?.folder
    ?? (editor ? vscode.workspace.getWorkspaceFolder(editor.document.uri)?.uri : undefined)
    ?? vscode.workspace.workspaceFolders?.[0]?.uri;
  if (!folder) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Gov Report: open a folder to keep a workspace glossary ({0}).', AUTO_GLOSSARY));
    return undefined;
  }
  const uri = vscode.Uri.joinPath(folder, AUTO_GLOSSARY);
  let before: string | null;
  try {
    before = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    before = null; // no glossary file yet: it is created
  }
  const entry: GlossaryEntry = { term, definition, ...(english ? { english } : {}) };
  const result = upsertGlossaryJson(before, entry, (message, ...args) => vscode.l10n.t(message, ...args));
  if ('error' in result) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Gov Report: {0} was not changed: {1}', AUTO_GLOSSARY, result.error));
    return undefined;
  }
  await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(folder, '.govreport'));
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(result.text));
  glossary.invalidate();
  await glossary.ready();
  void vscode.window.setStatusBarMessage(result.replaced
    ? vscode.l10n.t('Gov Report: updated “{0}” in {1}', term, AUTO_GLOSSARY)
    : vscode.l10n.t('Gov Report: added “{0}” to {1}', term, AUTO_GLOSSARY), 4000);
  return entry;
}

function entryDetail(pick: GlossaryPick): string {
  const e = pick.entry;
  const lines = [e.definition];
  if (e.items?.length) lines.push(e.items.map((it, i) => `${i + 1}. ${it}`).join('\n'));
  if (e.aliases?.length) lines.push(`亦作 also: ${e.aliases.join('、')}`);
  if (e.english) lines.push(`${vscode.l10n.t('English:')} ${e.english}`);
  if (e.origin) lines.push(`出处 Origin: ${e.origin}`);
  lines.push(`来源 Source: ${pick.sourceLabel}`);
  return lines.join('\n\n');
}

async function searchGlossary(deps: Deps): Promise<void> {
  await deps.glossary.ready();
  const pick = await vscode.window.showQuickPick(glossaryPickItems(deps), {
    title: vscode.l10n.t('Search Glossary'), placeHolder: vscode.l10n.t('Type a term, alias, English word or part of a definition'), matchOnDescription: true, matchOnDetail: true,
  });
  if (!pick) return;
  const editor = vscode.window.activeTextEditor;
  const find = vscode.l10n.t('Find in Document');
  const action = await vscode.window.showInformationMessage(pick.entry.term, { modal: true, detail: entryDetail(pick) },
    ...(editor && editor.document.languageId === 'govreport' ? [find] : []));
  if (action === find && editor) {
    const idx = editor.document.getText().indexOf(pick.entry.term);
    if (idx >= 0) {
      const r = new vscode.Range(editor.document.positionAt(idx), editor.document.positionAt(idx + pick.entry.term.length));
      editor.selection = new vscode.Selection(r.start, r.end);
      editor.revealRange(r, vscode.TextEditorRevealType.InCenter);
    }
  }
}

/** "Add Selection to Glossary…" and "Search Glossary". */
export function registerGlossaryCommands(deps: Deps): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand('govreport.addToGlossary', (args?: AddToGlossaryArgs) => addToGlossary(deps.glossary, args && typeof args === 'object' && !(args instanceof vscode.Uri) ? args : undefined)),
    vscode.commands.registerCommand('govreport.searchGlossary', () => searchGlossary(deps)),
  );
}
