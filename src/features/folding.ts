import * as vscode from 'vscode';
import type { OutlineNode } from '../core';
import type { Deps } from './shared/deps';
import { lastContentLine, REPORT_SELECTOR } from './shared/ranges';

/** A fold for every heading's body and for the 名词解释 section (kind Region). */
export function registerFolding(deps: Deps): vscode.Disposable {
  const provider: vscode.FoldingRangeProvider = {
    provideFoldingRanges(doc) {
      const out: vscode.FoldingRange[] = [];
      const seen = new Set<number>();
      const add = (start: number, end: number, kind?: vscode.FoldingRangeKind): void => {
        if (end > start && !seen.has(start)) {
          seen.add(start);
          out.push(new vscode.FoldingRange(start, end, kind));
        }
      };
      for (const r of deps.cache.get(doc).analysis.reports) {
        const limit = r.glossarySection ? r.glossarySection.start : r.end;
        const walk = (n: OutlineNode): void => {
          const line = doc.positionAt(n.start).line;
          add(line, lastContentLine(doc, n.start, Math.min(n.end, limit)));
          n.children.forEach(walk);
        };
        r.outline.forEach(walk);
        if (r.glossarySection) {
          const g = r.glossarySection;
          add(doc.positionAt(g.start).line, lastContentLine(doc, g.start, g.end), vscode.FoldingRangeKind.Region);
        }
      }
      return out;
    },
  };
  return vscode.languages.registerFoldingRangeProvider(REPORT_SELECTOR, provider);
}
