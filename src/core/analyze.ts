/**
 * `analyze(text)`: reports, outline, indicators, the document's glossary and footnotes. Pure and
 * deterministic; every offset is a UTF-16 offset into `text`.
 */
import type { Analysis, Report, Span } from './types';
import { LineIndex, normalizeWidth, splitLines } from './text';
import { findReports } from './reports';
import { buildOutline } from './outline';
import { readDocGlossary, findFootnotes } from './docGlossary';
import { findQuantities } from './quantity';
import { extractIndicators } from './indicators';
import { isChromeLine } from './chrome';

export function analyze(input: string): Analysis {
  const text = normalizeWidth(input);
  const index = new LineIndex(text);
  const lines = splitLines(text);
  // strings shown to people (titles, headings, glossary entries) come from the input itself
  const srcLines = splitLines(input);
  const frames = findReports(input, srcLines);
  const quantities = findQuantities(text);
  const ctx = {
    source: input,
    text,
    lineOf: (o: number) => index.line(o),
    columnOf: (o: number) => index.column(o),
  };
  const reports: Report[] = frames.map(f => {
    const first = index.line(f.start) - 1;
    const last = index.line(f.end) - 1;
    const rLines = lines.slice(first, last + 1);
    const g = readDocGlossary(srcLines.slice(first, last + 1), f.end);
    const bodyEnd = g.section ? g.section.start : f.end;
    const outline = buildOutline(text, rLines, bodyEnd, input);
    const footnotes = findFootnotes(text, f.start, bodyEnd, g.entries, ctx.lineOf);
    const skip: Span[] = footnotes.map(n => ({ start: n.start, end: n.end }));
    for (const l of rLines) if (isChromeLine(l.text)) skip.push({ start: l.start, end: l.end });
    const tops = outline.filter(n => n.level === outline[0]?.level);
    const indicators = extractIndicators(ctx, quantities, {
      body: { start: f.start, end: bodyEnd },
      skip,
      planStart: tops.length >= 2 ? tops[1].start : null,
    });
    return {
      title: f.title,
      line: f.titleLine,
      year: f.year,
      place: f.place,
      start: f.start,
      end: f.end,
      outline,
      indicators,
      glossary: g.entries,
      footnotes,
      glossarySection: g.section,
    };
  });
  return { length: input.length, reports };
}
