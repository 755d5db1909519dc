import * as vscode from 'vscode';
import { analysisIndex } from './shared/analysisIndex';
import type { Deps } from './shared/deps';
import { rangeOf, REPORT_SELECTOR } from './shared/ranges';

/**
 * Go to Definition / Peek: from a footnote marker (`“六稳”1`, `[1]`) or from a term the document's
 * own 名词解释 defines, to that entry.
 */
export function registerDefinition(deps: Deps): vscode.Disposable {
  const provider: vscode.DefinitionProvider = {
    provideDefinition(doc, pos) {
      const idx = analysisIndex(deps.cache.get(doc));
      const offset = doc.offsetAt(pos);
      let origin: vscode.Range;
      let target: { start: number; end: number; term: string } | undefined;
      const note = idx.footnoteAt(offset);
      if (note) {
        const e = idx.footnoteEntry(note.report, note.footnote);
        if (!e) return undefined;
        origin = rangeOf(doc, note.footnote.start, note.footnote.end);
        target = { start: e.start, end: e.end, term: e.term };
      } else {
        const line = doc.lineAt(pos.line);
        const own = idx.docTermAt(line.text, pos.character, offset);
        if (!own) return undefined;
        const e = own.report.glossary[own.entryIndex];
        const lineStart = offset - pos.character;
        if (offset >= e.start && offset < e.end) return undefined; // already on the definition
        origin = rangeOf(doc, lineStart + own.match.start, lineStart + own.match.end);
        target = { start: e.start, end: e.end, term: e.term };
      }
      const entryText = doc.getText(rangeOf(doc, target.start, target.end));
      const at = entryText.indexOf(target.term);
      const link: vscode.LocationLink = {
        originSelectionRange: origin,
        targetUri: doc.uri,
        targetRange: rangeOf(doc, target.start, target.end),
        targetSelectionRange: at >= 0 ? rangeOf(doc, target.start + at, target.start + at + target.term.length) : rangeOf(doc, target.start, target.end),
      };
      return [link];
    },
  };
  return vscode.languages.registerDefinitionProvider(REPORT_SELECTOR, provider);
}
