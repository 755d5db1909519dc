import * as vscode from 'vscode';
import type { MarkdownDetection } from './shared/configKeys';
import type { Deps } from './shared/deps';
import { errorText } from './shared/errors';
import { displayFile } from './shared/reportFiles';
import { DETECTABLE_LANGUAGES, documentLooksLikeReport, isFileDocument } from './shared/sniffDocument';
import { registerTestCommand } from './shared/testOnly';

/** workspaceState key: the answer given to the Markdown question ('always' | 'never'), per workspace. */
export const MARKDOWN_ANSWER_KEY = 'govreport.detect.markdownAnswer';

type Answer = 'always' | 'never';
const isAnswer = (v: unknown): v is Answer => v === 'always' || v === 'never';

/**
 * Language detection: a plain-text or Markdown document whose opening looks like a work report
 * (core sniff) is switched to `govreport` when it opens — the file is never renamed.
 * Plain text switches at once (`govreport.detect.enabled`). Markdown follows
 * `govreport.detect.markdown`: `always`, `never`, or `ask` (default): one notification offers
 * "Open as Report" (this document), "Always in this Workspace" or "Never in this Workspace"; the
 * last two are remembered in the workspace state and answer every later Markdown report.
 * Documents the user switched back stay as they are. Commands `govreport.switchToReport` /
 * `govreport.switchToPlainText` (back to the language the document came in, Markdown or plain text).
 * Test-only: govreport.internal.markdownDetection [{ answer: 'always'|'never'|null }] → { answer, prompts }.
 */
export function registerDetection(deps: Deps): vscode.Disposable {
  /** Documents the user switched back: never switched again this session. */
  const keptAsIs = new Set<string>();
  /** The language a switched document came in (what "switch back" restores). */
  const origin = new Map<string, string>();
  /** Markdown documents asked about this session (asked once each). */
  const asked = new Set<string>();
  /** Files the Markdown question was shown for (test hook). */
  const prompts: string[] = [];

  const answer = (): Answer | undefined => {
    const v = deps.workspaceState.get<unknown>(MARKDOWN_ANSWER_KEY);
    return isAnswer(v) ? v : undefined;
  };
  const markdownMode = (uri: vscode.Uri): MarkdownDetection => {
    const setting = deps.config.detectMarkdown(uri);
    return setting === 'ask' ? answer() ?? 'ask' : setting;
  };

  const toReport = (doc: vscode.TextDocument): void => {
    if (doc.isClosed || doc.languageId === 'govreport') return;
    origin.set(doc.uri.toString(), doc.languageId);
    vscode.languages.setTextDocumentLanguage(doc, 'govreport').then(undefined, e => deps.log.warn(`cannot switch ${doc.uri.toString(true)} to govreport: ${errorText(e)}`));
  };

  const askMarkdown = (doc: vscode.TextDocument): void => {
    const key = doc.uri.toString();
    if (asked.has(key)) return;
    asked.add(key);
    prompts.push(displayFile(doc.uri));
    const open = vscode.l10n.t('Open as Report');
    const always = vscode.l10n.t('Always in this Workspace');
    const never = vscode.l10n.t('Never in this Workspace');
    void vscode.window
      .showInformationMessage(vscode.l10n.t('{0} reads like a government work report. Open it with the report features (outline, highlighting, indicators)?', displayFile(doc.uri)), open, always, never)
      .then(async choice => {
        if (choice === always || choice === never) await deps.workspaceState.update(MARKDOWN_ANSWER_KEY, choice === always ? 'always' : 'never');
        if (choice === open) toReport(doc);
        if (choice === always) vscode.workspace.textDocuments.forEach(check);
      }, e => deps.log.warn(`markdown detection: ${errorText(e)}`));
  };

  const check = (doc: vscode.TextDocument): void => {
    if (!DETECTABLE_LANGUAGES.has(doc.languageId) || !isFileDocument(doc.uri)) return;
    if (keptAsIs.has(doc.uri.toString())) return;
    if (!deps.config.detectEnabled(doc.uri)) return;
    if (doc.languageId === 'markdown' && markdownMode(doc.uri) === 'never') return;
    if (!documentLooksLikeReport(doc)) return;
    if (doc.languageId === 'markdown' && markdownMode(doc.uri) === 'ask') askMarkdown(doc);
    else toReport(doc);
  };

  const switchTo = async (language: string | undefined, uri?: vscode.Uri): Promise<void> => {
    const doc = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
    if (!doc) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open a document first.'));
      return;
    }
    const key = doc.uri.toString();
    if (language === undefined) {
      keptAsIs.add(key);
      language = origin.get(key) ?? 'plaintext';
    } else {
      keptAsIs.delete(key);
      if (doc.languageId !== 'govreport') origin.set(key, doc.languageId);
    }
    await vscode.languages.setTextDocumentLanguage(doc, language);
  };

  const disposable = vscode.Disposable.from(
    vscode.workspace.onDidOpenTextDocument(check),
    vscode.commands.registerCommand('govreport.switchToReport', (uri?: vscode.Uri) => switchTo('govreport', uri)),
    vscode.commands.registerCommand('govreport.switchToPlainText', (uri?: vscode.Uri) => switchTo(undefined, uri)),
    registerTestCommand(deps, 'govreport.internal.markdownDetection', async (arg?: { answer?: unknown }) => {
      if (arg && 'answer' in arg) {
        await deps.workspaceState.update(MARKDOWN_ANSWER_KEY, isAnswer(arg.answer) ? arg.answer : undefined);
        asked.clear();
      }
      return { answer: answer() ?? null, prompts: [...prompts] };
    }),
  );
  for (const doc of vscode.workspace.textDocuments) check(doc);
  return disposable;
}
